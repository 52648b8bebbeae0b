package lbw.bipartite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FluidInclusionTest {

    /** Chattering Euler with step 1e-4 is within O(h) of the Filippov solution. */
    static final double EULER_AGREEMENT = 5e-3;
    /** V may rise by rounding only. */
    static final double LYAPUNOV_SLACK = 1e-9;

    @Test
    void nModelConvergesToTheOptimumFromSeveralStarts() {
        BipartiteModel m = EquilibriumTest.nModel();
        double[] opt = FluidOptimum.solve(m).workload();
        for (double[] n0 : new double[][] {{0, 0}, {2, 1}, {4, 4}, {0, 3}, {3, 0}}) {
            FluidPath p = FluidInclusion.solve(m, n0, 150);
            assertTrue(p.converged(), "clean solve from " + java.util.Arrays.toString(n0));
            double[] fin = p.finalWorkload();
            assertEquals(opt[0], fin[0], 1e-6, "N1 from " + java.util.Arrays.toString(n0));
            assertEquals(opt[1], fin[1], 1e-6, "N2 from " + java.util.Arrays.toString(n0));
            assertTrue(p.largestLyapunovIncrease() <= LYAPUNOV_SLACK, "V non-increasing");
            double[] euler = ChatteringEuler.solve(m, n0, 5, 1e-4);
            double[] at5 = p.at(5);
            assertEquals(euler[0], at5[0], EULER_AGREEMENT);
            assertEquals(euler[1], at5[1], EULER_AGREEMENT);
        }
    }

    @Test
    void randomGraphsAgreeWithEulerAndReachTheOptimum() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int trial = 0; trial < 6; trial++) {
            BipartiteModel m = RandomInstances.create(4, 5, 2, 0.6, rnd);
            double[] n0 = new double[m.backends()];
            for (int b = 0; b < n0.length; b++) {
                n0[b] = 3 * rnd.nextDouble();
            }
            FluidPath p = FluidInclusion.solve(m, n0, 200);
            assertTrue(p.converged(), "trial " + trial + " unresolved " + p.unresolvedEvents());
            assertTrue(p.largestLyapunovIncrease() <= LYAPUNOV_SLACK, "trial " + trial + " V rises by "
                    + p.largestLyapunovIncrease());
            double[] euler = ChatteringEuler.solve(m, n0, 4, 1e-4);
            double[] at = p.at(4);
            for (int b = 0; b < n0.length; b++) {
                assertEquals(euler[b], at[b], EULER_AGREEMENT, "trial " + trial + " backend " + b);
            }
            Equilibrium e = FluidOptimum.solve(m);
            double[] fin = p.finalWorkload();
            for (int b = 0; b < n0.length; b++) {
                assertEquals(e.workload()[b], fin[b], 1e-4, "trial " + trial + " backend " + b);
            }
        }
    }

    @Test
    void aSplittingTierIsFollowedThroughTheSplit() {
        // Found by searching seeds: this instance's trajectory has a tier split (and merges).
        SplittableRandom rnd = new SplittableRandom(28);
        BipartiteModel m = RandomInstances.create(3 + rnd.nextInt(3), 3 + rnd.nextInt(3), 2, 0.7, rnd);
        double[] n0 = new double[m.backends()];
        for (int b = 0; b < n0.length; b++) {
            n0[b] = 6 * rnd.nextDouble();
        }
        FluidPath p = FluidInclusion.solve(m, n0, 100);
        assertTrue(p.converged());
        FluidInclusion.Event split = p.events().stream().filter(e -> e.kind().equals("split")).findFirst()
                .orElseThrow();
        assertTrue(split.tiersAfter() > split.tiersBefore());
        assertTrue(p.largestLyapunovIncrease() <= LYAPUNOV_SLACK);
        double horizon = Math.min(split.time() + 2, 100);
        double[] euler = ChatteringEuler.solve(m, n0, horizon, 1e-4);
        double[] at = p.at(horizon);
        for (int b = 0; b < n0.length; b++) {
            assertEquals(euler[b], at[b], EULER_AGREEMENT, "backend " + b + " after the split at " + split.time());
        }
        double[] opt = FluidOptimum.solve(m).workload();
        for (int b = 0; b < n0.length; b++) {
            assertEquals(opt[b], p.finalWorkload()[b], 1e-4);
        }
    }
}
