package lbw.bipartite;

/**
 * The tiers of the current phase of the fluid solution, in slots that restructuring frees and reuses: per slot the
 * frontends, backends, arrival rate, gradient at the start of the step, the warm-started tie check and the tier's
 * boundary (the nodes outside it that TierGraph arcs reach); and per node its tier.
 *
 * <p>The boundary is what makes an event's work follow the tiers it touches rather than their edges: a large tier
 * has hundreds of thousands of edges but, once most of the system has tied into it, few that leave it. The
 * neighbouring tiers of slot i are {@code tierOfB[b]} for b in {@code outB[i]} (arcs i -> j: a frontend of i is
 * joined to a backend of j) and {@code tierOfF[f]} for f in {@code inF[i]} (arcs j -> i). A tier made by merging
 * whole tiers gets the union of their boundaries less its own nodes, in time linear in those boundaries; any other
 * new tier scans its edges.
 */
final class TierSet {

    int[][] fs = new int[16][];
    int[][] bs = new int[16][];
    double[] lam = new double[16];
    double[] grad = new double[16];
    TieFlow[] flow = new TieFlow[16];
    TierDynamics.Sums[] sums = new TierDynamics.Sums[16];
    /** Per slot: the backends outside the tier joined to its frontends, each once (first edge order). */
    int[][] outB = new int[16][];
    /** Per slot: the frontends outside the tier joined to its backends, each once (first edge order). */
    int[][] inF = new int[16][];
    final int[] tierOfB;
    final int[] tierOfF;
    private final double[] lambda;
    private final BipartiteModel.Graph g;
    /** Per node: the boundary being built that has it already (by stamp). */
    private final int[] seenB;
    private final int[] seenF;
    private int seen;
    private final EventLocator.IntList list = new EventLocator.IntList();
    private int slots;
    private int live;
    private int[] free = new int[16];
    private int freeCount;

    TierSet(BipartiteModel.Graph g, double[] lambda) {
        this.g = g;
        tierOfB = new int[g.nb()];
        tierOfF = new int[g.nf()];
        java.util.Arrays.fill(tierOfF, -1);
        seenB = new int[g.nb()];
        seenF = new int[g.nf()];
        this.lambda = lambda;
    }

    /** Slots in use or freed (iterate 0 .. slots() - 1 and skip dead ones). */
    int slots() {
        return slots;
    }

    /** The number of tiers. */
    int size() {
        return live;
    }

    boolean alive(int i) {
        return bs[i] != null;
    }

    /** Adds a tier and returns its slot. */
    int add(int[] f, int[] b, double gradient, TieFlow tie, TierDynamics.Sums s) {
        int i;
        if (freeCount > 0) {
            i = free[--freeCount];
        } else {
            if (slots == fs.length) {
                int n = 2 * slots;
                fs = java.util.Arrays.copyOf(fs, n);
                bs = java.util.Arrays.copyOf(bs, n);
                lam = java.util.Arrays.copyOf(lam, n);
                grad = java.util.Arrays.copyOf(grad, n);
                flow = java.util.Arrays.copyOf(flow, n);
                sums = java.util.Arrays.copyOf(sums, n);
                outB = java.util.Arrays.copyOf(outB, n);
                inF = java.util.Arrays.copyOf(inF, n);
            }
            i = slots++;
        }
        fs[i] = f;
        bs[i] = b;
        double a = 0;
        for (int x : f) {
            a += lambda[x];
            tierOfF[x] = i;
        }
        for (int x : b) {
            tierOfB[x] = i;
        }
        lam[i] = a;
        grad[i] = gradient;
        flow[i] = tie;
        sums[i] = s;
        live++;
        return i;
    }

    /** Frees a slot (its nodes must be given to other tiers). */
    void remove(int i) {
        fs[i] = null;
        bs[i] = null;
        flow[i] = null;
        sums[i] = null;
        outB[i] = null;
        inF[i] = null;
        if (freeCount == free.length) {
            free = java.util.Arrays.copyOf(free, 2 * freeCount);
        }
        free[freeCount++] = i;
        live--;
    }

    /** Sets slot i's boundary from its edges (time linear in them). */
    void scanBoundary(int i) {
        seen++;
        list.clear();
        for (int f : fs[i]) {
            for (int e = g.fStart()[f]; e < g.fStart()[f + 1]; e++) {
                int b = g.fAdj()[e];
                if (tierOfB[b] != i && seenB[b] != seen) {
                    seenB[b] = seen;
                    list.add(b);
                }
            }
        }
        outB[i] = list.toArray();
        list.clear();
        for (int b : bs[i]) {
            for (int k = g.bStart()[b]; k < g.bStart()[b + 1]; k++) {
                int f = g.bAdj()[k];
                if (tierOfF[f] != i && seenF[f] != seen) {
                    seenF[f] = seen;
                    list.add(f);
                }
            }
        }
        inF[i] = list.toArray();
    }

    /**
     * Sets slot i's boundary when its nodes are exactly those of the former tiers whose boundaries are given: their
     * union less slot i's own nodes (time linear in those boundaries).
     */
    void joinBoundary(int i, java.util.List<int[]> partsOutB, java.util.List<int[]> partsInF) {
        outB[i] = union(i, partsOutB, tierOfB, seenB);
        inF[i] = union(i, partsInF, tierOfF, seenF);
    }

    /** The nodes of the parts (each once, in order) not in tier i, whose nodes' tiers are in {@code tierOf}. */
    private int[] union(int i, java.util.List<int[]> parts, int[] tierOf, int[] seenNode) {
        seen++;
        list.clear();
        for (int[] part : parts) {
            for (int x : part) {
                if (tierOf[x] != i && seenNode[x] != seen) {
                    seenNode[x] = seen;
                    list.add(x);
                }
            }
        }
        return list.toArray();
    }

    /** Grows a per-slot array to the current slot capacity. */
    double[] fit(double[] a) {
        return a.length >= fs.length ? a : java.util.Arrays.copyOf(a, fs.length);
    }
}
