package lbw.bipartite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EquilibriumTest {

    /** Exact solver: agreement to rounding. */
    static final double EXACT = 1e-9;
    /** Projected gradient (a first-order method) is trusted to this relative accuracy. */
    static final double FIRST_ORDER = 1e-6;

    static BipartiteModel nModel() {
        return new BipartiteModel(new double[] {0.4, 0.6},
                new ServiceRate[] {ServiceRate.saturating(1, 1), ServiceRate.saturating(1, 2)},
                new int[][] {{0, 0}, {1, 0}, {1, 1}});
    }

    @Test
    void nModelOptimumIsTheEqualGradientPointSqrt2() {
        // Analytic: equal gradients 1/(N1+1)^2 = 2/(N2+2)^2 and l1 + l2 = 1 give N1 = N2 = sqrt(2).
        Equilibrium e = FluidOptimum.solve(nModel());
        assertTrue(e.converged(), e.certificates().toString());
        assertEquals(Math.sqrt(2), e.workload()[0], EXACT);
        assertEquals(Math.sqrt(2), e.workload()[1], EXACT);
        assertEquals(2 * Math.sqrt(2), e.total(), EXACT);
        double[][] x = e.routing();
        assertEquals(1.0, x[0][0], EXACT);
        // f2 sends l1(sqrt2) - 0.4 to b1
        double l1 = Math.sqrt(2) / (Math.sqrt(2) + 1);
        assertEquals((l1 - 0.4) / 0.6, x[1][0], EXACT);
        assertTrue(e.kktResidual() < EXACT && e.gap() < EXACT);
    }

    @Test
    void identicalBackendsSplitEvenly() {
        BipartiteModel m = new BipartiteModel(new double[] {1.2},
                new ServiceRate[] {ServiceRate.exponential(1, 2), ServiceRate.exponential(1, 2),
                    ServiceRate.exponential(1, 2)},
                new int[][] {{0, 0}, {0, 1}, {0, 2}});
        Equilibrium e = FluidOptimum.solve(m);
        double n = -2 * Math.log(1 - 0.4);
        for (int b = 0; b < 3; b++) {
            assertEquals(n, e.workload()[b], EXACT);
        }
    }

    @Test
    void tightSetIsSplitOff() {
        // f0 only reaches b0, which is slow; f1 reaches b0 and b1. At the optimum f1 sends nothing to b0 and b0's
        // price is higher than b1's: two levels.
        BipartiteModel m = new BipartiteModel(new double[] {0.8, 0.5},
                new ServiceRate[] {ServiceRate.saturating(1, 1), ServiceRate.saturating(3, 1)},
                new int[][] {{0, 0}, {1, 0}, {1, 1}});
        Equilibrium e = FluidOptimum.solve(m);
        assertEquals(2, e.parts());
        assertEquals(0.8 / 0.2, e.workload()[0], EXACT); // N = half y / (max - y)
        assertEquals(0.5 / 2.5, e.workload()[1], EXACT);
        assertEquals(0.0, e.routing()[1][0], EXACT);
        assertTrue(e.converged());
    }

    @Test
    void matchesProjectedGradientOnRandomSmallGraphs() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int trial = 0; trial < 12; trial++) {
            BipartiteModel m = RandomInstances.create(2 + rnd.nextInt(3), 2 + rnd.nextInt(3), 2, 0.5, rnd);
            Equilibrium e = FluidOptimum.solve(m);
            assertTrue(e.converged(), e.certificates().toString());
            double pg = ProjectedGradient.objective(m, ProjectedGradient.solve(m, 20000));
            assertEquals(pg, e.total(), FIRST_ORDER * pg, "trial " + trial);
            assertTrue(e.total() <= pg + 1e-12, "exact solver must not be worse than the first-order one");
            assertTrue(e.gap() >= -1e-12 && e.gap() < 1e-8);
        }
    }

    @Test
    void latencyAndWorkloadEquilibriaSatisfyTheirOwnConditionsAndAreNoBetterThanOpt() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int trial = 0; trial < 10; trial++) {
            BipartiteModel m = RandomInstances.create(5, 6, 3, 0.6, rnd);
            double opt = FluidOptimum.solve(m).total();
            for (RoutingCost c : RoutingCost.values()) {
                Equilibrium e = EquilibriumSolver.solve(m, c);
                assertTrue(e.converged(), c + " " + e.certificates());
                assertTrue(e.total() >= opt - 1e-9, c + ": no rule beats OPT");
            }
        }
    }
}
