package lbw.setupdelays;

import lbw.core.Copies;
import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * A sampled solution of the setup-queue model (19)-(20) under a routing policy.
 *
 * @param policy      "proximal" (dynamics (26)) or "myopic" (rule (9b)-(9c) on the setup-queue model)
 * @param times       sample times
 * @param queues      pool queues {@code q_j(t)}
 * @param setup       setup queues {@code z_ij(t)}
 * @param routing     routing rates {@code x_ij(t)}
 * @param prices      the price each policy routes on: virtual queues {@code nu_j} (proximal) or {@code mu_j(q)} (myopic)
 * @param evaluations right-hand-side evaluations
 * @param events      queue-kink events handled
 * @param virtualQueueUndershoot largest {@code -nu_j} of the integrated virtual-queue state at the samples (the
 *                    prices reported and routed on are {@code nu^+}); zero for the myopic policy
 */
public record SetupQueueTrajectory(String policy, double[] times, double[][] queues, double[][][] setup,
                                   double[][][] routing, double[][] prices, int evaluations, int events,
                                   double virtualQueueUndershoot)
        implements Summarizable {

    /** Copies the arrays, so that the record is a value. */
    public SetupQueueTrajectory {
        times = times.clone();
        queues = Copies.deep(queues);
        setup = Copies.deep(setup);
        routing = Copies.deep(routing);
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
    public double[][][] routing() {
        return Copies.deep(routing);
    }

    @Override
    public double[][] prices() {
        return Copies.deep(prices);
    }

    public int last() {
        return times.length - 1;
    }

    public double[] finalQueues() {
        return queues[last()].clone();
    }

    public double[][] finalRouting() {
        return Trajectories.copy(routing[last()]);
    }

    public double[] finalPrices() {
        return prices[last()].clone();
    }

    /** Tasks in setup {@code sum_ij z_ij} at sample {@code k}. */
    public double tasksInSetup(int k) {
        double s = 0;
        for (double[] row : setup[k]) {
            for (double v : row) {
                s += v;
            }
        }
        return s;
    }

    /** Smallest price over the whole trajectory. */
    public double smallestPrice() {
        double min = Double.POSITIVE_INFINITY;
        for (double[] p : prices) {
            for (double v : p) {
                min = Math.min(min, v);
            }
        }
        return min;
    }

    /** One row per sample: t, q_j, price_j, x_ij and z_ij (up to 400 pairs). */
    public Table table() {
        Table t = Table.create(policy + " routing on the setup-queue model" + Trajectories.pairNote(routing));
        t.addColumns(DoubleColumn.create("t", times));
        int n = queues[0].length;
        for (int j = 0; j < n; j++) {
            t.addColumns(DoubleColumn.create("q" + (j + 1), Trajectories.column(queues, j)));
        }
        for (int j = 0; j < n; j++) {
            t.addColumns(DoubleColumn.create((policy.equals("proximal") ? "nu" : "mu") + (j + 1),
                    Trajectories.column(prices, j)));
        }
        Trajectories.addPairColumns(t, "x", routing);
        Trajectories.addPairColumns(t, "z", setup);
        return t;
    }

    @Override
    public Table summary() {
        double[] q = queues[last()];
        double[] p = prices[last()];
        String[] names = new String[2 * q.length + 3];
        double[] v = new double[names.length];
        for (int j = 0; j < q.length; j++) {
            names[j] = "q" + (j + 1) + "(T)";
            v[j] = q[j];
            names[q.length + j] = (policy.equals("proximal") ? "nu" : "mu") + (j + 1) + "(T)";
            v[q.length + j] = p[j];
        }
        names[2 * q.length] = "T";
        v[2 * q.length] = times[last()];
        names[2 * q.length + 1] = "tasks in setup at T";
        v[2 * q.length + 1] = tasksInSetup(last());
        names[2 * q.length + 2] = "events";
        v[2 * q.length + 2] = events;
        return Tables.of(policy + " routing, setup-queue model", "quantity", names, "value", v);
    }
}
