package lbw.present.bipartite;

import java.util.ArrayList;
import java.util.List;
import lbw.bipartite.ChangeStudy;
import lbw.bipartite.Equilibrium;
import lbw.bipartite.FluidPath;
import lbw.bipartite.Regimes;
import lbw.bipartite.StochasticPath;
import lbw.present.Charts;
import lbw.present.Charts.Line;
import lbw.present.Figure;
import lbw.table.Tables;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Charts of GMSR under change ({@link ChangeStudy}), in the {@link Charts} style: a hue per backend, the optimum of
 * each regime as a dashed step line in the backend's hue, the change times as grey verticals.
 */
public final class ChangeCharts {

    private static final String TIME = "time t (periods / c)";

    private ChangeCharts() {
    }

    /**
     * Tracking in three panels: (a) GMSR, fluid path (solid) and stochastic path at the largest scale (light), per
     * backend, with each regime's optimum dashed; (b) expected-latency routing at the same scale, with its fluid fixed
     * point dotted and the optimum dashed; (c) the total workload: OPT, GMSR's fluid path and its stochastic paths at
     * every scale, expected-latency routing's.
     */
    public static Figure tracking(String title, ChangeStudy.Tracking t) {
        Regimes regimes = t.regimes();
        int nb = t.optima().get(0).workload().length;
        StochasticPath big = t.gmsr().get(t.gmsr().size() - 1);
        String c = Tables.format(big.scale());
        double top = 0;
        for (StochasticPath p : List.of(big, t.latencyPath())) {
            for (int b = 0; b < nb; b++) {
                for (double v : p.backend(b)) {
                    top = Math.max(top, v);
                }
            }
        }
        top = Math.ceil(top * 1.1 * 2) / 2;

        XYChart a = Charts.panel("(a) GMSR: fluid and c = " + c, TIME, "workload N_b / c");
        for (int b = 0; b < nb; b++) {
            Charts.add(a, "b" + (b + 1) + ", c = " + c, big.times(), big.backend(b), Charts.tint(Charts.hue(b), 0.45),
                    Line.THIN);
        }
        FluidPath fluid = t.fluid().path();
        for (int b = 0; b < nb; b++) {
            Charts.add(a, "b" + (b + 1) + ", fluid", fluid.times(), fluid.backend(b), Charts.hue(b).darker(), Line.SOLID);
        }
        optimumSteps(a, regimes, t.optima(), nb, "optimum", Line.DASHED);
        changes(a, regimes, top);
        Charts.yRange(a, 0, top);

        XYChart l = Charts.panel("(b) expected-latency routing, c = " + c, TIME, "workload N_b / c");
        for (int b = 0; b < nb; b++) {
            Charts.add(l, "b" + (b + 1) + ", c = " + c, t.latencyPath().times(), t.latencyPath().backend(b),
                    Charts.tint(Charts.hue(b), 0.45), Line.THIN);
        }
        optimumSteps(l, regimes, t.latency(), nb, "its fixed point", Line.DOTTED);
        optimumSteps(l, regimes, t.optima(), nb, "optimum", Line.DASHED);
        changes(l, regimes, top);
        Charts.yRange(l, 0, top);

        XYChart s = Charts.panel("(c) total workload", TIME, "sum_b N_b / c");
        for (int k = 0; k < t.gmsr().size(); k++) {
            StochasticPath p = t.gmsr().get(k);
            Charts.add(s, "GMSR, c = " + Tables.format(p.scale()), p.times(), p.total(),
                    Charts.tint(Charts.hue(k), 0.55), Line.THIN);
        }
        Charts.add(s, "LATENCY, c = " + c, t.latencyPath().times(), t.latencyPath().total(),
                Charts.tint(Charts.hue(t.gmsr().size()), 0.55), Line.THIN);
        Charts.add(s, "GMSR, fluid", fluid.times(), fluid.total(), Charts.REFERENCE, Line.SOLID);
        steps(s, regimes, t.optima().stream().mapToDouble(Equilibrium::total).toArray(), "OPT",
                Charts.REFERENCE, Line.DASHED);
        steps(s, regimes, t.latency().stream().mapToDouble(Equilibrium::total).toArray(), "LATENCY fixed point",
                Charts.hue(t.gmsr().size()).darker(), Line.DOTTED);
        for (XYChart x : List.of(a, l, s)) {
            Charts.xRange(x, 0, regimes.horizon());
        }
        return Figure.charts(title, 2, List.of(a, l, s));
    }

    /**
     * Re-convergence time against the size of the change: one line per eps (a hue each), the x axis the shift of the
     * optimum max_b |dN*_b|; surges that did not settle within the sweep's duration are left out.
     */
    public static XYChart reconvergence(String title, ChangeStudy.SurgeSweep sweep) {
        XYChart c = Charts.line(title, "size of the change: max_b |N*_b after - N*_b before|",
                "time to stay within eps of the new optimum");
        double[] shift = sweep.shifts();
        for (int k = 0; k < sweep.eps().length; k++) {
            double[] y = sweep.reconvergence(k);
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                if (!Double.isNaN(y[i])) {
                    xs.add(shift[i]);
                    ys.add(y[i]);
                }
            }
            if (xs.isEmpty()) {
                continue;
            }
            var series = Charts.add(c, "eps = " + Tables.format(sweep.eps()[k]),
                    xs.stream().mapToDouble(Double::doubleValue).toArray(),
                    ys.stream().mapToDouble(Double::doubleValue).toArray(), k, Line.SOLID);
            series.setMarker(SeriesMarkers.CIRCLE);
            series.setMarkerColor(Charts.hue(k));
        }
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setXAxisMin(0.0);
        return c;
    }

    private static void optimumSteps(XYChart c, Regimes regimes, List<Equilibrium> eq, int nb, String name, Line line) {
        for (int b = 0; b < nb; b++) {
            int bb = b;
            steps(c, regimes, eq.stream().mapToDouble(e -> e.workload()[bb]).toArray(), "b" + (b + 1) + ", " + name,
                    Charts.hue(b).darker(), line);
        }
    }

    /** A value per regime as a step line. */
    private static void steps(XYChart c, Regimes regimes, double[] value, String name, java.awt.Color color, Line line) {
        double[] x = new double[2 * regimes.count()];
        double[] y = new double[x.length];
        for (Regimes.Regime r : regimes.list()) {
            int i = r.index();
            x[2 * i] = r.start();
            x[2 * i + 1] = r.end();
            y[2 * i] = value[i];
            y[2 * i + 1] = value[i];
        }
        Charts.add(c, name, x, y, color, line);
    }

    private static void changes(XYChart c, Regimes regimes, double top) {
        double[] t = regimes.changeTimes();
        for (int i = 0; i < t.length; i++) {
            Charts.addVertical(c, i == 0 ? "change" : "change " + (i + 1), t[i], 0, top).setShowInLegend(i == 0);
        }
    }
}
