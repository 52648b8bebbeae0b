package lbw.setupdelays;

import lbw.numerics.WeightedSimplexProjection;

/**
 * The proximal routing rule {@code x̄(Z, nu)} of Section 5.3: for each dispatcher {@code i}, the minimizer of its part
 * of cost (25), {@code sum_j (tau_ij + nu_j) x_ij + (x_ij - gamma_ij z_ij)^2 / (2 gamma_ij)}, over
 * {@code x_ij >= 0, sum_j x_ij = r_i}. Completing the square turns it into the weighted projection of
 * {@code a_ij = gamma_ij z_ij - 1 - gamma_ij nu_j} onto the simplex of total {@code r_i} with weights
 * {@code tau_ij}, solved exactly in finitely many steps by {@link WeightedSimplexProjection}.
 *
 * <p>Dispatcher {@code i} only reads its own setup queues {@code z_i.} and the pool multipliers {@code nu}.
 * Instances hold scratch space and are not thread-safe.
 */
public final class ProximalRouting {

    private final SetupDelayModel model;
    private final WeightedSimplexProjection projection;
    private final double[] a;
    private final double[] tau;
    private final double[] lambda;
    private final int[] perm;

    public ProximalRouting(SetupDelayModel model) {
        this.model = model;
        int m = model.types();
        int n = model.pools();
        this.projection = new WeightedSimplexProjection(n);
        this.a = new double[n];
        this.tau = new double[m * n];
        this.lambda = new double[m];
        this.perm = new int[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                tau[i * n + j] = model.tau(i, j);
                perm[i * n + j] = j;
            }
        }
    }

    /**
     * Writes {@code x̄(Z, nu)} row-major into {@code x[xFrom + i*n + j]}; reads {@code z[zFrom + i*n + j]} and
     * {@code nu[nuFrom + j]}.
     */
    public void route(double[] z, int zFrom, double[] nu, int nuFrom, double[] x, int xFrom) {
        int m = model.types();
        int n = model.pools();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double g = 1.0 / tau[i * n + j];
                a[j] = g * z[zFrom + i * n + j] - 1.0 - g * nu[nuFrom + j];
            }
            lambda[i] = projection.projectWarm(a, 0, tau, i * n, model.r(i), x, xFrom + i * n, perm, i * n);
        }
    }

    /** Routes one dispatcher: writes {@code x̄_i.} into {@code x[xFrom + j]} from its setup queues {@code z[zFrom + j]}. */
    public double routeType(int i, double[] z, int zFrom, double[] nu, int nuFrom, double[] x, int xFrom) {
        int n = model.pools();
        for (int j = 0; j < n; j++) {
            double g = 1.0 / tau[i * n + j];
            a[j] = g * z[zFrom + j] - 1.0 - g * nu[nuFrom + j];
        }
        lambda[i] = projection.projectWarm(a, 0, tau, i * n, model.r(i), x, xFrom, perm, i * n);
        return lambda[i];
    }

    /** Matrix form of {@link #route}. */
    public double[][] route(double[][] z, double[] nu) {
        int m = model.types();
        int n = model.pools();
        double[] flat = new double[m * n];
        for (int i = 0; i < m; i++) {
            System.arraycopy(z[i], 0, flat, i * n, n);
        }
        double[] out = new double[m * n];
        route(flat, 0, nu, 0, out, 0);
        double[][] x = new double[m][n];
        for (int i = 0; i < m; i++) {
            System.arraycopy(out, i * n, x[i], 0, n);
        }
        return x;
    }

    /** The multipliers of the sum constraints from the last {@link #route} call. */
    public double[] lastMultipliers() {
        return lambda.clone();
    }
}
