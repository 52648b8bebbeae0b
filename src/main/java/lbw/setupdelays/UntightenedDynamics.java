package lbw.setupdelays;

import java.util.ArrayList;
import java.util.List;
import lbw.core.Check;

/**
 * Why Theorem 6 tightens the capacities: the saddle-point dynamics (24) with the true capacities {@code c} in (24b),
 * coupled with the pool queues (20), against the combined dynamics (26) with {@code c~ = margin * c}, each from
 * several initial pool queues.
 *
 * <p>Both reach the optimal routing of (21) (with {@code c}, resp. {@code c~}), because (24) does not read the pool
 * queues. But with {@code c} a pool that is saturated at the optimum ({@code sum_i x*_ij = c_j}) receives exactly
 * {@code c_j} in the limit, and every {@code q_j >= c_j} is then at rest ({@code q_j' = c_j - min(q_j, c_j) = 0}):
 * the limit queue is whatever the transient left, so it depends on the initial state, and tasks wait
 * ({@code q_j > c_j}). With {@code c~ < c} the inflow ends below {@code c_j}, the queue is a stable first-order system
 * and its limit {@code q*_j = sum_i x*_ij < c_j} forgets the initial state (Theorem 6(b)).
 */
public final class UntightenedDynamics {

    private UntightenedDynamics() {
    }

    /**
     * One run: the capacities in (24b), the initial pool queues and what the run ends with.
     *
     * @param label             "c" (untightened (24)) or "c~ = margin c" ((26))
     * @param initialQueues     {@code q(0)} (setup queues and prices start at 0)
     * @param finalQueues       {@code q(T)}
     * @param waiting           tasks waiting at the horizon, {@code sum_j [q_j(T) - c_j]^+}
     * @param routingDistance   largest {@code |x_ij(T) - x*_ij|} from the optimum of (21) with the same capacities
     * @param lateQueueDrift    largest {@code |q_j(T) - q_j(0.9 T)|}: how much the queues still move at the end
     * @param trajectory        the sampled run
     */
    public record Run(String label, double[] initialQueues, double[] finalQueues, double waiting,
                      double routingDistance, double lateQueueDrift, SetupQueueTrajectory trajectory) {

        /** Copies the arrays, so that the record is a value. */
        public Run {
            initialQueues = initialQueues.clone();
            finalQueues = finalQueues.clone();
        }

        @Override
        public double[] initialQueues() {
            return initialQueues.clone();
        }

        @Override
        public double[] finalQueues() {
            return finalQueues.clone();
        }
    }

    /**
     * The comparison.
     *
     * @param untightened the equilibrium of (24) with {@code c} (its queues are the smallest at-rest queues)
     * @param tightened   the equilibrium of (26) with {@code c~} (Theorem 6)
     * @param runs        for each initial state, the run with {@code c}, then the run with {@code c~}
     */
    public record Study(ProximalEquilibrium untightened, ProximalEquilibrium tightened, List<Run> runs) {

        public Study {
            runs = List.copyOf(runs);
        }

        /** The largest difference of the final queues across initial states, among the runs with label {@code c}. */
        public double untightenedSpread() {
            return spread(true);
        }

        /** The same among the runs with {@code c~}: zero up to the integration error (Theorem 6(b)). */
        public double tightenedSpread() {
            return spread(false);
        }

        private double spread(boolean untightenedRuns) {
            double d = 0;
            for (int a = untightenedRuns ? 0 : 1; a < runs.size(); a += 2) {
                for (int b = a + 2; b < runs.size(); b += 2) {
                    d = Math.max(d, Trajectories.maxAbsDiff(runs.get(a).finalQueues(), runs.get(b).finalQueues()));
                }
            }
            return d;
        }
    }

    /** Runs (24) with {@code c} and (26) with {@code margin * c} from each initial pool-queue vector to {@code horizon}. */
    public static Study compare(SetupDelayModel model, double margin, List<double[]> initialQueues, double horizon,
                                OdeOptions options) {
        double[] c = model.capacity();
        double[] ct = model.tightenedCapacity(margin);
        Check.positive("horizon", horizon);
        if (initialQueues == null || initialQueues.isEmpty()) {
            throw new lbw.core.InvalidParameterException("initialQueues", "needs at least one initial state");
        }
        ProximalEquilibrium eqC = ProximalEquilibrium.solve(model, c);
        ProximalEquilibrium eqT = ProximalEquilibrium.solve(model, ct);
        List<Run> runs = new ArrayList<>();
        for (double[] q0 : initialQueues) {
            runs.add(run(model, "c", c, eqC, q0, horizon, options));
            runs.add(run(model, "c~ = " + margin + " c", ct, eqT, q0, horizon, options));
        }
        return new Study(eqC, eqT, runs);
    }

    private static Run run(SetupDelayModel model, String label, double[] cap, ProximalEquilibrium eq, double[] q0,
                           double horizon, OdeOptions options) {
        SetupQueueTrajectory t = SetupQueueDynamics.saddlePoint(model, cap, q0, null, null, horizon, options);
        double[] qT = t.finalQueues();
        double waiting = 0;
        for (int j = 0; j < qT.length; j++) {
            waiting += Math.max(0, qT[j] - model.c(j));
        }
        int late = 0;
        double[] times = t.times();
        while (times[late] < 0.9 * horizon) {
            late++;
        }
        return new Run(label, q0.clone(), qT, waiting, Trajectories.maxAbsDiff(t.finalRouting(), eq.routing()),
                Trajectories.maxAbsDiff(qT, t.queues()[late]), t);
    }
}
