package lbw.bipartite;

import java.util.Arrays;

/**
 * The tie check of one tier, warm-started: can the tier's frontends send exactly the tie-keeping inflows
 * {@code y_b} to its backends (a transportation problem on the tier's edges)?
 *
 * <p>The tier keeps its last feasible flow and a spanning tree of its edges (built from that flow, largest flows
 * first). A new check fixes the flows off the tree and solves the tree for the new inflows by peeling leaves,
 * in time linear in the tier's size; the check passes when no tree flow is negative (beyond the tolerance). Only
 * when the tree solution fails does it fall back to a maximum flow ({@link BipartiteFlow}, the exact Hall
 * condition), warm-started from the tree solution (its negative flows cut to zero, then cut back to the supplies
 * and inflows), so that only the cut amounts are augmented; its flow then seeds a new tree. Along a phase the
 * inflows change a little per step, so almost every check is a tree solve.
 */
final class TieFlow {

    private final int nf;
    private final int nb;
    private final int[] af;
    private final int[] ab;
    private final int[] edge;
    private final double[] sup;
    private final double lam;
    private final double[] flow;
    private final double[] trial;
    private final double[] ex;
    private int[] order;
    private int[] parentArc;
    private int[] parentNode;
    private boolean[] inTree;
    private boolean treeValid;
    private long treeSolves;
    private long maxFlows;
    private long warmFlows;

    /**
     * @param hint flows by CSR edge to start from (for example the flows of the tiers that merged into this one), or
     *             null
     */
    TieFlow(BipartiteModel.Graph g, double[] lambda, int[] fs, int[] bs, int[] localOfB, double[] hint) {
        nf = fs.length;
        nb = bs.length;
        for (int j = 0; j < nb; j++) {
            localOfB[bs[j]] = j;
        }
        int arcs = 0;
        for (int f : fs) {
            for (int e = g.fStart()[f]; e < g.fStart()[f + 1]; e++) {
                if (localOfB[g.fAdj()[e]] >= 0) {
                    arcs++;
                }
            }
        }
        af = new int[arcs];
        ab = new int[arcs];
        edge = new int[arcs];
        sup = new double[nf];
        double total = 0;
        int k = 0;
        for (int a = 0; a < nf; a++) {
            sup[a] = lambda[fs[a]];
            total += sup[a];
            for (int e = g.fStart()[fs[a]]; e < g.fStart()[fs[a] + 1]; e++) {
                int j = localOfB[g.fAdj()[e]];
                if (j >= 0) {
                    af[k] = a;
                    ab[k] = j;
                    edge[k++] = e;
                }
            }
        }
        for (int b : bs) {
            localOfB[b] = -1;
        }
        lam = total;
        flow = new double[arcs];
        trial = new double[arcs];
        ex = new double[nf + nb];
        if (hint != null) {
            for (int i = 0; i < arcs; i++) {
                flow[i] = Math.max(0, hint[edge[i]]);
            }
            buildTree();
        }
    }

    /** The tier's total arrival rate. */
    double arrival() {
        return lam;
    }

    /**
     * Whether the inflows {@code cap} (non-negative, one per backend of the tier, summing to the tier's arrival
     * rate) can be routed, up to a flow deficit of {@code relTol} times the arrival rate; when they can, the flow is
     * kept for the next check and for {@link #shares}.
     */
    boolean check(double[] cap, double relTol) {
        if (nf == 0) {
            return true;
        }
        if (treeValid) {
            if (treeSolve(cap, relTol)) {
                treeSolves++;
                return true;
            }
            warmFlows++;
            return maxFlow(cap, relTol, true);
        }
        maxFlows++;
        return maxFlow(cap, relTol, false);
    }

    /**
     * The exact Hall condition by a maximum flow; warm: started from the tree solution in {@code trial} (negative
     * flows cut to zero, then cut back to the supplies and the inflows), which leaves only the cut amounts to
     * augment.
     */
    private boolean maxFlow(double[] cap, double relTol, boolean warm) {
        BipartiteFlow mf = new BipartiteFlow(sup, cap, af, ab);
        if (warm) {
            mf.start(feasibleStart(cap));
        }
        double v = mf.solve();
        if (v < lam * (1 - relTol)) {
            return false;
        }
        for (int i = 0; i < flow.length; i++) {
            flow[i] = mf.arcFlow(i);
        }
        buildTree();
        return true;
    }

    /**
     * A flow within the supplies and the inflows {@code cap}, close to the tree solution: tree flows from
     * {@code trial} (negative ones cut to zero), off-tree flows as kept; then every frontend sending more than its
     * supply and every backend receiving more than its inflow scaled down on its arcs.
     */
    private double[] feasibleStart(double[] cap) {
        double[] x = new double[flow.length];
        double[] out = new double[nf];
        for (int i = 0; i < flow.length; i++) {
            x[i] = Math.max(0, inTree[i] ? trial[i] : flow[i]);
            out[af[i]] += x[i];
        }
        double[] in = new double[nb];
        for (int i = 0; i < flow.length; i++) {
            if (out[af[i]] > sup[af[i]]) {
                x[i] *= sup[af[i]] / out[af[i]];
            }
            in[ab[i]] += x[i];
        }
        for (int i = 0; i < flow.length; i++) {
            if (in[ab[i]] > cap[ab[i]]) {
                x[i] *= cap[ab[i]] / in[ab[i]];
            }
        }
        return x;
    }

    /**
     * Solves the tree for the new inflows with the off-tree flows fixed (into {@code trial}); keeps the result if
     * no flow is negative.
     */
    private boolean treeSolve(double[] cap, double relTol) {
        for (int a = 0; a < nf; a++) {
            ex[a] = sup[a];
        }
        for (int j = 0; j < nb; j++) {
            ex[nf + j] = -cap[j];
        }
        for (int i = 0; i < flow.length; i++) {
            if (!inTree[i]) {
                ex[af[i]] -= flow[i];
                ex[nf + ab[i]] += flow[i];
            }
        }
        double tol = -relTol * lam;
        boolean ok = true;
        for (int p = order.length - 1; p >= 1; p--) {
            int u = order[p];
            int k = parentArc[u];
            int w = parentNode[u];
            double x;
            if (u < nf) {
                x = ex[u];
                ex[w] += x;
            } else {
                x = -ex[u];
                ex[w] -= x;
            }
            ok &= x >= tol;
            trial[k] = x;
        }
        if (!ok) {
            return false;
        }
        for (int i = 0; i < flow.length; i++) {
            if (inTree[i]) {
                flow[i] = Math.max(0, trial[i]);
            }
        }
        return true;
    }

    /**
     * A spanning tree of the tier's edges and its leaf-peeling order: the positive-flow edges first, largest flow
     * first (a maximum spanning forest by flow, so that tree flows are far from zero and the next tree solutions
     * rarely turn one negative), then zero-flow edges to connect it.
     */
    private void buildTree() {
        int n = nf + nb;
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        inTree = new boolean[flow.length];
        int joined = 0;
        int pos = 0;
        for (int i = 0; i < flow.length; i++) {
            if (flow[i] > 0) {
                pos++;
            }
        }
        long[] byFlow = new long[pos];
        long mask = (1L << (64 - Long.numberOfLeadingZeros(flow.length))) - 1;
        pos = 0;
        for (int i = 0; i < flow.length; i++) {
            if (flow[i] > 0) {
                // positive doubles order as their bits: the largest flows first, ties by arc
                byFlow[pos++] = ((Long.MAX_VALUE - Double.doubleToRawLongBits(flow[i])) & ~mask) | i;
            }
        }
        Arrays.sort(byFlow);
        for (int q = 0; q < pos && joined < n - 1; q++) {
            joined += join(parent, (int) (byFlow[q] & mask));
        }
        for (int i = 0; i < flow.length && joined < n - 1; i++) {
            if (flow[i] <= 0) {
                joined += join(parent, i);
            }
        }
        if (joined < n - 1) {
            treeValid = false; // not connected: always the maximum flow
            return;
        }
        int[] deg = new int[n + 1];
        for (int i = 0; i < flow.length; i++) {
            if (inTree[i]) {
                deg[af[i] + 1]++;
                deg[nf + ab[i] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            deg[i + 1] += deg[i];
        }
        int[] adj = new int[2 * (n - 1)];
        int[] fill = Arrays.copyOf(deg, n);
        for (int i = 0; i < flow.length; i++) {
            if (inTree[i]) {
                adj[fill[af[i]]++] = i;
                adj[fill[nf + ab[i]]++] = i;
            }
        }
        order = new int[n];
        parentArc = new int[n];
        parentNode = new int[n];
        boolean[] seen = new boolean[n];
        int head = 0;
        int tail = 0;
        order[tail++] = 0;
        seen[0] = true;
        parentArc[0] = -1;
        parentNode[0] = -1;
        while (head < tail) {
            int u = order[head++];
            for (int p = deg[u]; p < deg[u + 1]; p++) {
                int k = adj[p];
                int v = u < nf ? nf + ab[k] : af[k];
                if (!seen[v]) {
                    seen[v] = true;
                    parentArc[v] = k;
                    parentNode[v] = u;
                    order[tail++] = v;
                }
            }
        }
        treeValid = true;
    }

    /** Puts arc i in the tree if it joins two pieces; returns 1 if it did. */
    private int join(int[] parent, int i) {
        int ra = root(parent, af[i]);
        int rb = root(parent, nf + ab[i]);
        if (ra == rb) {
            return 0;
        }
        parent[ra] = rb;
        inTree[i] = true;
        return 1;
    }

    private static int root(int[] p, int x) {
        while (p[x] != x) {
            x = p[x] = p[p[x]];
        }
        return x;
    }

    /** Writes the kept flow as shares x_fb on the CSR edges. */
    void shares(double[] share) {
        double[] out = new double[nf];
        for (int i = 0; i < flow.length; i++) {
            out[af[i]] += flow[i];
        }
        for (int i = 0; i < flow.length; i++) {
            share[edge[i]] = out[af[i]] > 0 ? flow[i] / out[af[i]] : 0;
        }
    }

    /** Writes the kept flow by CSR edge (a hint for a tier that this one merges into), listing the edges. */
    void edgeFlows(double[] byEdge, EventLocator.IntList written) {
        for (int i = 0; i < flow.length; i++) {
            byEdge[edge[i]] = flow[i];
            written.add(edge[i]);
        }
    }

    /**
     * The routing of a fresh maximum flow for the inflows {@code cap} (as the solver without warm starts computed
     * it), written as shares on the CSR edges.
     */
    void maxFlowShares(double[] cap, double[] share) {
        if (nf == 0) {
            return;
        }
        BipartiteFlow mf = new BipartiteFlow(sup, cap, af, ab);
        mf.solve();
        double[] out = new double[nf];
        for (int i = 0; i < af.length; i++) {
            out[af[i]] += mf.arcFlow(i);
        }
        for (int i = 0; i < af.length; i++) {
            share[edge[i]] = out[af[i]] > 0 ? mf.arcFlow(i) / out[af[i]] : 0;
        }
    }

    /** Checks answered by the tree. */
    long treeSolves() {
        return treeSolves;
    }

    /** Checks that needed a maximum flow from zero (no tree yet). */
    long maxFlows() {
        return maxFlows;
    }

    /** Checks that needed a maximum flow warm-started from a failed tree solution. */
    long warmFlows() {
        return warmFlows;
    }
}
