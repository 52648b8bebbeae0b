package lbw.present.offloading;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import lbw.offloading.ConvergenceTrace;
import lbw.offloading.Figure5Curves;
import lbw.offloading.Figure5Simulation;
import lbw.offloading.ThresholdSweep;
import lbw.offloading.ValueFunctionChecks;
import lbw.present.Charts;
import lbw.present.Charts.Line;
import lbw.present.Figure;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Figure 5 and the walkthrough's line charts, in the {@link Charts} style: a hue per policy (optimal, Offload-Only,
 * Non-Idling), the two optimality criteria as band and dashed line of the optimal hue, thresholds as integer steps.
 */
public final class DelayCharts {

    private static final int OPTIMAL = 0;
    private static final int OFFLOAD = 1;
    private static final int NON_IDLING = 2;
    private static final String RHO = "utilization rho";

    private DelayCharts() {
    }

    /** The excess mean delay of each policy over the average-cost optimum, in percent, against rho. */
    public static XYChart excess(String title, Figure5Curves exact) {
        XYChart c = Charts.line(title, RHO, "excess mean delay over the optimum (%)");
        addExcess(c, exact);
        return c;
    }

    private static void addExcess(XYChart c, Figure5Curves exact) {
        double[] rho = exact.rho();
        double[] best = exact.averageOptimal();
        double[][] curves = {exact.optimal(), exact.offloadOnly(), exact.nonIdling()};
        String[] names = {"discounted-optimal (the paper's policy)", "Offload-Only", "Non-Idling"};
        int[] hues = {OPTIMAL, OFFLOAD, NON_IDLING};
        boolean[] felt = bufferFelt(exact);
        double top = 0;
        for (int k = 0; k < curves.length; k++) {
            double[] v = curves[k];
            List<double[]> keep = new ArrayList<>();
            for (int i = 0; i < v.length; i++) {
                double pct = 100 * (v[i] - best[i]) / best[i];
                if (Double.isFinite(pct) && !(k == 1 && felt[i])) {
                    keep.add(new double[] {rho[i], pct});
                    top = Math.max(top, pct);
                }
            }
            if (!keep.isEmpty()) {
                XYSeries s = Charts.add(c, names[k], keep.stream().mapToDouble(p -> p[0]).toArray(),
                        keep.stream().mapToDouble(p -> p[1]).toArray(), hues[k], k == 0 ? Line.DASHED : Line.SOLID);
                s.setMarker(SeriesMarkers.CIRCLE);
                s.setMarkerColor(Charts.hue(hues[k]));
            }
        }
        Charts.addLevel(c, "average-cost optimum (0 %)", 0, rho[0], rho[rho.length - 1], null);
        c.getStyler().setYAxisMin(-1.0);
        c.getStyler().setYAxisMax(Math.min(40.0, Math.max(5, top * 1.1)));
    }

    /** Offload-Only loads where the truncated chain's delay is more than 1% below the M/M/1 delay (or M/M/1 is unstable). */
    private static boolean[] bufferFelt(Figure5Curves exact) {
        double[] off = exact.offloadOnly();
        double[] mm1 = exact.offloadOnlyMM1();
        boolean[] felt = new boolean[off.length];
        for (int i = 0; i < off.length; i++) {
            felt[i] = Double.isFinite(off[i]) && (!Double.isFinite(mm1[i]) || off[i] < 0.99 * mm1[i]);
        }
        return felt;
    }

    /**
     * Mean delay against rho from {@link lbw.offloading.DelayStudy#exact} (lines) and, if not null,
     * {@link lbw.offloading.DelayStudy#simulated} (points with 95% error bars). Offload-Only loads where the buffer
     * limit is felt (its truncated delay is more than 1% below the M/M/1 delay) are drawn as open squares, not as
     * part of its curve.
     */
    public static XYChart figure5(String title, Figure5Curves exact, Figure5Simulation simulated) {
        XYChart c = Charts.line(title, RHO, "mean delay (mean service times 1/mu0)");
        addDelays(c, exact, simulated);
        return c;
    }

    /** Figure 5 as two panels: the mean delays, and their excess over the optimum (where the curves separate). */
    public static Figure figure5Panels(String title, Figure5Curves exact, Figure5Simulation simulated) {
        XYChart left = tallPanel("Mean delay", "mean delay (1/mu0)");
        addDelays(left, exact, simulated);
        XYChart right = tallPanel("Excess over the average-cost optimum", "excess mean delay (%)");
        addExcess(right, exact);
        return Figure.charts(title, 2, List.of(left, right));
    }

    private static XYChart tallPanel(String title, String yTitle) {
        XYChart c = Charts.line(title, RHO, yTitle, Charts.PANEL_WIDTH, Charts.PANEL_HEIGHT + 130);
        c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
        return c;
    }

    private static void addDelays(XYChart c, Figure5Curves exact, Figure5Simulation simulated) {
        double[] rho = exact.rho();
        Charts.add(c, "average-cost optimal", rho, exact.averageOptimal(), OPTIMAL, Line.BAND);
        Charts.add(c, "discounted-optimal (the paper's)", rho, exact.optimal(), OPTIMAL, Line.DASHED);
        double[] off = exact.offloadOnly();
        boolean[] felt = bufferFelt(exact);
        List<double[]> ok = new ArrayList<>();
        List<double[]> cut = new ArrayList<>();
        for (int i = 0; i < rho.length; i++) {
            if (Double.isFinite(off[i]) && off[i] > 0) {
                (felt[i] ? cut : ok).add(new double[] {rho[i], off[i]});
            }
        }
        if (!ok.isEmpty()) {
            Charts.add(c, "Offload-Only", ok.stream().mapToDouble(p -> p[0]).toArray(), ok.stream().mapToDouble(p -> p[1]).toArray(),
                    OFFLOAD, Line.SOLID);
        }
        if (!cut.isEmpty()) {
            Charts.addPoints(c, "Offload-Only, buffer felt (truncated)", cut.stream().mapToDouble(p -> p[0]).toArray(),
                    cut.stream().mapToDouble(p -> p[1]).toArray(), Charts.hue(OFFLOAD)).setMarker(SeriesMarkers.SQUARE);
        }
        double[] non = exact.nonIdling();
        Charts.add(c, "Non-Idling", rho, non, NON_IDLING, Line.SOLID);
        if (simulated != null) {
            String[] names = {"optimal", "Offload-Only", "Non-Idling"};
            int[] hues = {OPTIMAL, OFFLOAD, NON_IDLING};
            for (int k = 0; k < names.length; k++) {
                List<Figure5Simulation.Point> t = simulated.of(names[k]);
                if (t.isEmpty()) {
                    continue;
                }
                XYSeries s = c.addSeries("simulated " + names[k] + " (" + Math.round(100 * simulated.level()) + "% CI)",
                        t.stream().mapToDouble(Figure5Simulation.Point::rho).toArray(),
                        t.stream().mapToDouble(Figure5Simulation.Point::simulated).toArray(),
                        t.stream().mapToDouble(Figure5Simulation.Point::halfWidth).toArray());
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                s.setMarker(SeriesMarkers.CIRCLE);
                s.setMarkerColor(Charts.hue(hues[k]));
            }
        }
        c.getStyler().setErrorBarsColor(Color.DARK_GRAY);
        double top = 0;
        for (double v : non) {
            top = Math.max(top, v);
        }
        for (double[] p : cut) {
            top = Math.max(top, p[1]);
        }
        c.getStyler().setYAxisMax(1.1 * top);
        c.getStyler().setYAxisMin(0.0);
    }

    /**
     * Thresholds against the varied parameter ({@link lbw.offloading.Sweeps#thresholds}): T1(0), T1(1) and T0(1) as
     * integer steps, a hue and a marker each.
     */
    public static XYChart thresholds(String title, ThresholdSweep sweep) {
        return lines(title, sweep.parameter().label(), sweep.values(), "threshold in n0",
                new String[] {"T1(0)", "T1(1)", "T0(1)"}, new double[][] {sweep.t1(0), sweep.t1(1), sweep.t0(1)});
    }

    /** Value-function slices against n0 ({@link ValueFunctionChecks#slices}), one line per slice. */
    public static XYChart valueSlices(String title, ValueFunctionChecks.Slices slices) {
        return lines(title, "n0", toDouble(slices.n0()), "V (discounted cost)", slices.labels(), slices.values());
    }

    /** What each slice adds to the first: {@code V(n0, slice) - V(n0, first slice)} against n0. */
    public static XYChart sliceDifferences(String title, ValueFunctionChecks.Slices slices) {
        int m = slices.labels().length - 1;
        String[] names = new String[m];
        double[][] v = new double[m][];
        double[][] all = slices.values();
        for (int j = 0; j < m; j++) {
            names[j] = slices.labels()[j + 1] + " - " + slices.labels()[0];
            v[j] = new double[all[0].length];
            for (int k = 0; k < v[j].length; k++) {
                v[j][k] = all[j + 1][k] - all[0][k];
            }
        }
        return lines(title, "n0", toDouble(slices.n0()), "V difference", names, v);
    }

    /** Lemma III-D's gap {@code V(n,0,1,0) - V(n,0,0,1)} against n ({@link ValueFunctionChecks#lemmaGap}). */
    public static XYChart lemmaGap(String title, ValueFunctionChecks.LemmaGap gap) {
        return lines(title, "n", toDouble(gap.n()), "value gap", new String[] {"V(n,0,1,0) - V(n,0,0,1)"},
                new double[][] {gap.gap()});
    }

    private static double[] toDouble(int[] v) {
        return java.util.Arrays.stream(v).asDoubleStream().toArray();
    }

    /**
     * Curves against one x, a hue and a marker each. Integer-valued data (thresholds) are drawn as steps from 0 with
     * whole-number ticks on the y axis; other data as lines through the computed points. Whole-number x values get
     * whole-number ticks. Points that are not finite and positive are left out.
     */
    public static XYChart lines(String title, String xTitle, double[] xs, String yTitle, String[] names, double[][] ys) {
        if (names.length != ys.length) {
            throw new IllegalArgumentException(names.length + " names for " + ys.length + " curves");
        }
        XYChart c = Charts.line(title, xTitle, yTitle);
        org.knowm.xchart.style.markers.Marker[] markers = {SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE,
            SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN};
        boolean integers = true;
        double top = 0;
        List<double[][]> data = new ArrayList<>();
        for (double[] y : ys) {
            double[][] p = finite(xs, y);
            data.add(p);
            for (double v : p[1]) {
                integers &= v == Math.rint(v);
                top = Math.max(top, v);
            }
        }
        for (int k = 0; k < ys.length; k++) {
            double[][] p = data.get(k);
            if (p[0].length == 0) {
                continue;
            }
            if (integers) {
                Charts.addSteps(c, names[k], p[0], p[1], k, markers[k % markers.length]);
            } else {
                XYSeries s = Charts.add(c, names[k], p[0], p[1], k, Line.SOLID);
                s.setMarker(markers[k % markers.length]);
                s.setMarkerColor(Charts.hue(k));
            }
        }
        if (integers) {
            Charts.yRange(c, 0, Math.max(2, Math.ceil(top) + 1));
            Charts.integerTicks(c, false);
        }
        boolean integerX = true;
        for (double v : xs) {
            integerX &= v == Math.rint(v);
        }
        if (integerX) {
            Charts.integerTicks(c, true);
        }
        return c;
    }

    /** Change per sweep of value iteration and Gauss-Seidel on a logarithmic axis, with the stopping threshold as a reference. */
    public static XYChart convergence(String title, ConvergenceTrace trace) {
        XYChart c = Charts.line(title, "sweep", "sup-norm change per sweep");
        double[] x = trace.sweeps();
        double[][] curves = {trace.valueIteration(), trace.gaussSeidel()};
        String[] names = {"value iteration", "Gauss-Seidel"};
        double last = 0;
        for (int i = 0; i < curves.length; i++) {
            double[][] p = finite(x, curves[i]);
            Charts.add(c, names[i], p[0], p[1], i, Line.SOLID);
            if (p[0].length > 0) {
                last = Math.max(last, p[0][p[0].length - 1]);
            }
        }
        double[] thr = new double[x.length];
        java.util.Arrays.fill(thr, trace.threshold());
        Charts.addReference(c, "stopping threshold", x, thr);
        c.getStyler().setYAxisLogarithmic(true);
        double step = Math.pow(10, Math.floor(Math.log10(Math.max(1, last))));
        Charts.xRange(c, 0, Math.ceil(last / step) * step);
        Charts.integerTicks(c, true);
        c.getStyler().setPlotGridVerticalLinesVisible(false);
        return c;
    }

    private static double[][] finite(double[] x, double[] y) {
        List<double[]> keep = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(y[i]) && y[i] > 0) {
                keep.add(new double[] {x[i], y[i]});
            }
        }
        double[][] out = new double[2][keep.size()];
        for (int i = 0; i < keep.size(); i++) {
            out[0][i] = keep.get(i)[0];
            out[1][i] = keep.get(i)[1];
        }
        return out;
    }
}
