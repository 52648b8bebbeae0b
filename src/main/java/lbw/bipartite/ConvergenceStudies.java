package lbw.bipartite;

import java.util.List;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The convergence studies of the notebooks, as tables: the stochastic system against its fluid limit as the
 * scale c grows, the fluid solution's first events, and the time the fluid path needs to reach OPT (Theorem 3).
 */
public final class ConvergenceStudies {

    private ConvergenceStudies() {
    }

    /**
     * Uniform distance on [0, horizon] between the GMSR stochastic path at each scale and the fluid path from the
     * same start: columns {@code c, distance, distance * sqrt(c)} (the last is flat when the distance falls like
     * {@code c^-1/2}). Scale i uses seed {@code seedBase + i}.
     */
    public static Table distanceToFluid(BipartiteModel m, double[] start, double horizon, double[] scales, long seedBase,
                                        int samples) {
        FluidPath fluid = FluidInclusion.solve(m, start, horizon);
        double[] dist = new double[scales.length];
        double[] scaled = new double[scales.length];
        for (int i = 0; i < scales.length; i++) {
            dist[i] = StochasticPath.simulate(m, RoutingRule.GMSR, scales[i], start, horizon, seedBase + i, samples)
                    .distanceTo(fluid);
            scaled[i] = dist[i] * Math.sqrt(scales[i]);
        }
        return Tables.of("Uniform distance to the fluid path on [0, " + Tables.format(horizon) + "]",
                "c", scales.clone(), "distance", dist, "distance * sqrt(c)", scaled);
    }

    /** For each fluid path: its start, the time of its first event after t = 0 (missing if none) and N at the end. */
    public static Table firstEvents(List<FluidPath> paths) {
        int k = paths.size();
        String[] start = new String[k];
        double[] first = new double[k];
        Object[] columns = new Object[4 + 2 * paths.get(0).model().backends()];
        int nb = paths.get(0).model().backends();
        double[][] end = new double[nb][k];
        for (int s = 0; s < k; s++) {
            FluidPath p = paths.get(s);
            start[s] = java.util.Arrays.toString(p.workload()[0]);
            List<FluidInclusion.Event> ev = p.events();
            first[s] = ev.size() > 1 ? ev.get(1).time() : Double.NaN;
            double[] fin = p.finalWorkload();
            for (int b = 0; b < nb; b++) {
                end[b][s] = fin[b];
            }
        }
        columns[0] = "start";
        columns[1] = start;
        columns[2] = "first event time";
        columns[3] = first;
        for (int b = 0; b < nb; b++) {
            columns[4 + 2 * b] = "N" + (b + 1) + " at the horizon";
            columns[5 + 2 * b] = end[b];
        }
        return Tables.of("Fluid solution: first event and final state", columns);
    }

    /**
     * Theorem 3: from {@code N(0) = s (1, ..., 1)} for each size s, the initial gap {@code delta = |sum N(0) - OPT|}
     * and the time until {@code |sum N(t) - OPT| <= eps} for each eps. The fluid horizon is {@code 40 + 2 s}.
     */
    public static Table timeToReach(BipartiteModel m, double opt, double[] sizes, double[] eps) {
        double[] delta = new double[sizes.length];
        double[][] reach = new double[eps.length][sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            double[] n0 = new double[m.backends()];
            java.util.Arrays.fill(n0, sizes[i]);
            FluidPath p = FluidInclusion.solve(m, n0, 40 + 2 * sizes[i]);
            delta[i] = Math.abs(p.total()[0] - opt);
            for (int k = 0; k < eps.length; k++) {
                reach[k][i] = p.timeToReach(opt, eps[k]);
            }
        }
        Object[] columns = new Object[4 + 2 * eps.length];
        columns[0] = "s";
        columns[1] = sizes.clone();
        columns[2] = "delta";
        columns[3] = delta;
        for (int k = 0; k < eps.length; k++) {
            columns[4 + 2 * k] = "eps = " + Tables.format(eps[k]);
            columns[5 + 2 * k] = reach[k];
        }
        return Tables.of("Time to reach |sum N - OPT| <= eps, from N(0) = s (1, ..., 1)", columns);
    }
}
