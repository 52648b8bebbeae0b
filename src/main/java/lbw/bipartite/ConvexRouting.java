package lbw.bipartite;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Separable convex routing over a bipartite graph by the decomposition algorithm (Fujishige 1980; Groenevelt
 * 1991): minimise {@code sum_b Phi_b(y_b)} over backend loads {@code y} that the frontends' supplies
 * {@code lambda_f} can produce along the edges. The set of such {@code y} is the base polytope of the coverage
 * function {@code h(S) = lambda(frontends touching S)}; the algorithm
 * <ol>
 * <li>fills all backends to a common marginal level {@code theta} ({@code y_b = flow(b, theta)}, the inverse of
 * {@code Phi_b'}) so that the loads sum to the supply;</li>
 * <li>checks by maximum flow whether the frontends can produce these loads;</li>
 * <li>if not, a minimum cut names frontends {@code P} whose neighbourhood {@code Q} gets too little; the backends
 * {@code S} outside {@code Q} form a tight set at the optimum (every frontend touching {@code S} sends all its
 * flow there), so the problem splits into (frontends touching S, S) and (the other frontends, Q), solved
 * recursively.</li>
 * </ol>
 * Each leaf has one level; the result is exact up to the root finding of the level (to floating precision) and
 * the maximum-flow tolerance. Used for the fluid optimum (Phi = l^-1), for the equilibria of other index rules and,
 * with a quadratic Phi, for the sliding-mode selection of the fluid inclusion.
 */
public final class ConvexRouting {

    /** A backend's load as a nondecreasing function of the common marginal level theta (global backend index). */
    @FunctionalInterface
    public interface LevelCurve {
        double flow(int b, double theta);
    }

    /** One leaf of the decomposition: frontends and backends that share the marginal level {@code theta}. */
    public record Part(int[] frontends, int[] backends, double theta) {
    }

    /**
     * The loads {@code y} (global backend index; only entries of the backend set are set), the flow on every CSR
     * edge of the graph (absolute rate, zero outside the subgraph), the leaves and the number of splits.
     */
    public record Solution(double[] load, double[] edgeFlow, List<Part> parts, int splits) {
    }

    private ConvexRouting() {
    }

    /**
     * Arrays the size of the graph, reused by the solves of one caller (the fluid solver solves many small groups of
     * a large graph): a solution made with a workspace shares its {@code load} and {@code edgeFlow} arrays, valid
     * until the next solve with that workspace, which clears only the entries the last one wrote.
     */
    static final class Workspace {
        final double[] load;
        final double[] edgeFlow;
        final boolean[] inR;
        final boolean[] inS;
        final int[] localB;
        final EventLocator.IntList loads = new EventLocator.IntList();
        final EventLocator.IntList edges = new EventLocator.IntList();

        Workspace(BipartiteModel.Graph g) {
            load = new double[g.nb()];
            edgeFlow = new double[g.edgeCount()];
            inR = new boolean[g.nb()];
            inS = new boolean[g.nb()];
            localB = new int[g.nb()];
        }

        void clear() {
            for (int p = 0; p < loads.n; p++) {
                load[loads.a[p]] = 0;
            }
            for (int p = 0; p < edges.n; p++) {
                edgeFlow[edges.a[p]] = 0;
            }
            loads.clear();
            edges.clear();
        }
    }

    /** Solves over the whole graph. */
    public static Solution solve(BipartiteModel.Graph g, double[] lambda, LevelCurve curve, double relTol) {
        int[] fs = new int[g.nf()];
        int[] bs = new int[g.nb()];
        for (int i = 0; i < fs.length; i++) {
            fs[i] = i;
        }
        for (int i = 0; i < bs.length; i++) {
            bs[i] = i;
        }
        return solve(g, lambda, fs, bs, curve, relTol);
    }

    /**
     * Solves over the subgraph induced by the given frontends and backends (sorted global indices): every
     * frontend's supply must go to backends of the set.
     *
     * @param relTol a flow deficit above {@code relTol} times the supply counts as a violated (splitting) cut
     */
    public static Solution solve(BipartiteModel.Graph g, double[] lambda, int[] frontends, int[] backends,
            LevelCurve curve, double relTol) {
        return solve(g, lambda, frontends, backends, curve, relTol, new Workspace(g));
    }

    /** As {@link #solve(BipartiteModel.Graph, double[], int[], int[], LevelCurve, double)}, in a workspace. */
    static Solution solve(BipartiteModel.Graph g, double[] lambda, int[] frontends, int[] backends,
            LevelCurve curve, double relTol, Workspace ws) {
        ws.clear();
        double[] load = ws.load;
        double[] edgeFlow = ws.edgeFlow;
        List<Part> parts = new ArrayList<>();
        boolean[] inR = ws.inR;
        int[] localB = ws.localB;
        Deque<int[][]> work = new ArrayDeque<>();
        work.push(new int[][] {frontends, backends});
        int splits = 0;
        while (!work.isEmpty()) {
            int[][] job = work.pop();
            int[] t = job[0];
            int[] r = job[1];
            double supply = 0;
            for (int f : t) {
                supply += lambda[f];
            }
            if (t.length == 0) {
                parts.add(new Part(t, r, Double.NaN));
                continue;
            }
            double theta = level(curve, r, supply);
            double[] cap = new double[r.length];
            for (int j = 0; j < r.length; j++) {
                cap[j] = curve.flow(r[j], theta);
                inR[r[j]] = true;
                localB[r[j]] = j;
            }
            int arcs = 0;
            for (int f : t) {
                for (int k = g.fStart()[f]; k < g.fStart()[f + 1]; k++) {
                    if (inR[g.fAdj()[k]]) {
                        arcs++;
                    }
                }
            }
            int[] af = new int[arcs];
            int[] ab = new int[arcs];
            int[] ak = new int[arcs];
            double[] sup = new double[t.length];
            int a = 0;
            for (int i = 0; i < t.length; i++) {
                int f = t[i];
                sup[i] = lambda[f];
                for (int k = g.fStart()[f]; k < g.fStart()[f + 1]; k++) {
                    int b = g.fAdj()[k];
                    if (inR[b]) {
                        af[a] = i;
                        ab[a] = localB[b];
                        ak[a++] = k;
                    }
                }
            }
            BipartiteFlow flow = new BipartiteFlow(sup, cap, af, ab);
            double v = flow.solve();
            boolean leaf = v >= supply * (1 - relTol);
            int[] q = null;
            int[] s = null;
            if (!leaf) {
                boolean[][] side = flow.sourceSide();
                int nq = 0;
                for (boolean x : side[1]) {
                    if (x) {
                        nq++;
                    }
                }
                if (nq == 0 || nq == r.length) {
                    leaf = true; // numerically degenerate cut: accept the level
                } else {
                    q = new int[nq];
                    s = new int[r.length - nq];
                    int iq = 0;
                    int is = 0;
                    for (int j = 0; j < r.length; j++) {
                        if (side[1][j]) {
                            q[iq++] = r[j];
                        } else {
                            s[is++] = r[j];
                        }
                    }
                }
            }
            if (leaf) {
                double[] out = new double[t.length];
                for (int k = 0; k < arcs; k++) {
                    out[af[k]] += flow.arcFlow(k);
                }
                for (int k = 0; k < arcs; k++) {
                    double fl = flow.arcFlow(k);
                    double scale = out[af[k]] > 0 ? sup[af[k]] / out[af[k]] : 0;
                    edgeFlow[ak[k]] = fl * scale;
                    load[r[ab[k]]] += fl * scale;
                    ws.edges.add(ak[k]);
                }
                for (int b : r) {
                    ws.loads.add(b);
                }
                for (int i = 0; i < t.length; i++) {
                    if (out[i] <= 0) { // a frontend that got nothing through: give it its first arc
                        for (int k = 0; k < arcs; k++) {
                            if (af[k] == i) {
                                edgeFlow[ak[k]] = sup[i];
                                load[r[ab[k]]] += sup[i];
                                break;
                            }
                        }
                    }
                }
                parts.add(new Part(t, r, theta));
            } else {
                splits++;
                boolean[] inS = ws.inS;
                for (int b : s) {
                    inS[b] = true;
                }
                int n1 = 0;
                boolean[] touches = new boolean[t.length];
                for (int i = 0; i < t.length; i++) {
                    int f = t[i];
                    for (int k = g.fStart()[f]; k < g.fStart()[f + 1]; k++) {
                        if (inS[g.fAdj()[k]]) {
                            touches[i] = true;
                        }
                    }
                    if (touches[i]) {
                        n1++;
                    }
                }
                for (int b : s) {
                    inS[b] = false;
                }
                int[] t1 = new int[n1];
                int[] t2 = new int[t.length - n1];
                int i1 = 0;
                int i2 = 0;
                for (int i = 0; i < t.length; i++) {
                    if (touches[i]) {
                        t1[i1++] = t[i];
                    } else {
                        t2[i2++] = t[i];
                    }
                }
                work.push(new int[][] {t2, q});
                work.push(new int[][] {t1, s});
            }
            for (int b : r) {
                inR[b] = false;
            }
        }
        parts.sort((p, o) -> Integer.compare(p.backends()[0], o.backends()[0]));
        return new Solution(load, edgeFlow, parts, splits);
    }

    /** The level theta at which the loads of the backends sum to the supply (bisection to floating precision). */
    static double level(LevelCurve curve, int[] r, double supply) {
        double lo = -1;
        double hi = 1;
        int guard = 0;
        while (sum(curve, r, lo) > supply) {
            lo *= 2;
            if (++guard > 2000) {
                throw new IllegalStateException("no level gives a load as small as " + supply);
            }
        }
        while (sum(curve, r, hi) < supply) {
            hi *= 2;
            if (++guard > 2000) {
                throw new IllegalStateException("the backends " + Arrays.toString(r) + " cannot take the supply "
                        + supply + " at any finite level (infeasible subproblem)");
            }
        }
        for (int k = 0; k < 400; k++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (sum(curve, r, mid) < supply) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    private static double sum(LevelCurve curve, int[] r, double theta) {
        double s = 0;
        for (int b : r) {
            s += curve.flow(b, theta);
        }
        return s;
    }
}
