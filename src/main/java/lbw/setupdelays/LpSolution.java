package lbw.setupdelays;

import lbw.core.Copies;
import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The linear program (10) with {@code eps = 0}: minimize the number of tasks in setup {@code sum tau_ij x_ij}
 * subject to (10b)-(10c), solved as a transportation problem by a network simplex, together with a solution of its
 * dual LP {@code max sum r_i u_i - sum c_j mu_j} s.t. {@code u_i - mu_j <= tau_ij}, {@code mu >= 0} read off the
 * simplex's node potentials (see {@link StaticLp}).
 *
 * @param capacity          the capacities used ({@code c} or {@code c~})
 * @param routing           optimal {@code x_ij}
 * @param cost              primal optimum {@code sum tau_ij x_ij}
 * @param prices            dual prices {@code mu_j} (the waiting times at saturated pools); where the dual optimum is not
 *                          unique (degenerate instances) one optimal vertex
 * @param dualValue         dual optimum
 * @param gap               {@code cost - dualValue} (zero up to round-off: it certifies optimality)
 * @param maxViolation      largest violation of (10b)-(10c) by {@code routing}
 */
public record LpSolution(double[] capacity, double[][] routing, double cost, double[] prices, double dualValue,
                         double gap, double maxViolation) implements Summarizable {

    /** Copies the arrays, so that the record is a value. */
    public LpSolution {
        capacity = capacity.clone();
        routing = Copies.deep(routing);
        prices = prices.clone();
    }

    @Override
    public double[] capacity() {
        return capacity.clone();
    }

    @Override
    public double[][] routing() {
        return Copies.deep(routing);
    }

    @Override
    public double[] prices() {
        return prices.clone();
    }

    @Override
    public Table summary() {
        int m = routing.length;
        int n = capacity.length;
        String[] names = new String[m * n + n + 3];
        double[] values = new double[names.length];
        int k = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                names[k] = "x[" + (i + 1) + "][" + (j + 1) + "]";
                values[k++] = routing[i][j];
            }
        }
        for (int j = 0; j < n; j++) {
            names[k] = "mu[" + (j + 1) + "] (dual LP)";
            values[k++] = prices[j];
        }
        names[k] = "cost sum tau x";
        values[k++] = cost;
        names[k] = "duality gap";
        values[k++] = gap;
        names[k] = "max constraint violation";
        values[k] = maxViolation;
        return Tables.of("LP (10), eps = 0", "quantity", names, "value", values);
    }
}
