package lbw.setupdelays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import lbw.core.InvalidParameterException;
import lbw.numerics.DenseSimplexOracle;
import lbw.numerics.TransportationProblem;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class StaticSolversTest {

    private static final double LP_TOL = 1e-9;
    private static final double DUAL_TOL = 1e-7;

    @Test
    void lpPrimalAndDualAgree() {
        for (long seed = 1; seed <= 5; seed++) {
            SetupDelayModel m = SetupDelayModel.random(4, 3, 0.8, seed);
            LpSolution lp = StaticLp.solve(m);
            assertEquals(0.0, lp.gap(), LP_TOL * (1 + lp.cost()), "strong duality, seed " + seed);
            assertTrue(lp.maxViolation() < LP_TOL);
            // complementary slackness of the LP pair: mu_j > 0 only at saturated pools
            double[][] x = lp.routing();
            double[] mu = lp.prices();
            double[] c = m.capacity();
            for (int j = 0; j < m.pools(); j++) {
                double col = 0;
                for (double[] row : x) {
                    col += row[j];
                }
                assertEquals(0.0, mu[j] * (c[j] - col), 1e-7);
            }
        }
    }

    /** The network simplex against the dense Commons Math tableau it replaced, on (10) and on (21) with c~. */
    @Test
    void lpAgreesWithTheDenseSimplexOracle() {
        for (long seed = 1; seed <= 30; seed++) {
            SetupDelayModel m = SetupDelayModel.random(1 + (int) (seed % 7), 1 + (int) (seed * 3 % 8), 0.9, seed);
            for (double[] cap : new double[][] {m.capacity(), m.tightenedCapacity(0.99)}) {
                LpSolution lp = StaticLp.solve(m, cap);
                DenseSimplexOracle.Result o = DenseSimplexOracle.solve(
                        new TransportationProblem(m.arrivalRate(), cap, m.setupTime()));
                assertEquals(o.cost(), lp.cost(), LP_TOL * (1 + o.cost()), "objective, seed " + seed);
                assertEquals(o.dualValue(), lp.dualValue(), LP_TOL * (1 + o.cost()), "dual objective, seed " + seed);
                // random instances are non-degenerate: the optimal routing and prices are unique
                double[][] routing = lp.routing();
                for (int i = 0; i < m.types(); i++) {
                    assertArrayEquals(o.flow()[i], routing[i], 1e-7, "routing, seed " + seed);
                }
                assertArrayEquals(o.price(), lp.prices(), 1e-7, "prices, seed " + seed);
            }
        }
    }

    @Test
    void lpRefusesTooSmallOrMisshapenCapacities() {
        SetupDelayModel m = SetupDelayModel.random(3, 3, 0.9, 1);
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> StaticLp.solve(m, new double[] {1, 1, 1}));
        assertEquals("capacity", e.parameter());
        e = assertThrows(InvalidParameterException.class, () -> StaticLp.solve(m, new double[] {100, 100}));
        assertEquals("capacity", e.parameter());
    }

    @Test
    void dualSolverGapAndComplementarySlacknessOnRandomInstances() {
        for (long seed = 1; seed <= 6; seed++) {
            SetupDelayModel m = SetupDelayModel.random(6, 5, 0.9, seed);
            for (double eps : new double[] {1.0, 0.1, 0.01}) {
                EntropicSolution s = DualSolver.solve(m, eps);
                assertTrue(s.converged(), "seed " + seed + " eps " + eps);
                assertEquals(s.primalValue(), s.dualValue(), DUAL_TOL * (1 + Math.abs(s.primalValue())));
                assertTrue(s.complementarySlackness() < DUAL_TOL);
                assertTrue(s.capacityViolation() < DUAL_TOL);
                for (double mu : s.prices()) {
                    assertTrue(mu >= 0);
                }
            }
        }
    }

    @Test
    void dualSolverConvergesOnSharpHeavilyLoadedInstances() {
        int[][] shapes = {{1, 5}, {20, 50}, {50, 20}};
        for (int[] sh : shapes) {
            SetupDelayModel m = SetupDelayModel.random(sh[0], sh[1], 0.99, 11);
            EntropicSolution s = DualSolver.solve(m, 0.001);
            assertTrue(s.converged(), sh[0] + "x" + sh[1] + ": residual " + s.residual());
            assertEquals(0.0, s.gap(), DUAL_TOL * (1 + Math.abs(s.primalValue())));
            assertTrue(s.capacityViolation() < DUAL_TOL);
        }
    }

    /** The entropic optimum is no worse than any feasible point: mix it with the proportional point (12). */
    @Property(tries = 40, seed = "20261122")
    void recoveredPrimalIsOptimalAgainstFeasiblePerturbations(@ForAll @IntRange(min = 1, max = 1000) int seed) {
        SetupDelayModel m = SetupDelayModel.random(3, 3, 0.85, seed);
        double eps = 0.05;
        EntropicSolution s = DualSolver.solve(m, eps);
        double[] c = m.capacity();
        double[] r = m.arrivalRate();
        double sumC = m.totalCapacity();
        SplittableRandom rng = new SplittableRandom(seed);
        double t = rng.nextDouble(0.001, 1);
        double[][] x = new double[3][3];
        double[][] optimal = s.routing();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = (1 - t) * optimal[i][j] + t * c[j] / sumC * r[i];
            }
        }
        assertTrue(StaticLp.violation(m, x, c) < 1e-7);
        assertTrue(DualSolver.primalValue(m, eps, x) >= s.primalValue() - 1e-9);
    }

    @Test
    void entropicOptimumApproachesTheLpWithinBoundSeven() {
        SetupDelayModel m = Examples.figure1();
        LpSolution lp = StaticLp.solve(m);
        double bound = m.totalRate() * Math.log(m.pools());
        for (double eps : new double[] {0.5, 0.1, 0.01, 0.001}) {
            EntropicSolution s = DualSolver.solve(m, eps);
            assertTrue(s.primalValue() <= lp.cost() + 1e-9, "V_eps <= LP at eps " + eps);
            assertTrue(s.primalValue() >= lp.cost() - eps * bound - 1e-9, "V_eps >= LP - eps sum r log n");
        }
        EntropicSolution tiny = DualSolver.solve(m, 1e-4);
        double[][] lpRouting = lp.routing();
        double[][] tinyRouting = tiny.routing();
        for (int i = 0; i < m.types(); i++) {
            for (int j = 0; j < m.pools(); j++) {
                assertEquals(lpRouting[i][j], tinyRouting[i][j], 1e-3);
            }
        }
        // the LP dual price is the eps -> 0 limit of the entropic prices
        assertEquals(lp.prices()[0], tiny.prices()[0], 1e-3);
    }

    @Test
    void dualGradientIsTheExcessLoadAndTheSliceIsMaximalAtMuStar() {
        SetupDelayModel m = Examples.figure1();
        double eps = Examples.figure1Epsilon();
        double mu1 = DualSolver.solve(m, eps).prices()[0];
        double[] grid = {mu1 - 0.01, mu1 - 0.001, mu1, mu1 + 0.001, mu1 + 0.01};
        var t = Studies.dualSlice(m, eps, 0, grid);
        double[] d = t.value();
        double[] fd = t.finiteDifference();
        double[] ex = t.excessLoad();
        assertEquals(mu1, t.optimum(), 0.0);
        assertArrayEquals(grid, t.mu(), 0.0);
        assertTrue(t.largestGradientError() < 1e-5);
        DualSlice near = t.nearOptimum(0.005);
        assertArrayEquals(new double[] {mu1 - 0.001, mu1, mu1 + 0.001}, near.mu(), 0.0);
        assertEquals(d[2], near.value()[1], 0.0);
        for (int k = 0; k < grid.length; k++) {
            assertEquals(ex[k], fd[k], 1e-5, "(29) against finite differences");
            assertTrue(d[2] >= d[k]);
        }
        assertEquals(0.0, ex[2], 1e-8);
    }

    @Test
    void equilibriumQueuesFollowFifteen() {
        SetupDelayModel m = Examples.figure1();
        EntropicSolution s = DualSolver.solve(m, Examples.figure1Epsilon());
        double[] c = m.capacity();
        double[][] x = s.routing();
        double[] mu = s.prices();
        double[] q = s.queues();
        for (int j = 0; j < m.pools(); j++) {
            double col = x[0][j] + x[1][j];
            if (mu[j] > 0) {
                assertEquals(c[j] * (1 + mu[j]), q[j], 1e-6);
            } else {
                assertEquals(col, q[j], 1e-12);
            }
        }
    }

    @Test
    void validationNamesTheParameter() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> new SetupDelayModel(new double[] {15, -3}, new double[] {1}, new double[][] {{1, 1}}));
        assertEquals("capacity", e.parameter());
        assertTrue(e.getMessage().contains("capacity[1] = -3.0"));
        e = assertThrows(InvalidParameterException.class,
                () -> new SetupDelayModel(new double[] {5, 5}, new double[] {6, 4}, new double[][] {{1, 1}, {1, 1}}));
        assertEquals("arrivalRate", e.parameter());
        e = assertThrows(InvalidParameterException.class,
                () -> new SetupDelayModel(new double[] {5, 5}, new double[] {1}, new double[][] {{1, 1, 1}}));
        assertEquals("setupTime", e.parameter());
        e = assertThrows(InvalidParameterException.class, () -> Examples.figure1().tightenedCapacity(0.9));
        assertEquals("capacityMargin", e.parameter());
        e = assertThrows(InvalidParameterException.class, () -> Examples.figure1().tightenedCapacity(1.0));
        assertEquals("capacityMargin", e.parameter());
    }
}
