package lbw.queueing;

import lbw.report.AbstractDescriptor;
import lbw.report.Plot;
import lbw.report.Report;
import lbw.report.Section;

/**
 * {@code "model": "mmc"}: an M/M/c queue against random routing. Keys: {@code arrivalRate}, {@code serviceRate},
 * {@code servers}. Reports the stationary metrics, the utilization sweep (table {@code mmc-sweep}) and its chart
 * ({@code mmc-response}).
 */
public final class MMcDescriptor extends AbstractDescriptor<MMcScenario> {

    /** Points of the utilization sweep, from 0.05 to 0.95. */
    static final int SWEEP_POINTS = 19;

    public MMcDescriptor() {
        super(MMcScenario.MODEL,
                "M/M/c queue (Erlang C) against uniform random routing to c M/M/1 queues",
                MMcScenario::read);
    }

    @Override
    public Report solve(MMcScenario scenario) {
        MMcQueue q = scenario.queue();
        QueueMetrics m = ErlangC.solve(q);
        ResponseSweep sweep = ErlangC.sweep(q.serviceRate(), q.servers(), ErlangC.grid(0.05, 0.95, SWEEP_POINTS));

        Report report = new Report(name());
        Section v = report.values();
        v.put("utilization", q.utilization());
        v.put("waitProbability", m.waitProbability());
        v.put("meanWait", m.meanWait());
        v.put("meanResponse", m.meanResponse());
        v.put("meanInSystem", m.meanInSystem());
        v.put("randomRoutingResponse", m.randomRoutingResponse());
        double[] u = sweep.utilization();
        Plot chart = new Plot("Pooled queue against random routing", "utilization", "mean response time")
                .line("pooled, " + sweep.label(), u, sweep.pooled(), 0)
                .dashed("random routing, " + sweep.label(), u, sweep.random(), 0)
                .legend(Plot.Legend.INSIDE_NW);
        return report.table("mmc-sweep", sweep.table()).chart("mmc-response", chart);
    }
}
