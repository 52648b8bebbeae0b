package lbw.present.queueing;

import lbw.present.Charts;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.Table;

/** Charts for the M/M/c example. */
public final class QueueingCharts {

    private QueueingCharts() {
    }

    /**
     * Mean response time against utilization for one or more sweeps made by {@code ErlangC.sweep}: a colour per
     * sweep (system size), the pooled queue solid and random routing dashed.
     */
    public static XYChart responseCurves(String title, Table... sweeps) {
        XYChart chart = Charts.line(title, "utilization rho", "mean response time (mean service times)");
        for (int k = 0; k < sweeps.length; k++) {
            Table sweep = sweeps[k];
            double[] u = sweep.doubleColumn("utilization").asDoubleArray();
            String label = sweep.name().replaceFirst("^Mean response time, ", "");
            Charts.add(chart, "pooled, " + label, u, sweep.doubleColumn("pooled").asDoubleArray(), k, Charts.Line.SOLID);
            Charts.add(chart, "random routing, " + label, u, sweep.doubleColumn("random").asDoubleArray(), k, Charts.Line.DASHED);
        }
        return chart;
    }
}
