package lbw.bipartite;

import java.util.List;

/**
 * A change of a bipartite system at a time {@code t} (a scenario's {@code changes} entry): any of new arrival rates
 * (one per frontend), new service-rate functions (one per backend), edges added and edges removed. Whatever is not
 * given stays as it was. The change is checked against the system it applies to by {@link Regimes#of}.
 *
 * @param time         when the change happens (physical time)
 * @param arrivalRate  the new lambda_f, or null to keep them
 * @param serviceRate  the new l_b, or null to keep them
 * @param addEdges     edges [f, b] added (zero-based), possibly none
 * @param removeEdges  edges [f, b] removed, possibly none
 */
public record Change(double time, double[] arrivalRate, List<ServiceRate> serviceRate, int[][] addEdges,
        int[][] removeEdges) {

    /** Copies the arrays, so that the record is a value; missing edge lists become empty ones. */
    public Change {
        arrivalRate = arrivalRate == null ? null : arrivalRate.clone();
        serviceRate = serviceRate == null ? null : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(serviceRate));
        addEdges = addEdges == null ? new int[0][] : lbw.core.Copies.deep(addEdges);
        removeEdges = removeEdges == null ? new int[0][] : lbw.core.Copies.deep(removeEdges);
    }

    /** New arrival rates at time t. */
    public static Change arrivals(double time, double... arrivalRate) {
        return new Change(time, arrivalRate, null, null, null);
    }

    /** New service-rate functions at time t. */
    public static Change serviceRates(double time, List<ServiceRate> serviceRate) {
        return new Change(time, null, serviceRate, null, null);
    }

    /** Edges added and removed at time t. */
    public static Change edges(double time, int[][] addEdges, int[][] removeEdges) {
        return new Change(time, null, null, addEdges, removeEdges);
    }

    @Override
    public double[] arrivalRate() {
        return arrivalRate == null ? null : arrivalRate.clone();
    }

    @Override
    public int[][] addEdges() {
        return lbw.core.Copies.deep(addEdges);
    }

    @Override
    public int[][] removeEdges() {
        return lbw.core.Copies.deep(removeEdges);
    }
}
