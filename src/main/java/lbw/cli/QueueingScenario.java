package lbw.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import lbw.present.Charts;
import lbw.queueing.ErlangC;
import lbw.queueing.MMcQueue;
import lbw.queueing.QueueMetrics;
import lbw.scenario.Fields;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.Table;

/**
 * {@code "model": "mmc"}: an M/M/c queue against random routing. Keys: {@code arrivalRate}, {@code serviceRate},
 * {@code servers}, optional {@code sweepPoints} (default 19) for the utilization sweep.
 */
final class QueueingScenario implements ScenarioSolver {

    @Override
    public String model() {
        return "mmc";
    }

    @Override
    public String description() {
        return "M/M/c queue (Erlang C) against uniform random routing to c M/M/1 queues";
    }

    @Override
    public Solution solve(Fields in) {
        double lambda = in.number("arrivalRate");
        double mu = in.number("serviceRate");
        int c = in.integer("servers");
        int points = in.integer("sweepPoints", 19);
        in.finish();
        if (points < 2) {
            throw in.error("sweepPoints", "must be at least 2, found " + points);
        }
        MMcQueue q = in.build(() -> new MMcQueue(lambda, mu, c));
        QueueMetrics m = ErlangC.solve(q);
        Table sweep = ErlangC.sweep(mu, c, ErlangC.grid(0.05, 0.95, points));

        ObjectNode json = Json.object();
        json.put("model", model());
        json.put("utilization", q.utilization());
        json.put("waitProbability", m.waitProbability());
        json.put("meanWait", m.meanWait());
        json.put("meanResponse", m.meanResponse());
        json.put("meanInSystem", m.meanInSystem());
        json.put("randomRoutingResponse", m.randomRoutingResponse());

        XYChart chart = Charts.line("Pooled queue against random routing, c = " + c, "utilization", "mean response time");
        double[] u = sweep.doubleColumn("utilization").asDoubleArray();
        Charts.addLine(chart, "pooled M/M/" + c, u, sweep.doubleColumn("pooled").asDoubleArray());
        Charts.addLine(chart, "random routing", u, sweep.doubleColumn("random").asDoubleArray());
        return new Solution(json, Map.of("mmc-sweep", sweep), Map.of("mmc-response", chart));
    }
}
