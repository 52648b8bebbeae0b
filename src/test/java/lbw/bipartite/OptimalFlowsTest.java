package lbw.bipartite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lbw.core.Workbench;
import org.junit.jupiter.api.Test;

/** Lemma 2: N* is unique, x* is not when the optimum's best-backend graph has a cycle. */
class OptimalFlowsTest {

    /** Exact linear programs and closed forms: rounding only. */
    static final double EXACT = 1e-12;

    @Test
    void onTheFiguresOneToFourSystemTheOptimalRoutingIsUnique() {
        // Its optimum has two tiers: the best-backend graph at N* drops f1 -> b2 and f4 -> b4, breaking the cycle.
        BipartiteModel m = BipartiteScenario.load(Workbench.data("bipartite-figures1-4.json")).model();
        OptimalFace face = OptimalFlows.face(m);
        assertTrue(face.unique(EXACT), "widest range " + face.widestRange());
        assertTrue(face.certificate() < EXACT);
        double[][] x = face.optimum().routing();
        for (int f = 0; f < m.frontends(); f++) {
            assertArrayEquals(x[f], face.low()[f], 1e-9);
            assertArrayEquals(x[f], face.high()[f], 1e-9);
        }
    }

    @Test
    void onTheCycleSystemFlowMovesRoundTheCycleAndNoWorkloadChanges() {
        BipartiteModel m = BipartiteScenario.load(Workbench.data("bipartite-cycle.json")).model();
        OptimalFace face = OptimalFlows.face(m);
        // Closed form: identical backends in one tier share the load 14 / 5 = 2.8, so N*_b = 2.8 / 5.2 and
        // OPT = 35 / 13. b1 is reached by f1 only: z(f1, b1) = 2.8. With delta = z(f1, b5) the other flows are
        // z(f1,b2) = 1.2 - d, z(f2,b2) = 1.6 + d, z(f2,b3) = 1.4 - d, z(f3,b3) = 1.4 + d, z(f3,b4) = 1.6 - d,
        // z(f4,b4) = 1.2 + d, z(f4,b5) = 2.8 - d, all non-negative exactly for d in [0, 1.2].
        assertEquals(35.0 / 13, face.optimum().total(), EXACT);
        // edges in the model's order: f1b1, f1b2, f1b5, f2b2, f2b3, f3b3, f3b4, f4b4, f4b5
        double[] least = {2.8, 0, 0, 1.6, 0.2, 1.4, 0.4, 1.2, 1.6};
        double[] largest = {2.8, 1.2, 1.2, 2.8, 1.4, 2.6, 1.6, 2.4, 2.8};
        assertArrayEquals(least, face.minFlow(), EXACT);
        assertArrayEquals(largest, face.maxFlow(), EXACT);
        assertFalse(face.unique(1e-6));
        assertEquals(1.2, face.widestRange(), EXACT);
        // Two different optimal routings: same loads, both at OPT, both satisfy Lemma 3, rows sum to one.
        double[] c = face.circulation();
        double moved = 0;
        for (double v : c) {
            moved = Math.max(moved, Math.abs(v));
        }
        assertEquals(1.2, moved, EXACT);
        for (double[][] x : new double[][][] {face.low(), face.high(), face.along(0.37)}) {
            assertEquals(face.optimum().total(), m.totalWorkload(x), EXACT);
            assertTrue(face.loadGap(x) < EXACT);
            assertTrue(face.lemma3Residual(x) < EXACT);
            for (double[] row : x) {
                assertEquals(1, java.util.Arrays.stream(row).sum(), EXACT);
            }
        }
        // The difference is a circulation: zero net flow at every frontend and backend, alternating round the cycle.
        int[][] e = m.edges();
        double[] netF = new double[m.frontends()];
        double[] netB = new double[m.backends()];
        for (int k = 0; k < e.length; k++) {
            netF[e[k][0]] += c[k];
            netB[e[k][1]] += c[k];
        }
        assertArrayEquals(new double[m.frontends()], netF, EXACT);
        assertArrayEquals(new double[m.backends()], netB, EXACT);
        assertEquals(0, c[0], EXACT);
        // The workloads along the whole segment stay N*.
        double[][] n = face.workloadsAlong(new double[] {0, 0.5, 1});
        for (double[] row : n) {
            for (double v : row) {
                assertEquals(2.8 / 5.2, v, EXACT);
            }
        }
        // The solver's own x* is one point of the face.
        double[][] x = face.optimum().routing();
        for (int k = 0; k < e.length; k++) {
            double z = m.arrivalRate(e[k][0]) * x[e[k][0]][e[k][1]];
            assertTrue(z >= least[k] - 1e-9 && z <= largest[k] + 1e-9, "edge " + k + ": " + z);
        }
    }

    @Test
    void aModelTooLargeForTheLinearProgramsIsRefusedBeforeWork() {
        BipartiteModel big = RandomInstances.create(300, 300, 3, 0.5, 1);
        lbw.core.InvalidParameterException e = org.junit.jupiter.api.Assertions.assertThrows(
                lbw.core.InvalidParameterException.class, () -> OptimalFlows.face(big));
        assertTrue(e.getMessage().contains("model"), e.getMessage());
    }

    @Test
    void capacitiesNeverLeaveTheProblemInfeasible() {
        double[] cap = OptimalFlows.capacities(new double[] {0.1, 0.2, 0.3}, new double[] {0.3, 0.3 - 1e-16, 0.0});
        double s = 0;
        for (double v : cap) {
            s += v;
        }
        assertTrue(s >= 0.1 + 0.2 + 0.3);
        assertEquals(0, cap[2], 0.0);
    }
}
