package lbw.present.offloading;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import lbw.present.Charts;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.Table;

/** Figure 5 and the walkthrough's line charts. */
public final class DelayCharts {

    private static final Color OPTIMAL = new Color(0x1F77B4);
    private static final Color AVERAGE = new Color(0x17BECF);
    private static final Color OFFLOAD = new Color(0x9467BD);
    private static final Color NON_IDLING = new Color(0x2CA02C);

    private DelayCharts() {
    }

    /** {@link #excess(String, Table)} of the exact curves of {@link lbw.offloading.DelayStudy#exact}. */
    public static XYChart excess(String title, lbw.offloading.Figure5Curves exact) {
        return excess(title, exact.table());
    }

    /** {@link #figure5(String, Table, Table)} of the exact curves of {@link lbw.offloading.DelayStudy#exact}. */
    public static XYChart figure5(String title, lbw.offloading.Figure5Curves exact, Table simulated) {
        return figure5(title, exact.table(), simulated);
    }

    /** The excess mean delay of each policy over the average-cost optimum, in percent, against rho. */
    public static XYChart excess(String title, Table exact) {
        XYChart c = Charts.line(title, "utilization rho", "excess delay over the optimum (%)");
        double[] rho = exact.doubleColumn("rho").asDoubleArray();
        double[] best = exact.doubleColumn("averageOptimal").asDoubleArray();
        String[] cols = {"optimal", "offloadOnly", "nonIdling"};
        String[] names = {"discounted-optimal (paper's policy)", "Offload-Only", "Non-Idling"};
        Color[] colors = {OPTIMAL, OFFLOAD, NON_IDLING};
        for (int k = 0; k < cols.length; k++) {
            double[] v = exact.doubleColumn(cols[k]).asDoubleArray();
            double[] pct = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                pct[i] = 100 * (v[i] - best[i]) / best[i];
            }
            List<double[]> keep = new ArrayList<>();
            for (int i = 0; i < v.length; i++) {
                if (Double.isFinite(pct[i])) {
                    keep.add(new double[] {rho[i], pct[i]});
                }
            }
            double[] x = keep.stream().mapToDouble(p -> p[0]).toArray();
            double[] y = keep.stream().mapToDouble(p -> p[1]).toArray();
            if (x.length > 0) {
                XYSeries s = Charts.addLine(c, names[k], x, y);
                s.setLineColor(colors[k]);
                s.setMarker(SeriesMarkers.CIRCLE);
                s.setMarkerColor(colors[k]);
            }
        }
        c.getStyler().setYAxisMax(40.0);
        c.getStyler().setYAxisMin(-1.0);
        return c;
    }

    /**
     * Mean delay against rho from {@link lbw.offloading.DelayStudy#exact} (lines) and, if not null,
     * {@link lbw.offloading.DelayStudy#simulated} (points with 95% error bars).
     */
    public static XYChart figure5(String title, Table exact, Table simulated) {
        XYChart c = Charts.line(title, "utilization rho", "mean delay");
        double[] rho = exact.doubleColumn("rho").asDoubleArray();
        Charts.addLine(c, "optimal (discounted, gamma fixed)", rho, exact.doubleColumn("optimal").asDoubleArray())
                .setLineColor(OPTIMAL);
        Charts.addDashed(c, "average-cost optimal", rho, exact.doubleColumn("averageOptimal").asDoubleArray())
                .setLineColor(AVERAGE);
        double[][] off = finite(rho, exact.doubleColumn("offloadOnly").asDoubleArray());
        if (off[0].length > 0) {
            Charts.addLine(c, "Offload-Only (stable loads only)", off[0], off[1]).setLineColor(OFFLOAD);
        }
        Charts.addLine(c, "Non-Idling", rho, exact.doubleColumn("nonIdling").asDoubleArray()).setLineColor(NON_IDLING);
        if (simulated != null) {
            String[] names = {"optimal", "Offload-Only", "Non-Idling"};
            Color[] colors = {OPTIMAL, OFFLOAD, NON_IDLING};
            for (int k = 0; k < names.length; k++) {
                Table t = simulated.where(simulated.stringColumn("policy").isEqualTo(names[k]));
                if (t.rowCount() == 0) {
                    continue;
                }
                XYSeries s = c.addSeries("simulated " + names[k] + " (95% CI)", t.doubleColumn("rho").asDoubleArray(),
                        t.doubleColumn("simulated").asDoubleArray(), t.doubleColumn("halfWidth").asDoubleArray());
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                s.setMarker(SeriesMarkers.CIRCLE);
                s.setMarkerColor(colors[k]);
            }
        }
        c.getStyler().setErrorBarsColor(Color.DARK_GRAY);
        c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        double top = 0;
        for (double v : exact.doubleColumn("nonIdling").asDoubleArray()) {
            top = Math.max(top, v);
        }
        c.getStyler().setYAxisMax(1.3 * top);
        c.getStyler().setYAxisMin(0.0);
        return c;
    }

    /** A chart of several numeric columns of a table against one (e.g. thresholds against rho). */
    public static XYChart lines(String title, Table t, String x, String yTitle, String... ys) {
        XYChart c = Charts.line(title, x, yTitle);
        double[] xs = t.doubleColumn(x).asDoubleArray();
        for (String y : ys) {
            double[][] p = finite(xs, t.numberColumn(y).asDoubleArray());
            if (p[0].length > 0) {
                XYSeries s = Charts.addLine(c, y, p[0], p[1]);
                s.setMarker(SeriesMarkers.CIRCLE);
            }
        }
        return c;
    }

    /** Residual against sweep on a logarithmic axis, one line per column after the first. */
    public static XYChart convergence(String title, Table trace) {
        XYChart c = Charts.line(title, trace.column(0).name(), "sup-norm change per sweep");
        double[] x = trace.numberColumn(0).asDoubleArray();
        for (int i = 1; i < trace.columnCount(); i++) {
            double[][] p = finite(x, trace.numberColumn(i).asDoubleArray());
            Charts.addLine(c, trace.column(i).name(), p[0], p[1]);
        }
        c.getStyler().setYAxisLogarithmic(true);
        c.getStyler().setXAxisDecimalPattern("#");
        c.getStyler().setXAxisTickMarkSpacingHint(90);
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
