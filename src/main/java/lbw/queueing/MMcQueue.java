package lbw.queueing;

import lbw.core.Check;
import lbw.core.InvalidParameterException;

/**
 * An M/M/c queue: Poisson arrivals at {@code arrivalRate}, {@code servers} identical exponential servers of rate
 * {@code serviceRate}, one shared first-come-first-served queue. Stability needs
 * {@code arrivalRate < servers * serviceRate}, which the constructor checks, as it checks the valid ranges:
 * serviceRate in [1e-6, 1e6], arrivalRate in [1e-6, 1e12], servers in [1, 1,000,000].
 */
public record MMcQueue(double arrivalRate, double serviceRate, int servers) {

    /** The valid range of the service rate, [1e-6, 1e6]; the arrival rate may reach 1e12 (docs/limits.md). */
    public static final double MIN_RATE = 1e-6;
    public static final double MAX_RATE = 1e6;
    /** The most servers: Erlang C costs O(servers) per point. */
    public static final int MAX_SERVERS = 1_000_000;

    public MMcQueue {
        Check.positive("arrivalRate", arrivalRate);
        Check.positive("serviceRate", serviceRate);
        Check.positive("servers", servers);
        Check.within("arrivalRate", arrivalRate, MIN_RATE, MAX_RATE * MAX_SERVERS);
        Check.within("serviceRate", serviceRate, MIN_RATE, MAX_RATE);
        Check.within("servers", servers, 1, MAX_SERVERS);
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
