package lbw.setupdelays;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Array helpers shared by the trajectory records. */
final class Trajectories {

    private Trajectories() {
    }

    /**
     * Trajectory tables carry one column per (type, pool) pair up to this many pairs (a 20 x 20 system); beyond, the
     * per-pair columns are left out (Tablesaw checks every new column name against all earlier ones, so tens of
     * thousands of columns take minutes) and the table's name says so. The trajectory records keep every value.
     */
    static final int MAX_PAIR_COLUMNS = 400;

    /**
     * Adds the columns {@code symbol_ij} (named by {@link SetupDelayModel#pairIndex}) of {@code v[sample][i][j]}, or
     * nothing beyond {@link #MAX_PAIR_COLUMNS}.
     */
    static void addPairColumns(Table t, String symbol, double[][][] v) {
        int m = v[0].length;
        int n = v[0][0].length;
        if (m * n > MAX_PAIR_COLUMNS) {
            return;
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                t.addColumns(DoubleColumn.create(symbol + SetupDelayModel.pairIndex(i, j, m, n), column(v, i, j)));
            }
        }
    }

    /** The suffix of a table's name that says when its per-pair columns were left out. */
    static String pairNote(double[][][] v) {
        int m = v[0].length;
        int n = v[0][0].length;
        return m * n > MAX_PAIR_COLUMNS ? " (per-pair columns left out: " + m + " x " + n + " pairs > "
                + MAX_PAIR_COLUMNS + ")" : "";
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
