package lbw.bipartite;

import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * A simulated path of the stochastic system at scale c: sampled physical times {@code t = n / c}, the
 * normalised workloads {@code N_b / c} at those times (kept only for at most {@link #MAX_RECORDED_BACKENDS}
 * backends), the normalised total, and the time average of {@code N_b / c} over the second half of the horizon
 * (states {@code n = ceil(steps / 2) .. steps}).
 */
public record StochasticPath(RoutingRule rule, double scale, double horizon, long seed, long steps, double[] times,
        double[][] workload, double[] total, double[] timeAverage, double averageTotal) implements Summarizable {

    /** The recorded samples of the second half of the path (for scatter plots of the stationary regime). */
    public StochasticPath secondHalf() {
        int from = times.length / 2;
        int to = times.length;
        return new StochasticPath(rule, scale, horizon, seed, steps, java.util.Arrays.copyOfRange(times, from, to),
                workload == null ? null : java.util.Arrays.copyOfRange(workload, from, to),
                java.util.Arrays.copyOfRange(total, from, to), timeAverage, averageTotal);
    }

    /** Backends beyond this count are not recorded per sample (only the total is). */
    public static final int MAX_RECORDED_BACKENDS = 64;

    /**
     * Simulates {@code round(horizon * c)} periods from {@code initial} (normalised workloads), recording at most
     * about {@code maxSamples} evenly spaced states.
     */
    /** Periods between two progress reports and cancellation checks (a power of two minus 1). */
    private static final long PERIODS_PER_CHECK = 255;

    public static StochasticPath simulate(BipartiteModel m, RoutingRule rule, double scale, double[] initial,
            double horizon, long seed, int maxSamples) {
        lbw.core.Check.positive("horizon", horizon);
        lbw.core.Check.positive("maxSamples", maxSamples);
        StochasticEngine e = new StochasticEngine(m, rule, scale, initial, seed);
        long steps = Math.round(horizon * scale);
        if (steps < 2) {
            throw new lbw.core.InvalidParameterException("horizon", horizon, "times the scale " + scale
                    + " gives fewer than 2 periods");
        }
        long every = Math.max(1, steps / maxSamples);
        int samples = (int) (steps / every) + 1;
        int nb = m.backends();
        boolean keep = nb <= MAX_RECORDED_BACKENDS;
        double[] times = new double[samples];
        double[][] w = keep ? new double[samples][] : null;
        double[] total = new double[samples];
        double[] sum = new double[nb];
        long from = (steps + 1) / 2;
        int s = 0;
        try (lbw.core.Work work = lbw.core.Work.start("stochastic " + rule.label() + " path at scale " + scale, steps, "periods")) {
            for (long k = 0; k <= steps; k++) {
                if (k > 0) {
                    e.step();
                }
                if ((k & PERIODS_PER_CHECK) == 0) {
                    work.advanceTo(k);
                }
                if (k >= from) {
                    for (int b = 0; b < nb; b++) {
                        sum[b] += e.workload(b);
                    }
                }
                if (k % every == 0 && s < samples) {
                    times[s] = k / scale;
                    total[s] = e.totalJobs() / scale;
                    if (keep) {
                        w[s] = e.normalized();
                    }
                    s++;
                }
            }
        }
        double count = steps - from + 1;
        double[] avg = new double[nb];
        double tot = 0;
        for (int b = 0; b < nb; b++) {
            avg[b] = sum[b] / count / scale;
            tot += avg[b];
        }
        if (s < samples) {
            times = java.util.Arrays.copyOf(times, s);
            total = java.util.Arrays.copyOf(total, s);
            if (keep) {
                w = java.util.Arrays.copyOf(w, s);
            }
        }
        return new StochasticPath(rule, scale, horizon, seed, steps, times, w, total, avg, tot);
    }

    /** The path of backend b (normalised), if recorded. */
    public double[] backend(int b) {
        if (workload == null) {
            throw new IllegalStateException("per-backend paths are recorded for at most " + MAX_RECORDED_BACKENDS
                    + " backends");
        }
        double[] out = new double[times.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = workload[i][b];
        }
        return out;
    }

    /**
     * The uniform distance to a fluid path over the recorded times: max over t and b of |N_b(t)/c - N_b(t)|
     * (the fluid path interpolated linearly between its points).
     */
    public double distanceTo(FluidPath fluid) {
        double worst = 0;
        for (int i = 0; i < times.length; i++) {
            double[] x = fluid.at(times[i]);
            for (int b = 0; b < x.length; b++) {
                worst = Math.max(worst, Math.abs(workload[i][b] - x[b]));
            }
        }
        return worst;
    }

    @Override
    public Table summary() {
        String[] name = new String[timeAverage.length];
        for (int b = 0; b < name.length; b++) {
            name[b] = "b" + (b + 1);
        }
        return Tables.of(rule.label() + " at c = " + Tables.format(scale) + ": second-half time average, total "
                + Tables.format(averageTotal), "backend", name, "timeAverage", timeAverage.clone());
    }
}
