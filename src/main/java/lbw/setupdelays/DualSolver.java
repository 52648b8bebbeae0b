package lbw.setupdelays;

import lbw.core.Check;
import lbw.numerics.SoftMin;

/**
 * Maximizes the dual function (14) {@code D(mu) = sum_i r_i phi_eps(tau^i + mu) - sum_j c_j mu_j} over
 * {@code mu >= 0} by Bertsekas' projected Newton method (binding set from the projected gradient, Newton step on the
 * free coordinates with a small Levenberg shift, Armijo search along the projection arc), which converges for this
 * smooth concave function; then recovers the primal point and reports gap and complementary slackness.
 */
public final class DualSolver {

    private static final double ARMIJO = 1e-4;
    private static final double ROUNDOFF = 1e-13;

    private DualSolver() {
    }

    /** Solves with default options. */
    public static EntropicSolution solve(SetupDelayModel model, double epsilon) {
        return solve(model, epsilon, DualOptions.defaults());
    }

    /** Solves problem (10) with entropy weight {@code epsilon > 0}. */
    public static EntropicSolution solve(SetupDelayModel model, double epsilon, DualOptions options) {
        Check.positive("epsilon", epsilon);
        int m = model.types();
        int n = model.pools();
        double[] mu = new double[n];
        double[] g = new double[n];
        double[][] h = new double[n][n];
        double[] trial = new double[n];
        double[] d = new double[n];
        boolean[] bound = new boolean[n];
        double[] work = new double[n];
        double f = negDual(model, epsilon, mu, g, h, work);
        int it = 0;
        double res = residual(mu, g);
        while (res > options.tolerance() && it < options.maxIterations()) {
            lbw.core.Work.checkCancelled(); // interrupt or SIGTERM stops the loop here
            it++;
            double epsk = Math.min(1e-3, res);
            int free = 0;
            for (int j = 0; j < n; j++) {
                bound[j] = mu[j] <= epsk && g[j] > 0;
                if (!bound[j]) {
                    free++;
                }
            }
            boolean ok = newtonDirection(h, g, bound, free, res, d);
            double expected = slope(g, d);
            if (!ok || !(expected > 0)) {
                for (int j = 0; j < n; j++) {
                    d[j] = -g[j];
                    bound[j] = false;
                }
            }
            double alpha = 1.0;
            double ft = Double.NaN;
            boolean accepted = false;
            for (int ls = 0; ls < 80; ls++) {
                for (int j = 0; j < n; j++) {
                    trial[j] = Math.max(0.0, mu[j] + alpha * d[j]);
                }
                ft = negDual(model, epsilon, trial, null, null, work);
                double need = ARMIJO * descentMeasure(g, d, bound, mu, alpha, trial);
                if (f - ft >= need) {
                    accepted = true;
                    break;
                }
                if (Math.abs(f - ft) <= ROUNDOFF * (1 + Math.abs(f))) {
                    // the decrease is below round-off: accept the step if it shrinks the optimality residual
                    double[] gt = new double[n];
                    negDual(model, epsilon, trial, gt, null, work);
                    if (residual(trial, gt) < res) {
                        accepted = true;
                        break;
                    }
                }
                alpha *= 0.5;
            }
            if (!accepted) {
                break; // no progress possible at double precision
            }
            System.arraycopy(trial, 0, mu, 0, n);
            f = negDual(model, epsilon, mu, g, h, work);
            res = residual(mu, g);
        }
        return recover(model, epsilon, mu, it, res, res <= options.tolerance());
    }

    /** The dual function (14) at {@code mu}. */
    public static double dualValue(SetupDelayModel model, double epsilon, double[] mu) {
        return -negDual(model, epsilon, mu, null, null, new double[model.pools()]);
    }

    /** The soft-min routing {@code x_ij = r_i delta_j(tau^i + mu)} of (9c). */
    public static double[][] routing(SetupDelayModel model, double epsilon, double[] mu) {
        int m = model.types();
        int n = model.pools();
        double[][] x = new double[m][n];
        double[] y = new double[n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                y[j] = model.tau(i, j) + mu[j];
            }
            SoftMin.fractions(epsilon, y, x[i]);
            for (int j = 0; j < n; j++) {
                x[i][j] *= model.r(i);
            }
        }
        return x;
    }

    /** The objective (10a) {@code sum tau x + eps sum x log(x / r)} (with {@code 0 log 0 = 0}). */
    public static double primalValue(SetupDelayModel model, double epsilon, double[][] x) {
        double v = 0;
        for (int i = 0; i < model.types(); i++) {
            for (int j = 0; j < model.pools(); j++) {
                v += model.tau(i, j) * x[i][j];
                if (x[i][j] > 0) {
                    v += epsilon * x[i][j] * Math.log(x[i][j] / model.r(i));
                }
            }
        }
        return v;
    }

    /** Setup cost {@code sum tau_ij x_ij}: the number of tasks in setup. */
    public static double setupCost(SetupDelayModel model, double[][] x) {
        double v = 0;
        for (int i = 0; i < model.types(); i++) {
            for (int j = 0; j < model.pools(); j++) {
                v += model.tau(i, j) * x[i][j];
            }
        }
        return v;
    }

    static EntropicSolution recover(SetupDelayModel model, double epsilon, double[] mu, int it, double res,
                                    boolean converged) {
        int n = model.pools();
        double[][] x = routing(model, epsilon, mu);
        double[] q = new double[n];
        double viol = 0;
        double cs = 0;
        double gap = 0;
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (double[] row : x) {
                s += row[j];
            }
            q[j] = s + model.c(j) * mu[j];
            viol = Math.max(viol, s - model.c(j));
            cs = Math.max(cs, mu[j] * Math.abs(s - model.c(j)));
            gap += mu[j] * (model.c(j) - s);
        }
        double primal = primalValue(model, epsilon, x);
        double dual = dualValue(model, epsilon, mu);
        return new EntropicSolution(epsilon, mu.clone(), x, q, setupCost(model, x), primal, dual, gap,
                Math.max(0, viol), cs, it, res, converged);
    }

    /** -D(mu); fills the gradient and Hessian of -D when the arrays are given. */
    private static double negDual(SetupDelayModel model, double eps, double[] mu, double[] g, double[][] h,
                                  double[] delta) {
        int m = model.types();
        int n = model.pools();
        double f = 0;
        if (g != null) {
            for (int j = 0; j < n; j++) {
                g[j] = model.c(j);
            }
        }
        if (h != null) {
            for (int j = 0; j < n; j++) {
                java.util.Arrays.fill(h[j], 0.0);
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                y[j] = model.tau(i, j) + mu[j];
            }
            double phi = SoftMin.fractions(eps, y, delta);
            double r = model.r(i);
            f -= r * phi;
            if (g != null) {
                for (int j = 0; j < n; j++) {
                    g[j] -= r * delta[j];
                }
            }
            if (h != null) {
                double s = r / eps;
                for (int j = 0; j < n; j++) {
                    double dj = delta[j];
                    if (dj < 1e-300) {
                        continue;
                    }
                    double[] hj = h[j];
                    hj[j] += s * dj;
                    double sd = s * dj;
                    for (int k = 0; k < n; k++) {
                        hj[k] -= sd * delta[k];
                    }
                }
            }
        }
        for (int j = 0; j < n; j++) {
            f += model.c(j) * mu[j];
        }
        return f;
    }

    private static double residual(double[] mu, double[] g) {
        double r = 0;
        for (int j = 0; j < mu.length; j++) {
            r = Math.max(r, Math.abs(mu[j] - Math.max(0.0, mu[j] - g[j])));
        }
        return r;
    }

    /** {@code -g . d}: positive for a descent direction of {@code -D}. */
    private static double slope(double[] g, double[] d) {
        double s = 0;
        for (int j = 0; j < g.length; j++) {
            s -= g[j] * d[j];
        }
        return s;
    }

    private static double descentMeasure(double[] g, double[] d, boolean[] bound, double[] mu, double alpha,
                                         double[] trial) {
        double s = 0;
        for (int j = 0; j < g.length; j++) {
            if (bound[j]) {
                s += g[j] * (mu[j] - trial[j]);
            } else {
                s -= alpha * g[j] * d[j];
            }
        }
        return s;
    }

    /** Newton step on the free block (Cholesky with a Levenberg shift), scaled gradient on the bound block. */
    private static boolean newtonDirection(double[][] h, double[] g, boolean[] bound, int free, double res, double[] d) {
        int n = g.length;
        int[] idx = new int[free];
        int k = 0;
        double maxDiag = 0;
        for (int j = 0; j < n; j++) {
            maxDiag = Math.max(maxDiag, h[j][j]);
            if (!bound[j]) {
                idx[k++] = j;
            } else {
                d[j] = -g[j] / Math.max(h[j][j], 1e-12 + 1e-6 * maxDiag);
            }
        }
        if (free == 0) {
            return true;
        }
        double shift = 1e-10 * Math.max(maxDiag, 1.0) + 1e-3 * Math.min(res, 1.0) * Math.max(maxDiag, 1e-12);
        double[][] l = new double[free][free];
        for (int a = 0; a < free; a++) {
            for (int b = 0; b <= a; b++) {
                double s = h[idx[a]][idx[b]] + (a == b ? shift : 0.0);
                for (int c = 0; c < b; c++) {
                    s -= l[a][c] * l[b][c];
                }
                if (a == b) {
                    if (!(s > 0)) {
                        return false;
                    }
                    l[a][a] = Math.sqrt(s);
                } else {
                    l[a][b] = s / l[b][b];
                }
            }
        }
        double[] z = new double[free];
        for (int a = 0; a < free; a++) {
            double s = -g[idx[a]];
            for (int c = 0; c < a; c++) {
                s -= l[a][c] * z[c];
            }
            z[a] = s / l[a][a];
        }
        for (int a = free - 1; a >= 0; a--) {
            double s = z[a];
            for (int c = a + 1; c < free; c++) {
                s -= l[c][a] * z[c];
            }
            z[a] = s / l[a][a];
        }
        for (int a = 0; a < free; a++) {
            d[idx[a]] = z[a];
        }
        return true;
    }
}
