package lbw.present.queueing;

import lbw.present.Charts;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.Table;

/** Charts for the M/M/c example. */
public final class QueueingCharts {

    private QueueingCharts() {
    }

    /**
     * Mean response time against utilization for one or more sweeps made by {@code ErlangC.sweep}: for each, the
     * pooled queue (solid) and random routing (dashed).
     */
    public static XYChart responseCurves(String title, Table... sweeps) {
        XYChart chart = Charts.line(title, "utilization", "mean response time");
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        for (Table sweep : sweeps) {
            double[] u = sweep.doubleColumn("utilization").asDoubleArray();
            String label = sweep.name().replaceFirst("^Mean response time, ", "");
            Charts.addLine(chart, "pooled, " + label, u, sweep.doubleColumn("pooled").asDoubleArray());
            Charts.addDashed(chart, "random routing, " + label, u, sweep.doubleColumn("random").asDoubleArray());
        }
        return chart;
    }
}
