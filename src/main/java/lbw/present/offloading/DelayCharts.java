package lbw.present.offloading;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import lbw.present.Charts;
import lbw.present.Charts.Line;
import lbw.present.Figure;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.Table;

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

    /** {@link #excess(String, Table)} of the exact curves of {@link lbw.offloading.DelayStudy#exact}. */
    public static XYChart excess(String title, lbw.offloading.Figure5Curves exact) {
        return excess(title, exact.table());
    }

    /** {@link #figure5Panels(String, Table, Table)} of the exact curves of {@link lbw.offloading.DelayStudy#exact}. */
    public static Figure figure5Panels(String title, lbw.offloading.Figure5Curves exact, Table simulated) {
        return figure5Panels(title, exact.table(), simulated);
    }

    /** {@link #figure5(String, Table, Table)} of the exact curves of {@link lbw.offloading.DelayStudy#exact}. */
    public static XYChart figure5(String title, lbw.offloading.Figure5Curves exact, Table simulated) {
        return figure5(title, exact.table(), simulated);
    }

    /** The excess mean delay of each policy over the average-cost optimum, in percent, against rho. */
    public static XYChart excess(String title, Table exact) {
        XYChart c = Charts.line(title, RHO, "excess mean delay over the optimum (%)");
        addExcess(c, exact);
        return c;
    }

    private static void addExcess(XYChart c, Table exact) {
        double[] rho = exact.doubleColumn("rho").asDoubleArray();
        double[] best = exact.doubleColumn("averageOptimal").asDoubleArray();
        String[] cols = {"optimal", "offloadOnly", "nonIdling"};
        String[] names = {"discounted-optimal (the paper's policy)", "Offload-Only", "Non-Idling"};
        int[] hues = {OPTIMAL, OFFLOAD, NON_IDLING};
        boolean[] felt = bufferFelt(exact);
        double top = 0;
        for (int k = 0; k < cols.length; k++) {
            double[] v = exact.doubleColumn(cols[k]).asDoubleArray();
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
    private static boolean[] bufferFelt(Table exact) {
        double[] off = exact.doubleColumn("offloadOnly").asDoubleArray();
        double[] mm1 = exact.doubleColumn("offloadOnlyMM1").asDoubleArray();
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
    public static XYChart figure5(String title, Table exact, Table simulated) {
        XYChart c = Charts.line(title, RHO, "mean delay (mean service times 1/mu0)");
        addDelays(c, exact, simulated);
        return c;
    }

    /** Figure 5 as two panels: the mean delays, and their excess over the optimum (where the curves separate). */
    public static Figure figure5Panels(String title, Table exact, Table simulated) {
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

    private static void addDelays(XYChart c, Table exact, Table simulated) {
        double[] rho = exact.doubleColumn("rho").asDoubleArray();
        Charts.add(c, "average-cost optimal", rho, exact.doubleColumn("averageOptimal").asDoubleArray(), OPTIMAL, Line.BAND);
        Charts.add(c, "discounted-optimal (the paper's)", rho, exact.doubleColumn("optimal").asDoubleArray(), OPTIMAL, Line.DASHED);
        double[] off = exact.doubleColumn("offloadOnly").asDoubleArray();
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
        Charts.add(c, "Non-Idling", rho, exact.doubleColumn("nonIdling").asDoubleArray(), NON_IDLING, Line.SOLID);
        if (simulated != null) {
            String[] names = {"optimal", "Offload-Only", "Non-Idling"};
            int[] hues = {OPTIMAL, OFFLOAD, NON_IDLING};
            for (int k = 0; k < names.length; k++) {
                Table t = simulated.where(simulated.stringColumn("policy").isEqualTo(names[k]));
                if (t.rowCount() == 0) {
                    continue;
                }
                XYSeries s = c.addSeries("simulated " + names[k] + " (95% CI)", t.doubleColumn("rho").asDoubleArray(),
                        t.doubleColumn("simulated").asDoubleArray(), t.doubleColumn("halfWidth").asDoubleArray());
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                s.setMarker(SeriesMarkers.CIRCLE);
                s.setMarkerColor(Charts.hue(hues[k]));
            }
        }
        c.getStyler().setErrorBarsColor(Color.DARK_GRAY);
        double top = 0;
        for (double v : exact.doubleColumn("nonIdling").asDoubleArray()) {
            top = Math.max(top, v);
        }
        for (double[] p : cut) {
            top = Math.max(top, p[1]);
        }
        c.getStyler().setYAxisMax(1.1 * top);
        c.getStyler().setYAxisMin(0.0);
    }

    /**
     * Numeric columns of a table against one numeric column, a hue and a marker each. Integer-valued data
     * (thresholds) are drawn as steps from 0 with whole-number ticks on the y axis; other data as lines through the
     * computed points. A whole-number x column gets whole-number ticks.
     */
    public static XYChart lines(String title, Table t, String x, String yTitle, String... ys) {
        XYChart c = Charts.line(title, x, yTitle);
        double[] xs = t.doubleColumn(x).asDoubleArray();
        org.knowm.xchart.style.markers.Marker[] markers = {SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE,
            SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN};
        boolean integers = true;
        double top = 0;
        List<double[][]> data = new ArrayList<>();
        for (String y : ys) {
            double[][] p = finite(xs, t.numberColumn(y).asDoubleArray());
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
                Charts.addSteps(c, ys[k], p[0], p[1], k, markers[k % markers.length]);
            } else {
                XYSeries s = Charts.add(c, ys[k], p[0], p[1], k, Line.SOLID);
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

    /** Residual against sweep on a logarithmic axis, one line per column after the first (the last as a reference if named so). */
    public static XYChart convergence(String title, Table trace) {
        XYChart c = Charts.line(title, trace.column(0).name(), "sup-norm change per sweep");
        double[] x = trace.numberColumn(0).asDoubleArray();
        double last = 0;
        for (int i = 1; i < trace.columnCount(); i++) {
            double[][] p = finite(x, trace.numberColumn(i).asDoubleArray());
            String name = trace.column(i).name();
            if (name.contains("threshold")) {
                Charts.addReference(c, name, p[0], p[1]);
            } else {
                Charts.add(c, name, p[0], p[1], i - 1, Line.SOLID);
            }
            if (p[0].length > 0) {
                last = Math.max(last, p[0][p[0].length - 1]);
            }
        }
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
