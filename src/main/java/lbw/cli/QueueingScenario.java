package lbw.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import lbw.present.queueing.QueueingCharts;
import lbw.queueing.ErlangC;
import lbw.queueing.MMcQueue;
import lbw.queueing.QueueMetrics;
import lbw.scenario.Fields;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.Table;

/**
 * {@code "model": "mmc"}: an M/M/c queue against random routing. Keys: {@code arrivalRate}, {@code serviceRate},
 * {@code servers}. Prints the stationary metrics; {@code --out} adds the utilization sweep (CSV) and its chart (PNG).
 */
final class QueueingScenario implements ScenarioSolver {

    private static final int SWEEP_POINTS = 19;

    @Override
    public String model() {
        return "mmc";
    }

    @Override
    public String description() {
        return "M/M/c queue (Erlang C) against uniform random routing to c M/M/1 queues";
    }

    @Override
    public java.util.function.Supplier<Solution> prepare(Fields in) {
        MMcQueue q = MMcQueue.read(in);
        in.finish();
        return () -> solve(q);
    }

    private Solution solve(MMcQueue q) {
        QueueMetrics m = ErlangC.solve(q);
        Table sweep = ErlangC.sweep(q.serviceRate(), q.servers(), ErlangC.grid(0.05, 0.95, SWEEP_POINTS));

        ObjectNode json = Json.object();
        json.put("model", model());
        json.put("utilization", q.utilization());
        json.put("waitProbability", m.waitProbability());
        json.put("meanWait", m.meanWait());
        json.put("meanResponse", m.meanResponse());
        json.put("meanInSystem", m.meanInSystem());
        json.put("randomRoutingResponse", m.randomRoutingResponse());
        XYChart chart = QueueingCharts.responseCurves("Pooled queue against random routing", sweep);
        return new Solution(json, Map.of("mmc-sweep", sweep), Map.of("mmc-response", chart));
    }
}
