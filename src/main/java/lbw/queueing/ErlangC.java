package lbw.queueing;


/**
 * Exact stationary performance of the M/M/c queue (Erlang's delay formula), and of the same servers fed by
 * uniform random routing (c separate M/M/1 queues): the simplest measure of what load balancing buys.
 *
 * <p>The probability of waiting is computed through the Erlang B recursion
 * {@code B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1))} and {@code C = c B / (c - a (1 - B))}, which stays accurate
 * for thousands of servers where the textbook sum of {@code a^k / k!} overflows.
 */
public final class ErlangC {

    private ErlangC() {
    }

    /** Solves one queue. */
    public static QueueMetrics solve(MMcQueue q) {
        int c = q.servers();
        double a = q.offeredLoad();
        double b = 1.0;
        for (int k = 1; k <= c; k++) {
            b = a * b / (k + a * b);
        }
        double pWait = c * b / (c - a * (1 - b));
        double meanWait = pWait / (c * q.serviceRate() - q.arrivalRate());
        double meanResponse = meanWait + 1 / q.serviceRate();
        double randomResponse = 1 / (q.serviceRate() - q.arrivalRate() / c);
        return new QueueMetrics(q, pWait, meanWait, meanResponse, q.arrivalRate() * meanResponse, randomResponse);
    }

    /**
     * Mean response times against utilization, for the pooled queue and for random routing, at the given
     * utilizations.
     */
    public static ResponseSweep sweep(double serviceRate, int servers, double[] utilizations) {
        int n = utilizations.length;
        double[] pooled = new double[n];
        double[] random = new double[n];
        for (int i = 0; i < n; i++) {
            QueueMetrics m = solve(MMcQueue.atUtilization(utilizations[i], serviceRate, servers));
            pooled[i] = m.meanResponse();
            random[i] = m.randomRoutingResponse();
        }
        return new ResponseSweep(serviceRate, servers, utilizations, pooled, random);
    }

    /** {@code count} utilizations evenly spaced in [from, to]. */
    public static double[] grid(double from, double to, int count) {
        if (count < 2) {
            throw new IllegalArgumentException("count = " + count + ": a grid needs at least 2 points");
        }
        double[] g = new double[count];
        for (int i = 0; i < count; i++) {
            g[i] = from + (to - from) * i / (count - 1);
        }
        return g;
    }
}
