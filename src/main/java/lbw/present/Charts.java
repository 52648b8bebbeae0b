package lbw.present;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The workbench's one figure style. Only this package imports XChart.
 *
 * <ul>
 *   <li><b>A hue per quantity</b> ({@link #hue}): the same quantity (x11, backend b1, the optimal policy) has the
 *       same colour in every series and every chart of a figure, whatever policy produced it.</li>
 *   <li><b>A line style per policy or regime</b> ({@link Line}): the first regime is drawn as a wide, light band,
 *       the others as dark dashed or dotted lines on top of it, so two regimes that reach the same value stay
 *       visible one over the other.</li>
 *   <li><b>Reference values</b> (capacities, optima, values a paper states) in their own style: thin, dark grey,
 *       dash-dotted, labelled in the legend ({@link #addReference}, {@link #addLevel}, {@link #addMarker}).</li>
 *   <li><b>Legends outside the data</b> (right of the plot by default).</li>
 *   <li>Axis titles carry the quantity and its unit; integer data get integer ticks ({@link #integerTicks}); ranges
 *       are chosen to show the point ({@link #yRange}, logarithmic axes where the data span decades).</li>
 *   <li>Several panels compose into one image with {@link Figure#panels}.</li>
 * </ul>
 */
public final class Charts {

    /** Default chart size in pixels. */
    public static final int WIDTH = 820;
    public static final int HEIGHT = 440;

    /** Size of one panel of a composed figure. */
    public static final int PANEL_WIDTH = 620;
    public static final int PANEL_HEIGHT = 380;

    /** Colour-blind-safe hues (Okabe and Ito): blue, vermillion, bluish green, reddish purple, orange, sky blue. */
    private static final Color[] HUES = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x8C564B), new Color(0x7F7F7F)};

    /** The colour of reference values. */
    public static final Color REFERENCE = new Color(0x333333);

    /** A line style per policy or regime. */
    public enum Line {
        /** The first regime: a wide, light band under the others. */
        BAND(new BasicStroke(4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND), 0.45),
        /** A plain solid line (when there is only one regime). */
        SOLID(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND), 1),
        /** The second regime. */
        DASHED(dash(2f, 7f, 4f), 1),
        /** The third regime. */
        DOTTED(dash(2.2f, 1.5f, 3.5f), 1),
        /** The fourth regime. */
        DASH_DOT(dash(2f, 8f, 3f, 2f, 3f), 1),
        /** A thin solid line (many noisy paths). */
        THIN(new BasicStroke(1f), 1);

        private final BasicStroke stroke;
        private final double opacity;

        Line(BasicStroke stroke, double opacity) {
            this.stroke = stroke;
            this.opacity = opacity;
        }

        public BasicStroke stroke() {
            return stroke;
        }

        /** The line style of regime {@code k} (0 = band, 1 = dashed, 2 = dotted, 3 = dash-dot, then repeating). */
        public static Line regime(int k) {
            Line[] order = {BAND, DASHED, DOTTED, DASH_DOT};
            return order[Math.floorMod(k, order.length)];
        }

        private boolean patterned() {
            return stroke.getDashArray() != null;
        }
    }

    private Charts() {
    }

    /** The hue of quantity {@code k} (0-based; repeats after eight). */
    public static Color hue(int k) {
        return HUES[Math.floorMod(k, HUES.length)];
    }

    /** A colour made lighter by mixing it with white ({@code opacity} 1 = unchanged). */
    public static Color tint(Color c, double opacity) {
        return new Color(mix(c.getRed(), opacity), mix(c.getGreen(), opacity), mix(c.getBlue(), opacity));
    }

    /** An empty line chart in the house style (default size, legend right of the plot). */
    public static XYChart line(String title, String xTitle, String yTitle) {
        return line(title, xTitle, yTitle, WIDTH, HEIGHT);
    }

    /** An empty line chart in the house style at a given size (e.g. {@link #PANEL_WIDTH} for a panel). */
    public static XYChart line(String title, String xTitle, String yTitle, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height)
                .title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        style(chart);
        return chart;
    }

    /** A chart sized as a panel of a composed figure (legend right of the plot, in a smaller font). */
    public static XYChart panel(String title, String xTitle, String yTitle) {
        XYChart c = line(title, xTitle, yTitle, PANEL_WIDTH, PANEL_HEIGHT);
        c.getStyler().setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        c.getStyler().setLegendSeriesLineLength(28);
        return c;
    }

    /** Adds a data series: quantity hue {@code hue}, regime line style {@code line}, no markers. */
    public static XYSeries add(XYChart chart, String name, double[] x, double[] y, int hue, Line line) {
        return add(chart, name, x, y, hue(hue), line);
    }

    /** Adds a data series in a given colour and line style, no markers. */
    public static XYSeries add(XYChart chart, String name, double[] x, double[] y, Color color, Line line) {
        double[][] xy = line.patterned() ? forDashes(chart, x, y, line.stroke()) : new double[][] {x, y};
        XYSeries s = chart.addSeries(name, xy[0], xy[1]);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineStyle(line.stroke());
        s.setLineColor(tint(color, line.opacity));
        return s;
    }

    /** Adds a solid line in the next hue (series added so far decide it). */
    public static XYSeries addLine(XYChart chart, String name, double[] x, double[] y) {
        return add(chart, name, x, y, chart.getSeriesCollection().size(), Line.SOLID);
    }

    /** Adds a reference line (dark grey, dash-dotted, thin): equilibria, bounds, stated values. */
    public static XYSeries addDashed(XYChart chart, String name, double[] x, double[] y) {
        return addReference(chart, name, x, y);
    }

    /** Adds a reference line (dark grey, dash-dotted, thin): equilibria, bounds, stated values. */
    public static XYSeries addReference(XYChart chart, String name, double[] x, double[] y) {
        double[][] xy = forDashes(chart, x, y, REFERENCE_STROKE);
        XYSeries s = chart.addSeries(name, xy[0], xy[1]);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineStyle(REFERENCE_STROKE);
        s.setLineColor(REFERENCE);
        return s;
    }

    /** Adds a horizontal reference line at {@code level} from {@code x0} to {@code x1}, in a hue if not null. */
    public static XYSeries addLevel(XYChart chart, String name, double level, double x0, double x1, Color color) {
        XYSeries s = addReference(chart, name, new double[] {x0, x1}, new double[] {level, level});
        if (color != null) {
            s.setLineColor(color.darker());
        }
        return s;
    }

    /** Adds a vertical reference line at {@code x} from {@code y0} to {@code y1}. */
    public static XYSeries addVertical(XYChart chart, String name, double x, double y0, double y1) {
        return addReference(chart, name, new double[] {x, x}, new double[] {y0, y1});
    }

    /** Adds one reference point (a stated value, an optimum) with a large marker, drawn over the data. */
    public static XYSeries addMarker(XYChart chart, String name, double x, double y, Marker marker, Color color) {
        XYSeries s = chart.addSeries(name, new double[] {x}, new double[] {y});
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(marker);
        s.setMarkerColor(color == null ? REFERENCE : color);
        return s;
    }

    /**
     * Adds one reference point drawn as a large cross of two line segments (half-sizes {@code dx}, {@code dy} in data
     * units), so it stands out over a cloud of small markers; {@code diagonal} gives an x, otherwise a plus.
     */
    public static XYSeries addCross(XYChart chart, String name, double x, double y, double dx, double dy, boolean diagonal,
            Color color) {
        double[] xs = diagonal ? new double[] {x - dx, x + dx, x, x - dx, x + dx} : new double[] {x - dx, x + dx, x, x, x};
        double[] ys = diagonal ? new double[] {y - dy, y + dy, Double.NaN, y + dy, y - dy}
                : new double[] {y, y, Double.NaN, y - dy, y + dy};
        XYSeries s = chart.addSeries(name, xs, ys);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineStyle(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        s.setLineColor(color == null ? REFERENCE : color);
        return s;
    }

    /** Adds points without a connecting line, in the next hue. */
    public static XYSeries addPoints(XYChart chart, String name, double[] x, double[] y) {
        return addPoints(chart, name, x, y, hue(chart.getSeriesCollection().size()));
    }

    /** Adds points without a connecting line in a given colour. */
    public static XYSeries addPoints(XYChart chart, String name, double[] x, double[] y, Color color) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(color);
        return s;
    }

    /** Adds an integer-valued series as steps with a marker at every data point (thresholds, counts). */
    public static XYSeries addSteps(XYChart chart, String name, double[] x, double[] y, int hue, Marker marker) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
        s.setLineStyle(new BasicStroke(2f));
        s.setLineColor(hue(hue));
        s.setMarker(marker);
        s.setMarkerColor(hue(hue));
        return s;
    }

    /** Ticks only at whole numbers on the x axis ({@code x}) or the y axis, labelled without decimals. */
    public static XYChart integerTicks(XYChart chart, boolean x) {
        java.util.function.Function<Double, String> f = v -> Math.abs(v - Math.rint(v)) < 1e-9
                ? Long.toString(Math.round(v)) : "";
        if (x) {
            chart.setCustomXAxisTickLabelsFormatter(f);
        } else {
            chart.setCustomYAxisTickLabelsFormatter(f);
        }
        return chart;
    }

    /** Fixes the y range. */
    public static XYChart yRange(XYChart chart, double min, double max) {
        chart.getStyler().setYAxisMin(min);
        chart.getStyler().setYAxisMax(max);
        return chart;
    }

    /** Fixes the x range. */
    public static XYChart xRange(XYChart chart, double min, double max) {
        chart.getStyler().setXAxisMin(min);
        chart.getStyler().setXAxisMax(max);
        return chart;
    }

    /** Applies the house style to any chart. */
    public static <C extends Chart<?, ?>> C style(C chart) {
        Styler st = chart.getStyler();
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotBackgroundColor(Color.WHITE);
        st.setPlotBorderVisible(true);
        st.setLegendPosition(Styler.LegendPosition.OutsideE);
        st.setLegendBorderColor(new Color(200, 200, 200));
        st.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        st.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        st.setLegendSeriesLineLength(36);
        st.setAntiAlias(true);
        if (st instanceof AxesChartStyler axes) {
            axes.setPlotGridLinesColor(new Color(228, 228, 228));
            axes.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            axes.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            axes.setLocale(Locale.ROOT);
        }
        return chart;
    }

    /** Logarithmic y axes spanning more decades than this get grid lines at the decades only. */
    static final double DECADES_FOR_DECADE_GRID = 4;

    /** The name of the hidden series {@link #paint} adds while painting (see there). */
    private static final String AXIS_GUARD = "\u2063x axis";

    /**
     * Paints a chart at its size, with two corrections to XChart 4's axes (every figure is painted here):
     * <ul>
     *   <li>XChart treats an x axis whose values (all series' x values, in the order they were added, duplicates
     *       removed) are equally spaced as a category axis: it puts ticks only at data values, every k-th from the
     *       first, so a path sampled on a uniform grid gets ticks such as 0, 6, 12, 18 while a panel beside it (with
     *       an adaptive time grid) gets 0, 20, 40. Such a chart (more than {@value #FEW_X_VALUES} x values) is
     *       painted with a hidden series holding one NaN point, which breaks the equal spacing and draws nothing, so
     *       XChart chooses its usual round-number ticks.</li>
     *   <li>A logarithmic y axis has a tick at every 1..9 x 10^k and XChart draws a grid line at every tick; over
     *       many decades these merge into a dense hatching. An axis spanning more than
     *       {@value #DECADES_FOR_DECADE_GRID} decades gets grid lines at the labelled decades only (drawn under the
     *       chart, which is then painted with a transparent background).</li>
     * </ul>
     */
    static void paint(Chart<?, ?> chart, java.awt.Graphics2D g) {
        if (!(chart instanceof XYChart xy)) {
            chart.paint(g, chart.getWidth(), chart.getHeight());
            return;
        }
        XYStyler st = xy.getStyler();
        boolean guard = !st.isXAxisLogarithmic() && equallySpacedX(xy) && xy.getSeries(AXIS_GUARD) == null;
        if (guard) {
            XYSeries s = xy.addSeries(AXIS_GUARD, new double[] {Double.NaN}, new double[] {Double.NaN});
            s.setShowInLegend(false);
            s.setMarker(SeriesMarkers.NONE);
        }
        double[] yRange = range(xy, false);
        boolean decadeGrid = st.isYAxisLogarithmic() && st.isPlotGridHorizontalLinesVisible() && yRange[0] > 0
                && Math.log10(yRange[1] / yRange[0]) > DECADES_FOR_DECADE_GRID;
        Color chartBackground = st.getChartBackgroundColor();
        Color plotBackground = st.getPlotBackgroundColor();
        try {
            if (decadeGrid) {
                st.setPlotGridHorizontalLinesVisible(false);
                BufferedImage layout = new BufferedImage(chart.getWidth(), chart.getHeight(),
                        BufferedImage.TYPE_INT_RGB);
                java.awt.Graphics2D lg = layout.createGraphics();
                try {
                    chart.paint(lg, chart.getWidth(), chart.getHeight());
                } finally {
                    lg.dispose();
                }
                g.setColor(chartBackground);
                g.fillRect(0, 0, chart.getWidth(), chart.getHeight());
                decadeLines(xy, g, yRange, plotBackground);
                Color clear = new Color(0, 0, 0, 0);
                st.setChartBackgroundColor(clear);
                st.setPlotBackgroundColor(clear);
            }
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            if (decadeGrid) {
                st.setPlotGridHorizontalLinesVisible(true);
                st.setChartBackgroundColor(chartBackground);
                st.setPlotBackgroundColor(plotBackground);
            }
            if (guard) {
                xy.removeSeries(AXIS_GUARD);
            }
        }
    }

    /** The plot's background and a grid line at every decade of the y range, in the chart's grid style. */
    private static void decadeLines(XYChart c, java.awt.Graphics2D g, double[] yRange, Color plotBackground) {
        double[] xRange = range(c, true);
        double pad = (1 / c.getStyler().getPlotContentSize() - 1) / 2;
        double x0 = c.getScreenXFromChart(xRange[0]);
        double x1 = c.getScreenXFromChart(xRange[1]);
        double y0 = c.getScreenYFromChart(yRange[0]);
        double y1 = c.getScreenYFromChart(yRange[1]);
        double left = x0 - (x1 - x0) * pad;
        double right = x1 + (x1 - x0) * pad;
        double bottom = y0 + (y0 - y1) * pad;
        double top = y1 - (y0 - y1) * pad;
        g.setColor(plotBackground);
        g.fill(new java.awt.geom.Rectangle2D.Double(left, top, right - left, bottom - top));
        g.setColor(c.getStyler().getPlotGridLinesColor());
        g.setStroke(c.getStyler().getPlotGridLinesStroke());
        int first = (int) Math.ceil(Math.log10(yRange[0]) - 1e-9);
        int last = (int) Math.floor(Math.log10(yRange[1]) + 1e-9);
        for (int k = first; k <= last; k++) {
            double y = c.getScreenYFromChart(Math.pow(10, k));
            g.draw(new java.awt.geom.Line2D.Double(left, y, right, y));
        }
    }

    /** The axis range XChart uses: the set minimum and maximum, else the data's (positive data on a log axis). */
    private static double[] range(XYChart chart, boolean x) {
        boolean log = x ? chart.getStyler().isXAxisLogarithmic() : chart.getStyler().isYAxisLogarithmic();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (XYSeries s : chart.getSeriesCollection()) {
            for (double v : x ? s.getXData() : s.getYData()) {
                if (Double.isFinite(v) && (!log || v > 0)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        Double min = x ? chart.getStyler().getXAxisMin() : chart.getStyler().getYAxisMin();
        Double max = x ? chart.getStyler().getXAxisMax() : chart.getStyler().getYAxisMax();
        return new double[] {min != null ? min : lo, max != null ? max : hi};
    }

    /**
     * At most this many distinct x values are left to XChart's category-like ticks (a tick at data values): instances
     * 0..5 or buffer sizes 1..20 read best that way; more values are a sampled path on a continuous axis.
     */
    static final int FEW_X_VALUES = 30;

    /**
     * Whether XChart 4 would take the chart's x values for categories (equally spaced, in order of addition) and
     * there are more than {@value #FEW_X_VALUES} of them.
     */
    static boolean equallySpacedX(XYChart chart) {
        java.util.LinkedHashSet<Double> seen = new java.util.LinkedHashSet<>();
        for (XYSeries s : chart.getSeriesCollection()) {
            for (double v : s.getXData()) {
                seen.add(v);
            }
        }
        if (seen.size() <= FEW_X_VALUES) {
            return false;
        }
        Double[] v = seen.toArray(new Double[0]);
        double step = v[1] - v[0];
        for (int i = 2; i < v.length; i++) {
            if (!(Math.abs(v[i] - v[i - 1] - step) < 1e-4)) {
                return false;
            }
        }
        return true;
    }

    /** The chart as an image (what the notebook kernel shows inline). */
    public static BufferedImage image(Chart<?, ?> chart) {
        return Figure.of(chart).image();
    }

    /** Writes the chart as NAME.png, NAME.svg and NAME.pdf (the path may end in .png); returns the PNG's path. */
    public static Path writePng(Chart<?, ?> chart, Path file) {
        String name = file.getFileName().toString();
        String base = name.endsWith(".png") ? name.substring(0, name.length() - 4) : name;
        Path dir = file.toAbsolutePath().getParent();
        return Export.write(Figure.of(chart), dir, base);
    }

    /**
     * The points of a series to draw with a dash pattern: XChart strokes each segment separately, so the pattern
     * restarts at every point and a densely sampled dashed line looks solid. Points are kept only when they lie at
     * least one dash period (on an estimate of the plot's pixel scale) from the last kept point, so every segment
     * shows the pattern; the first and last points are always kept.
     */
    static double[][] forDashes(XYChart chart, double[] x, double[] y, BasicStroke stroke) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values, y " + y.length + ": they must match");
        }
        if (x.length < 3) {
            return new double[][] {x, y};
        }
        float period = 0;
        for (float d : stroke.getDashArray()) {
            period += d;
        }
        double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY, y0 = Double.POSITIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                x0 = Math.min(x0, x[i]);
                x1 = Math.max(x1, x[i]);
                y0 = Math.min(y0, y[i]);
                y1 = Math.max(y1, y[i]);
            }
        }
        double sx = Math.max(100, chart.getWidth() - 260) / Math.max(x1 - x0, 1e-300);
        double sy = Math.max(80, chart.getHeight() - 140) / Math.max(y1 - y0, 1e-300);
        double[] kx = new double[x.length];
        double[] ky = new double[x.length];
        int k = 0;
        kx[k] = x[0];
        ky[k++] = y[0];
        for (int i = 1; i < x.length - 1; i++) {
            if (Math.hypot((x[i] - kx[k - 1]) * sx, (y[i] - ky[k - 1]) * sy) >= period) {
                kx[k] = x[i];
                ky[k++] = y[i];
            }
        }
        kx[k] = x[x.length - 1];
        ky[k++] = y[y.length - 1];
        return new double[][] {java.util.Arrays.copyOf(kx, k), java.util.Arrays.copyOf(ky, k)};
    }

    private static final BasicStroke REFERENCE_STROKE = dash(1.4f, 9f, 3f, 2f, 3f);

    private static BasicStroke dash(float width, float... pattern) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, pattern, 0f);
    }

    private static int mix(int channel, double opacity) {
        return (int) Math.round(255 - (255 - channel) * opacity);
    }
}
