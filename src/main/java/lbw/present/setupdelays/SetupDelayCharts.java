package lbw.present.setupdelays;

import lbw.present.Charts;
import lbw.setupdelays.DelayTrajectory;
import lbw.setupdelays.MyopicTrajectory;
import lbw.setupdelays.SetupDelayModel;
import lbw.setupdelays.SetupQueueTrajectory;
import lbw.setupdelays.StochasticTrajectory;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

/** Charts for the setup-delay model: Figure 1 (a: routing rates, b: pool queues) and the studies beyond it. */
public final class SetupDelayCharts {

    private SetupDelayCharts() {
    }

    /**
     * At most this many routing rates or pools are drawn; larger systems show those largest at the end of the
     * proximal run, and the title says so.
     */
    public static final int MAX_SERIES = 8;

    /** Figure 1a: routing rates {@code x_ij(t)} of both policies (myopic solid, proximal dashed). */
    public static XYChart routing(MyopicTrajectory myopic, SetupQueueTrajectory proximal) {
        int m = myopic.routing()[0].length;
        int n = myopic.routing()[0][0].length;
        double[] last = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                last[i * n + j] = proximal.routing()[proximal.last()][i][j];
            }
        }
        int[] shown = largest(last, m * n <= 2 * MAX_SERIES ? m * n : MAX_SERIES);
        XYChart c = Charts.line("Figure 1a: routing rates" + subset(shown.length, m * n, "rates"), "t", "x_ij(t)");
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        for (int k : shown) {
            int i = k / n;
            int j = k % n;
            Charts.addLine(c, "myopic x" + SetupDelayModel.pairIndex(i, j, m, n), myopic.times(),
                    col(myopic.routing(), i, j));
        }
        for (int k : shown) {
            int i = k / n;
            int j = k % n;
            dashed(c, "proximal x" + SetupDelayModel.pairIndex(i, j, m, n), proximal.times(),
                    col(proximal.routing(), i, j));
        }
        return c;
    }

    /** Figure 1b: pool queues {@code q_j(t)} of both policies, with the capacities dotted. */
    public static XYChart queues(MyopicTrajectory myopic, SetupQueueTrajectory proximal, double[] capacity) {
        int n = capacity.length;
        int[] shown = largest(proximal.queues()[proximal.last()], n <= 2 * MAX_SERIES ? n : MAX_SERIES);
        XYChart c = Charts.line("Figure 1b: tasks at each pool" + subset(shown.length, n, "pools"), "t", "q_j(t)");
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        if (shown.length < n) {
            java.util.Arrays.sort(shown);
        }
        for (int j : shown) {
            Charts.addLine(c, "myopic q" + (j + 1), myopic.times(), col(myopic.queues(), j));
        }
        for (int j : shown) {
            dashed(c, "proximal q" + (j + 1), proximal.times(), col(proximal.queues(), j));
        }
        double[] t = {0, myopic.times()[myopic.times().length - 1]};
        for (int j : shown) {
            Charts.addDashed(c, "c" + (j + 1), t, new double[] {capacity[j], capacity[j]});
        }
        return c;
    }

    private static String subset(int shown, int of, String what) {
        return shown < of ? " (the " + shown + " largest of " + of + " " + what + ")" : "";
    }

    /** Indices of the {@code k} largest values, largest first (all indices in order when k covers them all). */
    private static int[] largest(double[] v, int k) {
        if (k >= v.length) {
            int[] all = new int[v.length];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return all;
        }
        return java.util.stream.IntStream.range(0, v.length).boxed()
                .sorted((a, b) -> v[a] != v[b] ? Double.compare(v[b], v[a]) : Integer.compare(a, b))
                .limit(k).mapToInt(Integer::intValue).toArray();
    }

    /** Queues of the pure-delay model (3) for several runs, with the equilibrium queues dashed. */
    public static XYChart delayQueues(String title, DelayTrajectory[] runs, String[] labels) {
        XYChart c = Charts.line(title, "t", "q_j(t)");
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        for (int r = 0; r < runs.length; r++) {
            for (int j = 0; j < runs[r].queues()[0].length; j++) {
                Charts.addLine(c, labels[r] + " q" + (j + 1), runs[r].times(), col(runs[r].queues(), j));
            }
        }
        return c;
    }

    /** Scaled stochastic queues {@code Q_j/k} for several {@code k} against the fluid path (dashed). */
    public static XYChart stochasticVsFluid(String title, StochasticTrajectory[] runs, double[] fluidTimes,
                                            double[][] fluidQueues, int pool) {
        XYChart c = Charts.line(title, "t", "q_" + (pool + 1) + "(t)");
        for (StochasticTrajectory s : runs) {
            Charts.addLine(c, "k = " + (long) s.scale(), s.times(), col(s.queues(), pool));
        }
        dashed(c, "fluid", fluidTimes, col(fluidQueues, pool));
        return c;
    }

    /** A generic x-y sweep with one line per series (e.g. the c~ trade-off or the eps sweep). */
    public static XYChart sweep(String title, String xTitle, String yTitle, double[] x, String[] names, double[][] ys,
                                boolean logX) {
        XYChart c = Charts.line(title, xTitle, yTitle);
        for (int s = 0; s < names.length; s++) {
            Charts.addLine(c, names[s], x, ys[s]);
        }
        c.getStyler().setXAxisLogarithmic(logX);
        return c;
    }

    /**
     * A dashed series thinned to at most {@value #DASHED_POINTS} points: a dash pattern restarts on every segment,
     * so densely sampled dashed lines would otherwise look solid.
     */
    private static void dashed(XYChart c, String name, double[] x, double[] y) {
        int stride = Math.max(1, (x.length + DASHED_POINTS - 1) / DASHED_POINTS);
        int k = (x.length - 1) / stride + 1 + ((x.length - 1) % stride == 0 ? 0 : 1);
        double[] xs = new double[k];
        double[] ys = new double[k];
        int s = 0;
        for (int i = 0; i < x.length; i += stride) {
            xs[s] = x[i];
            ys[s++] = y[i];
        }
        if (s < k) {
            xs[s] = x[x.length - 1];
            ys[s] = y[y.length - 1];
        }
        Charts.addDashed(c, name, xs, ys);
    }

    private static final int DASHED_POINTS = 80;

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
