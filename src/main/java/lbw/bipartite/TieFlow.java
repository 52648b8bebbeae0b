package lbw.bipartite;

import java.util.Arrays;

/**
 * The tie check of one tier, warm-started: can the tier's frontends send exactly the tie-keeping inflows
 * {@code y_b} to its backends (a transportation problem on the tier's edges)?
 *
 * <p>The tier keeps its last feasible flow and a spanning tree of its edges (built from that flow, largest flows
 * first). A new check fixes the flows off the tree and solves the tree for the new inflows by peeling leaves,
 * in time linear in the tier's size; the check passes when no tree flow is negative (beyond the tolerance). When
 * the tree solution fails, its negative flows are cut to zero and the cut amounts are routed again by augmenting
 * paths found by bidirectional searches that start at the cut arcs ({@link #repair}, the exact Hall condition:
 * the amount left over is the largest Hall deficiency, as a maximum flow would measure it); the repaired flow
 * seeds a new tree. A tier without a tree yet is checked by a maximum flow ({@link BipartiteFlow}). Along a phase
 * the inflows change a little per step, so almost every check is a tree solve.
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
    /** The last tree solution on tree arcs; on every other arc the kept flow (so a repair starts without a copy). */
    private final double[] trial;
    private final double[] ex;
    private int[] order;
    private int[] parentArc;
    private int[] parentNode;
    /** The tree's arcs ({@code treeCount} of them) and a union-find over the tier's nodes to build it. */
    private int[] treeArcs;
    private int treeCount;
    private int[] uf;
    /** Per node, what the off-tree flows leave for the tree: frontends' supply minus them, backends' inflow. */
    private double[] offTree;
    /** The tree's adjacency (arcs by node, {@code deg} as offsets) while its leaf-peeling order is built. */
    private int[] deg;
    private int[] adj;
    private int[] fill;
    /** Arcs an augmenting path raised (they reconnect the tree after a repair). */
    private final EventLocator.IntList raised = new EventLocator.IntList();
    /** Tree arcs a repair cut (their tree flow was negative), also marked in {@code cut}. */
    private final EventLocator.IntList clipped = new EventLocator.IntList();
    /** Arcs whose flow an augmenting path changed (with repeats). */
    private final EventLocator.IntList moved = new EventLocator.IntList();
    /** The arcs a kept repair changed (each once, marked in {@code arcMark} by {@code arcEpoch}). */
    private final EventLocator.IntList changed = new EventLocator.IntList();
    private int[] arcMark;
    private int arcEpoch;
    private boolean[] cut;
    private boolean[] inTree;
    /** Rebuild scratch: per node its piece (after the cut), the nodes grouped by piece, the reversed paths. */
    private int[] comp;
    private int[] order2;
    private boolean[] onPath;
    private int[] pieceUf;
    private final EventLocator.IntList joined = new EventLocator.IntList();
    private final EventLocator.IntList path = new EventLocator.IntList();
    private boolean treeValid;
    /** Repair scratch: amounts over supply (frontends) or inflow (backends), search stamps, path arcs, queue. */
    private double[] over = new double[0];
    private final Side fwd = new Side(true);
    private final Side bwd = new Side(false);
    private final EventLocator.IntList targets = new EventLocator.IntList();
    private int stamp;
    private int[] fStart;
    private int[] bStart;
    private int[] bArc;
    private int[] fArc;
    private long treeSolves;
    private long maxFlows;
    private long warmFlows;

    /** A check over the given arcs (frontend and backend ends, CSR edges) with the given flows; no tree yet. */
    private TieFlow(int nf, int nb, int[] af, int[] ab, int[] edge, double[] sup, double lam, double[] flow) {
        this.nf = nf;
        this.nb = nb;
        this.af = af;
        this.ab = ab;
        this.edge = edge;
        this.sup = sup;
        this.lam = lam;
        this.flow = flow;
        this.trial = new double[flow.length];
        this.ex = new double[nf + nb];
    }

    /**
     * The check of a tier that {@code base}'s tier and smaller tiers merge into, built from {@code base} instead of
     * from the graph: {@code base}'s arcs, flows, spanning tree, leaf-peeling order and off-tree balances are copied
     * (the backends' node numbers shift by the new frontends), the joining tiers' arcs and the arcs between them and
     * {@code base}'s tier are appended with their flows from {@code hint}, and the tree grows by the joining tiers'
     * tree arcs ({@code hintTree}) and the arcs that connect them. Time: linear copies of {@code base}'s arrays plus
     * the joining tiers' arcs, instead of a scan of the merged tier's edges, a new spanning tree and its order.
     *
     * @param fs the merged tier's frontends: {@code base}'s, in its order, then the joining ones
     * @param bs the same for backends
     * @param localOfB scratch, -1 for every backend (left so)
     * @param localOfF scratch, -1 for every frontend (left so)
     * @return the merged check, or null when {@code base} has no tree or the tree cannot be grown to span
     */
    static TieFlow extend(TieFlow base, BipartiteModel.Graph g, double[] lambda, int[] fs, int[] bs, int[] localOfB,
            int[] localOfF, double[] hint, boolean[] hintTree) {
        if (!base.treeValid) {
            return null;
        }
        int nf0 = base.nf;
        int nb0 = base.nb;
        int nf = fs.length;
        int nb = bs.length;
        int shift = nf - nf0;
        for (int j = 0; j < nb; j++) {
            localOfB[bs[j]] = j;
        }
        for (int a = 0; a < nf; a++) {
            localOfF[fs[a]] = a;
        }
        EventLocator.IntList na = new EventLocator.IntList();
        EventLocator.IntList nbk = new EventLocator.IntList();
        EventLocator.IntList ne = new EventLocator.IntList();
        for (int a = nf0; a < nf; a++) {
            for (int e = g.fStart()[fs[a]]; e < g.fStart()[fs[a] + 1]; e++) {
                int j = localOfB[g.fAdj()[e]];
                if (j >= 0) {
                    na.add(a);
                    nbk.add(j);
                    ne.add(e);
                }
            }
        }
        for (int j = nb0; j < nb; j++) {
            int b = bs[j];
            for (int p = g.bStart()[b]; p < g.bStart()[b + 1]; p++) {
                int f = g.bAdj()[p];
                int a = localOfF[f];
                if (a >= 0 && a < nf0) {
                    na.add(a);
                    nbk.add(j);
                    ne.add(g.edgeIndex(f, b));
                }
            }
        }
        for (int b : bs) {
            localOfB[b] = -1;
        }
        for (int f : fs) {
            localOfF[f] = -1;
        }
        int m0 = base.af.length;
        int m = m0 + na.n;
        int[] af = Arrays.copyOf(base.af, m);
        int[] ab = Arrays.copyOf(base.ab, m);
        int[] edge = Arrays.copyOf(base.edge, m);
        double[] flow = Arrays.copyOf(base.flow, m);
        for (int q = 0; q < na.n; q++) {
            af[m0 + q] = na.a[q];
            ab[m0 + q] = nbk.a[q];
            edge[m0 + q] = ne.a[q];
            flow[m0 + q] = Math.max(0, hint[ne.a[q]]);
        }
        double[] sup = Arrays.copyOf(base.sup, nf);
        double lam = base.lam;
        for (int a = nf0; a < nf; a++) {
            sup[a] = lambda[fs[a]];
            lam += sup[a];
        }
        TieFlow t = new TieFlow(nf, nb, af, ab, edge, sup, lam, flow);
        System.arraycopy(flow, 0, t.trial, 0, m);
        int n = nf + nb;
        // the tree: base's (its nodes are one piece), grown by the joining tiers' tree arcs, arcs with flow, the rest
        t.inTree = Arrays.copyOf(base.inTree, m);
        t.treeArcs = new int[Math.max(0, n - 1)];
        System.arraycopy(base.treeArcs, 0, t.treeArcs, 0, base.treeCount);
        t.treeCount = base.treeCount;
        int[] piece = new int[1 + (nf - nf0) + (nb - nb0)];
        for (int c = 0; c < piece.length; c++) {
            piece[c] = c;
        }
        for (int pass = 0; pass < 3 && t.treeCount < n - 1; pass++) {
            for (int k = m0; k < m && t.treeCount < n - 1; k++) {
                boolean take = pass == 0 ? hintTree[edge[k]] && flow[k] > 0 : pass == 1 ? flow[k] > 0 : true;
                if (!take || t.inTree[k]) {
                    continue;
                }
                int ra = root(piece, af[k] < nf0 ? 0 : 1 + af[k] - nf0);
                int rb = root(piece, ab[k] < nb0 ? 0 : 1 + (nf - nf0) + ab[k] - nb0);
                if (ra != rb) {
                    piece[ra] = rb;
                    t.inTree[k] = true;
                    t.treeArcs[t.treeCount++] = k;
                }
            }
        }
        if (t.treeCount != n - 1) {
            return null;
        }
        // the leaf-peeling order: base's (node numbers mapped), then the new nodes, each after its tree parent
        t.order = new int[n];
        t.parentArc = new int[n];
        t.parentNode = new int[n];
        boolean[] placed = new boolean[n];
        int n0 = nf0 + nb0;
        for (int p = 0; p < n0; p++) {
            int u = base.order[p];
            int v = u < nf0 ? u : u + shift;
            int w = base.parentNode[u];
            t.order[p] = v;
            t.parentArc[v] = base.parentArc[u];
            t.parentNode[v] = w < 0 ? -1 : w < nf0 ? w : w + shift;
            placed[v] = true;
        }
        int count = n0;
        boolean progress = true;
        while (count < n && progress) {
            progress = false;
            for (int p = base.treeCount; p < t.treeCount; p++) {
                int k = t.treeArcs[p];
                int u = af[k];
                int v = nf + ab[k];
                if (placed[u] != placed[v]) {
                    int child = placed[u] ? v : u;
                    t.order[count++] = child;
                    t.parentArc[child] = k;
                    t.parentNode[child] = placed[u] ? u : v;
                    placed[child] = true;
                    progress = true;
                }
            }
        }
        if (count != n) {
            return null;
        }
        // off-tree balances: base's (mapped), then the new nodes and the new off-tree arcs that carry flow
        t.offTree = new double[n];
        for (int u = 0; u < n0; u++) {
            t.offTree[u < nf0 ? u : u + shift] = base.offTree[u];
        }
        for (int a = nf0; a < nf; a++) {
            t.offTree[a] = sup[a];
        }
        for (int k = m0; k < m; k++) {
            if (!t.inTree[k] && flow[k] != 0) {
                t.offTree[af[k]] -= flow[k];
                t.offTree[nf + ab[k]] += flow[k];
            }
        }
        t.uf = new int[n];
        t.deg = new int[n + 1];
        t.adj = new int[2 * Math.max(0, n - 1)];
        t.fill = new int[n];
        t.treeValid = true;
        return t;
    }

    /**
     * @param hint flows by CSR edge to start from (for example the flows of the tiers that merged into this one), or
     *             null
     */
    TieFlow(BipartiteModel.Graph g, double[] lambda, int[] fs, int[] bs, int[] localOfB, double[] hint,
            boolean[] hintTree) {
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
            if (hintTree == null) {
                buildTree();
            } else {
                // the merging tiers' trees, each spanning its tier, joined by the arcs between the tiers
                startForest();
                for (int i = 0; i < arcs; i++) {
                    if (hintTree[edge[i]] && flow[i] > 0) {
                        addToTree(i);
                    }
                }
                for (int i = 0; i < arcs && treeCount < nf + nb - 1; i++) {
                    if (flow[i] > 0) {
                        addToTree(i);
                    }
                }
                finishTree();
            }
        }
    }

    /** Whether the check has a spanning tree (so that {@link #extend} can grow it). */
    boolean hasTree() {
        return treeValid;
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
            return repair(cap, relTol);
        }
        maxFlows++;
        return maxFlow(cap, relTol);
    }

    /**
     * The exact Hall condition by a maximum flow from zero (a tier without a tree yet).
     */
    private boolean maxFlow(double[] cap, double relTol) {
        BipartiteFlow mf = new BipartiteFlow(sup, cap, af, ab);
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
     * Repairs a failed tree solution (in {@code trial}) by augmenting paths, an exact answer to the Hall question
     * whose work stays near the arcs that failed. The tree solution meets every supply and inflow exactly; cutting
     * its negative flows to zero leaves each such frontend sending too much and each such backend receiving too much
     * by the cut amount. An over-full backend b then sheds flow along an alternating path b <- f1 -> b1 <- f2 ... to an
     * over-sending frontend (decrease a positive flow into a backend, increase its frontend's flow to another
     * backend of the tier, ...), found by {@link #augment}, a bidirectional search that stops where the two sides
     * meet. When no path is left from any over-full backend, the set R that the searches reach is closed (its
     * frontends' arcs and its backends' positive inflows stay inside R), so the amount left over equals the largest
     * Hall deficiency {@code max_F' lambda(F') - y(N(F'))}, the same quantity a maximum flow measures: the check
     * passes when it is at most {@code relTol} times the arrival rate (a search that fails with more than that left
     * at its backend ends the check at once: R alone is that deficient). On success the repaired flow is kept and
     * seeds a new tree.
     */
    private boolean repair(double[] cap, double relTol) {
        adjacency();
        int n = nf + nb;
        if (over.length < n) {
            over = new double[n];
        }
        fwd.fit(n);
        bwd.fit(n);
        targets.clear();
        raised.clear();
        clipped.clear();
        if (cut == null) {
            cut = new boolean[flow.length];
        }
        moved.clear();
        // off the tree, trial holds the kept flows already: only the tree's negative flows are cut (in arc order)
        double[] x = trial;
        for (int p = 0; p < treeCount; p++) {
            if (x[treeArcs[p]] < 0) {
                clipped.add(treeArcs[p]);
            }
        }
        Arrays.sort(clipped.a, 0, clipped.n);
        for (int p = 0; p < clipped.n; p++) {
            int i = clipped.a[p];
            cut[i] = true;
            over[af[i]] -= x[i];
            over[nf + ab[i]] -= x[i];
            if (over[af[i]] == -x[i]) {
                targets.add(af[i]);
            }
            x[i] = 0;
        }
        double eps = 1e-14 * lam;
        double limit = relTol * lam;
        double left = 0;
        boolean progress = true;
        search:
        while (progress) {
            progress = false;
            left = 0;
            for (int p = 0; p < clipped.n; p++) {
                int j = ab[clipped.a[p]];
                while (over[nf + j] > eps) {
                    double moved = augment(j, x, eps);
                    if (moved <= 0) {
                        break;
                    }
                    progress = true;
                }
                if (over[nf + j] > limit) {
                    // the search from j reached a closed set R without over-sending frontends: then
                    // lambda(F_R) - y(N(F_R)) >= (what R's backends receive over their inflows) >= over[j]
                    left = over[nf + j];
                    break search;
                }
                if (over[nf + j] > eps) {
                    left += over[nf + j];
                    over[nf + j] = -over[nf + j]; // counted once (restored below)
                }
            }
            for (int p = 0; p < clipped.n; p++) {
                int j = ab[clipped.a[p]];
                over[nf + j] = Math.abs(over[nf + j]);
            }
            if (left <= eps) {
                break;
            }
        }
        for (int p = 0; p < clipped.n; p++) {
            over[af[clipped.a[p]]] = 0;
            over[nf + ab[clipped.a[p]]] = 0;
        }
        boolean ok = left <= relTol * lam;
        if (ok) {
            keep(x);
        } else {
            for (int p = 0; p < moved.n; p++) {
                int k = moved.a[p];
                if (!inTree[k]) {
                    x[k] = flow[k]; // off the tree, trial holds the kept flow again
                }
            }
        }
        for (int p = 0; p < clipped.n; p++) {
            cut[clipped.a[p]] = false;
        }
        return ok;
    }

    /**
     * One augmenting path from over-full backend {@code j} to an over-sending frontend, by a bidirectional
     * breadth-first search: forward from j (backend to the frontends sending to it, frontend to any backend of it),
     * backward from every over-sending frontend (frontend to the backends it sends to, backend to any frontend of
     * it), a level of the smaller frontier at a time, until they meet. Moves the path's bottleneck along it and
     * returns it; 0 when no frontend can be reached (a search exhausted its side).
     */
    private double augment(int j, double[] x, double eps) {
        int mark = ++stamp;
        int s = nf + j;
        fwd.start(mark);
        fwd.add(s, -1);
        bwd.start(mark);
        for (int p = 0; p < targets.n; p++) {
            int f = targets.a[p];
            if (over[f] > eps) {
                bwd.add(f, -1);
            }
        }
        int meet = -1;
        while (meet < 0) {
            if (fwd.head == fwd.tail || bwd.head == bwd.tail) {
                return 0;
            }
            Side me = fwd.tail - fwd.head <= bwd.tail - bwd.head ? fwd : bwd;
            Side other = me == fwd ? bwd : fwd;
            for (int end = me.tail; me.head < end && meet < 0; me.head++) {
                meet = expand(me, other, me.queue[me.head], x, eps);
            }
        }
        // the walk s ... meet ... target is simple: a node on both halves would have been seen by both searches
        // before meet, and the search stops at the first node that both have seen
        int target = meet;
        while (bwd.via[target] >= 0) {
            target = across(target, bwd.via[target]);
        }
        double theta = bottleneck(bwd, meet, x, bottleneck(fwd, meet, x, Math.min(over[s], over[target])));
        move(fwd, meet, x, theta);
        move(bwd, meet, x, theta);
        over[s] -= theta;
        over[target] -= theta;
        return theta;
    }

    /**
     * One side of the bidirectional search: forward from the over-full backend (a backend's positive inflows,
     * a frontend's arcs) or backward from the over-sending frontends (a frontend's positive outflows, a backend's
     * arcs); per node the search it was seen in ({@code seen}) and the arc it was reached by ({@code via}).
     */
    private static final class Side {
        final boolean forward;
        int[] queue = new int[0];
        int[] seen = new int[0];
        int[] via = new int[0];
        int head;
        int tail;
        int mark;

        Side(boolean forward) {
            this.forward = forward;
        }

        void fit(int n) {
            if (queue.length < n) {
                queue = new int[n];
                seen = new int[n];
                via = new int[n];
            }
        }

        void start(int m) {
            mark = m;
            head = 0;
            tail = 0;
        }

        void add(int u, int arc) {
            seen[u] = mark;
            via[u] = arc;
            queue[tail++] = u;
        }
    }

    /** The other end of arc k from node u. */
    private int across(int u, int k) {
        return u < nf ? nf + ab[k] : af[k];
    }

    /**
     * Whether the path's step over the arc that a side reached u by decreases that arc's flow, i.e. goes from a
     * backend to a frontend: on the forward side when u is the frontend, on the backward side when u is the backend.
     */
    private boolean decreases(Side side, int u) {
        return (u < nf) == side.forward;
    }

    /** The smaller of theta and the flows that the half path from u (along a side's arcs) decreases. */
    private double bottleneck(Side side, int u, double[] x, double theta) {
        for (; side.via[u] >= 0; u = across(u, side.via[u])) {
            if (decreases(side, u)) {
                theta = Math.min(theta, x[side.via[u]]);
            }
        }
        return theta;
    }

    /** Moves theta along the half path from u: its decreased arcs lose it, its raised arcs gain it. */
    private void move(Side side, int u, double[] x, double theta) {
        for (; side.via[u] >= 0; u = across(u, side.via[u])) {
            int k = side.via[u];
            moved.add(k);
            if (decreases(side, u)) {
                x[k] -= theta;
            } else {
                x[k] += theta;
                raised.add(k);
            }
        }
    }

    /** Expands node u of one side; returns the node where it meets the other side, or -1. */
    private int expand(Side me, Side other, int u, double[] x, double eps) {
        boolean positiveOnly = me.forward == (u >= nf);
        if (u < nf) {
            for (int p = fStart[u]; p < fStart[u + 1]; p++) {
                int k = fArc[p];
                if ((!positiveOnly || x[k] > eps) && visit(me, other, nf + ab[k], k)) {
                    return nf + ab[k];
                }
            }
        } else {
            for (int p = bStart[u - nf]; p < bStart[u - nf + 1]; p++) {
                int k = bArc[p];
                if ((!positiveOnly || x[k] > eps) && visit(me, other, af[k], k)) {
                    return af[k];
                }
            }
        }
        return -1;
    }

    /** Sees node v from arc k on side me; true when the other side has seen it (the searches meet). */
    private static boolean visit(Side me, Side other, int v, int k) {
        if (me.seen[v] == me.mark) {
            return false;
        }
        if (other.seen[v] == other.mark) {
            me.seen[v] = me.mark;
            me.via[v] = k;
            return true;
        }
        me.add(v, k);
        return false;
    }

    /** The arcs by frontend and by backend (in arc order), built once. */
    private void adjacency() {
        if (fStart != null) {
            return;
        }
        fStart = new int[nf + 1];
        int[] bCount = new int[nb + 1];
        for (int k = 0; k < af.length; k++) {
            fStart[af[k] + 1]++;
            bCount[ab[k] + 1]++;
        }
        for (int a = 0; a < nf; a++) {
            fStart[a + 1] += fStart[a];
        }
        for (int b = 0; b < nb; b++) {
            bCount[b + 1] += bCount[b];
        }
        bStart = bCount;
        fArc = new int[af.length];
        bArc = new int[af.length];
        int[] fillF = Arrays.copyOf(fStart, nf);
        int[] fillB = Arrays.copyOf(bStart, nb);
        for (int k = 0; k < af.length; k++) {
            fArc[fillF[af[k]]++] = k;
            bArc[fillB[ab[k]]++] = k;
        }
    }

    /**
     * Solves the tree for the new inflows with the off-tree flows fixed (into {@code trial}); keeps the result if
     * the negative tree flows sum to at most the tolerance (they are then cut to zero).
     */
    private boolean treeSolve(double[] cap, double relTol) {
        for (int a = 0; a < nf; a++) {
            ex[a] = offTree[a];
        }
        for (int j = 0; j < nb; j++) {
            ex[nf + j] = offTree[nf + j] - cap[j];
        }
        // cutting the negative tree flows to zero misses supplies and inflows by at most their sum: the tree
        // solution passes when that sum is within the tolerance (each arc alone within it is not enough)
        double negative = 0;
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
            negative += Math.min(0, x);
            trial[k] = x;
        }
        if (!(-negative <= relTol * lam)) {
            return false;
        }
        for (int p = 0; p < treeCount; p++) {
            int k = treeArcs[p];
            flow[k] = Math.max(0, trial[k]);
        }
        return true;
    }

    /**
     * A spanning tree of the tier's edges and its leaf-peeling order: the positive-flow edges first, largest flow
     * first (a maximum spanning forest by flow, so that tree flows are far from zero and the next tree solutions
     * rarely turn one negative), then zero-flow edges to connect it. With {@code kept} (arcs of an earlier tree, or
     * null) its arcs that still carry flow come first, so that a repaired flow keeps most of its tree and only the
     * arcs not in it are sorted.
     */
    private void buildTree() {
        startForest();
        int n = nf + nb;
        for (int i : byFlow()) {
            if (treeCount == n - 1) {
                break;
            }
            addToTree(i);
        }
        finishTree();
    }

    /**
     * Keeps a repaired flow x: the kept flows change on the tree's arcs and the arcs the paths moved, and so do the
     * off-tree balances (their old terms out now, their new terms in once the new tree is known: {@link
     * #rebuildTree}), in time linear in the tree and the paths, not in the tier's arcs.
     */
    private void keep(double[] x) {
        if (arcMark == null) {
            arcMark = new int[flow.length];
        }
        int epoch = ++arcEpoch;
        changed.clear();
        for (int q = 0; q < moved.n + clipped.n; q++) {
            int k = q < moved.n ? moved.a[q] : clipped.a[q - moved.n];
            if (arcMark[k] != epoch) {
                arcMark[k] = epoch;
                changed.add(k);
                if (!inTree[k]) {
                    offTree[af[k]] += flow[k];
                    offTree[nf + ab[k]] -= flow[k];
                }
            }
        }
        for (int p = 0; p < treeCount; p++) {
            flow[treeArcs[p]] = x[treeArcs[p]];
        }
        for (int p = 0; p < changed.n; p++) {
            flow[changed.a[p]] = x[changed.a[p]];
        }
        rebuildTree(raised, epoch);
    }

    /**
     * The tree after a repair: the old tree's arcs but those it cut (a path's bottleneck arc stays, at zero flow),
     * then the arcs the repair raised (the augmenting paths reconnect the two sides of the arcs it cut), then, only
     * if that does not span, arcs of the nodes outside the largest piece ({@link #reconnect}). The rooted tree is
     * updated, not rebuilt: cutting c arcs leaves c + 1 pieces (the root's and the subtree below each cut arc); each
     * piece is hung again from the arc that joins it to the pieces above, by reversing the parent links on the path
     * from that arc's end to the piece's old top, as in network simplex. The new leaf-peeling order lists the pieces
     * from the root's down, each with that path first and then its other nodes in their old order. Time: a few
     * sequential passes over the nodes, the paths, and the arcs that joined the tree.
     */
    private void rebuildTree(EventLocator.IntList raised, int epoch) {
        int n = nf + nb;
        int c = clipped.n;
        if (comp == null) {
            comp = new int[n];
            order2 = new int[n];
            onPath = new boolean[n];
        }
        // the pieces: 0 is the root's, piece q > 0 hangs below the q-th cut arc met in the old order
        int[] top = new int[c + 1];
        int[] size = new int[c + 1];
        int pieces = 1;
        top[0] = order[0];
        comp[order[0]] = 0;
        size[0] = 1;
        for (int p = 1; p < n; p++) {
            int u = order[p];
            int q;
            if (cut[parentArc[u]]) {
                q = pieces++;
                top[q] = u;
            } else {
                q = comp[parentNode[u]];
            }
            comp[u] = q;
            size[q]++;
        }
        // the tree's arcs but the cut ones; the arcs that join pieces come after them
        int kept = 0;
        for (int p = 0; p < treeCount; p++) {
            int k = treeArcs[p];
            if (cut[k]) {
                inTree[k] = false;
            } else {
                treeArcs[kept++] = k;
            }
        }
        treeCount = kept;
        if (pieceUf == null || pieceUf.length < pieces) {
            pieceUf = new int[Math.max(pieces, 16)];
        }
        for (int q = 0; q < pieces; q++) {
            pieceUf[q] = q;
        }
        joined.clear();
        for (int p = 0; p < raised.n && joined.n < pieces - 1; p++) {
            if (flow[raised.a[p]] > 0) {
                join(raised.a[p]);
            }
        }
        if (joined.n < pieces - 1) {
            reconnect(pieces, size, true);
            reconnect(pieces, size, false);
        }
        for (int i = 0; i < flow.length && joined.n < pieces - 1; i++) {
            if (flow[i] <= 0) {
                join(i);
            }
        }
        if (joined.n < pieces - 1) {
            treeValid = false; // not connected: always the maximum flow
            return;
        }
        // off-tree balances: arcs that joined the tree (unchanged flows) leave them, changed arcs off it enter them
        for (int p = 0; p < joined.n; p++) {
            int k = joined.a[p];
            if (arcMark[k] != epoch) {
                offTree[af[k]] += flow[k];
                offTree[nf + ab[k]] -= flow[k];
            }
        }
        for (int p = 0; p < changed.n; p++) {
            int k = changed.a[p];
            if (!inTree[k]) {
                offTree[af[k]] -= flow[k];
                offTree[nf + ab[k]] += flow[k];
            }
        }
        rehang(pieces, top);
    }

    /** Puts arc k in the tree if it joins two pieces (a union-find over the pieces). */
    private void join(int k) {
        int ra = root(pieceUf, comp[af[k]]);
        int rb = root(pieceUf, comp[nf + ab[k]]);
        if (ra != rb) {
            pieceUf[ra] = rb;
            inTree[k] = true;
            treeArcs[treeCount++] = k;
            joined.add(k);
        }
    }

    /**
     * Joins the pieces to the largest one through the arcs (with flow only, or any) of the nodes outside it, in time
     * proportional to those nodes' arcs.
     */
    private void reconnect(int pieces, int[] size, boolean positiveOnly) {
        int[] total = new int[pieces];
        int main = 0;
        for (int q = 0; q < pieces; q++) {
            int r = root(pieceUf, q);
            total[r] += size[q];
            if (total[r] > total[main]) {
                main = r;
            }
        }
        int n = nf + nb;
        for (int u = 0; u < n && joined.n < pieces - 1; u++) {
            if (root(pieceUf, comp[u]) == root(pieceUf, main)) {
                continue;
            }
            if (u < nf) {
                for (int p = fStart[u]; p < fStart[u + 1]; p++) {
                    int k = fArc[p];
                    if (!positiveOnly || flow[k] > 0) {
                        join(k);
                    }
                }
            } else {
                for (int p = bStart[u - nf]; p < bStart[u - nf + 1]; p++) {
                    int k = bArc[p];
                    if (!positiveOnly || flow[k] > 0) {
                        join(k);
                    }
                }
            }
        }
    }

    /**
     * Hangs each piece again from the arc that joins it to the pieces above it (pieces taken breadth first from the
     * root's over the joining arcs) and writes the new leaf-peeling order.
     */
    private void rehang(int pieces, int[] top) {
        // the pieces' tree: each joining arc is an edge between two pieces
        int[] degree = new int[pieces + 1];
        for (int p = 0; p < joined.n; p++) {
            int k = joined.a[p];
            degree[comp[af[k]] + 1]++;
            degree[comp[nf + ab[k]] + 1]++;
        }
        for (int q = 0; q < pieces; q++) {
            degree[q + 1] += degree[q];
        }
        int[] at = Arrays.copyOf(degree, pieces);
        int[] edges = new int[2 * joined.n];
        for (int p = 0; p < joined.n; p++) {
            int k = joined.a[p];
            edges[at[comp[af[k]]]++] = k;
            edges[at[comp[nf + ab[k]]]++] = k;
        }
        int[] queue = new int[pieces];
        int[] pathStart = new int[pieces];
        boolean[] placed = new boolean[pieces];
        path.clear();
        int head = 0;
        int tail = 0;
        queue[tail++] = 0;
        placed[0] = true;
        while (head < tail) {
            int a = queue[head++];
            for (int e = degree[a]; e < degree[a + 1]; e++) {
                int k = edges[e];
                int fa = af[k];
                int bn = nf + ab[k];
                int b = comp[fa] == a ? comp[bn] : comp[fa];
                if (placed[b]) {
                    continue;
                }
                placed[b] = true;
                queue[tail++] = b;
                // reverse the parent links from the arc's end in b up to b's old top
                int x = comp[fa] == b ? fa : bn;
                int prevNode = x == fa ? bn : fa;
                int prevArc = k;
                pathStart[b] = path.n;
                while (true) {
                    int nextNode = parentNode[x];
                    int nextArc = parentArc[x];
                    parentNode[x] = prevNode;
                    parentArc[x] = prevArc;
                    onPath[x] = true;
                    path.add(x);
                    if (x == top[b]) {
                        break;
                    }
                    prevNode = x;
                    prevArc = nextArc;
                    x = nextNode;
                }
            }
        }
        // the new order: the nodes grouped by piece (old order within a piece), pieces in the order they were hung,
        // each hung piece's reversed path first
        int n = nf + nb;
        int[] start = new int[pieces + 1];
        for (int u = 0; u < n; u++) {
            start[comp[u] + 1]++;
        }
        for (int q = 0; q < pieces; q++) {
            start[q + 1] += start[q];
        }
        int[] put = Arrays.copyOf(start, pieces);
        for (int p = 0; p < n; p++) {
            int u = order[p];
            order2[put[comp[u]]++] = u;
        }
        int[] pathEnd = new int[pieces];
        for (int q = 0; q < tail; q++) {
            int b = queue[q];
            pathEnd[b] = q + 1 < tail ? pathStart[queue[q + 1]] : path.n;
        }
        int out = 0;
        for (int q = 0; q < tail; q++) {
            int b = queue[q];
            if (b != 0) {
                for (int p = pathStart[b]; p < pathEnd[b]; p++) {
                    order[out++] = path.a[p];
                }
            }
            for (int p = start[b]; p < start[b + 1]; p++) {
                int u = order2[p];
                if (!onPath[u]) {
                    order[out++] = u;
                }
            }
        }
        for (int p = 0; p < path.n; p++) {
            onPath[path.a[p]] = false;
        }
        treeValid = true;
    }

    /** Starts an empty forest (clears the old tree's marks). */
    private void startForest() {
        int n = nf + nb;
        if (uf == null) {
            uf = new int[n];
            inTree = new boolean[flow.length];
            treeArcs = new int[Math.max(0, n - 1)];
        }
        for (int u = 0; u < n; u++) {
            uf[u] = u;
        }
        for (int p = 0; p < treeCount; p++) {
            inTree[treeArcs[p]] = false;
        }
        treeCount = 0;
    }

    /** Puts arc i in the tree if it joins two pieces. */
    private void addToTree(int i) {
        int ra = root(uf, af[i]);
        int rb = root(uf, nf + ab[i]);
        if (ra != rb) {
            uf[ra] = rb;
            inTree[i] = true;
            treeArcs[treeCount++] = i;
        }
    }

    /**
     * Connects the forest with zero-flow arcs if needed, orders the tree for leaf peeling and computes the off-tree
     * balances (the trial flows off the tree become the kept ones).
     */
    private void finishTree() {
        if (!connect()) {
            return;
        }
        orderTree();
        int n = nf + nb;
        // what the fixed off-tree flows leave: each frontend's supply minus its off-tree flows, each backend's
        // off-tree inflow (the tree solves start from these)
        System.arraycopy(sup, 0, offTree, 0, nf);
        Arrays.fill(offTree, nf, n, 0);
        for (int i = 0; i < flow.length; i++) {
            if (!inTree[i]) {
                offTree[af[i]] -= flow[i];
                offTree[nf + ab[i]] += flow[i];
            }
        }
        System.arraycopy(flow, 0, trial, 0, flow.length);
        treeValid = true;
    }

    /** Connects the forest with zero-flow arcs if needed; false (no tree: always the maximum flow) if it cannot. */
    private boolean connect() {
        int n = nf + nb;
        for (int i = 0; i < flow.length && treeCount < n - 1; i++) {
            if (flow[i] <= 0) {
                addToTree(i);
            }
        }
        if (treeCount < n - 1) {
            treeValid = false;
            return false;
        }
        return true;
    }

    /** The tree's leaf-peeling order: breadth first from node 0 over the tree's adjacency. */
    private void orderTree() {
        int n = nf + nb;
        if (deg == null) {
            deg = new int[n + 1];
            adj = new int[2 * (n - 1)];
            fill = new int[n];
            order = new int[n];
            parentArc = new int[n];
            parentNode = new int[n];
            offTree = new double[n];
        } else {
            Arrays.fill(deg, 0);
        }
        for (int p = 0; p < treeCount; p++) {
            int i = treeArcs[p];
            deg[af[i] + 1]++;
            deg[nf + ab[i] + 1]++;
        }
        for (int u = 0; u < n; u++) {
            deg[u + 1] += deg[u];
        }
        System.arraycopy(deg, 0, fill, 0, n);
        for (int p = 0; p < treeCount; p++) {
            int i = treeArcs[p];
            adj[fill[af[i]]++] = i;
            adj[fill[nf + ab[i]]++] = i;
        }
        // breadth-first from node 0; a node is new when it is not the node it was reached from (a tree has no cycle)
        int head = 0;
        int tail = 0;
        order[tail++] = 0;
        parentArc[0] = -1;
        parentNode[0] = -1;
        while (head < tail) {
            int u = order[head++];
            for (int p = deg[u]; p < deg[u + 1]; p++) {
                int k = adj[p];
                int v = u < nf ? nf + ab[k] : af[k];
                if (k != parentArc[u]) {
                    parentArc[v] = k;
                    parentNode[v] = u;
                    order[tail++] = v;
                }
            }
        }
    }

    /** Small sets of positive flows are sorted exactly, larger ones by buckets. */
    static final int SORTED = 2048;
    /** Buckets of the ordering of large sets: the top {@code BUCKET_BITS} bits of a flow's double (sign is 0). */
    private static final int BUCKET_BITS = 15;
    /** Buckets below the largest flow's (about 2^-120 of it with 3 mantissa bits); smaller flows share the last. */
    private static final int BUCKETS = 1024;

    /**
     * The arcs with positive flow, largest flow first. Up to {@link #SORTED} arcs are sorted by flow (ties by arc);
     * more are ordered by a counting sort on the exponent and top three mantissa bits of their flows (flows within
     * 1/8 of each other in one bucket, taken in arc order), linear in the tier's size: a maximum spanning forest up
     * to that factor is as good a tree for the checks.
     */
    private int[] byFlow() {
        int pos = 0;
        int top = 0;
        for (int i = 0; i < flow.length; i++) {
            if (flow[i] > 0) {
                pos++;
                top = Math.max(top, (int) (Double.doubleToRawLongBits(flow[i]) >>> (64 - BUCKET_BITS)));
            }
        }
        int[] out = new int[pos];
        if (pos <= SORTED) {
            long[] keys = new long[pos];
            long mask = (1L << (64 - Long.numberOfLeadingZeros(flow.length))) - 1;
            pos = 0;
            for (int i = 0; i < flow.length; i++) {
                if (flow[i] > 0) {
                    // positive doubles order as their bits: the largest flows first, ties by arc
                    keys[pos++] = ((Long.MAX_VALUE - Double.doubleToRawLongBits(flow[i])) & ~mask) | i;
                }
            }
            Arrays.sort(keys);
            for (int q = 0; q < pos; q++) {
                out[q] = (int) (keys[q] & mask);
            }
            return out;
        }
        int[] start = new int[BUCKETS + 1];
        for (int i = 0; i < flow.length; i++) {
            if (flow[i] > 0) {
                start[bucket(flow[i], top) + 1]++;
            }
        }
        for (int k = 0; k < BUCKETS; k++) {
            start[k + 1] += start[k];
        }
        for (int i = 0; i < flow.length; i++) {
            if (flow[i] > 0) {
                out[start[bucket(flow[i], top)]++] = i;
            }
        }
        return out;
    }

    /** The bucket of a positive flow: 0 for the largest flows' key {@code top}, then down. */
    private static int bucket(double x, int top) {
        int key = (int) (Double.doubleToRawLongBits(x) >>> (64 - BUCKET_BITS));
        return Math.min(BUCKETS - 1, top - key);
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

    /**
     * Writes the kept flow by CSR edge (a hint for a tier that this one merges into) and marks its tree's edges in
     * {@code treeByEdge}, listing the edges.
     */
    void edgeFlows(double[] byEdge, boolean[] treeByEdge, EventLocator.IntList written) {
        for (int i = 0; i < flow.length; i++) {
            byEdge[edge[i]] = flow[i];
            treeByEdge[edge[i]] = treeValid && inTree[i];
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

    /** Checks whose tree solution failed and was repaired by augmenting paths (or found infeasible). */
    long warmFlows() {
        return warmFlows;
    }
}
