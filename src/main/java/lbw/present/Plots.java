package lbw.present;

import java.awt.BasicStroke;
import java.awt.Color;
import lbw.report.Plot;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws the {@link Plot} descriptions of model reports as XChart line charts in the workbench's style. */
public final class Plots {

    /** One colour per hue (the Tableau 10 palette), reused cyclically. */
    private static final Color[] PALETTE = {
        new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C), new Color(0xD62728), new Color(0x9467BD),
        new Color(0x8C564B), new Color(0xE377C2), new Color(0x7F7F7F), new Color(0xBCBD22), new Color(0x17BECF)};

    /** At most this many points per dashed series: a dash pattern restarts on every segment. */
    private static final int DASHED_POINTS = 80;

    private Plots() {
    }

    /** The chart a plot describes. */
    public static XYChart draw(Plot plot) {
        XYChart c = Charts.line(plot.title(), plot.xTitle(), plot.yTitle());
        c.getStyler().setLegendPosition(switch (plot.legend()) {
            case INSIDE_NE -> Styler.LegendPosition.InsideNE;
            case INSIDE_NW -> Styler.LegendPosition.InsideNW;
            case OUTSIDE_E -> Styler.LegendPosition.OutsideE;
        });
        int next = 0;
        for (Plot.Series s : plot.series()) {
            Color color = s.hue() >= 0 ? PALETTE[s.hue() % PALETTE.length] : PALETTE[next++ % PALETTE.length];
            XYSeries x = switch (s.style()) {
                case LINE -> Charts.addLine(c, s.name(), s.x(), s.y());
                case DASHED -> dashed(c, s, false);
                case REFERENCE -> dashed(c, s, true);
                case LINE_MARKERS -> {
                    XYSeries l = Charts.addLine(c, s.name(), s.x(), s.y());
                    l.setMarker(SeriesMarkers.CIRCLE);
                    yield l;
                }
                case POINTS -> {
                    XYSeries p = s.errors() == null ? c.addSeries(s.name(), s.x(), s.y())
                            : c.addSeries(s.name(), s.x(), s.y(), s.errors());
                    p.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                    p.setMarker(SeriesMarkers.CIRCLE);
                    yield p;
                }
            };
            if (s.style() != Plot.Style.REFERENCE) {
                x.setLineColor(color);
                x.setMarkerColor(color);
            }
        }
        c.getStyler().setErrorBarsColor(Color.DARK_GRAY);
        if (plot.yMin() != null) {
            c.getStyler().setYAxisMin(plot.yMin());
        }
        if (plot.yMax() != null) {
            c.getStyler().setYAxisMax(plot.yMax());
        }
        return c;
    }

    /** A dashed series thinned to at most {@value #DASHED_POINTS} points (the last point always kept). */
    private static XYSeries dashed(XYChart c, Plot.Series s, boolean reference) {
        double[] x = s.x();
        double[] y = s.y();
        int stride = Math.max(1, (x.length + DASHED_POINTS - 1) / DASHED_POINTS);
        int k = x.length == 0 ? 0 : (x.length - 1) / stride + 1 + ((x.length - 1) % stride == 0 ? 0 : 1);
        double[] xs = new double[k];
        double[] ys = new double[k];
        int n = 0;
        for (int i = 0; i < x.length; i += stride) {
            xs[n] = x[i];
            ys[n++] = y[i];
        }
        if (n < k) {
            xs[n] = x[x.length - 1];
            ys[n] = y[y.length - 1];
        }
        XYSeries d = Charts.addDashed(c, s.name(), xs, ys);
        if (reference) {
            d.setLineColor(Color.BLACK);
            d.setLineStyle(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {8f, 4f}, 0f));
        }
        return d;
    }
}
