package lbw.bipartite;

import java.util.List;

/** Runs the comparison of routing rules against OPT ({@link RuleComparison}). */
public final class RuleStudy {

    private RuleStudy() {
    }

    /** Compares rules on a model. */
    public static RuleComparison compare(BipartiteModel m, List<RoutingRule> rules, double scale, double horizon,
            long seed) {
        Equilibrium o = FluidOptimum.solve(m);
        List<RuleComparison.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            RoutingRule r = rules.get(i);
            double fluid = fluidTotal(m, r);
            StochasticPath p = GmsrSimulation.run(m, r, o.workload(), new GmsrSimulation.Options(scale, horizon, seed + i, 10));
            rows.add(new RuleComparison.Row(r, fluid, p.averageTotal(), fluid / o.total(), p.averageTotal() / o.total()));
        }
        return new RuleComparison(o.total(), rows);
    }

    /** The total workload at a rule's fluid fixed point (NaN if the rule has none here, infinite if unstable). */
    public static double fluidTotal(BipartiteModel m, RoutingRule r) {
        if (r.cost().isPresent()) {
            return EquilibriumSolver.solve(m, r.cost().get()).total();
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

}
