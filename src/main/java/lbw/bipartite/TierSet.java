package lbw.bipartite;

/**
 * The tiers of the current phase of the fluid solution, in slots that restructuring frees and reuses: per slot the
 * frontends, backends, arrival rate, gradient at the start of the step and the warm-started tie check; and per node
 * its tier.
 */
final class TierSet {

    int[][] fs = new int[16][];
    int[][] bs = new int[16][];
    double[] lam = new double[16];
    double[] grad = new double[16];
    TieFlow[] flow = new TieFlow[16];
    TierDynamics.Sums[] sums = new TierDynamics.Sums[16];
    final int[] tierOfB;
    final int[] tierOfF;
    private final double[] lambda;
    private int slots;
    private int live;
    private int[] free = new int[16];
    private int freeCount;

    TierSet(int frontends, int backends, double[] lambda) {
        tierOfB = new int[backends];
        tierOfF = new int[frontends];
        java.util.Arrays.fill(tierOfF, -1);
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
        if (freeCount == free.length) {
            free = java.util.Arrays.copyOf(free, 2 * freeCount);
        }
        free[freeCount++] = i;
        live--;
    }

    /** Grows a per-slot array to the current slot capacity. */
    double[] fit(double[] a) {
        return a.length >= fs.length ? a : java.util.Arrays.copyOf(a, fs.length);
    }
}
