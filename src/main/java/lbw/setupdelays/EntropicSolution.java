package lbw.setupdelays;

import lbw.core.Copies;
import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The optimum of problem (10) for {@code eps > 0} found through its dual (14), with the primal point recovered as
 * {@code x_ij = r_i delta_j(tau^i + mu)} and the equilibrium queues (15) {@code q*_j = sum_i x_ij + c_j mu_j}: by
 * Theorem 2 this is also the equilibrium of the myopic dynamics (9).
 *
 * @param epsilon                the entropy weight
 * @param prices                 dual optimum {@code mu*} (waiting times at the pools)
 * @param routing                recovered {@code x*}
 * @param queues                 equilibrium queues {@code q*} of (15)
 * @param setupCost              {@code sum tau_ij x_ij} (tasks in setup)
 * @param primalValue            objective (10a) at {@code x*}
 * @param dualValue              {@code D(mu*)}
 * @param gap                    {@code primalValue - dualValue} = {@code sum_j mu_j (c_j - sum_i x_ij)}
 * @param capacityViolation      {@code max_j [sum_i x_ij - c_j]^+}
 * @param complementarySlackness {@code max_j mu_j |sum_i x_ij - c_j|}
 * @param iterations             projected-Newton iterations
 * @param residual               final projected-gradient residual
 * @param converged              whether the residual reached the tolerance
 */
public record EntropicSolution(double epsilon, double[] prices, double[][] routing, double[] queues, double setupCost,
                               double primalValue, double dualValue, double gap, double capacityViolation,
                               double complementarySlackness, int iterations, double residual, boolean converged)
        implements Summarizable {

    /** Copies the arrays, so that the record is a value. */
    public EntropicSolution {
        prices = prices.clone();
        routing = Copies.deep(routing);
        queues = queues.clone();
    }

    @Override
    public double[] prices() {
        return prices.clone();
    }

    @Override
    public double[][] routing() {
        return Copies.deep(routing);
    }

    @Override
    public double[] queues() {
        return queues.clone();
    }

    @Override
    public Table summary() {
        int m = routing.length;
        int n = prices.length;
        String[] names = new String[m * n + 2 * n + 7];
        double[] v = new double[names.length];
        int k = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                names[k] = "x[" + (i + 1) + "][" + (j + 1) + "]";
                v[k++] = routing[i][j];
            }
        }
        for (int j = 0; j < n; j++) {
            names[k] = "mu[" + (j + 1) + "]";
            v[k++] = prices[j];
        }
        for (int j = 0; j < n; j++) {
            names[k] = "q*[" + (j + 1) + "]";
            v[k++] = queues[j];
        }
        String[] tail = {"setup cost sum tau x", "primal value (10a)", "dual value D(mu)", "duality gap",
            "capacity violation", "complementary slackness residual", "iterations"};
        double[] tv = {setupCost, primalValue, dualValue, gap, capacityViolation, complementarySlackness, iterations};
        for (int t = 0; t < tail.length; t++) {
            names[k] = tail[t];
            v[k++] = tv[t];
        }
        return Tables.of("Problem (10) via its dual, eps = " + epsilon + (converged ? "" : " (NOT converged)"),
                "quantity", names, "value", v);
    }
}
