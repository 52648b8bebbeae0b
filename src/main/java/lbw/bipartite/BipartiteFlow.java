package lbw.bipartite;

import java.util.Arrays;

/**
 * Maximum flow from a source through a bipartite graph to a sink (Dinic's algorithm on doubles): source to
 * frontend {@code i} with capacity {@code supply[i]}, frontend to backend along the given arcs with unlimited
 * capacity, backend {@code j} to sink with capacity {@code capacity[j]}. After {@link #solve} it gives the flow on
 * every arc and the source side of a minimum cut (the nodes reachable from the source in the residual graph,
 * i.e. the smallest minimum cut), which is how infeasible frontend sets and tight sets are named.
 *
 * <p>Local indices: frontends {@code 0..nf-1}, backends {@code 0..nb-1}; arcs are given as parallel arrays.
 */
public final class BipartiteFlow {

    private final int nf;
    private final int nb;
    private final int nodes;
    private final int source;
    private final int sink;
    private final int[] head;
    private final int[] next;
    private final int[] to;
    private final double[] cap;
    private int edges;
    private final int arcBase;
    private final int arcCount;
    private final double eps;
    private int[] level;
    private int[] it;
    private double value;

    /**
     * @param supply   supply per frontend (non-negative)
     * @param capacity capacity per backend (non-negative, may be infinite)
     * @param arcF     frontend end of each arc
     * @param arcB     backend end of each arc
     */
    public BipartiteFlow(double[] supply, double[] capacity, int[] arcF, int[] arcB) {
        nf = supply.length;
        nb = capacity.length;
        nodes = nf + nb + 2;
        source = nf + nb;
        sink = source + 1;
        int m = nf + nb + arcF.length;
        head = new int[nodes];
        Arrays.fill(head, -1);
        next = new int[2 * m];
        to = new int[2 * m];
        cap = new double[2 * m];
        double total = 0;
        for (double s : supply) {
            total += s;
        }
        eps = 1e-14 * Math.max(total, 1e-300);
        for (int i = 0; i < nf; i++) {
            add(source, i, supply[i]);
        }
        for (int j = 0; j < nb; j++) {
            add(nf + j, sink, capacity[j]);
        }
        arcBase = edges;
        arcCount = arcF.length;
        for (int k = 0; k < arcF.length; k++) {
            add(arcF[k], nf + arcB[k], Double.POSITIVE_INFINITY);
        }
    }

    private void add(int u, int v, double c) {
        to[edges] = v;
        cap[edges] = c;
        next[edges] = head[u];
        head[u] = edges++;
        to[edges] = u;
        cap[edges] = 0;
        next[edges] = head[v];
        head[v] = edges++;
    }

    /** Runs Dinic's algorithm and returns the maximum flow value. */
    public double solve() {
        level = new int[nodes];
        it = new int[nodes];
        double flow = 0;
        while (bfs()) {
            System.arraycopy(head, 0, it, 0, nodes);
            double f;
            while ((f = dfs(source, Double.POSITIVE_INFINITY)) > eps) {
                flow += f;
            }
        }
        value = flow;
        return flow;
    }

    private boolean bfs() {
        Arrays.fill(level, -1);
        int[] queue = new int[nodes];
        int qh = 0;
        int qt = 0;
        queue[qt++] = source;
        level[source] = 0;
        while (qh < qt) {
            int u = queue[qh++];
            if (level[sink] >= 0 && level[u] >= level[sink]) {
                break; // the level graph ends at the sink's level: nothing further is on a shortest path
            }
            for (int e = head[u]; e >= 0; e = next[e]) {
                if (cap[e] > eps && level[to[e]] < 0) {
                    level[to[e]] = level[u] + 1;
                    queue[qt++] = to[e];
                }
            }
        }
        return level[sink] >= 0;
    }

    private double dfs(int u, double f) {
        if (u == sink) {
            return f;
        }
        for (; it[u] >= 0; it[u] = next[it[u]]) {
            int e = it[u];
            int v = to[e];
            if (cap[e] > eps && level[v] == level[u] + 1) {
                double d = dfs(v, Math.min(f, cap[e]));
                if (d > eps) {
                    cap[e] -= d;
                    cap[e ^ 1] += d;
                    return d;
                }
            }
        }
        return 0;
    }

    /** The maximum flow value (after {@link #solve}). */
    public double value() {
        return value;
    }

    /** Flow on arc {@code k} (in the order given to the constructor). */
    public double arcFlow(int k) {
        return cap[(arcBase + 2 * k) ^ 1];
    }

    /** Number of arcs. */
    public int arcCount() {
        return arcCount;
    }

    /**
     * Source side of the largest minimum cut: the nodes that cannot reach the sink in the residual graph
     * ({@code [0]} frontends, {@code [1]} backends).
     */
    public boolean[][] maximalSourceSide() {
        boolean[] reach = new boolean[nodes];
        int[] queue = new int[nodes];
        int qh = 0;
        int qt = 0;
        queue[qt++] = sink;
        reach[sink] = true;
        while (qh < qt) {
            int v = queue[qh++];
            for (int e = head[v]; e >= 0; e = next[e]) {
                int u = to[e];
                // residual arc u -> v is the partner of e (v -> u)
                if (!reach[u] && cap[e ^ 1] > eps) {
                    reach[u] = true;
                    queue[qt++] = u;
                }
            }
        }
        boolean[] f = new boolean[nf];
        boolean[] b = new boolean[nb];
        for (int i = 0; i < nf; i++) {
            f[i] = !reach[i];
        }
        for (int j = 0; j < nb; j++) {
            b[j] = !reach[nf + j];
        }
        return new boolean[][] {f, b};
    }

    /**
     * Source side of the smallest minimum cut: {@code [0]} marks frontends, {@code [1]} marks backends reachable
     * from the source in the residual graph.
     */
    public boolean[][] sourceSide() {
        boolean[] seen = new boolean[nodes];
        int[] queue = new int[nodes];
        int qh = 0;
        int qt = 0;
        queue[qt++] = source;
        seen[source] = true;
        while (qh < qt) {
            int u = queue[qh++];
            for (int e = head[u]; e >= 0; e = next[e]) {
                if (cap[e] > eps && !seen[to[e]]) {
                    seen[to[e]] = true;
                    queue[qt++] = to[e];
                }
            }
        }
        boolean[] f = Arrays.copyOfRange(seen, 0, nf);
        boolean[] b = Arrays.copyOfRange(seen, nf, nf + nb);
        return new boolean[][] {f, b};
    }
}
