package lbw.bipartite;

import java.util.function.DoubleUnaryOperator;
import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * One frontend with unit arrival rate and two routes with latency functions of the share routed to them
 * (Appendix A, Pigou's example: {@code latency_1(x) = 1}, {@code latency_2(x) = x}). The optimal split minimises the
 * total latency {@code x l_1(x) + (1 - x) l_2(1 - x)} (golden-section search, the total is convex for
 * nondecreasing convex latencies); routing on expected latency settles where the latencies of used routes are
 * equal (Wardrop), found by bisection.
 *
 * @param optimalShare1 share on route 1 at the optimum
 * @param wardropShare1 share on route 1 under expected-latency routing
 */
public record PigouExample(double optimalShare1, double optimalCost, double wardropShare1, double wardropCost)
        implements Summarizable {

    /** Pigou's example as stated in Appendix A. */
    public static PigouExample classic() {
        return solve(x -> 1.0, x -> x);
    }

    /** Solves the two-route game. */
    public static PigouExample solve(DoubleUnaryOperator l1, DoubleUnaryOperator l2) {
        DoubleUnaryOperator cost = x -> x * l1.applyAsDouble(x) + (1 - x) * l2.applyAsDouble(1 - x);
        double a = 0;
        double b = 1;
        double r = (Math.sqrt(5) - 1) / 2;
        for (int k = 0; k < 200; k++) {
            double c = b - r * (b - a);
            double d = a + r * (b - a);
            if (cost.applyAsDouble(c) <= cost.applyAsDouble(d)) {
                b = d;
            } else {
                a = c;
            }
        }
        double opt = 0.5 * (a + b);
        // Wardrop: share x on route 1 with l1(x) = l2(1 - x), or a corner when one route is always faster.
        DoubleUnaryOperator diff = x -> l1.applyAsDouble(x) - l2.applyAsDouble(1 - x);
        double w;
        if (diff.applyAsDouble(0) >= 0) {
            w = 0;
        } else if (diff.applyAsDouble(1) <= 0) {
            w = 1;
        } else {
            double lo = 0;
            double hi = 1;
            for (int k = 0; k < 200; k++) {
                double mid = 0.5 * (lo + hi);
                if (diff.applyAsDouble(mid) < 0) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            w = 0.5 * (lo + hi);
        }
        return new PigouExample(opt, cost.applyAsDouble(opt), w, cost.applyAsDouble(w));
    }

    /** Wardrop cost over optimal cost. */
    /**
     * The worst ratio of expected-latency routing to OPT found on a grid of Pigou-like systems that satisfy
     * Assumption 1: one frontend with rate 1, a near-linear fast backend {@code saturating(big, big)} and a
     * {@code saturating(max, half)} backend, over {@code max} in [maxFrom, maxTo] and {@code half} in [halfFrom, halfTo].
     *
     * @return {@code {ratio, max, half}} of the worst grid point
     */
    public static double[] worstLatencyRatio(double big, double maxFrom, double maxTo, double maxStep, double halfFrom,
                                             double halfTo, double halfStep) {
        lbw.core.Check.positive("maxStep", maxStep);
        lbw.core.Check.positive("halfStep", halfStep);
        double[] worst = {0, Double.NaN, Double.NaN};
        int nm = (int) Math.floor((maxTo - maxFrom) / maxStep + 1e-9);
        int nh = (int) Math.floor((halfTo - halfFrom) / halfStep + 1e-9);
        for (int i = 0; i <= nm; i++) {
            double m = maxFrom + i * maxStep;
            for (int j = 0; j <= nh; j++) {
                double h = halfFrom + j * halfStep;
                BipartiteModel one = new BipartiteModel(new double[] {1},
                        new ServiceRate[] {ServiceRate.saturating(big, big), ServiceRate.saturating(m, h)},
                        new int[][] {{0, 0}, {0, 1}});
                double ratio = EquilibriumSolver.solve(one, RoutingCost.LATENCY).total() / FluidOptimum.solve(one).total();
                if (ratio > worst[0]) {
                    worst = new double[] {ratio, m, h};
                }
            }
        }
        return worst;
    }

    public double priceOfAnarchy() {
        return wardropCost / optimalCost;
    }

    @Override
    public Table summary() {
        return Tables.of("Pigou's example (Appendix A)", "routing", new String[] {"optimal", "expected latency"},
                "share on route 1", new double[] {optimalShare1, wardropShare1},
                "share on route 2", new double[] {1 - optimalShare1, 1 - wardropShare1},
                "total latency", new double[] {optimalCost, wardropCost},
                "ratio to optimal", new double[] {1, priceOfAnarchy()});
    }
}
