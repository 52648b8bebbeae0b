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
     * The uniform distance on [0, horizon] between the GMSR stochastic path at each scale and the fluid path from
     * the same start; scale i uses seed {@code seedBase + i}.
     */
    public static FluidDistance distanceToFluid(BipartiteModel m, double[] start, double horizon, double[] scales,
            long seedBase, int samples) {
        FluidPath fluid = FluidInclusion.solve(m, start, horizon);
        double[] dist = new double[scales.length];
        for (int i = 0; i < scales.length; i++) {
            dist[i] = GmsrSimulation.run(m, RoutingRule.GMSR, start,
                    new GmsrSimulation.Options(scales[i], horizon, seedBase + i, samples)).distanceTo(fluid);
        }
        return new FluidDistance(horizon, scales, dist);
    }

    /**
     * Distances of stochastic paths to the fluid path, per scale c.
     *
     * @param horizon  the time span [0, horizon] of the uniform distance
     * @param scales   the scales c
     * @param distance max over t and b of |N_b(t)/c - N_b(t)|, per scale
     */
    public record FluidDistance(double horizon, double[] scales, double[] distance) {
        /** Copies the arrays. */
        public FluidDistance {
            scales = scales.clone();
            distance = distance.clone();
        }

        @Override
        public double[] scales() {
            return scales.clone();
        }

        @Override
        public double[] distance() {
            return distance.clone();
        }

        /** The fitted slope of log distance against log c over the scales from index {@code from} on. */
        public double slope(int from) {
            return lbw.numerics.Fits.logLogSlope(scales, distance, from);
        }

        /** Columns {@code c, distance, distance * sqrt(c)} (the last is flat when the distance falls like c^-1/2). */
        public Table table() {
            double[] scaled = new double[scales.length];
            for (int i = 0; i < scales.length; i++) {
                scaled[i] = distance[i] * Math.sqrt(scales[i]);
            }
            return Tables.of("Uniform distance to the fluid path on [0, " + Tables.format(horizon) + "]",
                    "c", scales.clone(), "distance", distance.clone(), "distance * sqrt(c)", scaled);
        }
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
            start[s] = java.util.Arrays.toString(p.initialWorkload());
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
    public static TimeToReach timeToReach(BipartiteModel m, double opt, double[] sizes, double[] eps) {
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
        return new TimeToReach(sizes, delta, eps, reach);
    }

    /**
     * Times to reach eps-suboptimality (Theorem 3).
     *
     * @param sizes the start sizes s, N(0) = s (1, ..., 1)
     * @param delta the initial gaps |sum N(0) - OPT|, per size
     * @param eps   the tolerances
     * @param time  time[k][i]: first time after which |sum N(t) - OPT| stays at most eps[k], from size i (NaN when
     *              not within the horizon)
     */
    public record TimeToReach(double[] sizes, double[] delta, double[] eps, double[][] time) {
        /** Copies the arrays. */
        public TimeToReach {
            sizes = sizes.clone();
            delta = delta.clone();
            eps = eps.clone();
            time = lbw.core.Copies.deep(time);
        }

        @Override
        public double[] sizes() {
            return sizes.clone();
        }

        @Override
        public double[] delta() {
            return delta.clone();
        }

        @Override
        public double[] eps() {
            return eps.clone();
        }

        @Override
        public double[][] time() {
            return lbw.core.Copies.deep(time);
        }

        /** The times to reach eps[k], per size. */
        public double[] time(int k) {
            return time[k].clone();
        }

        /** Columns s, delta and one per eps. */
        public Table table() {
            Object[] columns = new Object[4 + 2 * eps.length];
            columns[0] = "s";
            columns[1] = sizes.clone();
            columns[2] = "delta";
            columns[3] = delta.clone();
            for (int k = 0; k < eps.length; k++) {
                columns[4 + 2 * k] = "eps = " + Tables.format(eps[k]);
                columns[5 + 2 * k] = time[k].clone();
            }
            return Tables.of("Time to reach |sum N - OPT| <= eps, from N(0) = s (1, ..., 1)", columns);
        }
    }
}
