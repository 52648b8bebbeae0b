package lbw.queueing;

import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * Mean response times against utilization ({@link ErlangC#sweep}): the pooled M/M/c queue and uniform random
 * routing to c M/M/1 queues, at each utilization of a grid.
 *
 * @param serviceRate the service rate mu of each server
 * @param servers     c
 * @param utilization the utilizations rho
 * @param pooled      the pooled queue's mean response time at each utilization
 * @param random      random routing's mean response time at each utilization
 */
public record ResponseSweep(double serviceRate, int servers, double[] utilization, double[] pooled, double[] random)
        implements Summarizable {

    public ResponseSweep {
        if (pooled.length != utilization.length || random.length != utilization.length) {
            throw new IllegalArgumentException("one response time per policy and utilization (" + utilization.length + ")");
        }
        utilization = utilization.clone();
        pooled = pooled.clone();
        random = random.clone();
    }

    @Override
    public double[] utilization() {
        return utilization.clone();
    }

    @Override
    public double[] pooled() {
        return pooled.clone();
    }

    @Override
    public double[] random() {
        return random.clone();
    }

    /** {@code random / pooled} at each utilization: what pooling gains. */
    public double[] ratio() {
        double[] r = new double[utilization.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = random[i] / pooled[i];
        }
        return r;
    }

    /** The system in words, e.g. {@code 10 servers of rate 1.0}. */
    public String label() {
        return servers + " servers of rate " + serviceRate;
    }

    /** Columns utilization, pooled, random, ratio. */
    public Table table() {
        return Tables.of("Mean response time, " + label(), "utilization", utilization(), "pooled", pooled(), "random",
                random(), "ratio", ratio());
    }

    @Override
    public Table summary() {
        return table();
    }
}
