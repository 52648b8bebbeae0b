package lbw.present.setupdelays;

import java.util.ArrayList;
import java.util.List;
import lbw.present.Charts;
import lbw.present.Charts.Line;
import lbw.present.Figure;
import lbw.setupdelays.DelayTrajectory;
import lbw.setupdelays.DualSlice;
import lbw.setupdelays.FluidLimit;
import lbw.setupdelays.MyopicTrajectory;
import lbw.setupdelays.SetupDelayModel;
import lbw.setupdelays.SetupQueueTrajectory;
import lbw.setupdelays.StochasticTrajectory;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Charts for the setup-delay model: Figure 1 (a: routing rates, b: pool queues) and the studies beyond it. Every
 * chart follows {@link Charts}: a hue per rate {@code x_ij} or pool {@code j}, the myopic rule as a light band, the
 * proximal rule dashed on top, reference values dash-dotted grey.
 */
public final class SetupDelayCharts {

    private static final String TIME = "time t (mean service times)";

    private SetupDelayCharts() {
    }

    /**
     * At most this many routing rates or pools are drawn; larger systems show those largest at the end of the
     * proximal run, and the title says so.
     */
    public static final int MAX_SERIES = 8;

    /** Figure 1a: routing rates {@code x_ij(t)} of both policies (hue per x_ij; myopic band, proximal dashed). */
    public static XYChart routing(MyopicTrajectory myopic, SetupQueueTrajectory proximal) {
        double[][][] myopicRouting = myopic.routing();
        double[][][] proximalRouting = proximal.routing();
        double[] myopicTimes = myopic.times();
        double[] proximalTimes = proximal.times();
        int m = myopicRouting[0].length;
        int n = myopicRouting[0][0].length;
        double[] last = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                last[i * n + j] = proximalRouting[proximal.last()][i][j];
            }
        }
        int[] shown = largest(last, m * n <= 2 * MAX_SERIES ? m * n : MAX_SERIES);
        XYChart c = Charts.line("Figure 1a: routing rates" + subset(shown.length, m * n, "rates"), TIME,
                "routing rate x_ij (tasks per unit time)");
        for (int h = 0; h < shown.length; h++) {
            int i = shown[h] / n;
            int j = shown[h] % n;
            Charts.add(c, "x" + SetupDelayModel.pairIndex(i, j, m, n) + " myopic (9)", myopicTimes,
                    col(myopicRouting, i, j), h, Line.BAND);
        }
        for (int h = 0; h < shown.length; h++) {
            int i = shown[h] / n;
            int j = shown[h] % n;
            Charts.add(c, "x" + SetupDelayModel.pairIndex(i, j, m, n) + " proximal (26)", proximalTimes,
                    col(proximalRouting, i, j), h, Line.DASHED);
        }
        return c;
    }

    /** Figure 1b, left panel: pool queues {@code q_j(t)} of both policies with the capacities as references. */
    public static XYChart queues(MyopicTrajectory myopic, SetupQueueTrajectory proximal, double[] capacity) {
        int n = capacity.length;
        int[] shown = largest(proximal.queues()[proximal.last()], n <= 2 * MAX_SERIES ? n : MAX_SERIES);
        java.util.Arrays.sort(shown);
        XYChart c = Charts.line("Figure 1b: tasks at each pool" + subset(shown.length, n, "pools"), TIME, "tasks at pool q_j");
        addQueues(c, myopic, proximal, capacity, shown);
        return c;
    }

    /**
     * Figure 1b as two panels: the queues of both rules with the capacities, and the proximal rule's headroom
     * {@code c_j - q_j(t)}, which Theorem 6 says ends positive (the point the first panel cannot show at its scale).
     */
    public static Figure figure1b(MyopicTrajectory myopic, SetupQueueTrajectory proximal, double[] capacity) {
        XYChart left = Charts.panel("Tasks at each pool", TIME, "tasks at pool q_j");
        int[] all = java.util.stream.IntStream.range(0, capacity.length).toArray();
        addQueues(left, myopic, proximal, capacity, all);
        XYChart right = Charts.panel("Proximal rule: headroom c_j - q_j(t)", TIME, "c_j - q_j (tasks)");
        double[] t = proximal.times();
        double[][] proximalQueues = proximal.queues();
        double lo = 0;
        double hi = 0;
        for (int j = 0; j < capacity.length; j++) {
            double[] q = col(proximalQueues, j);
            double[] h = new double[q.length];
            for (int k = 0; k < q.length; k++) {
                h[k] = capacity[j] - q[k];
            }
            double end = h[h.length - 1];
            hi = Math.max(hi, end);
            lo = Math.min(lo, end);
            Charts.add(right, "pool " + (j + 1) + " (ends at " + String.format(java.util.Locale.ROOT, "%.3g", end) + ")", t, h, j, Line.DASHED);
        }
        Charts.addLevel(right, "q_j = c_j", 0, t[0], t[t.length - 1], null);
        Charts.yRange(right, Math.min(-0.25, 1.3 * lo), Math.max(1, 2.5 * hi));
        return Figure.charts("Figure 1b: tasks at each pool, and what Theorem 6 promises", 2, List.of(left, right));
    }

    private static void addQueues(XYChart c, MyopicTrajectory myopic, SetupQueueTrajectory proximal, double[] capacity,
                                  int[] shown) {
        double[] myopicTimes = myopic.times();
        double[][] myopicQueues = myopic.queues();
        double[] proximalTimes = proximal.times();
        double[][] proximalQueues = proximal.queues();
        for (int j : shown) {
            Charts.add(c, "q" + (j + 1) + " myopic", myopicTimes, col(myopicQueues, j), j, Line.BAND);
        }
        for (int j : shown) {
            Charts.add(c, "q" + (j + 1) + " proximal", proximalTimes, col(proximalQueues, j), j, Line.DASHED);
        }
        double end = Math.max(myopicTimes[myopicTimes.length - 1], proximalTimes[proximalTimes.length - 1]);
        for (int j : shown) {
            Charts.addLevel(c, "c" + (j + 1) + " = " + fmt(capacity[j]), capacity[j], 0, end, Charts.hue(j));
        }
    }

    private static String subset(int shown, int of, String what) {
        return shown < of ? " (the " + shown + " largest of " + of + " " + what + ")" : "";
    }

    /** Indices of the {@code k} largest values, largest first (all indices in order when k covers them all). */
    private static int[] largest(double[] v, int k) {
        if (k >= v.length) {
            return java.util.stream.IntStream.range(0, v.length).toArray();
        }
        return java.util.stream.IntStream.range(0, v.length).boxed()
                .sorted((a, b) -> v[a] != v[b] ? Double.compare(v[b], v[a]) : Integer.compare(a, b))
                .limit(k).mapToInt(Integer::intValue).toArray();
    }

    /** Queues of the pure-delay model (3) for several runs: hue per pool, line style per run. */
    public static XYChart delayQueues(String title, DelayTrajectory[] runs, String[] labels) {
        XYChart c = Charts.line(title, TIME, "tasks at pool q_j");
        for (int r = 0; r < runs.length; r++) {
            double[] times = runs[r].times();
            double[][] queues = runs[r].queues();
            for (int j = 0; j < queues[0].length; j++) {
                Charts.add(c, "q" + (j + 1) + ", " + labels[r], times, col(queues, j), j,
                        Line.regime(r));
            }
        }
        return c;
    }

    /** Scaled stochastic queues {@code Q_j/k} for several {@code k} (a hue each) against the fluid path (reference). */
    public static XYChart stochasticVsFluid(String title, StochasticTrajectory[] runs, double[] fluidTimes,
                                            double[][] fluidQueues, int pool) {
        XYChart c = Charts.line(title, TIME, "tasks at pool " + (pool + 1) + " per unit of scale, Q_" + (pool + 1) + "/k");
        for (int r = 0; r < runs.length; r++) {
            StochasticTrajectory s = runs[r];
            XYSeries line = Charts.add(c, "k = " + (long) s.scale(), s.times(), col(s.queues(), pool), r, Line.SOLID);
            line.setLineStyle(new java.awt.BasicStroke(r == runs.length - 1 ? 1.8f : 1.2f));
        }
        XYSeries f = Charts.addReference(c, "fluid limit", fluidTimes, col(fluidQueues, pool));
        f.setLineStyle(new java.awt.BasicStroke(2.2f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_ROUND,
                10f, new float[] {9f, 3f, 2f, 3f}, 0f));
        return c;
    }

    /** The dual (14) along one price through its maximizer, with {@code mu*_j} as a vertical reference line. */
    public static XYChart dualSlice(String title, DualSlice slice) {
        double[] d = slice.value();
        String mu = "mu_" + (slice.pool() + 1);
        XYChart c = sweep(title, mu, "D(mu)", slice.mu(), new String[] {"D"}, new double[][] {d}, false);
        Charts.addVertical(c, mu + "*", slice.optimum(), java.util.Arrays.stream(d).min().orElse(0),
                java.util.Arrays.stream(d).max().orElse(0));
        return c;
    }

    /** The fluid-limit distances against k on log-log axes: proximal, myopic, and the {@code 1/sqrt(k)} rate as a reference. */
    public static XYChart fluidLimit(String title, FluidLimit limit) {
        XYChart c = sweep(title, "k", "mean sup |Q/k - q|", limit.scales(), new String[] {"proximal", "myopic"},
                new double[][] {limit.proximal(), limit.myopic()}, true);
        Charts.addReference(c, "1/sqrt(k)", limit.scales(), limit.reference());
        c.getStyler().setYAxisLogarithmic(true);
        return c;
    }

    /** A generic x-y sweep with one line (and a marker per computed point) per series, a hue each. */
    public static XYChart sweep(String title, String xTitle, String yTitle, double[] x, String[] names, double[][] ys,
                                boolean logX) {
        XYChart c = Charts.line(title, xTitle, yTitle);
        for (int s = 0; s < names.length; s++) {
            XYSeries line = Charts.add(c, names[s], x, ys[s], s, Line.SOLID);
            line.setMarker(SeriesMarkers.CIRCLE);
            line.setMarkerColor(Charts.hue(s));
        }
        c.getStyler().setXAxisLogarithmic(logX);
        return c;
    }

    /**
     * A sweep as one panel per series, each with its own y range, so that a small change in one quantity is not
     * flattened by the scale of another (e.g. the setup cost 25.0 to 25.6 beside 49 tasks in the system).
     */
    public static Figure sweepPanels(String title, String xTitle, double[] x, String[] yTitles, double[][] ys) {
        List<XYChart> panels = new ArrayList<>();
        for (int s = 0; s < yTitles.length; s++) {
            XYChart c = Charts.panel(yTitles[s], xTitle, yTitles[s]);
            XYSeries line = Charts.add(c, yTitles[s], x, ys[s], s, Line.SOLID);
            line.setMarker(SeriesMarkers.CIRCLE);
            line.setMarkerColor(Charts.hue(s));
            c.getStyler().setLegendVisible(false);
            panels.add(c);
        }
        return Figure.charts(title, Math.min(3, panels.size()), panels);
    }

    private static String fmt(double v) {
        return lbw.present.Tables.format(v);
    }

    private static double[] col(double[][] a, int j) {
        double[] c = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            c[k] = a[k][j];
        }
        return c;
    }

    private static double[] col(double[][][] a, int i, int j) {
        double[] c = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            c[k] = a[k][i][j];
        }
        return c;
    }
}
