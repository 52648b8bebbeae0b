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

    /**
     * The recorded path at the given increasing times: {@code [b][k]} is backend b's normalised workload at the last
     * recorded time at or before {@code t[k]} (the state the system is in at t[k] when records are every period).
     */
    public double[][] sampledAt(double[] t) {
        requirePaths();
        int nb = timeAverage.length;
        double[][] out = new double[nb][t.length];
        int j = 0;
        for (int k = 0; k < t.length; k++) {
            if (k > 0 && t[k] < t[k - 1]) {
                throw new IllegalArgumentException("t[" + k + "] = " + t[k] + ": times must increase");
            }
            while (j + 1 < times.length && times[j + 1] <= t[k] * (1 + 1e-12)) {
                j++;
            }
            for (int b = 0; b < nb; b++) {
                out[b][k] = workload[j][b];
            }
        }
        return out;
    }

    /**
     * The mean of the recorded states N_b / c with {@code from <= t <= to}, per backend (a window's time average
     * when the samples are evenly spaced, as {@link GmsrSimulation} records them).
     */
    public double[] averageOver(double from, double to) {
        requirePaths();
        double[] out = new double[timeAverage.length];
        int n = 0;
        for (int i = 0; i < times.length; i++) {
            if (times[i] >= from && times[i] <= to) {
                n++;
                for (int b = 0; b < out.length; b++) {
                    out[b] += workload[i][b];
                }
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("[" + from + ", " + to + "]: no recorded state in this window");
        }
        for (int b = 0; b < out.length; b++) {
            out[b] /= n;
        }
        return out;
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
