package lbw.bipartite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Separable convex routing in one reused {@link ConvexRouting.Workspace} (graph-sized arrays, cleared only where
 * the last solve wrote) against fresh solves, over a sequence of solves on random connected groups of a seeded
 * random graph with the fluid solver's kind of level curve ({@code y_b = max(0, t_b + theta / a_b)}): the same
 * loads, edge flows, leaves and splits bit for bit, and nothing outside the group.
 */
class ConvexRoutingWorkspaceTest {

    /** Solves in the sequence. */
    static final int SOLVES = 400;
    /** The most nodes (frontends and backends) in a group. */
    static final int MAX_GROUP = 60;

    @Test
    void solvesInOneWorkspaceEqualFreshSolvesBitForBit() {
        SplittableRandom rnd = new SplittableRandom(20261129L);
        BipartiteModel m = RandomInstances.create(120, 150, 3, 0.6, 31);
        BipartiteModel.Graph g = m.graph();
        double[] lambda = m.arrivalRate();
        double[] t = new double[g.nb()];
        double[] a = new double[g.nb()];
        ConvexRouting.LevelCurve curve = (b, theta) -> Math.max(0, t[b] + theta / a[b]);
        ConvexRouting.Workspace ws = new ConvexRouting.Workspace(g);
        int withSplits = 0;
        int severalParts = 0;
        int cleared = 0;
        boolean[] lastLoaded = new boolean[g.nb()];
        for (int s = 0; s < SOLVES; s++) {
            for (int b = 0; b < g.nb(); b++) {
                // some backends far ahead (t large), so that the levels differ and the routing splits
                t[b] = rnd.nextInt(4) == 0 ? 5 * rnd.nextDouble() : 0.5 * rnd.nextDouble();
                a[b] = 0.1 + 3 * rnd.nextDouble();
            }
            int[][] group = group(g, rnd, 2 + rnd.nextInt(MAX_GROUP - 1));
            int[] fs = group[0];
            int[] bs = group[1];
            String id = "solve " + s + " (" + fs.length + " frontends, " + bs.length + " backends)";
            ConvexRouting.Solution reused = ConvexRouting.solve(g, lambda, fs, bs, curve, 1e-9, ws);
            double[] load = reused.load().clone(); // the workspace's arrays: copied before the next solve
            double[] edge = reused.edgeFlow().clone();
            ConvexRouting.Solution fresh = ConvexRouting.solve(g, lambda, fs, bs, curve, 1e-9);
            assertTrue(Arrays.equals(fresh.load(), load), id + ": loads bit for bit");
            assertTrue(Arrays.equals(fresh.edgeFlow(), edge), id + ": edge flows bit for bit");
            assertEquals(fresh.splits(), reused.splits(), id + ": splits");
            List<ConvexRouting.Part> pf = fresh.parts();
            List<ConvexRouting.Part> pr = reused.parts();
            assertEquals(pf.size(), pr.size(), id + ": parts");
            for (int i = 0; i < pf.size(); i++) {
                assertArrayEquals(pf.get(i).frontends(), pr.get(i).frontends(), id + ": part " + i + " frontends");
                assertArrayEquals(pf.get(i).backends(), pr.get(i).backends(), id + ": part " + i + " backends");
                assertEquals(Double.doubleToLongBits(pf.get(i).theta()), Double.doubleToLongBits(pr.get(i).theta()),
                        id + ": part " + i + " level");
            }
            // nothing outside the group, and the whole supply routed inside it
            boolean[] inB = mark(g.nb(), bs);
            boolean[] inF = mark(g.nf(), fs);
            double supply = 0;
            double routed = 0;
            for (int f = 0; f < g.nf(); f++) {
                supply += inF[f] ? lambda[f] : 0;
                for (int k = g.fStart()[f]; k < g.fStart()[f + 1]; k++) {
                    if (!(inF[f] && inB[g.fAdj()[k]])) {
                        assertEquals(0.0, edge[k], 0.0, id + ": edge " + k + " outside the group");
                    }
                    routed += edge[k];
                }
            }
            for (int b = 0; b < g.nb(); b++) {
                if (!inB[b]) {
                    assertEquals(0.0, load[b], 0.0, id + ": backend " + b + " outside the group");
                    // the last solve loaded this backend: the workspace had to clear it
                    cleared += lastLoaded[b] ? 1 : 0;
                }
                lastLoaded[b] = load[b] != 0;
            }
            assertEquals(supply, routed, 1e-12 * supply, id + ": supply routed");
            withSplits += reused.splits() > 0 ? 1 : 0;
            severalParts += pr.size() > 1 ? 1 : 0;
        }
        // not vacuous: split routings, and many entries the workspace had to clear from the solve before
        assertTrue(withSplits >= 40, "solves that split: " + withSplits);
        assertTrue(severalParts >= 40, "solves with several parts: " + severalParts);
        assertTrue(cleared >= 2000, "loads cleared from the solve before: " + cleared);
        System.out.printf("ConvexRoutingWorkspaceTest: %d solves, %d split, %d with several parts, %d loads cleared%n",
                SOLVES, withSplits, severalParts, cleared);
    }

    /**
     * A random connected group of about {@code size} nodes grown from a random frontend (sorted frontends and
     * backends): a frontend joins through an edge to a backend of the group, so every frontend has a backend of it.
     */
    static int[][] group(BipartiteModel.Graph g, SplittableRandom rnd, int size) {
        boolean[] inF = new boolean[g.nf()];
        boolean[] inB = new boolean[g.nb()];
        Deque<Integer> queue = new ArrayDeque<>(); // frontends as f, backends as -1 - b
        int start = rnd.nextInt(g.nf());
        inF[start] = true;
        queue.add(start);
        int count = 1;
        while (!queue.isEmpty() && count < size) {
            int x = queue.poll();
            if (x >= 0) {
                for (int k = g.fStart()[x]; k < g.fStart()[x + 1] && count < size; k++) {
                    int b = g.fAdj()[k];
                    if (!inB[b] && (count == 1 || rnd.nextInt(3) > 0)) {
                        inB[b] = true;
                        count++;
                        queue.add(-1 - b);
                    }
                }
            } else {
                int b = -1 - x;
                for (int k = g.bStart()[b]; k < g.bStart()[b + 1] && count < size; k++) {
                    int f = g.bAdj()[k];
                    if (!inF[f] && rnd.nextInt(3) > 0) {
                        inF[f] = true;
                        count++;
                        queue.add(f);
                    }
                }
            }
        }
        return new int[][] {indices(inF), indices(inB)};
    }

    private static int[] indices(boolean[] in) {
        int n = 0;
        for (boolean x : in) {
            n += x ? 1 : 0;
        }
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                out[k++] = i;
            }
        }
        return out;
    }

    private static boolean[] mark(int n, int[] xs) {
        boolean[] in = new boolean[n];
        for (int x : xs) {
            in[x] = true;
        }
        return in;
    }
}
