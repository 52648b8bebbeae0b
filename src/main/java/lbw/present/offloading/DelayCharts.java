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

    private DelayCharts() {
    }

    /**
     * Mean delay against rho from {@link lbw.offloading.DelayStudy#exact} (lines) and, if not null,
     * {@link lbw.offloading.DelayStudy#simulated} (points with 95% error bars).
     */
    public static XYChart figure5(String title, Table exact, Table simulated) {
        XYChart c = Charts.line(title, "utilization rho", "mean delay");
        double[] rho = exact.doubleColumn("rho").asDoubleArray();
        Charts.addLine(c, "optimal (discounted, gamma fixed)", rho, exact.doubleColumn("optimal").asDoubleArray());
        Charts.addDashed(c, "average-cost optimal", rho, exact.doubleColumn("averageOptimal").asDoubleArray());
        double[][] off = finite(rho, exact.doubleColumn("offloadOnly").asDoubleArray());
        Charts.addLine(c, "Offload-Only", off[0], off[1]);
        Charts.addLine(c, "Non-Idling", rho, exact.doubleColumn("nonIdling").asDoubleArray());
        if (simulated != null) {
            for (String policy : new String[] {"optimal", "Offload-Only", "Non-Idling"}) {
                Table t = simulated.where(simulated.stringColumn("policy").isEqualTo(policy));
                if (t.rowCount() == 0) {
                    continue;
                }
                XYSeries s = c.addSeries("simulated: " + policy, t.doubleColumn("rho").asDoubleArray(),
                        t.doubleColumn("simulated").asDoubleArray(), t.doubleColumn("halfWidth").asDoubleArray());
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                s.setMarker(SeriesMarkers.CIRCLE);
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
