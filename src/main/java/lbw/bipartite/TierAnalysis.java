package lbw.bipartite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the best-backend graph, the tiers and the TierGraph of a model at a state N (Definitions 2-4); the result
 * is a {@link TierStructure}.
 */
public final class TierAnalysis {

    private TierAnalysis() {
    }

    /** The structure at N with ties up to relative tolerance 1e-12. */
    public static TierStructure at(BipartiteModel m, double[] n) {
        return at(m, n, 1e-12);
    }

    /** The structure at N; gradients within {@code relTol} (relative) of a frontend's best count as tied. */
    public static TierStructure at(BipartiteModel m, double[] n, double relTol) {
        lbw.core.Check.length("workload", n, m.backends(), "one per backend");
        BipartiteModel.Graph g = m.graph();
        int nf = g.nf();
        int nb = g.nb();
        double[] grad = new double[nb];
        for (int b = 0; b < nb; b++) {
            grad[b] = m.rate(b).derivative(n[b]);
        }
        boolean[] best = new boolean[g.edgeCount()];
        int[] parent = new int[nf + nb];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int f = 0; f < nf; f++) {
            double gmax = Double.NEGATIVE_INFINITY;
            for (int k = g.fStart()[f]; k < g.fStart()[f + 1]; k++) {
                gmax = Math.max(gmax, grad[g.fAdj()[k]]);
            }
            for (int k = g.fStart()[f]; k < g.fStart()[f + 1]; k++) {
                if (grad[g.fAdj()[k]] >= gmax - relTol * Math.abs(gmax)) {
                    best[k] = true;
                    union(parent, f, nf + g.fAdj()[k]);
                }
            }
        }
        List<List<Integer>> fr = new ArrayList<>();
        List<List<Integer>> bk = new ArrayList<>();
        int[] compId = new int[nf + nb];
        Arrays.fill(compId, -1);
        int[] rootId = new int[nf + nb];
        Arrays.fill(rootId, -1);
        for (int b = 0; b < nb; b++) {
            int r = find(parent, nf + b);
            if (rootId[r] < 0) {
                rootId[r] = fr.size();
                fr.add(new ArrayList<>());
                bk.add(new ArrayList<>());
            }
            bk.get(rootId[r]).add(b);
        }
        for (int f = 0; f < nf; f++) {
            fr.get(rootId[find(parent, f)]).add(f);
        }
        double[] lambda = m.arrivalRate();
        List<TierStructure.Tier> raw = new ArrayList<>();
        for (int i = 0; i < fr.size(); i++) {
            int[] fs = fr.get(i).stream().mapToInt(Integer::intValue).toArray();
            int[] bs = bk.get(i).stream().mapToInt(Integer::intValue).toArray();
            double imb = 0;
            for (int f : fs) {
                imb += lambda[f];
            }
            double gmax = Double.NEGATIVE_INFINITY;
            for (int b : bs) {
                imb -= m.rate(b).value(n[b]);
                gmax = Math.max(gmax, grad[b]);
            }
            raw.add(new TierStructure.Tier(fs, bs, gmax, imb));
        }
        raw.sort(Comparator.comparingDouble((TierStructure.Tier t) -> -t.gradient()).thenComparingInt(t -> t.backends()[0]));
        int[] tob = new int[nb];
        int[] tof = new int[nf];
        Arrays.fill(tof, -1);
        for (int i = 0; i < raw.size(); i++) {
            for (int b : raw.get(i).backends()) {
                tob[b] = i;
            }
            for (int f : raw.get(i).frontends()) {
                tof[f] = i;
            }
        }
        boolean[][] arc = new boolean[raw.size()][raw.size()];
        List<int[]> arcs = new ArrayList<>();
        for (int f = 0; f < nf; f++) {
            for (int k = g.fStart()[f]; k < g.fStart()[f + 1]; k++) {
                int j = tob[g.fAdj()[k]];
                int i = tof[f];
                if (i != j && !arc[i][j]) {
                    arc[i][j] = true;
                }
            }
        }
        for (int i = 0; i < raw.size(); i++) {
            for (int j = 0; j < raw.size(); j++) {
                if (arc[i][j]) {
                    arcs.add(new int[] {i, j});
                }
            }
        }
        return new TierStructure(grad, best, raw, tob, tof, arcs, g);
    }

    private static int find(int[] p, int x) {
        while (p[x] != x) {
            p[x] = p[p[x]];
            x = p[x];
        }
        return x;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a);
        int rb = find(p, b);
        if (ra != rb) {
            p[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

}
