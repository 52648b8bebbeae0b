package lbw.setupdelays;

import java.util.stream.IntStream;
import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * A slice of the dual function (14) through its maximizer along one price ({@link Studies#dualSlice}):
 * {@code D(mu* + (t - mu*_j) e_j)} for {@code t} on a grid, with its partial derivative by central differences and
 * the excess load (29) {@code sum_i x_ij(mu) - c_j} that the derivative should equal.
 *
 * @param pool             the pool j whose price varies (0-based)
 * @param optimum          {@code mu*_j}, the maximizer's price of that pool
 * @param mu               the grid of prices {@code t}
 * @param value            {@code D} at each grid price
 * @param finiteDifference {@code dD/dmu_j} by central differences
 * @param excessLoad       {@code sum_i x_ij(mu) - c_j}, equation (29)
 */
public record DualSlice(int pool, double optimum, double[] mu, double[] value, double[] finiteDifference,
                        double[] excessLoad) implements Summarizable {

    public DualSlice {
        int n = mu.length;
        if (value.length != n || finiteDifference.length != n || excessLoad.length != n) {
            throw new IllegalArgumentException("a slice needs one value, derivative and excess load per grid price ("
                    + n + ")");
        }
        mu = mu.clone();
        value = value.clone();
        finiteDifference = finiteDifference.clone();
        excessLoad = excessLoad.clone();
    }

    @Override
    public double[] mu() {
        return mu.clone();
    }

    @Override
    public double[] value() {
        return value.clone();
    }

    @Override
    public double[] finiteDifference() {
        return finiteDifference.clone();
    }

    @Override
    public double[] excessLoad() {
        return excessLoad.clone();
    }

    /** The largest {@code |finite difference - excess load|} over the grid: how well (29) is confirmed. */
    public double largestGradientError() {
        double worst = 0;
        for (int k = 0; k < mu.length; k++) {
            worst = Math.max(worst, Math.abs(finiteDifference[k] - excessLoad[k]));
        }
        return worst;
    }

    /** The grid points within {@code halfWidth} of {@code mu*_j}, as a slice of their own. */
    public DualSlice nearOptimum(double halfWidth) {
        int[] keep = IntStream.range(0, mu.length).filter(k -> Math.abs(mu[k] - optimum) <= halfWidth).toArray();
        return new DualSlice(pool, optimum, pick(mu, keep), pick(value, keep), pick(finiteDifference, keep),
                pick(excessLoad, keep));
    }

    private static double[] pick(double[] v, int[] at) {
        return IntStream.of(at).mapToDouble(k -> v[k]).toArray();
    }

    /** Columns mu, D, dD/dmu finite difference, sum_i x_ij - c_j (29). */
    public Table table() {
        return Tables.of("dual (14) along mu_" + (pool + 1) + " (other prices at mu*)", "mu", mu(), "D", value(),
                "dD/dmu finite difference", finiteDifference(), "sum_i x_ij - c_j (29)", excessLoad());
    }

    @Override
    public Table summary() {
        return table();
    }
}
