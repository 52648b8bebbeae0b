package lbw.present;

import java.awt.Color;
import lbw.report.Plot;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws the {@link Plot} descriptions of model reports as XChart line charts in the workbench's one figure style
 * ({@link Charts}): a series' hue is its quantity, LINE is solid and DASHED the second regime on top, REFERENCE is
 * the grey dash-dotted reference style; legends go right of the plot unless the plot asks for a place inside it.
 */
public final class Plots {

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
            int hue = s.hue() >= 0 ? s.hue() : next++;
            Color color = Charts.hue(hue);
            switch (s.style()) {
                case LINE -> Charts.add(c, s.name(), s.x(), s.y(), hue, Charts.Line.SOLID);
                case DASHED -> Charts.add(c, s.name(), s.x(), s.y(), hue, Charts.Line.DASHED);
                case REFERENCE -> Charts.addReference(c, s.name(), s.x(), s.y());
                case LINE_MARKERS -> {
                    XYSeries l = Charts.add(c, s.name(), s.x(), s.y(), hue, Charts.Line.SOLID);
                    l.setMarker(SeriesMarkers.CIRCLE);
                    l.setMarkerColor(color);
                }
                case POINTS -> {
                    XYSeries p = s.errors() == null ? c.addSeries(s.name(), s.x(), s.y())
                            : c.addSeries(s.name(), s.x(), s.y(), s.errors());
                    p.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                    p.setMarker(SeriesMarkers.CIRCLE);
                    p.setMarkerColor(color);
                }
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
}
