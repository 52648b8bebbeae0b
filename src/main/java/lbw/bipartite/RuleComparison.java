package lbw.bipartite;

import java.util.List;
import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * Routing rules on the same system against the fluid optimum OPT (going past the paper), as computed by
 * {@link RuleStudy#compare}. For every rule:
 * <ul>
 * <li>its fluid fixed point's total workload: for index rules the equilibrium of their price
 * ({@link RoutingCost}), for uniform random routing the static split {@code x_fb = 1 / |B(f)|}
 * ({@code l_b^-1(y_b)}, infinite when a backend is overloaded), none for JSQ(d);</li>
 * <li>the stochastic system's second-half time-average total workload at scale c, started at N*;</li>
 * <li>the price of anarchy of both against OPT (total workload, i.e. by Little's law total latency).</li>
 * </ul>
 */
public record RuleComparison(double opt, List<Row> rows) implements Summarizable {

    /** One rule's numbers. */
    public record Row(RoutingRule rule, double fluidTotal, double simulatedTotal, double fluidRatio,
            double simulatedRatio) {
    }

    /** Copies the list. */
    public RuleComparison {
        rows = List.copyOf(rows);
    }

    /** The row of a rule (the first, if listed twice). */
    public Row row(RoutingRule rule) {
        for (Row r : rows) {
            if (r.rule().equals(rule)) {
                return r;
            }
        }
        throw new IllegalArgumentException("rule " + rule.label() + " is not in this comparison");
    }

    @Override
    public Table summary() {
        int k = rows.size();
        String[] name = new String[k];
        double[] ft = new double[k];
        double[] st = new double[k];
        double[] fr = new double[k];
        double[] sr = new double[k];
        for (int i = 0; i < k; i++) {
            Row r = rows.get(i);
            name[i] = r.rule().label();
            ft[i] = r.fluidTotal();
            st[i] = r.simulatedTotal();
            fr[i] = r.fluidRatio();
            sr[i] = r.simulatedRatio();
        }
        return Tables.of("Routing rules against OPT = " + Tables.format(opt), "rule", name,
                "fluid fixed point total", ft, "simulated total", st, "fluid / OPT", fr, "simulated / OPT", sr);
    }
}
