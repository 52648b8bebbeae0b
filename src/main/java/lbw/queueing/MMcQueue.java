package lbw.queueing;

import lbw.core.Check;
import lbw.core.InvalidParameterException;

/**
 * An M/M/c queue: Poisson arrivals at {@code arrivalRate}, {@code servers} identical exponential servers of rate
 * {@code serviceRate}, one shared first-come-first-served queue. Stability needs
 * {@code arrivalRate < servers * serviceRate}, which the constructor checks.
 */
public record MMcQueue(double arrivalRate, double serviceRate, int servers) {

    public MMcQueue {
        Check.positive("arrivalRate", arrivalRate);
        Check.positive("serviceRate", serviceRate);
        Check.positive("servers", servers);
        if (arrivalRate >= servers * serviceRate) {
            throw new InvalidParameterException("arrivalRate", arrivalRate,
                    "the queue is unstable: it must be below servers * serviceRate = " + servers * serviceRate);
        }
    }

    /** The queue with the arrival rate that gives utilization {@code rho} in (0, 1). */
    public static MMcQueue atUtilization(double rho, double serviceRate, int servers) {
        Check.openInterval("utilization", rho, 0, 1);
        return new MMcQueue(rho * servers * serviceRate, serviceRate, servers);
    }

    /** Offered load a = lambda / mu (in Erlangs). */
    public double offeredLoad() {
        return arrivalRate / serviceRate;
    }

    /** Utilization rho = lambda / (c mu), in (0, 1). */
    public double utilization() {
        return arrivalRate / (servers * serviceRate);
    }
}
