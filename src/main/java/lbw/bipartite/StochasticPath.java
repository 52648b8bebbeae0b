package lbw.bipartite;

import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * A simulated path of the stochastic system at scale c (from {@link GmsrSimulation}): sampled physical times
 * {@code t = n / c}, the normalised workloads {@code N_b / c} at those times (recorded only for at most
 * {@link GmsrSimulation#MAX_RECORDED_BACKENDS} backends: see {@link #hasBackendPaths()}), the normalised total, and
 * the time average of {@code N_b / c} over the second half of the horizon (states {@code n = ceil(steps / 2) ..
 * steps}).
 *
 * @param workload the recorded states, one row per sample; no rows when per-backend paths were not recorded
 */
public record StochasticPath(RoutingRule rule, double scale, double horizon, long seed, long steps, double[] times,
        double[][] workload, double[] total, double[] timeAverage, double averageTotal) implements Summarizable {

    /** Copies the arrays, so that the record is a value. */
    public StochasticPath {
        times = times.clone();
        workload = lbw.core.Copies.deep(workload);
        total = total.clone();
        timeAverage = timeAverage.clone();
    }

    /** Whether the per-backend states were recorded (at most {@link GmsrSimulation#MAX_RECORDED_BACKENDS}). */
    public boolean hasBackendPaths() {
        return workload.length == times.length;
    }

    @Override
    public double[] times() {
        return times.clone();
    }

    /** The recorded states N_b(t) / c, one row per sample (see {@link #hasBackendPaths()}). */
    @Override
    public double[][] workload() {
        requirePaths();
        return lbw.core.Copies.deep(workload);
    }

    @Override
    public double[] total() {
        return total.clone();
    }

    @Override
    public double[] timeAverage() {
        return timeAverage.clone();
    }

    private void requirePaths() {
        if (!hasBackendPaths()) {
            throw new IllegalStateException("per-backend paths are recorded for at most "
                    + GmsrSimulation.MAX_RECORDED_BACKENDS + " backends; this system has " + timeAverage.length);
        }
    }

    /** The recorded samples of the second half of the path (for scatter plots of the stationary regime). */
    public StochasticPath secondHalf() {
        int from = times.length / 2;
        int to = times.length;
        return new StochasticPath(rule, scale, horizon, seed, steps, java.util.Arrays.copyOfRange(times, from, to),
                hasBackendPaths() ? java.util.Arrays.copyOfRange(workload, from, to) : workload,
                java.util.Arrays.copyOfRange(total, from, to), timeAverage, averageTotal);
    }

    /** The path of backend b (normalised), if recorded. */
    public double[] backend(int b) {
        requirePaths();
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
        requirePaths();
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
