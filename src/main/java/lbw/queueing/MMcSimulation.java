package lbw.queueing;

import java.util.Arrays;
import java.util.SplittableRandom;
import lbw.core.Check;
import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * A seeded discrete-event simulation of the M/M/c queue, an independent check of {@link ErlangC}: customers are
 * served first come first served by the server that frees up first. The mean response time is estimated with
 * batch means, which gives a confidence interval that accounts for the correlation between successive customers.
 */
public final class MMcSimulation {

    /**
     * Simulation options.
     *
     * @param customers number of customers measured (after the warm-up)
     * @param warmup    customers simulated first and discarded
     * @param batches   number of batches for the batch-means confidence interval
     * @param seed      random seed: the same seed gives the same numbers, bit for bit
     */
    public record Options(int customers, int warmup, int batches, long seed) {
        public Options {
            Check.positive("customers", customers);
            Check.nonNegative("warmup", warmup);
            Check.positive("batches", batches);
            if (batches < 2 || customers < 2 * batches) {
                throw new lbw.core.InvalidParameterException("batches", batches,
                        "needs 2 <= batches <= customers / 2 (customers = " + customers + ")");
            }
        }

        /** 200,000 measured customers after 20,000 warm-up, 20 batches, seed 1. */
        public static Options defaults() {
            return new Options(200_000, 20_000, 20, 1L);
        }

        public Options withSeed(long newSeed) {
            return new Options(customers, warmup, batches, newSeed);
        }

        public Options withCustomers(int newCustomers) {
            return new Options(newCustomers, warmup, batches, seed);
        }
    }

    /**
     * The estimate.
     *
     * @param meanResponse  sample mean response time
     * @param halfWidth95   half width of the 95% batch-means confidence interval (Student t)
     * @param customers     customers measured
     */
    public record Estimate(MMcQueue queue, double meanResponse, double halfWidth95, int customers) implements Summarizable {
        public boolean covers(double value) {
            return Math.abs(value - meanResponse) <= halfWidth95;
        }

        @Override
        public Table summary() {
            return Tables.of("Simulated M/M/" + queue.servers(),
                    "quantity", new String[] {"customers", "mean response", "95% half width"},
                    "value", new double[] {customers, meanResponse, halfWidth95});
        }
    }

    private MMcSimulation() {
    }

    public static Estimate run(MMcQueue q, Options options) {
        SplittableRandom rng = new SplittableRandom(options.seed());
        double[] freeAt = new double[q.servers()];
        double t = 0;
        int perBatch = options.customers() / options.batches();
        double[] batchSums = new double[options.batches()];
        int total = options.warmup() + perBatch * options.batches();
        for (int k = 0; k < total; k++) {
            t += exponential(rng, q.arrivalRate());
            int s = 0;
            for (int j = 1; j < freeAt.length; j++) {
                if (freeAt[j] < freeAt[s]) {
                    s = j;
                }
            }
            double start = Math.max(t, freeAt[s]);
            double done = start + exponential(rng, q.serviceRate());
            freeAt[s] = done;
            int measured = k - options.warmup();
            if (measured >= 0) {
                batchSums[measured / perBatch] += done - t;
            }
        }
        double[] means = Arrays.stream(batchSums).map(x -> x / perBatch).toArray();
        double mean = Arrays.stream(means).average().orElseThrow();
        double var = Arrays.stream(means).map(x -> (x - mean) * (x - mean)).sum() / (means.length - 1);
        double t975 = new org.apache.commons.math3.distribution.TDistribution(null, means.length - 1).inverseCumulativeProbability(0.975);
        return new Estimate(q, mean, t975 * Math.sqrt(var / means.length), perBatch * options.batches());
    }

    private static double exponential(SplittableRandom rng, double rate) {
        return -Math.log(1.0 - rng.nextDouble()) / rate;
    }
}
