package lbw.present.setupdelays;

import java.util.List;
import lbw.present.Charts;
import lbw.setupdelays.FullLoad;
import lbw.setupdelays.HardSwitching;
import lbw.setupdelays.MyopicTrajectory;
import lbw.setupdelays.RandomInstanceStudy;
import lbw.setupdelays.UntightenedDynamics;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

/**
 * Charts for the setup-delay studies past Figure 1: the untightened dynamics, Lyapunov functions, the hard rule,
 * the full-load border case and the random-instance study.
 */
public final class BeyondCharts {

    private BeyondCharts() {
    }

    /** Pool queue {@code q_pool(t)} of every run: untightened (24) solid, tightened (26) dashed, capacity dashed. */
    public static XYChart untightenedQueues(UntightenedDynamics.Study study, int pool, double capacity) {
        XYChart c = Charts.line("Pool " + (pool + 1) + ": queues under (24) with c and (26) with c~", "t",
                "q_" + (pool + 1) + "(t), tasks");
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        double tEnd = 0;
        List<String> starts = new java.util.ArrayList<>();
        for (UntightenedDynamics.Run r : study.runs()) {
            double[] t = r.trajectory().times();
            tEnd = t[t.length - 1];
            String start = vector(r.initialQueues());
            if (!starts.contains(start)) {
                starts.add(start);
            }
            String name = r.label() + ", q(0) = " + start;
            double[] q = column(r.trajectory().queues(), pool);
            // one hue per start; (24) with c as the band, (26) with c~ dashed on top
            Charts.add(c, name, t, q, starts.indexOf(start), r.label().equals("c") ? Charts.Line.BAND : Charts.Line.DASHED);
        }
        Charts.addLevel(c, "capacity c_" + (pool + 1), capacity, 0, tEnd, null);
        return c;
    }

    /** Lyapunov functions {@code V(t)} on a log scale, one line per run. */
    public static XYChart lyapunov(String title, List<double[]> times, List<double[]> values, List<String> labels) {
        XYChart c = Charts.line(title, "t", "V(Z(t), nu(t))");
        c.getStyler().setYAxisLogarithmic(true);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        for (int k = 0; k < times.size(); k++) {
            double[] v = values.get(k).clone();
            for (int s = 0; s < v.length; s++) {
                v[s] = Math.max(v[s], 1e-14);
            }
            Charts.addLine(c, labels.get(k), times.get(k), v);
        }
        return c;
    }

    /**
     * The hard rule (5) against soft-min runs: {@code q_pool(t)}, with the LP equilibrium queue of Theorem 2 at
     * {@code eps = 0} dashed.
     */
    public static XYChart hardRule(HardSwitching.Trajectory hard, List<MyopicTrajectory> soft, int pool,
                                   double lpQueue) {
        XYChart c = Charts.line("Pool " + (pool + 1) + ": hard rule (5) against the soft-min (9)", "t",
                "q_" + (pool + 1) + "(t), tasks");
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        Charts.addLine(c, "hard rule, Euler h = " + hard.step(), hard.times(), column(hard.queues(), pool));
        for (MyopicTrajectory t : soft) {
            Charts.addLine(c, "soft-min eps = " + t.epsilon(), t.times(), column(t.queues(), pool));
        }
        double end = hard.times()[hard.last()];
        Charts.addDashed(c, "LP equilibrium (eps = 0)", new double[] {0, end}, new double[] {lpQueue, lpQueue});
        return c;
    }

    /** Full-load runs: every pool's queue, one line style per run. */
    public static XYChart fullLoad(List<FullLoad.Run> runs, List<String> labels) {
        XYChart c = Charts.line("Full load (sum r = sum c): where the myopic dynamics (9) end", "t", "q_j(t), tasks");
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        for (int k = 0; k < runs.size(); k++) {
            FullLoad.Run r = runs.get(k);
            double[] times = r.times();
            double[][] queues = r.queues();
            for (int j = 0; j < queues[0].length; j++) {
                String name = labels.get(k) + ": q" + (j + 1);
                // one hue per pool, one line style per run
                Charts.add(c, name, times, column(queues, j), j, Charts.Line.regime(k));
            }
        }
        return c;
    }

    /** Settling times of (9) and (26) per instance (log scale), with the checkpoint time dashed. */
    public static XYChart settlingTimes(List<RandomInstanceStudy.Row> rows, double checkpoint) {
        XYChart c = Charts.line("Random instances: time to settle within tolerance", "instance",
                "settling time (log scale)");
        c.getStyler().setYAxisLogarithmic(true);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        double[] x = new double[rows.size()];
        double[] my = new double[rows.size()];
        double[] pr = new double[rows.size()];
        for (int k = 0; k < rows.size(); k++) {
            x[k] = k;
            my[k] = Math.max(rows.get(k).myopicSettling(), 1e-1);
            pr[k] = Math.max(rows.get(k).proximalSettling(), 1e-1);
        }
        Charts.addPoints(c, "myopic (9)", x, my);
        Charts.addPoints(c, "proximal (26)", x, pr);
        Charts.addDashed(c, "t = " + checkpoint, new double[] {0, Math.max(1, rows.size() - 1)},
                new double[] {checkpoint, checkpoint});
        return c;
    }

    /** Price of anarchy of the myopic rule against the load, one point per instance. */
    public static XYChart priceOfAnarchy(List<RandomInstanceStudy.Row> rows) {
        XYChart c = Charts.line("Random instances: price of anarchy of the myopic rule", "load sum r / sum c",
                "(tasks in setup + waiting) / LP tasks in setup");
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        double[] x = new double[rows.size()];
        double[] y = new double[rows.size()];
        for (int k = 0; k < rows.size(); k++) {
            x[k] = rows.get(k).load();
            y[k] = rows.get(k).priceOfAnarchy();
        }
        Charts.addPoints(c, "one instance", x, y);
        return c;
    }

    private static double[] column(double[][] rows, int j) {
        double[] v = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            v[k] = rows[k][j];
        }
        return v;
    }

    private static String vector(double[] v) {
        StringBuilder sb = new StringBuilder("(");
        for (int j = 0; j < v.length; j++) {
            sb.append(j == 0 ? "" : ", ").append(v[j] == Math.rint(v[j]) ? Long.toString((long) v[j]) : v[j]);
        }
        return sb.append(')').toString();
    }
}
