package lbw.numerics;

import lbw.core.Check;
import lbw.core.InvalidParameterException;

/**
 * A transportation problem with capacitated destinations:
 *
 * <pre>
 *   minimize   sum_ij cost_ij x_ij
 *   subject to sum_j x_ij  =  supply_i      (every source ships all it has)
 *              sum_i x_ij &lt;= capacity_j    (no destination receives more than it can take)
 *              x_ij &gt;= 0
 * </pre>
 *
 * and its dual {@code max sum_i supply_i u_i - sum_j capacity_j mu_j} subject to {@code u_i - mu_j <= cost_ij},
 * {@code mu_j >= 0}. It is feasible exactly when {@code sum supply <= sum capacity}, which the constructor checks.
 * Solve it with {@link TransportationSolver}.
 *
 * @param supply   {@code supply_i >= 0}, one per source (m entries)
 * @param capacity {@code capacity_j >= 0}, one per destination (n entries)
 * @param cost     {@code cost_ij}, finite, {@code m x n}
 */
public record TransportationProblem(double[] supply, double[] capacity, double[][] cost) {

    public TransportationProblem {
        supply = Check.nonNegative("supply", Check.notEmpty("supply", supply));
        capacity = Check.nonNegative("capacity", Check.notEmpty("capacity", capacity));
        cost = Check.matrix("cost", cost, supply.length, capacity.length,
                "one row per source, one column per destination");
        for (int i = 0; i < cost.length; i++) {
            for (int j = 0; j < cost[i].length; j++) {
                Check.finite("cost[" + i + "][" + j + "]", cost[i][j]);
            }
        }
        double s = sum(supply);
        double c = sum(capacity);
        if (!(s <= c)) {
            throw new InvalidParameterException("supply", "total supply " + s + " exceeds the total capacity " + c
                    + ": the problem is infeasible");
        }
    }

    /** Number of sources {@code m}. */
    public int sources() {
        return supply.length;
    }

    /** Number of destinations {@code n}. */
    public int destinations() {
        return capacity.length;
    }

    /** Objective value {@code sum cost_ij x_ij} of a routing {@code x}. */
    public double objective(double[][] x) {
        double v = 0;
        for (int i = 0; i < supply.length; i++) {
            for (int j = 0; j < capacity.length; j++) {
                v += cost[i][j] * x[i][j];
            }
        }
        return v;
    }

    /** Dual objective {@code sum supply_i u_i - sum capacity_j mu_j}. */
    public double dualObjective(double[] u, double[] mu) {
        double v = 0;
        for (int i = 0; i < supply.length; i++) {
            v += supply[i] * u[i];
        }
        for (int j = 0; j < capacity.length; j++) {
            v -= capacity[j] * mu[j];
        }
        return v;
    }

    /** Largest violation of the primal constraints by {@code x}: negativity, row sums, column capacities. */
    public double primalViolation(double[][] x) {
        double v = 0;
        double[] col = new double[capacity.length];
        for (int i = 0; i < supply.length; i++) {
            double s = 0;
            for (int j = 0; j < capacity.length; j++) {
                s += x[i][j];
                col[j] += x[i][j];
                v = Math.max(v, -x[i][j]);
            }
            v = Math.max(v, Math.abs(s - supply[i]));
        }
        for (int j = 0; j < capacity.length; j++) {
            v = Math.max(v, col[j] - capacity[j]);
        }
        return v;
    }

    /** Largest violation of the dual constraints by {@code (u, mu)}: {@code u_i - mu_j - cost_ij} and {@code -mu_j}. */
    public double dualViolation(double[] u, double[] mu) {
        double v = 0;
        for (int j = 0; j < capacity.length; j++) {
            v = Math.max(v, -mu[j]);
        }
        for (int i = 0; i < supply.length; i++) {
            for (int j = 0; j < capacity.length; j++) {
                v = Math.max(v, u[i] - mu[j] - cost[i][j]);
            }
        }
        return v;
    }

    /**
     * Largest complementary-slackness product: {@code x_ij (cost_ij - u_i + mu_j)} over all arcs and
     * {@code mu_j (capacity_j - sum_i x_ij)} over all destinations (all zero at an optimal pair).
     */
    public double complementarySlackness(double[][] x, double[] u, double[] mu) {
        double v = 0;
        double[] col = new double[capacity.length];
        for (int i = 0; i < supply.length; i++) {
            for (int j = 0; j < capacity.length; j++) {
                v = Math.max(v, Math.abs(x[i][j] * (cost[i][j] - u[i] + mu[j])));
                col[j] += x[i][j];
            }
        }
        for (int j = 0; j < capacity.length; j++) {
            v = Math.max(v, Math.abs(mu[j] * (capacity[j] - col[j])));
        }
        return v;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
