package lbw.setupdelays;

import lbw.core.Copies;
import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * A sampled solution of the myopic dynamics (9).
 *
 * @param epsilon     entropy weight of the soft-min
 * @param times       sample times
 * @param queues      {@code q_j(t)}, {@code [sample][j]}
 * @param prices      {@code mu_j(q(t)) = [q_j/c_j - 1]^+}
 * @param routing     {@code x_ij(t)}, {@code [sample][i][j]}
 * @param lyapunov    {@code D(mu(q(t)))}, the Lyapunov function of Theorem 4 (non-decreasing)
 * @param evaluations right-hand-side evaluations
 * @param kinks       kink crossings ({@code q_j = c_j}) located by the event handlers
 */
public record MyopicTrajectory(double epsilon, double[] times, double[][] queues, double[][] prices,
                               double[][][] routing, double[] lyapunov, int evaluations, int kinks)
        implements Summarizable {

    /** Copies the arrays, so that the record is a value. */
    public MyopicTrajectory {
        times = times.clone();
        queues = Copies.deep(queues);
        prices = Copies.deep(prices);
        routing = Copies.deep(routing);
        lyapunov = lyapunov.clone();
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
    public double[][] prices() {
        return Copies.deep(prices);
    }

    @Override
    public double[][][] routing() {
        return Copies.deep(routing);
    }

    @Override
    public double[] lyapunov() {
        return lyapunov.clone();
    }

    /** The last sample index. */
    public int last() {
        return times.length - 1;
    }

    /** Final queues. */
    public double[] finalQueues() {
        return queues[last()].clone();
    }

    /** Final routing. */
    public double[][] finalRouting() {
        return Trajectories.copy(routing[last()]);
    }

    /** The largest decrease of the Lyapunov function between consecutive samples (zero or round-off if Theorem 4 holds). */
    public double largestLyapunovDecrease() {
        double worst = 0;
        for (int k = 1; k < lyapunov.length; k++) {
            worst = Math.max(worst, lyapunov[k - 1] - lyapunov[k]);
        }
        return worst;
    }

    /** One row per sample: t, q_j, mu_j, x_ij (up to 400 pairs), D. */
    public Table table() {
        Table t = Table.create("myopic dynamics (9), eps = " + epsilon + Trajectories.pairNote(routing));
        t.addColumns(DoubleColumn.create("t", times));
        int n = queues[0].length;
        for (int j = 0; j < n; j++) {
            t.addColumns(DoubleColumn.create("q" + (j + 1), Trajectories.column(queues, j)));
        }
        for (int j = 0; j < n; j++) {
            t.addColumns(DoubleColumn.create("mu" + (j + 1), Trajectories.column(prices, j)));
        }
        Trajectories.addPairColumns(t, "x", routing);
        t.addColumns(DoubleColumn.create("D", lyapunov));
        return t;
    }

    @Override
    public Table summary() {
        double[] q = queues[last()];
        String[] names = new String[q.length + 4];
        double[] v = new double[names.length];
        for (int j = 0; j < q.length; j++) {
            names[j] = "q" + (j + 1) + "(T)";
            v[j] = q[j];
        }
        names[q.length] = "T";
        v[q.length] = times[last()];
        names[q.length + 1] = "D(mu(q(T)))";
        v[q.length + 1] = lyapunov[last()];
        names[q.length + 2] = "largest decrease of D";
        v[q.length + 2] = largestLyapunovDecrease();
        names[q.length + 3] = "kink crossings";
        v[q.length + 3] = kinks;
        return Tables.of("myopic dynamics (9), eps = " + epsilon, "quantity", names, "value", v);
    }
}
