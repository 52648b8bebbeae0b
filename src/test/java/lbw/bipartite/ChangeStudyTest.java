package lbw.bipartite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lbw.core.InvalidParameterException;
import org.junit.jupiter.api.Test;

/** The study of notebook 24: re-convergence against closed forms, tracking against the optima. */
class ChangeStudyTest {

    /** The fluid path is recorded every RK4 step (0.01), so a first time after a crossing is late by at most that. */
    static final double STEP_TOL = 0.011;

    /**
     * One frontend, one saturating backend l(N) = m N / (N + h): after a surge from lambda to lambda', the fluid
     * state solves dN/dt = lambda' - l(N) from N*(lambda) = lambda h / (m - lambda). With a = lambda' - m and
     * b = lambda' h, t(N) = N / a + (h - b / a) ln|a N + b| / a, so the time to come within eps of the new
     * N* = b / (-a) is t(N* - eps) - t(N*_old).
     */
    @Test
    void reconvergenceMatchesTheClosedFormForOneBackend() {
        double m = 2;
        double h = 1;
        double lambda = 0.8;
        BipartiteModel one = new BipartiteModel(new double[] {lambda}, List.of(ServiceRate.saturating(m, h)),
                new int[][] {{0, 0}});
        double[] factors = {1.25, 1.5, 1.75};
        ChangeStudy.SurgeSweep sweep = ChangeStudy.surges(one, 0, factors, 100, 0.01, 0.001);
        for (int i = 0; i < factors.length; i++) {
            double after = lambda * factors[i];
            double before = lambda * h / (m - lambda);
            double star = after * h / (m - after);
            ChangeStudy.Surge s = sweep.surges().get(i);
            assertEquals(star - before, s.optimumShift(), 1e-9);
            assertEquals(after, s.arrivalRate(), 1e-15);
            double[] eps = {0.01, 0.001};
            for (int k = 0; k < eps.length; k++) {
                double exact = time(after, m, h, star - eps[k]) - time(after, m, h, before);
                assertEquals(exact, s.reconvergence()[k], STEP_TOL, "factor " + factors[i] + ", eps " + eps[k]);
            }
            // Near N* the distance decays at the rate l'(N*) = m h / (N* + h)^2; read off eps = 0.01 and 0.001 the
            // rate is within 3% of it (the rest is the curvature of l between the two eps, and the step).
            double rate = m * h / ((star + h) * (star + h));
            assertEquals(rate, sweep.decayRates()[i], 0.03 * rate, "factor " + factors[i]);
        }
        // Doubling the rate puts N* at 4, reached within 0.01 only after t = 64.3: not within a duration of 40.
        assertTrue(Double.isNaN(ChangeStudy.surges(one, 0, new double[] {2}, 40, 0.01).surges().get(0)
                .reconvergence()[0]));
        // Larger surges take longer at both eps.
        for (int k = 0; k < 2; k++) {
            double[] t = sweep.reconvergence(k);
            assertTrue(t[0] < t[1] && t[1] < t[2]);
        }
    }

    private static double time(double lambda, double m, double h, double n) {
        double a = lambda - m;
        double b = lambda * h;
        return n / a + (h - b / a) * Math.log(Math.abs(a * n + b)) / a;
    }

    @Test
    void aSurgeThatMakesTheSystemInfeasibleIsRefused() {
        BipartiteModel one = new BipartiteModel(new double[] {0.8}, List.of(ServiceRate.saturating(2, 1)),
                new int[][] {{0, 0}});
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> ChangeStudy.surges(one, 0, new double[] {1.5, 3}, 10, 0.01));
        assertTrue(e.getMessage().startsWith("factors[1]: = 3.0: arrivalRate: infeasible"), e.getMessage());
        assertThrows(InvalidParameterException.class, () -> ChangeStudy.surges(one, 1, new double[] {1.5}, 10, 0.01));
    }

    @Test
    void trackingEndsEveryRegimeAtItsOptimumAndLatencyAboveIt() {
        BipartiteScenario s = BipartiteScenario.load("bipartite-under-change.json").withScales(1000);
        ChangeStudy.Tracking t = ChangeStudy.track(s);
        assertEquals(4, t.rows().size());
        for (ChangeStudy.Row r : t.rows()) {
            assertEquals(r.optimumTotal(), r.fluidEndTotal(), 3 * RegimesTest.FLUID_TOL, "regime " + r.regime());
            assertTrue(r.fluidEndDistance() < RegimesTest.FLUID_TOL, "regime " + r.regime());
            assertTrue(r.latencyFixedTotal() >= r.optimumTotal() * (1 - 1e-9), "OPT is the least total");
            assertTrue(r.reconvergence() > 0 && r.reconvergence() < r.end() - r.start(), "settles within the regime");
        }
        // At c = 1000 GMSR's stochastic total over the last regime's second half is OPT's to within 3%.
        ChangeStudy.Row last = t.rows().get(3);
        assertEquals(last.optimumTotal(), last.gmsrTotal()[0], 0.03 * last.optimumTotal());
        // The study's paths are the scenario's: GMSR at scale i with seed + i, as the CLI runs them.
        StochasticPath cli = GmsrSimulation.run(s.regimes(), RoutingRule.GMSR, s.initialWorkload(),
                new GmsrSimulation.Options(1000, 100, s.seedFor(0), 4000));
        assertEquals(cli.averageTotal(), t.gmsr().get(0).averageTotal(), 0);
        assertEquals(4, t.table().rowCount());
    }
}
