package lbw.bipartite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StochasticTest {

    /**
     * At c = 2000 the normalised fluctuations are of order 1/sqrt(c) ~ 0.02 per coordinate; the second-half time
     * average over 100 time units averages many independent excursions, so 0.02 is a loose statistical bound.
     */
    static final double LARGE_C_AVERAGE = 0.02;

    @Test
    void sameSeedSamePathOtherSeedOtherPath() {
        BipartiteModel m = EquilibriumTest.nModel();
        StochasticPath a = GmsrSimulation.run(m, RoutingRule.GMSR, new double[] {2, 1}, new GmsrSimulation.Options(50, 20, 42, 100));
        StochasticPath b = GmsrSimulation.run(m, RoutingRule.GMSR, new double[] {2, 1}, new GmsrSimulation.Options(50, 20, 42, 100));
        StochasticPath c = GmsrSimulation.run(m, RoutingRule.GMSR, new double[] {2, 1}, new GmsrSimulation.Options(50, 20, 43, 100));
        assertArrayEquals(a.timeAverage(), b.timeAverage(), 0.0);
        assertArrayEquals(a.total(), b.total(), 0.0);
        assertNotEquals(a.timeAverage()[0], c.timeAverage()[0]);
    }

    @Test
    void timeAverageApproachesTheOptimumAtLargeScale() {
        BipartiteModel m = EquilibriumTest.nModel();
        Equilibrium opt = FluidOptimum.solve(m);
        StochasticPath p = GmsrSimulation.run(m, RoutingRule.GMSR, new double[] {2, 1}, new GmsrSimulation.Options(2000, 100, 7, 500));
        assertEquals(opt.workload()[0], p.timeAverage()[0], LARGE_C_AVERAGE);
        assertEquals(opt.workload()[1], p.timeAverage()[1], LARGE_C_AVERAGE);
    }

    @Test
    void pathsApproachTheFluidSolutionAsScaleGrows() {
        BipartiteModel m = EquilibriumTest.nModel();
        double[] n0 = {0, 3};
        FluidPath fluid = FluidInclusion.solve(m, n0, 20);
        double d10 = GmsrSimulation.run(m, RoutingRule.GMSR, n0, new GmsrSimulation.Options(10, 20, 1, 400)).distanceTo(fluid);
        double d100 = GmsrSimulation.run(m, RoutingRule.GMSR, n0, new GmsrSimulation.Options(100, 20, 1, 400)).distanceTo(fluid);
        double d10000 = GmsrSimulation.run(m, RoutingRule.GMSR, n0, new GmsrSimulation.Options(10000, 20, 1, 400)).distanceTo(fluid);
        assertTrue(d10 > d100 && d100 > d10000, d10 + " " + d100 + " " + d10000);
        // sup distance of a 1/sqrt(c) fluctuation over ~400 samples: a few times 1/sqrt(c)
        assertTrue(d10000 < 0.1, "distance at c = 10000: " + d10000);
    }

    @Test
    void ruleTimeAveragesApproachTheirFluidEquilibria() {
        SplittableRandom rnd = new SplittableRandom(5);
        BipartiteModel m = RandomInstances.create(4, 4, 2, 0.5, rnd);
        double[] n0 = new double[m.backends()];
        for (RoutingRule r : new RoutingRule[] {RoutingRule.GMSR, RoutingRule.LATENCY, RoutingRule.JSQ}) {
            Equilibrium e = EquilibriumSolver.solve(m, r.cost().orElseThrow());
            StochasticPath p = GmsrSimulation.run(m, r, n0, new GmsrSimulation.Options(1000, 150, 11, 10));
            assertEquals(e.total(), p.averageTotal(), 0.03 * e.total() + 0.02, r.label());
        }
    }

    @Test
    void tiesAreBrokenEvenly() {
        BipartiteModel m = new BipartiteModel(new double[] {1.0},
                new ServiceRate[] {ServiceRate.saturating(1, 1), ServiceRate.saturating(1, 1)},
                new int[][] {{0, 0}, {0, 1}});
        StochasticPath p = GmsrSimulation.run(m, RoutingRule.JSQ, new double[] {0, 0}, new GmsrSimulation.Options(500, 200, 3, 10));
        assertEquals(p.timeAverage()[0], p.timeAverage()[1], 0.03);
        assertEquals(1.0, p.timeAverage()[0], 0.03); // l(N) = 1/2 at N = 1
    }

    @Test
    void gmsrTiesAmongIdenticalBackendsAreBrokenEvenly() {
        // three identical backends share one frontend: equal workloads give exactly equal gradients (ties), and
        // the symmetric optimum is N* = 1 each (l(N) = N / (N + 1) = 1/2)
        ServiceRate l = ServiceRate.saturating(1, 1);
        BipartiteModel m = new BipartiteModel(new double[] {1.5}, new ServiceRate[] {l, l, l},
                new int[][] {{0, 0}, {0, 1}, {0, 2}});
        StochasticPath p = GmsrSimulation.run(m, RoutingRule.GMSR, new double[] {0, 0, 0}, new GmsrSimulation.Options(500, 200, 5, 10));
        for (int b = 0; b < 3; b++) {
            assertEquals(1.0, p.timeAverage()[b], 0.03, "backend " + b);
        }
    }
}
