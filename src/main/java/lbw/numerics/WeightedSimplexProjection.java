package lbw.numerics;

/**
 * Exact, finite-step weighted projection onto a scaled simplex:
 *
 * <pre>
 *   minimize  sum_j (w_j / 2) (x_j - a_j)^2   subject to  x_j &gt;= 0,  sum_j x_j = total,
 * </pre>
 *
 * with weights {@code w_j > 0} and {@code total > 0}. The KKT conditions give {@code x_j = max(0, a_j - lambda / w_j)}
 * for the multiplier {@code lambda} of the sum constraint; {@code x_j} vanishes once {@code lambda >= t_j = w_j a_j}.
 * Sorting the breakpoints {@code t_j} in decreasing order and growing the active set one breakpoint at a time finds
 * {@code lambda} exactly after at most {@code n} steps (plus the {@code O(n log n)} sort); no bisection is used.
 *
 * <p>Instances hold scratch arrays and are not thread-safe; results are deterministic.
 */
public final class WeightedSimplexProjection {

    private final int n;
    private final int[] order;
    private final double[] key;

    /** A projector for vectors of length {@code n}. */
    public WeightedSimplexProjection(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("n = " + n + ": the dimension must be positive");
        }
        this.n = n;
        this.order = new int[n];
        this.key = new double[n];
    }

    /** The dimension. */
    public int dimension() {
        return n;
    }

    /**
     * Projects: writes the minimizer into {@code x} and returns the multiplier {@code lambda} of the sum constraint.
     * Reads {@code a[aFrom + j]}, {@code w[wFrom + j]}, writes {@code x[xFrom + j]} for {@code j < n}.
     */
    public double project(double[] a, int aFrom, double[] w, int wFrom, double total, double[] x, int xFrom) {
        for (int j = 0; j < n; j++) {
            order[j] = j;
            key[j] = w[wFrom + j] * a[aFrom + j];
        }
        sortDescending(order, key, 0, n - 1);
        return solveSorted(a, aFrom, w, wFrom, total, x, xFrom, order, 0);
    }

    /**
     * The same projection, warm-started: {@code perm[permFrom .. permFrom+n)} holds a permutation of {@code 0..n-1}
     * (e.g. the order left by the previous call for the same dispatcher) that is re-sorted in place by insertion
     * sort, which is linear when the breakpoints' order changed little, as along an ODE trajectory.
     */
    public double projectWarm(double[] a, int aFrom, double[] w, int wFrom, double total, double[] x, int xFrom,
                              int[] perm, int permFrom) {
        for (int j = 0; j < n; j++) {
            key[j] = w[wFrom + j] * a[aFrom + j];
        }
        for (int i = permFrom + 1; i < permFrom + n; i++) {
            int v = perm[i];
            int k = i - 1;
            while (k >= permFrom && before(v, perm[k], key)) {
                perm[k + 1] = perm[k];
                k--;
            }
            perm[k + 1] = v;
        }
        return solveSorted(a, aFrom, w, wFrom, total, x, xFrom, perm, permFrom);
    }

    private double solveSorted(double[] a, int aFrom, double[] w, int wFrom, double total, double[] x, int xFrom,
                               int[] ord, int ordFrom) {
        if (!(total > 0) || !Double.isFinite(total)) {
            throw new IllegalArgumentException("total = " + total + ": the simplex total must be positive and finite");
        }
        double sumA = 0;
        double sumV = 0;
        double lambda = Double.NaN;
        for (int k = 0; k < n; k++) {
            int j = ord[ordFrom + k];
            sumA += a[aFrom + j];
            sumV += 1.0 / w[wFrom + j];
            lambda = (sumA - total) / sumV;
            double next = k + 1 < n ? key[ord[ordFrom + k + 1]] : Double.NEGATIVE_INFINITY;
            if (next <= lambda) {
                break;
            }
        }
        for (int j = 0; j < n; j++) {
            double v = a[aFrom + j] - lambda / w[wFrom + j];
            x[xFrom + j] = v > 0 ? v : 0.0;
        }
        return lambda;
    }

    /** Convenience form for whole arrays; returns {@code lambda}. */
    public double project(double[] a, double[] w, double total, double[] x) {
        check(a, "a");
        check(w, "w");
        check(x, "x");
        for (int j = 0; j < n; j++) {
            if (!(w[j] > 0) || !Double.isFinite(w[j])) {
                throw new IllegalArgumentException("w[" + j + "] = " + w[j] + ": weights must be positive and finite");
            }
            if (!Double.isFinite(a[j])) {
                throw new IllegalArgumentException("a[" + j + "] = " + a[j] + ": the point must be finite");
            }
        }
        return project(a, 0, w, 0, total, x, 0);
    }

    private void check(double[] v, String name) {
        if (v == null || v.length != n) {
            throw new IllegalArgumentException(name + ": needs " + n + " entries");
        }
    }

    /** Sorts indices by decreasing key (quicksort with insertion sort for short ranges); ties by index. */
    private static void sortDescending(int[] idx, double[] key, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            int p = median(idx, key, lo, mid, hi);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (before(idx[i], p, key)) {
                    i++;
                }
                while (before(p, idx[j], key)) {
                    j--;
                }
                if (i <= j) {
                    int t = idx[i];
                    idx[i] = idx[j];
                    idx[j] = t;
                    i++;
                    j--;
                }
            }
            if (j - lo < hi - i) {
                sortDescending(idx, key, lo, j);
                lo = i;
            } else {
                sortDescending(idx, key, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            int v = idx[i];
            int k = i - 1;
            while (k >= lo && before(v, idx[k], key)) {
                idx[k + 1] = idx[k];
                k--;
            }
            idx[k + 1] = v;
        }
    }

    private static boolean before(int u, int v, double[] key) {
        return key[u] > key[v] || (key[u] == key[v] && u < v);
    }

    private static int median(int[] idx, double[] key, int a, int b, int c) {
        int x = idx[a];
        int y = idx[b];
        int z = idx[c];
        if (before(x, y, key)) {
            if (before(y, z, key)) {
                return y;
            }
            return before(x, z, key) ? z : x;
        }
        if (before(x, z, key)) {
            return x;
        }
        return before(y, z, key) ? z : y;
    }
}
