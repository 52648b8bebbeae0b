package lbw.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A line chart described as data: a title, axis titles and series of (x, y) points, each drawn in one of a few
 * {@link Style}s. Models describe the charts of their reports this way; {@code lbw.present.Charts#draw(Plot)} draws
 * them in the workbench's style (models never import the charting library).
 *
 * <pre>{@code
 * Plot p = new Plot("Pooled queue against random routing", "utilization", "mean response time")
 *         .line("pooled", u, pooled, 0)
 *         .dashed("random routing", u, random, 0)
 *         .legend(Plot.Legend.INSIDE_NW);
 * }</pre>
 */
public final class Plot {

    /** How a series is drawn. */
    public enum Style {
        /** A solid line without markers. */
        LINE,
        /** A dashed line without markers. */
        DASHED,
        /** A solid line with a circle at every point. */
        LINE_MARKERS,
        /** Circles without a line, with error bars when the series has them. */
        POINTS,
        /** A thick black dashed line: a reference path or value (fluid limit, capacity, optimum). */
        REFERENCE
    }

    /** Where the legend goes. */
    public enum Legend { INSIDE_NE, INSIDE_NW, OUTSIDE_E }

    /**
     * One series. {@code hue} groups series that show the same quantity: series with the same hue get the same
     * colour ({@code -1}: the next colour of the palette). {@code errors} are half-widths of error bars, or null.
     */
    public record Series(String name, double[] x, double[] y, double[] errors, Style style, int hue) {
        public Series {
            if (x.length != y.length || (errors != null && errors.length != x.length)) {
                throw new IllegalArgumentException("series '" + name + "': x, y (and errors) must have equal lengths, found "
                        + x.length + ", " + y.length + (errors == null ? "" : ", " + errors.length));
            }
            x = x.clone();
            y = y.clone();
            errors = errors == null ? null : errors.clone();
        }

        @Override
        public double[] x() {
            return x.clone();
        }

        @Override
        public double[] y() {
            return y.clone();
        }

        @Override
        public double[] errors() {
            return errors == null ? null : errors.clone();
        }
    }

    private final String title;
    private final String xTitle;
    private final String yTitle;
    private final List<Series> series = new ArrayList<>();
    private Legend legend = Legend.INSIDE_NE;
    private Double yMin;
    private Double yMax;

    public Plot(String title, String xTitle, String yTitle) {
        this.title = title;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
    }

    public Plot line(String name, double[] x, double[] y, int hue) {
        return add(new Series(name, x, y, null, Style.LINE, hue));
    }

    public Plot dashed(String name, double[] x, double[] y, int hue) {
        return add(new Series(name, x, y, null, Style.DASHED, hue));
    }

    public Plot lineMarkers(String name, double[] x, double[] y, int hue) {
        return add(new Series(name, x, y, null, Style.LINE_MARKERS, hue));
    }

    /** Points, with error-bar half-widths {@code errors} (or null for none). */
    public Plot points(String name, double[] x, double[] y, double[] errors, int hue) {
        return add(new Series(name, x, y, errors, Style.POINTS, hue));
    }

    public Plot reference(String name, double[] x, double[] y) {
        return add(new Series(name, x, y, null, Style.REFERENCE, -1));
    }

    /**
     * Every {@code step}-th sample of a path with {@code step = max(1, t.length / max)}, so that about {@code max}
     * remain (a fluid path can have far more samples than a chart shows): {@code {t, column 0, column 1, ...}}.
     *
     * @param t    the sample times
     * @param rows {@code rows[i]} is the state at {@code t[i]}
     */
    public static double[][] thin(double[] t, double[][] rows, int max) {
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

    public Plot add(Series s) {
        series.add(s);
        return this;
    }

    public Plot legend(Legend where) {
        this.legend = where;
        return this;
    }

    /** Fixes the y range (either end may be null: chosen from the data). */
    public Plot yRange(Double min, Double max) {
        this.yMin = min;
        this.yMax = max;
        return this;
    }

    public String title() {
        return title;
    }

    public String xTitle() {
        return xTitle;
    }

    public String yTitle() {
        return yTitle;
    }

    public List<Series> series() {
        return Collections.unmodifiableList(series);
    }

    public Legend legend() {
        return legend;
    }

    public Double yMin() {
        return yMin;
    }

    public Double yMax() {
        return yMax;
    }
}
