package lbw.setupdelays;

import lbw.core.Copies;
import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * A sample path of the finite stochastic system, scaled by {@code 1/k} so it can be laid over the fluid model.
 *
 * @param policy  "myopic" or "proximal"
 * @param scale   the system size {@code k} (rates and capacities times {@code k})
 * @param seed    the random seed
 * @param times   sample times
 * @param queues  {@code Q_j(t) / k}
 * @param setup   {@code Z_ij(t) / k} (zero for the myopic system, which has no setup stage)
 * @param prices  {@code nu_j(t)} (virtual queue / k) or {@code mu_j(Q/k)}
 * @param events  number of simulated transitions
 */
public record StochasticTrajectory(String policy, double scale, long seed, double[] times, double[][] queues,
                                   double[][][] setup, double[][] prices, long events) implements Summarizable {

    /** Copies the arrays, so that the record is a value. */
    public StochasticTrajectory {
        times = times.clone();
        queues = Copies.deep(queues);
        setup = Copies.deep(setup);
        prices = Copies.deep(prices);
    }

    @Override
    public double[] times() {
        return times.clone();
    }

    @Override
    public double[][] queues() {
        return Copies.deep(queues);
    }

    @Override
    public double[][][] setup() {
        return Copies.deep(setup);
    }

    @Override
    public double[][] prices() {
        return Copies.deep(prices);
    }

    /** {@code max_t max_j |Q_j/k - q_j|} against a fluid path sampled at the same times. */
    public double supDistance(double[][] fluidQueues) {
        int k = Math.min(fluidQueues.length, queues.length);
        double d = 0;
        for (int s = 0; s < k; s++) {
            d = Math.max(d, Trajectories.maxAbsDiff(queues[s], fluidQueues[s]));
        }
        return d;
    }

    /**
     * Time average over samples with {@code t >= from} of the scaled number of waiting tasks
     * {@code sum_j [Q_j/k - c_j]^+} (tasks that found every server of their pool busy).
     */
    public double meanWaiting(double[] capacity, double from) {
        double s = 0;
        int count = 0;
        for (int k = 0; k < times.length; k++) {
            if (times[k] >= from) {
                for (int j = 0; j < capacity.length; j++) {
                    s += Math.max(0.0, queues[k][j] - capacity[j]);
                }
                count++;
            }
        }
        return count == 0 ? Double.NaN : s / count;
    }

    /** Time average over samples with {@code t >= from} of the scaled number of tasks in setup. */
    public double meanInSetup(double from) {
        double s = 0;
        int count = 0;
        for (int k = 0; k < times.length; k++) {
            if (times[k] >= from) {
                for (double[] row : setup[k]) {
                    for (double v : row) {
                        s += v;
                    }
                }
                count++;
            }
        }
        return count == 0 ? Double.NaN : s / count;
    }

    public Table table() {
        Table t = Table.create(policy + " stochastic system, k = " + scale);
        t.addColumns(DoubleColumn.create("t", times));
        for (int j = 0; j < queues[0].length; j++) {
            t.addColumns(DoubleColumn.create("q" + (j + 1), Trajectories.column(queues, j)));
        }
        return t;
    }

    @Override
    public Table summary() {
        double[] q = queues[times.length - 1];
        String[] names = new String[q.length + 3];
        double[] v = new double[names.length];
        for (int j = 0; j < q.length; j++) {
            names[j] = "Q" + (j + 1) + "(T)/k";
            v[j] = q[j];
        }
        names[q.length] = "k";
        v[q.length] = scale;
        names[q.length + 1] = "seed";
        v[q.length + 1] = seed;
        names[q.length + 2] = "transitions";
        v[q.length + 2] = events;
        return Tables.of(policy + " stochastic system", "quantity", names, "value", v);
    }
}
