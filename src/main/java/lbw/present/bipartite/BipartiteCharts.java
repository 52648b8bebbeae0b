package lbw.present.bipartite;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import lbw.bipartite.BipartiteModel;
import lbw.bipartite.FluidPath;
import lbw.bipartite.Lyapunov;
import lbw.bipartite.OptimalFace;
import lbw.bipartite.RoutingPath;
import lbw.bipartite.RuleComparison;
import lbw.bipartite.TierChange;
import lbw.bipartite.TwoPhases;
import lbw.bipartite.StochasticPath;
import lbw.present.Charts;
import lbw.present.Charts.Line;
import lbw.present.Figure;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Charts for the bipartite GMSR notebooks and CLI, in the {@link Charts} style: a hue per backend (or per scale c
 * in the scatter), stochastic paths solid, the fluid path dashed in the same hue on top, reference values grey.
 */
public final class BipartiteCharts {

    private static final String TIME = "time t (periods / c)";

    private BipartiteCharts() {
    }

    /** All paths in one chart: a hue per backend, stochastic paths thin, the fluid path dashed on top. */
    public static XYChart workloads(String title, FluidPath fluid, List<StochasticPath> paths) {
        XYChart c = Charts.line(title, TIME, "workload per unit of scale N_b / c");
        int nb = fluid.model().backends();
        for (StochasticPath p : paths) {
            if (!p.hasBackendPaths()) {
                continue;
            }
            for (int b = 0; b < nb; b++) {
                Charts.add(c, "b" + (b + 1) + ", c = " + fmt(p.scale()), p.times(), p.backend(b), Charts.tint(Charts.hue(b), 0.6),
                        Line.THIN);
            }
        }
        addFluid(c, fluid, nb);
        return c;
    }

    /**
     * Figure 7 from one start: one panel per scale c (the paper's several c), each with the stochastic path of every
     * backend (solid, a hue per backend) and the fluid path (dashed, same hue, darker, drawn on top).
     */
    public static Figure figure7(String title, FluidPath fluid, List<StochasticPath> paths) {
        int nb = fluid.model().backends();
        double top = 0;
        for (StochasticPath p : paths) {
            for (int b = 0; b < nb && p.hasBackendPaths(); b++) {
                for (double v : p.backend(b)) {
                    top = Math.max(top, v);
                }
            }
        }
        for (double[] row : fluid.workload()) {
            for (double v : row) {
                top = Math.max(top, v);
            }
        }
        List<XYChart> panels = new ArrayList<>();
        for (StochasticPath p : paths) {
            if (!p.hasBackendPaths()) {
                continue;
            }
            XYChart c = Charts.panel("c = " + fmt(p.scale()), TIME, "N_b / c");
            for (int b = 0; b < nb; b++) {
                XYSeries s = Charts.add(c, "b" + (b + 1) + " stochastic", p.times(), p.backend(b), Charts.tint(Charts.hue(b), 0.5),
                        Line.SOLID);
                s.setLineStyle(new BasicStroke(p.scale() >= 100 ? 3.5f : 1.6f));
            }
            addFluid(c, fluid, nb);
            Charts.yRange(c, 0, Math.ceil(top * 1.05));
            panels.add(c);
        }
        return Figure.charts(title, 2, panels);
    }

    private static void addFluid(XYChart c, FluidPath fluid, int nb) {
        double[][] thin = thin(fluid.times(), fluid.workload(), 1500);
        for (int b = 0; b < nb; b++) {
            Charts.add(c, "b" + (b + 1) + " fluid", thin[0], thin[1 + b], Charts.hue(b).darker(), Line.DASHED);
        }
    }

    /**
     * Figure 8: states (N_1/c, N_2/c) of backends {@code b1, b2} for several c, with the equal-gradient curve,
     * the computed optimum and an optional point the paper states. Two panels: the whole picture (c = 1's integer
     * lattice cut to a window that holds the optimum and the stated point), and a zoom on the two largest c.
     */
    public static Figure figure8(String title, BipartiteModel m, int b1, int b2, List<StochasticPath> paths,
            double[] optimum, double[] statedPoint, String statedLabel) {
        double hiX = Math.max(optimum[b1], statedPoint == null ? 0 : statedPoint[0]) * 1.6;
        double hiY = Math.max(optimum[b2], statedPoint == null ? 0 : statedPoint[1]) * 1.6;
        double hi = Math.ceil(Math.max(hiX, hiY));
        XYChart whole = scatterPanel("All c (window 0 to " + fmt(hi) + ")", m, b1, b2, paths, optimum, statedPoint,
                statedLabel, 0, hi, 0, hi);
        List<StochasticPath> large = paths.size() > 2 ? paths.subList(paths.size() - 2, paths.size()) : paths;
        double[] box = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (StochasticPath p : large) {
            for (double v : p.backend(b1)) {
                box[0] = Math.min(box[0], v);
                box[1] = Math.max(box[1], v);
            }
            for (double v : p.backend(b2)) {
                box[2] = Math.min(box[2], v);
                box[3] = Math.max(box[3], v);
            }
        }
        double pad = 0.1 * Math.max(box[1] - box[0], box[3] - box[2]);
        String largeNames = large.stream().map(p -> fmt(p.scale())).reduce((a, b) -> a + " and " + b).orElse("");
        XYChart zoom = scatterPanel("Zoom: c = " + largeNames, m, b1, b2, large, optimum, null, null,
                box[0] - pad, box[1] + pad, box[2] - pad, box[3] + pad);
        return Figure.charts(title, 2, List.of(whole, zoom));
    }

    private static XYChart scatterPanel(String title, BipartiteModel m, int b1, int b2, List<StochasticPath> paths,
            double[] optimum, double[] statedPoint, String statedLabel, double x0, double x1, double y0, double y1) {
        XYChart c = Charts.line(title, "N_" + (b1 + 1) + " / c", "N_" + (b2 + 1) + " / c", Charts.PANEL_WIDTH + 40, Charts.PANEL_HEIGHT + 60);
        c.getStyler().setLegendFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 11));
        c.getStyler().setMarkerSize(5);
        int idx = 0;
        for (StochasticPath p : paths) {
            double[] x = p.backend(b1);
            double[] y = p.backend(b2);
            int outside = 0;
            for (int i = 0; i < x.length; i++) {
                if (x[i] < x0 || x[i] > x1 || y[i] < y0 || y[i] > y1) {
                    outside++;
                }
            }
            String name = "c = " + fmt(p.scale()) + (outside > 0 ? " (" + outside + " outside)" : "");
            Charts.addPoints(c, name, x, y, Charts.tint(Charts.hue(idxOf(p, idx)), 0.7));
            idx++;
        }
        int k = 200;
        double[] cx = new double[k];
        double[] cy = new double[k];
        for (int i = 0; i < k; i++) {
            cx[i] = x0 + (x1 - x0) * i / (k - 1);
            cy[i] = m.rate(b2).derivativeInverse(m.rate(b1).derivative(cx[i]));
        }
        Charts.addReference(c, "equal gradients", cx, cy);
        double dx = 0.03 * (x1 - x0);
        double dy = 0.03 * (y1 - y0);
        Charts.addCross(c, "optimum N*", optimum[b1], optimum[b2], dx, dy, false, Color.BLACK);
        if (statedPoint != null) {
            Charts.addCross(c, statedLabel, statedPoint[0], statedPoint[1], dx, dy, true, new Color(0xB00020));
        }
        Charts.xRange(c, x0, x1);
        Charts.yRange(c, y0, y1);
        return c;
    }

    private static int idxOf(StochasticPath p, int fallback) {
        double l = Math.log10(p.scale());
        return Math.abs(l - Math.rint(l)) < 1e-9 ? (int) Math.rint(l) : fallback;
    }

    /**
     * V(t), |sum N - OPT| and the bound V / kappa on a logarithmic axis, the time axis cut shortly after V reaches
     * the round-off floor (after that nothing changes).
     */
    public static XYChart lyapunov(String title, Lyapunov l) {
        XYChart c = Charts.line(title, "time t", "value (log scale)");
        c.getStyler().setYAxisLogarithmic(true);
        double floor = 1e-14;
        double[][] th = thin(l.times(), new double[][] {l.v(), l.totalGap(), l.bound()}, 1500, true);
        Charts.add(c, "V(N, x) (Lemma 5)", th[0], clip(th[1], floor), 0, Line.SOLID);
        Charts.add(c, "|sum N - OPT|", th[0], clip(th[2], floor), 1, Line.SOLID);
        Charts.addReference(c, "V / kappa (Proposition 3 bound)", th[0], clip(th[3], floor));
        double end = l.times()[l.times().length - 1];
        double reached = end;
        double[] v = l.v();
        for (int i = 0; i < v.length; i++) {
            if (v[i] <= 1e-12) {
                reached = l.times()[i];
                break;
            }
        }
        if (reached < end) {
            Charts.xRange(c, l.times()[0], Math.min(end, reached * 1.15));
            c.setXAxisTitle("time t (axis cut at t = " + fmt(Math.round(Math.min(end, reached * 1.15) * 10) / 10.0)
                    + ": from there on V is at round-off)");
        }
        return c;
    }

    /**
     * Tier events up close (Lemmas 11-12), three panels over the stretch of {@code r}: the gradient l_b'(N_b) of
     * every backend (a hue per backend; backends of one tier share a curve), each gradient's gap to the lowest one
     * (a split shows as curves coming apart from zero), and the flow lambda_f x_fb on every edge (a hue per edge);
     * each event a vertical reference line labelled with its kind.
     */
    public static Figure tierEvents(String title, RoutingPath r, List<TierChange> changes) {
        double[] t = r.times();
        XYChart grad = Charts.panel("Gradients l_b'(N_b): one curve per tier", "time t", "gradient l_b'(N_b)");
        int nb = r.gradient()[0].length;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int b = 0; b < nb; b++) {
            double[] g = r.gradientOf(b);
            for (double v : g) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            Charts.add(grad, "b" + (b + 1), t, g, b, b % 2 == 0 ? Line.SOLID : Line.DASHED);
        }
        XYChart gap = Charts.panel("Gap to the lowest gradient: tiers apart", "time t",
                "l_b'(N_b) - min_j l_j'(N_j)");
        double[][] gr = r.gradient();
        double gapTop = 0;
        for (int b = 0; b < nb; b++) {
            double[] d = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                double min = Double.POSITIVE_INFINITY;
                for (double v : gr[i]) {
                    min = Math.min(min, v);
                }
                d[i] = gr[i][b] - min;
                gapTop = Math.max(gapTop, d[i]);
            }
            Charts.add(gap, "b" + (b + 1), t, d, b, b % 2 == 0 ? Line.SOLID : Line.DASHED);
        }
        XYChart flow = Charts.panel("Flow on each edge", "time t", "flow lambda_f x_fb");
        double top = 0;
        for (int k = 0; k < r.edges().length; k++) {
            double[] f = r.edge(k);
            for (double v : f) {
                top = Math.max(top, v);
            }
            Charts.add(flow, r.name(k), t, f, k, Line.SOLID);
        }
        double pad = 0.05 * (hi - lo);
        for (TierChange c : changes) {
            if (c.time() < t[0] || c.time() > t[t.length - 1]) {
                continue;
            }
            String name = c.kind() + " at t = " + fmt(Math.round(c.time() * 1000) / 1000.0);
            Charts.addVertical(grad, name, c.time(), lo - pad, hi + pad);
            Charts.addVertical(gap, name, c.time(), 0, gapTop * 1.05);
            Charts.addVertical(flow, name, c.time(), 0, top * 1.05);
        }
        Charts.yRange(grad, lo - pad, hi + pad);
        Charts.yRange(gap, 0, gapTop * 1.05);
        Charts.yRange(flow, 0, top * 1.05);
        return Figure.charts(title, 3, List.of(grad, gap, flow));
    }

    /**
     * Lemma 2 on a model: along the segment of optimal routings {@code (1 - s) low + s high}, the flow on every edge
     * (a hue per edge: edges on the cycle move, the others stay) and the workload of every backend (a hue per
     * backend: all flat, N* is unique).
     */
    public static Figure optimalFace(String title, OptimalFace face) {
        double[] s = new double[41];
        for (int i = 0; i < s.length; i++) {
            s[i] = i / 40.0;
        }
        double[][] flows = face.edgeFlowsAlong(s);
        double[][] loads = face.workloadsAlong(s);
        XYChart flow = Charts.panel("Flow on each edge: x* is not unique", "s (routing (1 - s) low + s high)",
                "flow lambda_f x_fb");
        int ne = flows[0].length;
        for (int k = 0; k < ne; k++) {
            double[] y = new double[s.length];
            for (int i = 0; i < s.length; i++) {
                y[i] = flows[i][k];
            }
            Charts.add(flow, face.edgeName(k), s, y, k, k >= 8 ? Line.DOTTED : k % 2 == 0 ? Line.SOLID : Line.DASHED);
        }
        XYChart work = Charts.panel("Workload of each backend: N* is unique", "s (routing (1 - s) low + s high)",
                "workload N_b = l_b^-1(load)");
        double top = 0;
        for (int b = 0; b < loads[0].length; b++) {
            double[] y = new double[s.length];
            for (int i = 0; i < s.length; i++) {
                y[i] = loads[i][b];
                top = Math.max(top, y[i]);
            }
            Charts.add(work, "b" + (b + 1), s, y, b, b % 2 == 0 ? Line.SOLID : Line.DASHED);
        }
        Charts.yRange(work, 0, top * 1.3);
        return Figure.charts(title, 2, List.of(flow, work));
    }

    /**
     * The two phases of convergence (Propositions 1-4) along one path, three panels with T (entry into K) marked:
     * the smallest gradient against kappa (in K when above it), the drift of the fastest-draining backend against
     * -eta (Proposition 4, phase 1), and V, |sum N - OPT| and the phase-2 bound V(T) e^(-kappa (t - T)) on a
     * logarithmic axis, cut where V reaches round-off.
     */
    public static Figure twoPhases(String title, TwoPhases p) {
        double[] t = p.times();
        double end = t[t.length - 1];
        double[] v = p.v();
        for (int i = 0; i < v.length; i++) {
            if (v[i] <= 1e-12) {
                end = Math.min(end, t[i] * 1.1);
                break;
            }
        }
        double cut = end;
        double[][] th = thin(t, new double[][] {p.minGradient(), v, p.totalGap(), p.vBound()}, 1500, true);
        XYChart g = Charts.panel("Entering K: min_b l_b'(N_b) against kappa", "time t", "smallest gradient");
        Charts.add(g, "min_b l_b'(N_b(t))", th[0], th[1], 0, Line.SOLID);
        Charts.addLevel(g, "kappa (Lemma 13)", p.kappa(), t[0], cut, null);
        XYChart d = Charts.panel("Phase 1: the fastest-draining backend", "time t", "min_b dN_b/dt");
        Charts.add(d, "min_b dN_b/dt", p.driftTimes(), p.minDrift(), 1, Line.SOLID);
        Charts.addLevel(d, "-eta (Proposition 4)", -p.eta(), t[0], cut, null);
        XYChart l = Charts.panel("Phase 2: exponential decay", "time t", "value (log scale)");
        l.getStyler().setYAxisLogarithmic(true);
        double floor = 1e-13;
        Charts.add(l, "V(t)", th[0], clip(th[2], floor), 0, Line.SOLID);
        Charts.add(l, "|sum N - OPT|", th[0], clip(th[3], floor), 1, Line.SOLID);
        double[][] bound = phase2(th[0], th[4], floor);
        Charts.addReference(l, "V(T) e^(-kappa (t - T))", bound[0], bound[1]);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : p.minDrift()) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        lo = Math.min(lo, -p.eta());
        hi = Math.max(hi, 0);
        if (p.reachedK()) {
            Charts.addVertical(g, "T = " + fmt(Math.round(p.entry() * 100) / 100.0) + ": enters K", p.entry(), 0,
                    max(th[1]) * 1.05);
            Charts.addVertical(d, "T", p.entry(), lo, hi);
            Charts.addVertical(l, "T", p.entry(), floor, max(th[2]) * 2);
        }
        for (XYChart c : List.of(g, d, l)) {
            Charts.xRange(c, t[0], cut);
        }
        return Figure.charts(title, 3, List.of(g, d, l));
    }

    private static double[][] phase2(double[] t, double[] bound, double floor) {
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < t.length; i++) {
            if (!Double.isNaN(bound[i]) && bound[i] > floor) {
                pts.add(new double[] {t[i], bound[i]});
            }
        }
        double[][] out = new double[2][pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            out[0][i] = pts.get(i)[0];
            out[1][i] = pts.get(i)[1];
        }
        return out;
    }

    private static double max(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : a) {
            if (!Double.isNaN(x)) {
                m = Math.max(m, x);
            }
        }
        return m;
    }

    /** Distance sup_t |N^(c)(t)/c - N(t)| against c on log-log axes, with a 1/sqrt(c) reference. */
    public static XYChart distances(String title, double[] scales, double[] distance) {
        XYChart c = Charts.line(title, "scale c", "sup distance to the fluid path");
        c.getStyler().setXAxisLogarithmic(true);
        c.getStyler().setYAxisLogarithmic(true);
        Charts.addPoints(c, "measured (one seeded path per c)", scales, distance, Charts.hue(0));
        double[] ref = new double[scales.length];
        for (int i = 0; i < ref.length; i++) {
            ref[i] = distance[0] * Math.sqrt(scales[0] / scales[i]);
        }
        Charts.addReference(c, "1/sqrt(c) through the first point", scales, ref);
        return c;
    }

    /**
     * Ratio to OPT per rule (fluid fixed point and simulation) as points, with OPT as a reference line. Rules
     * without a finite fluid fixed point get no fluid point (the legend says which). When the ratios span more
     * than 1.5, a second panel shows them all on a logarithmic axis and the first zooms on those below 1.5.
     */
    public static Figure priceOfAnarchy(String title, RuleComparison r) {
        List<String> names = r.rows().stream().map(x -> x.rule().label()).toList();
        double max = 0;
        for (RuleComparison.Row row : r.rows()) {
            max = Math.max(max, Math.max(finite(row.fluidRatio()), finite(row.simulatedRatio())));
        }
        if (max <= 1.5) {
            return Figure.of(ratioPanel(title, r, names, Double.POSITIVE_INFINITY, false, Charts.WIDTH, Charts.HEIGHT));
        }
        CategoryChart zoom = ratioPanel("Rules within 50% of OPT", r, names, 1.5, false, Charts.PANEL_WIDTH, Charts.PANEL_HEIGHT + 110);
        CategoryChart all = ratioPanel("All rules (log scale)", r, names, Double.POSITIVE_INFINITY, true, Charts.PANEL_WIDTH,
                Charts.PANEL_HEIGHT + 110);
        return Figure.panels(title, 2, List.of(Figure.of(zoom), Figure.of(all)));
    }

    private static CategoryChart ratioPanel(String title, RuleComparison r, List<String> allNames, double cap, boolean log,
            int width, int height) {
        CategoryChart c = new CategoryChartBuilder().width(width).height(height).title(title)
                .xAxisTitle("routing rule").yAxisTitle("total workload / OPT").build();
        Charts.style(c);
        List<String> names = new ArrayList<>();
        List<String> flNames = new ArrayList<>();
        List<Double> fl = new ArrayList<>();
        List<String> simNames = new ArrayList<>();
        List<Double> sim = new ArrayList<>();
        List<String> noFluid = new ArrayList<>();
        double lo = 1;
        double hi = 1;
        for (int i = 0; i < r.rows().size(); i++) {
            RuleComparison.Row row = r.rows().get(i);
            double f = row.fluidRatio();
            double s = row.simulatedRatio();
            boolean fOk = Double.isFinite(f) && f > 0 && f <= cap;
            boolean sOk = Double.isFinite(s) && s > 0 && s <= cap;
            if (!fOk && !sOk) {
                continue;
            }
            String name = allNames.get(i);
            names.add(name);
            if (fOk) {
                flNames.add(name);
                fl.add(f);
            } else if (Double.isNaN(f)) {
                noFluid.add(name + " (simulated only)");
            } else if (!Double.isFinite(f)) {
                noFluid.add(name + " (unstable)");
            }
            if (sOk) {
                simNames.add(name);
                sim.add(s);
            }
            for (double v : new double[] {fOk ? f : 1, sOk ? s : 1}) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        List<Double> opt = names.stream().map(n -> 1.0).toList();
        CategorySeries o = c.addSeries("OPT (ratio 1)", names, opt);
        o.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        o.setLineColor(Charts.REFERENCE);
        o.setLineStyle(new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {9f, 3f, 2f, 3f}, 0f));
        o.setMarker(SeriesMarkers.NONE);
        if (!fl.isEmpty()) {
            CategorySeries f = c.addSeries("fluid fixed point", flNames, fl);
            f.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
            f.setMarker(SeriesMarkers.DIAMOND);
            f.setMarkerColor(Charts.hue(0));
        }
        for (String none : noFluid) {
            // a legend line without a mark: which rules have no fluid point, and why
            CategorySeries n = c.addSeries("no fluid point: " + none, List.of(names.get(0)), List.of(1.0));
            n.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
            n.setMarker(SeriesMarkers.NONE);
            n.setMarkerColor(Color.WHITE);
        }
        if (!sim.isEmpty()) {
            CategorySeries s = c.addSeries("simulation", simNames, sim);
            s.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(Charts.hue(1));
        }
        c.getStyler().setMarkerSize(11);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        if (log) {
            c.getStyler().setYAxisLogarithmic(true);
            c.getStyler().setYAxisMin(lo / 1.5);
            c.getStyler().setYAxisMax(hi * 1.5);
        } else {
            double pad = Math.max(0.01, 0.12 * (hi - lo));
            c.getStyler().setYAxisMin(lo - pad);
            c.getStyler().setYAxisMax(hi + pad);
            c.getStyler().setYAxisDecimalPattern("0.00");
        }
        return c;
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
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
        return lbw.report.Plot.thin(t, rows, max);
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
