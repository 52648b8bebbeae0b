package lbw.offloading;

/**
 * The hot loops of the discounted solvers, written with index arithmetic on the state numbering of
 * {@link StateSpace}: a level n0 is a contiguous block of {@code 4(N+1)} states made of four rows (i2, i1) of
 * {@code N+1} states each (n2 = 0..N). Within a row every move is a constant offset (arrival {@code +4(N+1)},
 * local completion {@code -2(N+1)+1}, cloud SM2 departure {@code -1}) except at n2 = 0 and n2 = N, so the inner
 * loops carry no index arrays. Assignments lower n0, so the post-decision values Q are needed only for the current
 * level and the two below it: they live in a ring of three levels plus one level of +infinity for inadmissible
 * assignments. The results equal the array-based {@link UniformizedMdp#postValues} formulation (tested).
 */
final class BlockSweeps {

    private BlockSweeps() {
    }

    /** Ring storage for Q: levels n0 mod 3, then one level of +infinity. */
    static double[] newRing(StateSpace space) {
        int level = 4 * (space.buffer() + 1);
        double[] ring = new double[4 * level];
        java.util.Arrays.fill(ring, 3 * level, 4 * level, Double.POSITIVE_INFINITY);
        return ring;
    }

    /**
     * One Jacobi Bellman sweep {@code V <- T V} in place, level by level (exactly Jacobi: Q of level n0 reads V of
     * levels n0 and n0+1 only, and level n0 of V is overwritten after Q of level n0 is complete). Returns the
     * sup-norm change.
     */
    static double jacobi(UniformizedMdp mdp, double[] v, double[] ring, double discount) {
        return jacobi(mdp, v, ring, discount, null);
    }

    /**
     * {@link #jacobi(UniformizedMdp, double[], double[], double)}, also storing {@code min(TV - V)} and
     * {@code max(TV - V)} in {@code bounds[0..1]} when {@code bounds} is not null (relative value iteration).
     */
    static double jacobi(UniformizedMdp mdp, double[] v, double[] ring, double discount, double[] bounds) {
        final int big = mdp.space.buffer();
        final int m = big + 1;
        final int level = 4 * m;
        final double g = discount / mdp.uniformRate;
        final double a = g * mdp.lambda, l = g * mdp.muL2, c1 = g * mdp.muC1, c2 = g * mdp.rateB, c12 = c1 + c2;
        final int inf = 3 * level;
        final boolean wantBounds = bounds != null;
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        double diff = 0;
        for (int n0 = 0; n0 <= big; n0++) {
            final int base = n0 * level;
            final int qb = (n0 % 3) * level;
            final int dA = n0 < big ? level : 0;
            final int qm1 = n0 >= 1 ? ((n0 - 1) % 3) * level : inf;
            final int qm2 = n0 >= 2 ? ((n0 - 2) % 3) * level : inf;
            // Rows in the order (1,1), (1,0), (0,1), (0,0): a row's Q reads old V of the rows after it (local
            // completion to i2 = 0, SM1 departure to i1 = 0) and of its own lower n2 (carried in oldPrev), so one
            // fused pass computes Q and overwrites V and is still exactly Jacobi.
            for (int row = 3; row >= 0; row--) {
                final int i2 = row >> 1, i1 = row & 1;
                final int x0 = base + row * m;
                final int q0 = qb + row * m;
                // U1: (n0-1, i2, 1, n2); U2: (n0-1, 1, i1, n2); U2U1: (n0-2, 1, 1, n2)
                final int o1 = i1 == 0 && n0 >= 1 ? qm1 + (i2 * 2 + 1) * m : inf;
                final int o2 = i2 == 0 && n0 >= 1 ? qm1 + (2 + i1) * m : inf;
                final int o3 = i1 == 0 && i2 == 0 && n0 >= 2 ? qm2 + 3 * m : inf;
                final double cost0 = n0 + i2 + i1;
                final double old0 = v[x0];
                double loc0 = i2 == 1 ? v[x0 - 2 * m + 1] : old0;
                double cloud0 = i1 == 1 ? c1 * v[x0 - m] + c2 * old0 : c12 * old0;
                double q = cost0 + a * v[x0 + dA] + l * loc0 + cloud0;
                ring[q0] = q;
                double best = min(min(q, ring[o1]), min(ring[o2], ring[o3]));
                double d = best - old0;
                diff = max(diff, Math.abs(d));
                if (wantBounds) {
                    lo = Math.min(lo, d);
                    hi = Math.max(hi, d);
                }
                v[x0] = best;
                double oldPrev = old0;
                final int dL = i2 == 1 ? -2 * m + 1 : 0;
                for (int n2 = 1; n2 <= big; n2++) {
                    int x = x0 + n2;
                    double old = v[x];
                    // the local completion is blocked at n2 = N (a self move)
                    double loc = n2 < big ? v[x + dL] : old;
                    q = cost0 + n2 + a * v[x + dA] + l * loc + c12 * oldPrev;
                    ring[q0 + n2] = q;
                    best = min(min(q, ring[o1 + n2]), min(ring[o2 + n2], ring[o3 + n2]));
                    d = best - old;
                    diff = max(diff, Math.abs(d));
                    if (wantBounds) {
                        lo = Math.min(lo, d);
                        hi = Math.max(hi, d);
                    }
                    v[x] = best;
                    oldPrev = old;
                }
            }
        }
        if (wantBounds) {
            bounds[0] = lo;
            bounds[1] = hi;
        }
        return diff;
    }

    /**
     * One Gauss-Seidel sweep in index order with the self-loop eliminated (see
     * {@link DiscountedSolver#gaussSeidelSweep}). Returns the sup-norm change.
     */
    static double gaussSeidel(UniformizedMdp mdp, double[] v, double[] ring, double discount) {
        final int big = mdp.space.buffer();
        final int m = big + 1;
        final int level = 4 * m;
        final double g = discount / mdp.uniformRate;
        final double a = g * mdp.lambda, l = g * mdp.muL2, c1 = g * mdp.muC1, c2 = g * mdp.rateB, c12 = c1 + c2;
        final int inf = 3 * level;
        double diff = 0;
        for (int n0 = 0; n0 <= big; n0++) {
            final int base = n0 * level;
            final int qb = (n0 % 3) * level;
            final boolean top = n0 == big;
            final int dA = top ? 0 : level;
            final double selfA = top ? a : 0;
            final int qm1 = n0 >= 1 ? ((n0 - 1) % 3) * level : inf;
            final int qm2 = n0 >= 2 ? ((n0 - 2) % 3) * level : inf;
            for (int row = 0; row < 4; row++) {
                final int i2 = row >> 1, i1 = row & 1;
                final int x0 = base + row * m;
                final int o0 = qb + row * m;
                final int o1 = i1 == 0 && n0 >= 1 ? qm1 + (i2 * 2 + 1) * m : inf;
                final int o2 = i2 == 0 && n0 >= 1 ? qm1 + (2 + i1) * m : inf;
                final int o3 = i1 == 0 && i2 == 0 && n0 >= 2 ? qm2 + 3 * m : inf;
                final double cost0 = n0 + i2 + i1;
                // n2 = 0: self moves are the dropped arrival, an idle local server, and the cloud's idle share.
                {
                    double old = v[x0];
                    double b = selfA + (i2 == 1 ? 0 : l) + (i1 == 1 ? c2 : c12);
                    double other = (top ? 0 : a * v[x0 + dA]) + (i2 == 1 ? l * v[x0 - 2 * m + 1] : 0)
                            + (i1 == 1 ? c1 * v[x0 - m] : 0);
                    double base0 = cost0 + other;
                    double best = min(base0 / (1 - b), min(ring[o1], min(ring[o2], ring[o3])));
                    ring[o0] = base0 + b * best;
                    v[x0] = best;
                    double d = Math.abs(best - old);
                    diff = d > diff ? d : diff;
                }
                // 1 <= n2 < N: the cloud serves SM2 (to n2 - 1); the local server moves i2 = 1 to (0, n2 + 1).
                final double b = selfA + (i2 == 1 ? 0 : l);
                final double inv = 1 / (1 - b);
                final double lw = i2 == 1 ? l : 0;
                final int dL = i2 == 1 ? -2 * m + 1 : 0;
                final double aw = top ? 0 : a;
                // V(x) = min(idle, assign) with idle = (rest + c12 V(x-1)) / (1 - b): only k * prev + r depends on
                // the previous state's new value, so the loop-carried chain is a multiply, an add and a compare.
                final double k = c12 * inv;
                double prev = v[x0];
                for (int n2 = 1; n2 < big; n2++) {
                    int x = x0 + n2;
                    double old = v[x];
                    double rest = cost0 + n2 + aw * v[x + dA] + lw * v[x + dL];
                    double assign = min(ring[o1 + n2], min(ring[o2 + n2], ring[o3 + n2]));
                    double idle = k * prev + rest * inv;
                    double best = idle < assign ? idle : assign;
                    ring[o0 + n2] = rest + c12 * prev + b * best;
                    v[x] = best;
                    prev = best;
                    double d = Math.abs(best - old);
                    diff = d > diff ? d : diff;
                }
                // n2 = N: the local completion is blocked (a self move).
                {
                    int x = x0 + big;
                    double old = v[x];
                    double be = selfA + l;
                    double base2 = cost0 + big + aw * v[x + dA] + c12 * v[x - 1];
                    double best = min(base2 / (1 - be), min(ring[o1 + big], min(ring[o2 + big], ring[o3 + big])));
                    ring[o0 + big] = base2 + be * best;
                    v[x] = best;
                    double d = Math.abs(best - old);
                    diff = d > diff ? d : diff;
                }
            }
        }
        return diff;
    }

    private static double max(double x, double y) {
        return x > y ? x : y;
    }

    /** The smaller of two numbers (no NaN or signed-zero handling needed here, and faster than Math.min). */
    private static double min(double x, double y) {
        return x < y ? x : y;
    }
}
