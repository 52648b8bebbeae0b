package lbw.setupdelays;

import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The entropy sweep of {@link Studies#epsilonSweep}: for each {@code eps}, the optimum of (10) from the dual, against
 * the LP at {@code eps = 0} and the bound (7), {@code LP - eps sum_i r_i log n <= V_eps <= LP}.
 *
 * @param eps              the entropy weights
 * @param lpCost           the LP optimum (10) at eps = 0
 * @param lowerBound       {@code LP - eps sum_i r_i log n}, per eps
 * @param value            {@code V_eps}, the optimum of (10a), per eps
 * @param setupCost        {@code sum tau_ij x_ij} at the eps-optimum, per eps
 * @param routingDistance  {@code max |x_eps - x_LP|}, per eps
 * @param gap              duality gap of the dual solve, per eps
 * @param maxPrice         {@code max_j mu_j}, per eps
 */
public record EpsilonSweep(double[] eps, double lpCost, double[] lowerBound, double[] value, double[] setupCost,
                           double[] routingDistance, double[] gap, double[] maxPrice) implements Summarizable {

    /** Slack allowed in {@link #boundHolds()}: the dual solver's tolerance on values of order one. */
    public static final double BOUND_TOLERANCE = 1e-6;

    public EpsilonSweep {
        eps = eps.clone();
        lowerBound = lowerBound.clone();
        value = value.clone();
        setupCost = setupCost.clone();
        routingDistance = routingDistance.clone();
        gap = gap.clone();
        maxPrice = maxPrice.clone();
    }

    @Override
    public double[] eps() {
        return eps.clone();
    }

    @Override
    public double[] lowerBound() {
        return lowerBound.clone();
    }

    @Override
    public double[] value() {
        return value.clone();
    }

    @Override
    public double[] setupCost() {
        return setupCost.clone();
    }

    @Override
    public double[] routingDistance() {
        return routingDistance.clone();
    }

    @Override
    public double[] gap() {
        return gap.clone();
    }

    @Override
    public double[] maxPrice() {
        return maxPrice.clone();
    }

    /** The LP optimum repeated once per eps (a flat line beside the sweep). */
    public double[] lpCosts() {
        double[] c = new double[eps.length];
        java.util.Arrays.fill(c, lpCost);
        return c;
    }

    /**
     * The largest violation of bound (7) over the sweep: {@code max(lowerBound - V_eps, V_eps - LP, 0)}, so zero
     * (up to round-off) when the bound holds at every eps.
     */
    public double largestBoundViolation() {
        double worst = 0;
        for (int s = 0; s < eps.length; s++) {
            worst = Math.max(worst, Math.max(lowerBound[s] - value[s], value[s] - lpCost));
        }
        return worst;
    }

    /** Whether bound (7) holds at every eps, within {@link #BOUND_TOLERANCE} times {@code max(1, |LP|)}. */
    public boolean boundHolds() {
        return largestBoundViolation() <= BOUND_TOLERANCE * Math.max(1, Math.abs(lpCost));
    }

    /** The sweep as a table, one row per eps. */
    public Table table() {
        return Tables.of("eps sweep: optimum of (10) against the LP and bound (7)", "eps", eps(),
                "LP - eps sum r log n", lowerBound(), "V_eps (10a)", value(), "LP cost", lpCosts(),
                "setup cost sum tau x", setupCost(), "max |x_eps - x_LP|", routingDistance(), "duality gap", gap(),
                "max mu", maxPrice());
    }

    @Override
    public Table summary() {
        return table();
    }
}
