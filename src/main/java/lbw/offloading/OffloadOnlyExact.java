package lbw.offloading;

import lbw.core.Check;

/**
 * Offload-Only in closed form. Every job goes to the cloud in SM1 and the cloud serves them one at a time at rate
 * {@code K mu0}, so the system is an M/M/1 queue; with the base queue truncated at N it is an M/M/1/(N+1) queue
 * (at most N waiting plus one in service).
 */
public final class OffloadOnlyExact {

    private OffloadOnlyExact() {
    }

    /** Mean delay of the untruncated M/M/1 queue, {@code 1/(K mu0 - lambda)}; +infinity when unstable. */
    public static double meanDelay(OffloadingModel m) {
        return m.offloadOnlyStable() ? 1 / (m.muC1() - m.lambda()) : Double.POSITIVE_INFINITY;
    }

    /**
     * Mean delay of accepted jobs in the M/M/1/C queue with {@code C = buffer + 1}: {@code p_k ~ r^k} for
     * {@code k = 0..C}, {@code L = sum k p_k}, accepted rate {@code lambda (1 - p_C)}, delay by Little's law.
     */
    public static double truncatedMeanDelay(OffloadingModel m, int buffer) {
        Check.positive("buffer", buffer);
        int cap = buffer + 1;
        double r = m.lambda() / m.muC1();
        double norm = 0, jobs = 0, w = 1, last = 0;
        for (int k = 0; k <= cap; k++) {
            norm += w;
            jobs += k * w;
            last = w;
            w *= r;
        }
        double accepted = m.lambda() * (1 - last / norm);
        return jobs / norm / accepted;
    }
}
