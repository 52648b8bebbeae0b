package lbw.numerics;

/**
 * The soft-min {@code phi_eps(y) = -eps log sum_j exp(-y_j / eps)} and its gradient, the soft-min fractions
 * {@code delta_j(y) = exp(-y_j/eps) / sum_k exp(-y_k/eps)}, computed stably by shifting with {@code min_j y_j}
 * (log-sum-exp), so that no exponential overflows or underflows to an all-zero sum however small {@code eps} is.
 *
 * <p>Bound (7) of the setup-delay paper: {@code min(y) - eps log(n) <= phi_eps(y) <= min(y)}.
 */
public final class SoftMin {

    private SoftMin() {
    }

    /** The soft-min value {@code phi_eps(y)}. */
    public static double value(double eps, double[] y) {
        return value(eps, y, 0, y.length);
    }

    /** The soft-min of {@code y[from .. from+n)}. */
    public static double value(double eps, double[] y, int from, int n) {
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            min = Math.min(min, y[from + j]);
        }
        double s = 0;
        for (int j = 0; j < n; j++) {
            s += Math.exp(-(y[from + j] - min) / eps);
        }
        return min - eps * Math.log(s);
    }

    /**
     * Writes the fractions {@code delta(y)} (a point of the unit simplex) into {@code out} and returns the soft-min
     * value {@code phi_eps(y)}.
     */
    public static double fractions(double eps, double[] y, double[] out) {
        int n = y.length;
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            min = Math.min(min, y[j]);
        }
        double s = 0;
        for (int j = 0; j < n; j++) {
            double e = Math.exp(-(y[j] - min) / eps);
            out[j] = e;
            s += e;
        }
        double inv = 1.0 / s;
        for (int j = 0; j < n; j++) {
            out[j] *= inv;
        }
        return min - eps * Math.log(s);
    }

    /** The hard minimum of {@code y}. */
    public static double hardMin(double[] y) {
        double min = Double.POSITIVE_INFINITY;
        for (double v : y) {
            min = Math.min(min, v);
        }
        return min;
    }
}
