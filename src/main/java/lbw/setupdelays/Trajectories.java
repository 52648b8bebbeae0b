package lbw.setupdelays;

/** Array helpers shared by the trajectory records. */
final class Trajectories {

    private Trajectories() {
    }

    /**
     * The name of the routing column x_ij (zero-based i, j): {@code x12} while both indices have one digit, and
     * {@code x1_12} once either reaches 10, so that x_{1,11} and x_{11,1} never share a name.
     */
    static String routingColumn(int i, int j, int m, int n) {
        return "x" + SetupDelayModel.pairIndex(i, j, m, n);
    }

    static double[] column(double[][] rows, int j) {
        double[] c = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            c[k] = rows[k][j];
        }
        return c;
    }

    static double[] column(double[][][] rows, int i, int j) {
        double[] c = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            c[k] = rows[k][i][j];
        }
        return c;
    }

    static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    static double maxAbsDiff(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }

    static double maxAbsDiff(double[][] a, double[][] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, maxAbsDiff(a[i], b[i]));
        }
        return d;
    }

    static double[] prices(SetupDelayModel model, double[] q) {
        double[] mu = new double[q.length];
        for (int j = 0; j < q.length; j++) {
            mu[j] = Math.max(0.0, q[j] / model.c(j) - 1.0);
        }
        return mu;
    }

    /**
     * The first sample time after which {@code distance(k)} stays at most {@code tol} up to the last sample, or NaN
     * if it exceeds {@code tol} at the last sample (not settled within the horizon).
     */
    static double settlingTime(double[] times, java.util.function.IntToDoubleFunction distance, double tol) {
        int k = times.length - 1;
        if (distance.applyAsDouble(k) > tol) {
            return Double.NaN;
        }
        while (k > 0 && distance.applyAsDouble(k - 1) <= tol) {
            k--;
        }
        return times[k];
    }
}
