package lbw.numerics;

/** Least-squares fits used to read rates off measured curves. */
public final class Fits {

    private Fits() {
    }

    /**
     * The least-squares slope of {@code log y} against {@code log x} over the points {@code from..end}: the
     * exponent {@code a} of a power law {@code y ~ x^a}.
     *
     * @throws IllegalArgumentException if the arrays differ in length, fewer than two points are fitted, or a fitted
     *                                  value is not positive (its logarithm is undefined)
     */
    public static double logLogSlope(double[] x, double[] y, int from) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " points but y has " + y.length);
        }
        int n = x.length - from;
        if (from < 0 || n < 2) {
            throw new IllegalArgumentException("from = " + from + ": a slope needs at least 2 points, have " + n);
        }
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = from; i < x.length; i++) {
            if (!(x[i] > 0) || !(y[i] > 0)) {
                throw new IllegalArgumentException("point " + i + " = (" + x[i] + ", " + y[i]
                        + "): a log-log fit needs positive values");
            }
            double lx = Math.log(x[i]);
            double ly = Math.log(y[i]);
            sx += lx;
            sy += ly;
            sxx += lx * lx;
            sxy += lx * ly;
        }
        double det = n * sxx - sx * sx;
        if (det == 0) {
            throw new IllegalArgumentException("all fitted x are equal: the slope is undefined");
        }
        return (n * sxy - sx * sy) / det;
    }
}
