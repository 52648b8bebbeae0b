package lbw.bipartite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The new tiers at an event (restructuring). Candidate groups - tiers tied along TierGraph arcs - get a common
 * gradient that keeps their total workload; a group whose tie-keeping inflows can be routed stays one tier (checked
 * with a {@link TieFlow} warm-started from the merging tiers' flows); otherwise the second-order selection splits
 * it: frontends route so as to maximise the rate of change of their best gradients, a separable convex routing
 * problem ({@code minimise sum_b |l_b''| (y_b - l_b)^2 / 2}) solved exactly by {@link ConvexRouting}, whose levels
 * are the new tiers; backends it leaves without inflow become tiers of their own (Lemmas 11-12).
 */
final class Restructuring {

    private final BipartiteModel.Graph g;
    private final ServiceRate[] l;
    private final double[] lambda;
    private final TierDynamics dyn;
    private final double relTol;
    private final int[] localOfB;
    private final int[] localOfF;
    private final double[] a;
    private final double[] t;
    private final ConvexRouting.Workspace work;
    private final double[] pair = new double[2];
    private long fastMerges;
    private long selections;

    Restructuring(BipartiteModel.Graph g, ServiceRate[] l, double[] lambda, TierDynamics dyn, double relTol) {
        this.g = g;
        this.l = l;
        this.lambda = lambda;
        this.dyn = dyn;
        this.relTol = relTol;
        this.localOfB = new int[l.length];
        Arrays.fill(localOfB, -1);
        this.localOfF = new int[lambda.length];
        Arrays.fill(localOfF, -1);
        this.a = new double[l.length];
        this.work = new ConvexRouting.Workspace(g);
        this.t = new double[l.length];
    }

    /** The tiers at the start: those of {@link TierAnalysis} at N(0) (ties within {@code tieTol}), resolved. */
    Phase initial(BipartiteModel m, double[] n0, double tieTol) {
        TierStructure ts = TierAnalysis.at(m, n0, tieTol);
        List<int[]> groupsF = new ArrayList<>();
        List<int[]> groupsB = new ArrayList<>();
        for (TierStructure.Tier tier : ts.tiers()) {
            groupsF.add(tier.frontends());
            groupsB.add(tier.backends());
        }
        return resolve(groupsF, groupsB, n0, null, null, null, null, null);
    }

    /**
     * Resolves candidate groups into tiers.
     *
     * @param n    workloads, read at the groups' backends
     * @param hint   flows by CSR edge of the tiers that make up the groups (for warm starts), or null
     * @param hintTree the edges of those tiers' spanning trees (by CSR edge), or null
     * @param merged per group whether it joins two or more tiers (only such a group may stay one tier without the
     *               second-order selection, and only with a margin: every inflow positive and a flow deficit below
     *               the selection's own tolerance), or null for none
     * @param bases  per group, the tie check of its large tier to extend (the group's nodes start with that tier's, in
     *               its order; the others' flows are in {@code hint}), or null to build one from the hint
     * @param range  per group the smallest and largest gradient of the tiers that make it up ({@code 2 gi},
     *               {@code 2 gi + 1}), which bracket its common gradient, or null to find them from {@code n}
     */
    Phase resolve(List<int[]> groupsF, List<int[]> groupsB, double[] n, double[] hint, boolean[] hintTree,
            boolean[] merged, TieFlow[] bases, double[] range) {
        List<int[]> tf = new ArrayList<>();
        List<int[]> tb = new ArrayList<>();
        List<TieFlow> flows = new ArrayList<>();
        double[] gs = new double[4];
        int k = 0;
        for (int gi = 0; gi < groupsF.size(); gi++) {
            int[] fs = groupsF.get(gi);
            int[] bs = groupsB.get(gi);
            TierDynamics.Sums sums = bs.length >= 2 && fs.length > 0 ? dyn.sums(bs) : null;
            double lo = range == null ? Double.NaN : range[2 * gi];
            double hi = range == null ? Double.NaN : range[2 * gi + 1];
            // the closed form only at events (the first phase keeps the workloads it was given, summed one by one)
            double gamma = commonGradient(bs, n, range == null ? null : sums, lo, hi);
            if (bs.length == 1 || fs.length == 0) {
                k = add(tf, tb, flows, fs, bs, null, gs = grow(gs, k), k, gamma);
                continue;
            }
            double lam = 0;
            for (int f : fs) {
                lam += lambda[f];
            }
            double[] y = new double[bs.length];
            if (merged != null && merged[gi] && dyn.inflows(bs, sums, lam, gamma, 0, y) && positive(y)) {
                TieFlow tie = bases == null || bases[gi] == null ? null
                        : TieFlow.extend(bases[gi], g, lambda, fs, bs, localOfB, localOfF, hint, hintTree);
                if (tie == null) {
                    tie = new TieFlow(g, lambda, fs, bs, localOfB, hint, hintTree);
                }
                if (tie.check(y, relTol / 4)) {
                    fastMerges++;
                    k = add(tf, tb, flows, fs, bs, tie, gs = grow(gs, k), k, gamma);
                    continue;
                }
            }
            selections++;
            if (bases != null && bases[gi] != null) {
                // the selection sees the group's nodes in order, as when no check was extended
                fs = fs.clone();
                bs = bs.clone();
                Arrays.sort(fs);
                Arrays.sort(bs);
                gamma = commonGradient(bs, n, range == null ? null : sums, lo, hi);
            }
            for (int b : bs) {
                double nb = l[b].derivativeInverse(gamma);
                a[b] = -l[b].secondDerivative(nb);
                t[b] = l[b].value(nb);
            }
            ConvexRouting.Solution sol = ConvexRouting.solve(g, lambda, fs, bs,
                    (b, theta) -> Math.max(0, t[b] + theta / a[b]), relTol / 4, work);
            for (ConvexRouting.Part p : sol.parts()) {
                List<Integer> kept = new ArrayList<>();
                for (int b : p.backends()) {
                    boolean clipped = p.frontends().length == 0 || t[b] + p.theta() / a[b] <= 0;
                    if (clipped) {
                        k = add(tf, tb, flows, new int[0], new int[] {b}, null, gs = grow(gs, k), k, gamma);
                    } else {
                        kept.add(b);
                    }
                }
                if (kept.isEmpty()) {
                    continue;
                }
                for (int[][] c : components(p.frontends(), kept.stream().mapToInt(Integer::intValue).toArray())) {
                    // the selection's flow routes the part's loads, which are the new tier's tie-keeping inflows:
                    // its tie check starts from it instead of from a maximum flow
                    TieFlow tie = c[1].length >= 2 && c[0].length > 0
                            ? new TieFlow(g, lambda, c[0], c[1], localOfB, sol.edgeFlow(), null) : null;
                    k = add(tf, tb, flows, c[0], c[1], tie, gs = grow(gs, k), k, gamma);
                }
            }
        }
        return new Phase(tf, tb, Arrays.copyOf(gs, k), flows);
    }

    private static boolean positive(double[] y) {
        for (double v : y) {
            if (!(v > 0)) {
                return false;
            }
        }
        return true;
    }

    private static double[] grow(double[] gs, int k) {
        return k < gs.length ? gs : Arrays.copyOf(gs, 2 * gs.length);
    }

    private static int add(List<int[]> tf, List<int[]> tb, List<TieFlow> flows, int[] fs, int[] bs, TieFlow tie,
            double[] gs, int k, double gamma) {
        tf.add(fs);
        tb.add(bs);
        flows.add(tie);
        gs[k] = gamma;
        return k + 1;
    }

    /**
     * The common gradient of a group that keeps its total workload sum_b N_b: Newton's method on
     * {@code sum_b (l_b')^-1(g)} (derivative {@code sum_b 1 / l_b''}), kept inside the bracket of the group's
     * gradients by bisection steps.
     */
    double commonGradient(int[] bs, double[] n) {
        return commonGradient(bs, n, null, Double.NaN, Double.NaN);
    }

    /**
     * As {@link #commonGradient(int[], double[])}, with the group's sums (or null: then {@code sum_b N_b} and its
     * derivative are summed backend by backend at every Newton step; with them, in closed form where it holds) and
     * a bracket [lo, hi] of the root (the gradients of the tiers that make up the group; NaN: the backends'
     * gradients at n).
     */
    double commonGradient(int[] bs, double[] n, TierDynamics.Sums sums, double lo, double hi) {
        if (bs.length == 1) {
            return l[bs[0]].derivative(n[bs[0]]);
        }
        double target = 0;
        boolean bracket = !Double.isNaN(lo) && !Double.isNaN(hi);
        if (!bracket) {
            lo = Double.POSITIVE_INFINITY;
            hi = Double.NEGATIVE_INFINITY;
        }
        for (int b : bs) {
            target += n[b];
            if (!bracket) {
                double gb = l[b].derivative(n[b]);
                lo = Math.min(lo, gb);
                hi = Math.max(hi, gb);
            }
        }
        double x = 0.5 * (lo + hi);
        for (int it = 0; it < 200 && lo < hi; it++) {
            double tot = 0;
            double slope = 0;
            if (sums != null && dyn.workloadSum(sums, x, pair)) {
                tot = pair[0];
                slope = pair[1];
            } else {
                for (int b : bs) {
                    double nb = l[b].derivativeInverse(x);
                    tot += nb;
                    if (nb > 0) {
                        slope += 1.0 / l[b].secondDerivative(nb); // a backend held at N = 0 does not move with g
                    }
                }
            }
            if (tot == target) {
                break;
            }
            if (tot > target) {
                lo = x;
            } else {
                hi = x;
            }
            double next = x - (tot - target) / slope;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
                if (next <= lo || next >= hi) {
                    break;
                }
            }
            if (Math.abs(next - x) <= 1e-15 * Math.abs(x)) {
                x = next;
                break;
            }
            x = next;
        }
        return x;
    }

    /** Connected components of the subgraph induced by frontends fs and backends bs. */
    private List<int[][]> components(int[] fs, int[] bs) {
        int nf = fs.length;
        int[] parent = new int[nf + bs.length];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int j = 0; j < bs.length; j++) {
            localOfB[bs[j]] = j;
        }
        for (int i = 0; i < nf; i++) {
            for (int e = g.fStart()[fs[i]]; e < g.fStart()[fs[i] + 1]; e++) {
                int j = localOfB[g.fAdj()[e]];
                if (j >= 0) {
                    int ra = root(parent, i);
                    int rb = root(parent, nf + j);
                    if (ra != rb) {
                        parent[Math.max(ra, rb)] = Math.min(ra, rb);
                    }
                }
            }
        }
        for (int b : bs) {
            localOfB[b] = -1;
        }
        int[] comp = new int[parent.length];
        Arrays.fill(comp, -1);
        List<List<Integer>> cf = new ArrayList<>();
        List<List<Integer>> cb = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            int r = root(parent, i);
            if (comp[r] < 0) {
                comp[r] = cf.size();
                cf.add(new ArrayList<>());
                cb.add(new ArrayList<>());
            }
            if (i < nf) {
                cf.get(comp[r]).add(fs[i]);
            } else {
                cb.get(comp[r]).add(bs[i - nf]);
            }
        }
        List<int[][]> out = new ArrayList<>();
        for (int c = 0; c < cf.size(); c++) {
            if (cb.get(c).isEmpty()) {
                continue; // cannot happen after a feasible leaf: every frontend reaches a kept backend
            }
            out.add(new int[][] {cf.get(c).stream().mapToInt(Integer::intValue).toArray(),
                cb.get(c).stream().mapToInt(Integer::intValue).toArray()});
        }
        return out;
    }

    static int root(int[] p, int x) {
        while (p[x] != x) {
            x = p[x] = p[p[x]];
        }
        return x;
    }

    /** Groups that stayed one tier without the second-order selection. */
    long fastMerges() {
        return fastMerges;
    }

    /** Groups resolved by the second-order selection. */
    long selections() {
        return selections;
    }
}
