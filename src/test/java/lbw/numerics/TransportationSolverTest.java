package lbw.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import lbw.core.InvalidParameterException;
import org.junit.jupiter.api.Test;

class TransportationSolverTest {

    /** Exact method: certificates at round-off level, relative to the problem's scale. */
    private static final double EXACT = 1e-9;

    @Test
    void twoByTwoOptimumAndPricesByHand() {
        // Two sources (16, 8), two destinations (15, 10), cost 1 on the diagonal and 2 off it: source 1 fills
        // destination 1 and sends its last unit to destination 2, source 2 sends all to destination 2 (9 < 10).
        // Duals: mu_2 = 0 (slack), u_1 = 2 (its arc to 2 is used), mu_1 = u_1 - 1 = 1, u_2 = 1. Objective 25.
        TransportationProblem p = new TransportationProblem(new double[] {16, 8}, new double[] {15, 10},
                new double[][] {{1, 2}, {2, 1}});
        TransportationSolution s = TransportationSolver.solve(p);
        assertArrayEquals(new double[] {15, 1}, s.flow()[0], EXACT);
        assertArrayEquals(new double[] {0, 8}, s.flow()[1], EXACT);
        assertEquals(25.0, s.cost(), EXACT);
        assertArrayEquals(new double[] {2, 1}, s.rowPotential(), EXACT);
        assertArrayEquals(new double[] {1, 0}, s.price(), EXACT);
        assertEquals(0.0, s.gap(), EXACT);
    }

    @Test
    void oneSourceFillsTheCheapestDestinationsFirst() {
        // Greedy is optimal with one source: costs 3, 1, 2 with capacities 4, 4, 4 and supply 10 -> 4 at cost 1,
        // 4 at cost 2, 2 at cost 3. u = 3 (the marginal destination), mu_j = u - cost_j on the full ones.
        TransportationProblem p = new TransportationProblem(new double[] {10}, new double[] {4, 4, 4},
                new double[][] {{3, 1, 2}});
        TransportationSolution s = TransportationSolver.solve(p);
        assertArrayEquals(new double[] {2, 4, 4}, s.flow()[0], EXACT);
        assertEquals(2 * 3 + 4 + 8, s.cost(), EXACT);
        assertArrayEquals(new double[] {3}, s.rowPotential(), EXACT);
        assertArrayEquals(new double[] {0, 2, 1}, s.price(), EXACT);
    }

    @Test
    void agreesWithTheDenseSimplexOnRandomInstances() {
        SplittableRandom rng = new SplittableRandom(20261125);
        for (int trial = 0; trial < 200; trial++) {
            int m = 1 + rng.nextInt(8);
            int n = 1 + rng.nextInt(8);
            TransportationProblem p = random(rng, m, n, rng.nextDouble(0.3, 1.0), false);
            checkAgainstOracle(p, "trial " + trial + " (" + m + "x" + n + ")");
        }
    }

    /** Integer data with many ties: degenerate bases, equal costs, supply exactly equal to capacity. */
    @Test
    void agreesWithTheDenseSimplexOnDegenerateInstances() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            int m = 1 + rng.nextInt(7);
            int n = 1 + rng.nextInt(7);
            TransportationProblem p = random(rng, m, n, trial % 3 == 0 ? 1.0 : 0.8, true);
            checkAgainstOracle(p, "degenerate trial " + trial + " (" + m + "x" + n + ")");
        }
    }

    @Test
    void negativeCostsAndZeroSuppliesAndCapacities() {
        TransportationProblem p = new TransportationProblem(new double[] {0, 5, 3}, new double[] {0, 4, 6},
                new double[][] {{-1, 2, 0}, {-3, -2, 1}, {4, -5, -5}});
        checkAgainstOracle(p, "mixed signs");
    }

    @Test
    void largerInstancesAreCertified() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int[] shape : new int[][] {{200, 200}, {30, 400}, {400, 30}}) {
            TransportationProblem p = random(rng, shape[0], shape[1], 0.95, false);
            TransportationSolution s = TransportationSolver.solve(p);
            String what = shape[0] + "x" + shape[1];
            double scale = 1 + Math.abs(s.cost());
            assertEquals(0.0, s.gap(), EXACT * scale, what + " gap");
            assertTrue(s.primalViolation() < EXACT * scale, what + " primal " + s.primalViolation());
            assertTrue(s.dualViolation() < EXACT, what + " dual " + s.dualViolation());
            assertTrue(s.complementarySlackness() < EXACT * scale, what + " cs " + s.complementarySlackness());
        }
    }

    @Test
    void sameInputSameBits() {
        TransportationProblem p = random(new SplittableRandom(11), 60, 50, 0.9, false);
        TransportationSolution a = TransportationSolver.solve(p);
        TransportationSolution b = TransportationSolver.solve(p);
        assertEquals(a.pivots(), b.pivots());
        for (int i = 0; i < 60; i++) {
            assertArrayEquals(a.flow()[i], b.flow()[i], 0.0);
        }
        assertArrayEquals(a.price(), b.price(), 0.0);
    }

    @Test
    void refusesInfeasibleAndMalformedInput() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> new TransportationProblem(new double[] {5, 6}, new double[] {10}, new double[][] {{1}, {1}}));
        assertEquals("supply", e.parameter());
        assertThrows(InvalidParameterException.class,
                () -> new TransportationProblem(new double[] {1}, new double[] {-1, 3}, new double[][] {{1, 1}}));
        assertThrows(InvalidParameterException.class,
                () -> new TransportationProblem(new double[] {1}, new double[] {3}, new double[][] {{Double.NaN}}));
        assertThrows(InvalidParameterException.class,
                () -> new TransportationProblem(new double[] {1}, new double[] {3}, new double[][] {{1, 2}}));
    }

    private static void checkAgainstOracle(TransportationProblem p, String what) {
        TransportationSolution s = TransportationSolver.solve(p);
        DenseSimplexOracle.Result o = DenseSimplexOracle.solve(p);
        double scale = 1 + Math.abs(o.cost());
        assertEquals(o.cost(), s.cost(), EXACT * scale, what + ": objective against the dense simplex");
        assertEquals(o.dualValue(), s.dualValue(), EXACT * scale, what + ": dual objective against the dense simplex");
        assertEquals(0.0, s.gap(), EXACT * scale, what + ": duality gap");
        assertTrue(s.primalViolation() < EXACT * scale, what + ": primal feasibility " + s.primalViolation());
        assertTrue(s.dualViolation() < EXACT * scale, what + ": dual feasibility " + s.dualViolation());
        assertTrue(s.complementarySlackness() < EXACT * scale, what + ": complementary slackness "
                + s.complementarySlackness());
        // The oracle's own dual point is optimal too: the same certificates hold for it.
        assertTrue(p.dualViolation(o.rowPotential(), o.price()) < 1e-7 * scale, what + ": oracle dual feasibility");
    }

    private static TransportationProblem random(SplittableRandom rng, int m, int n, double load, boolean integer) {
        double[] cap = new double[n];
        double sumC = 0;
        for (int j = 0; j < n; j++) {
            cap[j] = integer ? rng.nextInt(6) : rng.nextDouble(1, 10);
            sumC += cap[j];
        }
        if (sumC == 0) {
            cap[0] = 1;
            sumC = 1;
        }
        double[] sup = new double[m];
        double[] w = new double[m];
        double sumW = 0;
        for (int i = 0; i < m; i++) {
            w[i] = rng.nextDouble(0.2, 1.0);
            sumW += w[i];
        }
        double total = integer ? Math.floor(load * sumC) : load * sumC;
        double left = total;
        for (int i = 0; i < m; i++) {
            sup[i] = integer ? (i == m - 1 ? left : Math.min(left, Math.floor(total * w[i] / sumW))) : total * w[i] / sumW;
            left -= sup[i];
        }
        double[][] c = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                c[i][j] = integer ? 1 + rng.nextInt(3) : rng.nextDouble(0.5, 3);
            }
        }
        return new TransportationProblem(sup, cap, c);
    }
}
