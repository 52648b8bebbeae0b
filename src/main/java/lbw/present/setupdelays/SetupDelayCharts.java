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

    /** Figure 1a: routing rates {@code x_ij(t)} of both policies (myopic solid, proximal dashed). */
    public static XYChart routing(MyopicTrajectory myopic, SetupQueueTrajectory proximal) {
        XYChart c = Charts.line("Figure 1a: routing rates", "t", "x_ij(t)");
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        int m = myopic.routing()[0].length;
        int n = myopic.routing()[0][0].length;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                Charts.addLine(c, "myopic x" + SetupDelayModel.pairIndex(i, j, m, n), myopic.times(), col(myopic.routing(), i, j));
            }
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                dashed(c, "proximal x" + SetupDelayModel.pairIndex(i, j, m, n), proximal.times(), col(proximal.routing(), i, j));
            }
        }
        return c;
    }

    /** Figure 1b: pool queues {@code q_j(t)} of both policies, with the capacities dotted. */
    public static XYChart queues(MyopicTrajectory myopic, SetupQueueTrajectory proximal, double[] capacity) {
        XYChart c = Charts.line("Figure 1b: tasks at each pool", "t", "q_j(t)");
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        int n = capacity.length;
        for (int j = 0; j < n; j++) {
            Charts.addLine(c, "myopic q" + (j + 1), myopic.times(), col(myopic.queues(), j));
        }
        for (int j = 0; j < n; j++) {
            dashed(c, "proximal q" + (j + 1), proximal.times(), col(proximal.queues(), j));
        }
        double[] t = {0, myopic.times()[myopic.times().length - 1]};
        for (int j = 0; j < n; j++) {
            Charts.addDashed(c, "c" + (j + 1), t, new double[] {capacity[j], capacity[j]});
        }
        return c;
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
