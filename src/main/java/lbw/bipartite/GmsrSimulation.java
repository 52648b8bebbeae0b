package lbw.bipartite;

/**
 * Simulates the stochastic system of Sections 3-5 at scale c under a routing rule (GMSR or one of the comparison
 * rules) with {@link StochasticEngine}, and records the path as a {@link StochasticPath}.
 */
public final class GmsrSimulation {

    /** Backends beyond this count are not recorded per sample (only the total is). */
    public static final int MAX_RECORDED_BACKENDS = 64;

    /**
     * @param scale      the scale c (a period has physical length 1 / c)
     * @param horizon    physical time simulated: {@code round(horizon * c)} periods
     * @param seed       seed of the three random streams
     * @param maxSamples about how many evenly spaced states are recorded
     */
    public record Options(double scale, double horizon, long seed, int maxSamples) {
        public Options {
            lbw.core.Check.positive("scale", scale);
            lbw.core.Check.positive("horizon", horizon);
            lbw.core.Check.positive("maxSamples", maxSamples);
            if (Math.round(horizon * scale) < 2) {
                throw new lbw.core.InvalidParameterException("horizon", horizon, "times the scale " + scale
                        + " gives fewer than 2 periods");
            }
        }

        /** These options with another seed. */
        public Options withSeed(long s) {
            return new Options(scale, horizon, s, maxSamples);
        }
    }

    /** Periods between two progress reports and cancellation checks (a power of two minus 1). */
    private static final long PERIODS_PER_CHECK = 255;

    private GmsrSimulation() {
    }

    /**
     * Simulates {@code round(horizon * c)} periods from {@code initial} (normalised workloads N_b / c), recording at
     * most about {@code maxSamples} evenly spaced states; per-backend paths only for at most
     * {@link #MAX_RECORDED_BACKENDS} backends.
     */
    public static StochasticPath run(BipartiteModel m, RoutingRule rule, double[] initial, Options o) {
        return simulate(Regimes.single(m, o.horizon()), rule, initial, o);
    }

    /**
     * Simulates a changing system: the periods that start at or after a regime's start (period {@code round(t c)}
     * for a change at t) run under that regime's model; the jobs in the system and the random streams carry over
     * ({@link StochasticEngine#continued}). The time average is over the second half of the last regime's periods.
     * The options' horizon must be the regimes' horizon.
     */
    public static StochasticPath run(Regimes regimes, RoutingRule rule, double[] initial, Options o) {
        if (o.horizon() != regimes.horizon()) {
            throw new lbw.core.InvalidParameterException("horizon", o.horizon(), "must be the regimes' horizon "
                    + regimes.horizon());
        }
        long lastStart = Math.round(regimes.last().start() * o.scale());
        if (Math.round(o.horizon() * o.scale()) - lastStart < 2) {
            throw new lbw.core.InvalidParameterException("scale", o.scale(), "leaves fewer than 2 periods in the "
                    + "last regime [" + Regimes.num(regimes.last().start()) + ", " + Regimes.num(regimes.horizon())
                    + "]");
        }
        return simulate(regimes, rule, initial, o);
    }

    private static StochasticPath simulate(Regimes regimes, RoutingRule rule, double[] initial, Options o) {
        double scale = o.scale();
        BipartiteModel m = regimes.get(0).model();
        StochasticEngine e = new StochasticEngine(m, rule, scale, initial, o.seed());
        long steps = Math.round(o.horizon() * scale);
        long[] switchAt = new long[regimes.count()];
        for (int r = 1; r < switchAt.length; r++) {
            switchAt[r] = Math.round(regimes.get(r).start() * scale);
        }
        int next = 1;
        long every = Math.max(1, steps / o.maxSamples());
        int samples = (int) (steps / every) + 1;
        int nb = m.backends();
        boolean keep = nb <= MAX_RECORDED_BACKENDS;
        double[] times = new double[samples];
        double[][] w = new double[keep ? samples : 0][];
        double[] total = new double[samples];
        double[] sum = new double[nb];
        long lastStart = Math.min(steps, switchAt[switchAt.length - 1]);
        long from = lastStart + (steps - lastStart + 1) / 2;
        int s = 0;
        try (lbw.core.Work work = lbw.core.Work.start("stochastic " + rule.label() + " path at scale " + scale, steps,
                "periods")) {
            for (long k = 0; k <= steps; k++) {
                if (k > 0) {
                    while (next < switchAt.length && switchAt[next] <= k - 1) {
                        e = StochasticEngine.continued(regimes.get(next++).model(), e);
                    }
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
        return new StochasticPath(rule, scale, o.horizon(), o.seed(), steps, times, w, total, avg, tot);
    }
}
