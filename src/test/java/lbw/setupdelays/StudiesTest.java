package lbw.setupdelays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import lbw.core.InvalidParameterException;
import org.junit.jupiter.api.Test;

/** The typed studies: their verdicts follow their numbers, and paper values are matched by name. */
class StudiesTest {

    /** Tolerance of the dual solver on the example's values (order 25). */
    private static final double SOLVE = 1e-6;

    @Test
    void theEpsilonSweepBracketsTheOptimumByBoundSeven() {
        SetupDelayModel m = Examples.figure1();
        double[] eps = {1, 0.1, 0.01};
        EpsilonSweep s = Studies.epsilonSweep(m, eps);
        double lp = StaticLp.solve(m).cost();
        assertEquals(lp, s.lpCost(), 0.0);
        double[] lowerBound = s.lowerBound();
        double[] value = s.value();
        for (int k = 0; k < eps.length; k++) {
            assertEquals(lp - eps[k] * m.totalRate() * Math.log(m.pools()), lowerBound[k], 1e-12);
            assertEquals(DualSolver.solve(m, eps[k]).primalValue(), value[k], 0.0);
            assertTrue(value[k] >= lowerBound[k] - SOLVE && value[k] <= lp + SOLVE);
        }
        assertTrue(s.boundHolds());
        assertTrue(s.largestBoundViolation() <= SOLVE);
        // the routing approaches the LP's as eps falls
        assertTrue(s.routingDistance()[2] < s.routingDistance()[0]);
        assertEquals(eps.length, s.table().rowCount());
    }

    @Test
    void aValueAboveTheLpBreaksTheBound() {
        EpsilonSweep bad = new EpsilonSweep(new double[] {0.1}, 25, new double[] {24}, new double[] {25.5},
                new double[] {25}, new double[] {0}, new double[] {0}, new double[] {0});
        assertFalse(bad.boundHolds());
        assertEquals(0.5, bad.largestBoundViolation(), 1e-12);
    }

    @Test
    void theMarginSweepKeepsEveryPoolBelowCapacity() {
        SetupDelayModel m = Examples.figure1();
        double[] margins = {0.97, 0.99, 0.999};
        MarginSweep s = Studies.marginSweep(m, Examples.figure1Epsilon(), margins);
        double[] setupCost = s.setupCost();
        double[] tasksAtPools = s.tasksAtPools();
        double[] tasksInSystem = s.tasksInSystem();
        for (int k = 0; k < margins.length; k++) {
            ProximalEquilibrium eq = ProximalEquilibrium.solve(m, m.tightenedCapacity(margins[k]));
            assertEquals(eq.cost(), setupCost[k], 1e-9);
            double q = 0;
            for (double v : eq.queues()) {
                q += v;
            }
            assertEquals(q, tasksAtPools[k], 1e-9);
            assertEquals(setupCost[k] + tasksAtPools[k], tasksInSystem[k], 1e-12);
        }
        assertTrue(s.belowCapacity());
        assertTrue(s.largestUtilization() < 1 && s.largestUtilization() > 0.9, "" + s.largestUtilization());
        assertTrue(s.setupCostNonIncreasing());
    }

    @Test
    void aPoolAtCapacityFailsTheMarginVerdict() {
        MarginSweep bad = new MarginSweep(new double[] {0.9, 1.0}, new double[] {26, 25}, new double[] {20, 25},
                new double[] {0, 0}, new double[] {46, 50}, new double[] {0.9, 1.0});
        assertFalse(bad.belowCapacity());
        assertEquals(1.0, bad.largestUtilization(), 0.0);
        assertTrue(bad.setupCostNonIncreasing());
    }

    @Test
    void statedValuesAreMatchedByName() {
        StatedComparison t = Studies.compare("t", new java.util.LinkedHashMap<>(Map.of("a", 1.0)), Map.of("a", 0.75));
        assertEquals(0.25, t.row("a").difference(), 0.0);
        Map<String, Double> computed = new java.util.LinkedHashMap<>();
        computed.put("LP eps=0 x11", 15.0);
        computed.put("LP eps=0 x12", 1.0);
        StatedComparison two = Studies.compare("t", computed, Map.of("LP eps=0 x12", 1.0));
        assertFalse(two.row("LP eps=0 x11").isStated(), "x11 is not stated");
        assertEquals(15.0, two.row("LP eps=0 x11").computed(), 0.0);
        assertEquals(0.0, two.row("LP eps=0 x12").difference(), 0.0);
        assertEquals(java.util.List.of("LP eps=0 x12"), two.stated().stream().map(StatedComparison.Row::quantity).toList());
        assertEquals(0.0, two.largestDifference(), 0.0);
        assertEquals(1, two.computedOnlyTable("only").rowCount());
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> Studies.compare("t", computed, Map.of("LP eps=0 x13", 1.0)));
        assertTrue(e.getMessage().contains("'LP eps=0 x13' is not a computed quantity"), e.getMessage());
    }

    @Test
    void theFluidLimitAveragesTheSupDistanceOfEachSeed() {
        SetupDelayModel m = Examples.figure1();
        double eps = Examples.figure1Epsilon(), margin = 0.98, horizon = 4, step = 0.1;
        double[] ks = {20, 80};
        FluidLimit fl = Studies.fluidLimit(m, eps, margin, ks, horizon, step, 2);
        double[] ct = m.tightenedCapacity(margin);
        SetupQueueTrajectory fluid = SetupQueueDynamics.proximal(m, ct, null, horizon,
                OdeOptions.defaults().withSampleStep(step));
        double expected = 0;
        double[][] fluidQueues = fluid.queues();
        for (int seed = 1; seed <= 2; seed++) {
            expected += StochasticSystem.proximal(m, ct, 80, horizon, step, seed).supDistance(fluidQueues) / 2;
        }
        assertEquals(expected, fl.proximal()[1], 0.0, "the same seeds, the same numbers");
        assertEquals(1 / Math.sqrt(20), fl.reference()[0], 0.0);
        assertEquals(2, fl.seeds());
        for (double d : fl.myopic()) {
            assertTrue(d > 0 && d < 10, "a distance of scaled queues: " + d);
        }
    }
}
