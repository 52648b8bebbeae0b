package lbw.present.queueing;

import lbw.present.Charts;
import lbw.queueing.ResponseSweep;
import org.knowm.xchart.XYChart;

/** Charts for the M/M/c example. */
public final class QueueingCharts {

    private QueueingCharts() {
    }

    /**
     * Mean response time against utilization for one or more sweeps made by {@code ErlangC.sweep}: a colour per
     * sweep (system size), the pooled queue solid, random routing as a band (first sweep) or dashed on top of it.
     */
    public static XYChart responseCurves(String title, ResponseSweep... sweeps) {
        XYChart chart = Charts.line(title, "utilization rho", "mean response time (mean service times)");
        for (int k = 0; k < sweeps.length; k++) {
            ResponseSweep sweep = sweeps[k];
            double[] u = sweep.utilization();
            Charts.add(chart, "pooled, " + sweep.label(), u, sweep.pooled(), k, Charts.Line.SOLID);
            // random routing does not depend on the number of servers: the first sweep's curve is a band, so the
            // others, drawn dashed on top, stay visible where they coincide with it
            Charts.add(chart, "random routing, " + sweep.label(), u, sweep.random(), k,
                    k == 0 ? Charts.Line.BAND : Charts.Line.DASHED);
        }
        return chart;
    }
}
