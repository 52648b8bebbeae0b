package lbw.queueing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lbw.core.InvalidParameterException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ErlangCTest {

    /** Closed forms evaluated in double precision: agreement to rounding. */
    private static final double EXACT = 1e-12;

    @Test
    void singleServerIsTheMM1Queue() {
        // M/M/1: P(wait) = rho, W = 1 / (mu - lambda).
        QueueMetrics m = ErlangC.solve(new MMcQueue(0.7, 1.0, 1));
        assertEquals(0.7, m.waitProbability(), EXACT);
        assertEquals(1 / (1.0 - 0.7), m.meanResponse(), EXACT);
        assertEquals(m.meanResponse(), m.randomRoutingResponse(), EXACT);
    }

    @Test
    void twoServersMatchTheirClosedForm() {
        // M/M/2: P(wait) = 2 rho^2 / (1 + rho), W = 1 / (mu (1 - rho^2)).
        double rho = 0.6;
        QueueMetrics m = ErlangC.solve(MMcQueue.atUtilization(rho, 2.0, 2));
        assertEquals(2 * rho * rho / (1 + rho), m.waitProbability(), EXACT);
        assertEquals(1 / (2.0 * (1 - rho * rho)), m.meanResponse(), EXACT);
    }

    @Test
    void recursionAgreesWithTheTextbookSum() {
        for (int c = 1; c <= 40; c++) {
            for (double rho : new double[] {0.1, 0.5, 0.9, 0.99}) {
                double a = rho * c;
                double sum = 0;
                double term = 1;
                for (int k = 0; k < c; k++) {
                    sum += term;
                    term *= a / (k + 1);
                }
                double tail = term / (1 - rho); // a^c / c! / (1 - rho)
                double expected = tail / (sum + tail);
                double got = ErlangC.solve(MMcQueue.atUtilization(rho, 1.0, c)).waitProbability();
                assertEquals(expected, got, 1e-10 * Math.max(1, expected), "c = " + c + ", rho = " + rho);
            }
        }
    }

    @Test
    void staysFiniteForThousandsOfServers() {
        QueueMetrics m = ErlangC.solve(MMcQueue.atUtilization(0.99, 1.0, 5000));
        assertTrue(m.waitProbability() > 0 && m.waitProbability() < 1, "P(wait) = " + m.waitProbability());
        assertTrue(Double.isFinite(m.meanResponse()));
    }

    @Test
    void refusesAnUnstableQueueNamingTheParameter() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> new MMcQueue(10, 1, 10));
        assertEquals("arrivalRate", e.parameter());
        assertTrue(e.getMessage().contains("unstable"), e.getMessage());
        assertEquals("servers", assertThrows(InvalidParameterException.class, () -> new MMcQueue(1, 1, 0)).parameter());
    }

    @Test
    void simulationAgreesWithTheFormulaWithinItsConfidenceInterval() {
        MMcQueue q = new MMcQueue(8, 1, 10);
        MMcSimulation.Estimate est = MMcSimulation.run(q, MMcSimulation.Options.defaults());
        double exact = ErlangC.solve(q).meanResponse();
        // A 95% interval misses 1 time in 20; with a fixed seed the outcome is fixed, and a wider 3x band guards
        // against a seed that happens to fall just outside.
        assertTrue(Math.abs(est.meanResponse() - exact) <= 3 * est.halfWidth95(),
                "simulated " + est.meanResponse() + " +- " + est.halfWidth95() + " vs exact " + exact);
        assertTrue(est.halfWidth95() < 0.02 * exact, "interval too wide: " + est.halfWidth95());
    }

    @Test
    void simulationIsDeterministicForASeed() {
        MMcQueue q = new MMcQueue(3, 1, 4);
        MMcSimulation.Options o = MMcSimulation.Options.defaults().withCustomers(20_000);
        assertEquals(MMcSimulation.run(q, o).meanResponse(), MMcSimulation.run(q, o).meanResponse(), 0.0);
    }

    @Property(tries = 200, seed = "20261122")
    void poolingNeverLosesToRandomRouting(@ForAll @IntRange(min = 1, max = 200) int servers,
                                          @ForAll @DoubleRange(min = 0.01, max = 0.99) double rho) {
        QueueMetrics m = ErlangC.solve(MMcQueue.atUtilization(rho, 1.0, servers));
        assertTrue(m.meanResponse() <= m.randomRoutingResponse() * (1 + 1e-12));
        assertEquals(m.queue().arrivalRate() * m.meanResponse(), m.meanInSystem(), 1e-9 * m.meanInSystem());
        assertTrue(m.waitProbability() >= 0 && m.waitProbability() <= 1);
    }

    @Test
    void theSweepHoldsEachUtilizationsSolveAndTheRandomRoutingGain() {
        double[] grid = ErlangC.grid(0.1, 0.9, 5);
        ResponseSweep s = ErlangC.sweep(2.0, 3, grid);
        for (int i = 0; i < grid.length; i++) {
            QueueMetrics m = ErlangC.solve(MMcQueue.atUtilization(grid[i], 2.0, 3));
            assertEquals(m.meanResponse(), s.pooled()[i], 0.0);
            assertEquals(m.randomRoutingResponse(), s.random()[i], 0.0);
            // random routing to M/M/1 queues at load rho: 1/(mu (1 - rho))
            assertEquals(1 / (2.0 * (1 - grid[i])), s.random()[i], 1e-12);
            assertEquals(s.random()[i] / s.pooled()[i], s.ratio()[i], 0.0);
            assertTrue(s.ratio()[i] > 1, "pooling never loses");
        }
        assertEquals("3 servers of rate 2.0", s.label());
    }

    @Test
    void theGettingStartedFileGivesTheQueueAndTheSimulationSizeOfEachMode() {
        MMcScenario s = MMcScenario.load(lbw.core.Workbench.data("getting-started-mmc.json"));
        assertEquals(new MMcQueue(8, 1, 10), s.queue());
        assertEquals(400_000, s.sizes().count("simulatedCustomers"));
        assertEquals(50_000, s.quick().sizes().count("simulatedCustomers"));
        assertEquals(s.queue(), s.quick().queue(), "quick mode keeps the model");
    }
}
