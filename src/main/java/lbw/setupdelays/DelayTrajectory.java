package lbw.setupdelays;

import lbw.core.Copies;
import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * A sampled solution of the pure-delay model (3) under the myopic rule.
 *
 * @param epsilon  soft-min weight
 * @param delayScale the setup times used are {@code delayScale * tau}
 * @param times    sample times
 * @param queues   {@code q_j(t)}
 * @param routing  rates decided at {@code t}, {@code x_ij(t) = r_i delta_ij(mu(q(t)))}
 * @param steps    Runge-Kutta steps
 * @param step     step size
 */
public record DelayTrajectory(double epsilon, double delayScale, double[] times, double[][] queues,
                              double[][][] routing, long steps, double step) implements Summarizable {

    /** Copies the arrays, so that the record is a value. */
    public DelayTrajectory {
        times = times.clone();
        queues = Copies.deep(queues);
        routing = Copies.deep(routing);
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
    public double[][][] routing() {
        return Copies.deep(routing);
    }

    public int last() {
        return times.length - 1;
    }

    /** Peak-to-peak range of {@code q_j} over the final {@code fraction} of the horizon, maximized over pools. */
    public double lateAmplitude(double fraction) {
        double from = times[last()] * (1 - fraction);
        double worst = 0;
        for (int j = 0; j < queues[0].length; j++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < times.length; k++) {
                if (times[k] >= from) {
                    lo = Math.min(lo, queues[k][j]);
                    hi = Math.max(hi, queues[k][j]);
                }
            }
            worst = Math.max(worst, hi - lo);
        }
        return worst;
    }

    /** Largest {@code |q_j(t) - qStar_j|} over the final {@code fraction} of the horizon. */
    public double lateDistance(double[] qStar, double fraction) {
        double from = times[last()] * (1 - fraction);
        double worst = 0;
        for (int k = 0; k < times.length; k++) {
            if (times[k] >= from) {
                worst = Math.max(worst, Trajectories.maxAbsDiff(queues[k], qStar));
            }
        }
        return worst;
    }

    public Table table() {
        Table t = Table.create("pure-delay model (3), eps = " + epsilon + ", delays x" + delayScale
                + Trajectories.pairNote(routing));
        t.addColumns(DoubleColumn.create("t", times));
        for (int j = 0; j < queues[0].length; j++) {
            t.addColumns(DoubleColumn.create("q" + (j + 1), Trajectories.column(queues, j)));
        }
        Trajectories.addPairColumns(t, "x", routing);
        return t;
    }

    @Override
    public Table summary() {
        return Tables.of("pure-delay model (3), eps = " + epsilon + ", delays x" + delayScale, "quantity",
                new String[] {"T", "step", "late amplitude (last 25%)"},
                "value", new double[] {times[last()], step, lateAmplitude(0.25)});
    }
}
