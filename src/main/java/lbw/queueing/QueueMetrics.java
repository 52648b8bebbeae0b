package lbw.queueing;

import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * Stationary performance of an {@link MMcQueue}.
 *
 * @param queue                 the queue solved
 * @param waitProbability       P(an arrival waits) (Erlang C)
 * @param meanWait              mean time in queue before service
 * @param meanResponse          mean time in system (wait + service)
 * @param meanInSystem          mean number in system, by Little's law
 * @param randomRoutingResponse mean time in system if arrivals were split uniformly at random over the servers,
 *                              each with a queue of its own (c independent M/M/1 queues)
 */
public record QueueMetrics(MMcQueue queue, double waitProbability, double meanWait, double meanResponse,
                           double meanInSystem, double randomRoutingResponse) implements Summarizable {

    @Override
    public Table summary() {
        return Tables.of("M/M/" + queue.servers() + " at utilization " + Tables.format(queue.utilization()),
                "quantity", new String[] {"arrival rate", "service rate", "servers", "utilization", "P(wait)",
                        "mean wait", "mean response", "mean number in system", "mean response, random routing"},
                "value", new double[] {queue.arrivalRate(), queue.serviceRate(), queue.servers(), queue.utilization(),
                        waitProbability, meanWait, meanResponse, meanInSystem, randomRoutingResponse});
    }
}
