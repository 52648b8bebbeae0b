package lbw.present.bipartite;

import java.util.List;
import lbw.bipartite.BipartiteModel;
import lbw.bipartite.FluidPath;
import lbw.bipartite.Lyapunov;
import lbw.bipartite.RuleComparison;
import lbw.bipartite.StochasticPath;
import lbw.present.Charts;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Charts for the bipartite GMSR notebooks and CLI. */
public final class BipartiteCharts {

    private BipartiteCharts() {
    }

    /**
     * Figure 7: normalised workloads against time for several c (thin lines) and the fluid solution (thick
     * dashed), one colour group per backend.
     */
    public static XYChart workloads(String title, FluidPath fluid, List<StochasticPath> paths) {
        XYChart c = Charts.line(title, "time t", "workload N_b / c");
        int nb = fluid.model().backends();
        for (StochasticPath p : paths) {
            if (!p.hasBackendPaths()) {
                continue;
            }
            for (int b = 0; b < nb; b++) {
                XYSeries s = Charts.addLine(c, "b" + (b + 1) + ", c = " + fmt(p.scale()), p.times(), p.backend(b));
                s.setLineStyle(new java.awt.BasicStroke(1f));
            }
        }
        double[][] thin = thin(fluid.times(), fluid.workload(), 1500);
        for (int b = 0; b < nb; b++) {
            double[] y = new double[thin[0].length];
            for (int i = 0; i < y.length; i++) {
                y[i] = thin[1 + b][i];
            }
            XYSeries s = Charts.addDashed(c, "b" + (b + 1) + ", fluid", thin[0], y);
            s.setLineColor(java.awt.Color.BLACK);
            s.setLineStyle(new java.awt.BasicStroke(2.5f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER,
                    10f, new float[] {8f, 4f}, 0f));
        }
        c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        return c;
    }

    /**
     * Figure 8: states (N_1/c, N_2/c) of backends {@code b1, b2} for several c, with the equal-gradient curve
     * {l_1'(N_1) = l_2'(N_2)}, the computed optimum and an optional point the paper states.
     */
    public static XYChart scatter(String title, BipartiteModel m, int b1, int b2, List<StochasticPath> paths,
            double[] optimum, double[] statedPoint, String statedLabel) {
        XYChart c = Charts.line(title, "N_" + (b1 + 1) + " / c", "N_" + (b2 + 1) + " / c");
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (StochasticPath p : paths) {
            double[] x = p.backend(b1);
            double[] y = p.backend(b2);
            XYSeries s = Charts.addPoints(c, "c = " + fmt(p.scale()), x, y);
            s.setMarker(SeriesMarkers.CIRCLE);
            for (double v : x) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        int k = 200;
        double[] cx = new double[k];
        double[] cy = new double[k];
        double from = Math.max(0, lo - 0.2);
        double to = hi + 0.2;
        for (int i = 0; i < k; i++) {
            cx[i] = from + (to - from) * i / (k - 1);
            cy[i] = m.rate(b2).derivativeInverse(m.rate(b1).derivative(cx[i]));
        }
        XYSeries curve = Charts.addDashed(c, "equal-gradient curve", cx, cy);
        curve.setLineColor(java.awt.Color.BLACK);
        XYSeries o = Charts.addPoints(c, "computed optimum N*", new double[] {optimum[b1]}, new double[] {optimum[b2]});
        o.setMarker(SeriesMarkers.DIAMOND);
        o.setMarkerColor(java.awt.Color.BLACK);
        if (statedPoint != null) {
            XYSeries p = Charts.addPoints(c, statedLabel, new double[] {statedPoint[0]}, new double[] {statedPoint[1]});
            p.setMarker(SeriesMarkers.CROSS);
            p.setMarkerColor(java.awt.Color.RED);
        }
        return c;
    }

    /** V(t), |sum N - OPT| and the bound V / kappa on a logarithmic axis. */
    public static XYChart lyapunov(String title, Lyapunov l) {
        XYChart c = Charts.line(title, "time t", "value (log scale)");
        c.getStyler().setYAxisLogarithmic(true);
        double floor = 1e-14;
        double[][] th = thin(l.times(), new double[][] {l.v(), l.totalGap(), l.bound()}, 1500, true);
        Charts.addLine(c, "V(N, x) (Lemma 5)", th[0], clip(th[1], floor));
        Charts.addLine(c, "|sum N - OPT|", th[0], clip(th[2], floor));
        Charts.addDashed(c, "V / kappa (Proposition 3 bound)", th[0], clip(th[3], floor));
        return c;
    }

    /** Distance sup_t |N^(c)(t)/c - N(t)| against c on log-log axes, with a 1/sqrt(c) reference. */
    public static XYChart distances(String title, double[] scales, double[] distance) {
        XYChart c = Charts.line(title, "scale c", "sup distance to the fluid path");
        c.getStyler().setXAxisLogarithmic(true);
        c.getStyler().setYAxisLogarithmic(true);
        Charts.addPoints(c, "measured", scales, distance);
        double[] ref = new double[scales.length];
        for (int i = 0; i < ref.length; i++) {
            ref[i] = distance[0] * Math.sqrt(scales[0] / scales[i]);
        }
        Charts.addDashed(c, "1/sqrt(c) from the first point", scales, ref);
        return c;
    }

    /** Ratio to OPT per rule (fluid fixed point and simulation). */
    public static CategoryChart priceOfAnarchy(String title, RuleComparison r) {
        CategoryChart c = new CategoryChartBuilder().width(Charts.WIDTH).height(Charts.HEIGHT).title(title)
                .xAxisTitle("rule").yAxisTitle("total workload / OPT").build();
        Charts.style(c);
        List<String> names = r.rows().stream().map(x -> x.rule().label()).toList();
        List<Double> fl = r.rows().stream().map(x -> Double.isFinite(x.fluidRatio()) ? x.fluidRatio() : 0.0).toList();
        List<Double> sim = r.rows().stream().map(RuleComparison.Row::simulatedRatio).toList();
        c.addSeries("fluid fixed point (0 = none or unstable)", names, fl);
        c.addSeries("simulation", names, sim);
        c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        return c;
    }

    private static double[] clip(double[] y, double floor) {
        double[] o = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            o[i] = Math.max(y[i], floor);
        }
        return o;
    }

    /** At most about {@code max} evenly spread rows: [0] = t, [1 + b] = column b. */
    private static double[][] thin(double[] t, double[][] rows, int max) {
        int step = Math.max(1, t.length / max);
        int n = (t.length - 1) / step + 1;
        int cols = rows[0].length;
        double[][] out = new double[1 + cols][n];
        for (int i = 0; i < n; i++) {
            out[0][i] = t[i * step];
            for (int b = 0; b < cols; b++) {
                out[1 + b][i] = rows[i * step][b];
            }
        }
        return out;
    }

    /** Like thin but series given column-wise. */
    private static double[][] thin(double[] t, double[][] cols, int max, boolean columnWise) {
        int step = Math.max(1, t.length / max);
        int n = (t.length - 1) / step + 1;
        double[][] out = new double[1 + cols.length][n];
        for (int i = 0; i < n; i++) {
            out[0][i] = t[i * step];
            for (int j = 0; j < cols.length; j++) {
                out[1 + j][i] = cols[j][i * step];
            }
        }
        return out;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
