package lbw.bipartite;

import java.util.List;
import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * Routing rules on the same system against the fluid optimum OPT (going past the paper). For every rule:
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

    /** Compares rules on a model. */
    public static RuleComparison compare(BipartiteModel m, List<RoutingRule> rules, double scale, double horizon,
            long seed) {
        Equilibrium o = Equilibrium.optimum(m);
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            RoutingRule r = rules.get(i);
            double fluid = fluidTotal(m, r);
            StochasticPath p = StochasticPath.simulate(m, r, scale, o.workload(), horizon, seed + i, 10);
            rows.add(new Row(r, fluid, p.averageTotal(), fluid / o.total(), p.averageTotal() / o.total()));
        }
        return new RuleComparison(o.total(), List.copyOf(rows));
    }

    /** The total workload at a rule's fluid fixed point (NaN if the rule has none here, infinite if unstable). */
    public static double fluidTotal(BipartiteModel m, RoutingRule r) {
        if (r.cost().isPresent()) {
            return Equilibrium.solve(m, r.cost().get()).total();
        }
        if (r.kind() == RoutingRule.Kind.RANDOM) {
            double[] y = new double[m.backends()];
            for (int f = 0; f < m.frontends(); f++) {
                int[] bs = m.backendsOf(f);
                for (int b : bs) {
                    y[b] += m.arrivalRate(f) / bs.length;
                }
            }
            double t = 0;
            for (int b = 0; b < y.length; b++) {
                t += m.rate(b).inverse(y[b]);
            }
            return t;
        }
        return Double.NaN;
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
