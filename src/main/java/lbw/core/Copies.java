package lbw.core;

/** Deep copies for result records that hand out arrays (so that a record stays a value). */
public final class Copies {

    private Copies() {
    }

    /** A copy of every row. */
    public static double[][] deep(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** A copy of every row (null rows stay null). */
    public static int[][] deep(int[][] a) {
        int[][] c = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i] == null ? null : a[i].clone();
        }
        return c;
    }

    /** A copy of every matrix (null matrices and rows stay null). */
    public static double[][][] deep(double[][][] a) {
        double[][][] c = new double[a.length][][];
        for (int k = 0; k < a.length; k++) {
            if (a[k] != null) {
                c[k] = new double[a[k].length][];
                for (int i = 0; i < a[k].length; i++) {
                    c[k][i] = a[k][i] == null ? null : a[k][i].clone();
                }
            }
        }
        return c;
    }
}
