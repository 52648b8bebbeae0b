package lbw.setupdelays;

import lbw.core.Check;
import lbw.core.Copies;

/**
 * The equilibrium of the combined dynamics (26) as Theorem 6 characterizes it, computed without integrating: the
 * routing solves problem (21) with the capacities {@code cap} (at its optimum the proximal term vanishes, so it is the
 * LP (10) at {@code eps = 0} with {@code cap}), the virtual queues are the LP prices, the setup queues are
 * {@code z*_ij = tau_ij x*_ij} and the pool queues are {@code q*_j = sum_i gamma_ij z*_ij = sum_i x*_ij} (Theorem
 * 6(b); below {@code c_j} when {@code cap = c~ < c}).
 *
 * <p>With {@code cap = c} (the untightened dynamics (24)) the pool queues of saturated pools are not determined by
 * the equilibrium conditions: every {@code q_j >= c_j} is at rest once the inflow equals {@code c_j}, so the queue
 * reported here ({@code sum_i x*_ij = c_j}) is only the smallest of them.
 *
 * @param capacity the capacities of the constraint (21c) ({@code c~} for (26), {@code c} for (24))
 * @param routing  {@code x*}, the optimum of (21)
 * @param queues   {@code q*_j = sum_i x*_ij}
 * @param prices   {@code nu*}, the LP prices of (21c)
 * @param cost     the optimal cost of (21), {@code sum tau_ij x*_ij} (tasks in setup)
 * @param gap      primal minus dual LP value
 */
public record ProximalEquilibrium(double[] capacity, double[][] routing, double[] queues, double[] prices,
                                  double cost, double gap) {

    /** Copies the arrays, so that the record is a value. */
    public ProximalEquilibrium {
        capacity = capacity.clone();
        routing = Copies.deep(routing);
        queues = queues.clone();
        prices = prices.clone();
    }

    @Override
    public double[] capacity() {
        return capacity.clone();
    }

    @Override
    public double[][] routing() {
        return Copies.deep(routing);
    }

    @Override
    public double[] queues() {
        return queues.clone();
    }

    @Override
    public double[] prices() {
        return prices.clone();
    }

    /**
     * Relative tolerance of {@link #converged}: a state is at the equilibrium when every routing rate and pool queue
     * is within {@code CONVERGENCE_TOLERANCE * max_j c_j} of it.
     */
    public static final double CONVERGENCE_TOLERANCE = 1e-4;

    /** The equilibrium of (26) with the given capacities (Theorem 6). */
    public static ProximalEquilibrium solve(SetupDelayModel model, double[] cap) {
        Check.length("capacity", cap, model.pools(), "one capacity per pool");
        LpSolution lp = StaticLp.solve(model, cap);
        double[][] x = lp.routing();
        double[] q = new double[model.pools()];
        for (double[] row : x) {
            for (int j = 0; j < q.length; j++) {
                q[j] += row[j];
            }
        }
        return new ProximalEquilibrium(cap.clone(), x, q, lp.prices(), lp.cost(), lp.gap());
    }

    /** Setup queues {@code z*_ij = tau_ij x*_ij}. */
    public double[][] setupQueues(SetupDelayModel model) {
        double[][] z = new double[routing.length][];
        for (int i = 0; i < z.length; i++) {
            z[i] = new double[routing[i].length];
            for (int j = 0; j < z[i].length; j++) {
                z[i][j] = model.tau(i, j) * routing[i][j];
            }
        }
        return z;
    }

    /** Largest distance, over routing rates and pool queues, of a state {@code (x, q)} to this equilibrium. */
    public double distance(double[][] x, double[] q) {
        return Math.max(Trajectories.maxAbsDiff(x, routing), Trajectories.maxAbsDiff(q, queues));
    }

    /** Distance of the trajectory's state at sample {@code k}. */
    public double distance(SetupQueueTrajectory t, int k) {
        return distance(t.routing()[k], t.queues()[k]);
    }

    /** The absolute tolerance behind {@link #converged}: {@code CONVERGENCE_TOLERANCE * max_j c_j}. */
    public double tolerance(SetupDelayModel model) {
        double c = 0;
        for (double v : model.capacity()) {
            c = Math.max(c, v);
        }
        return CONVERGENCE_TOLERANCE * c;
    }

    /** Whether the trajectory ends within {@link #tolerance} of this equilibrium. */
    public boolean converged(SetupDelayModel model, SetupQueueTrajectory t) {
        return distance(t, t.last()) <= tolerance(model);
    }

    /**
     * The first sample time after which the trajectory stays within {@code tol} of this equilibrium, or NaN if it is
     * farther than {@code tol} at its last sample (not settled within the horizon).
     */
    public double settlingTime(SetupQueueTrajectory t, double tol) {
        double[][][] x = t.routing();
        double[][] q = t.queues();
        return Trajectories.settlingTime(t.times(), k -> distance(x[k], q[k]), tol);
    }

    /**
     * The Lyapunov function of Section 5.2, {@code V(Z, nu) = |Z - Z^|^2 / 2 + |nu - nu^|^2 / 2} with the saddle point
     * {@code Z^ = tau x*}, {@code nu^ = prices}, at every sample of a trajectory of (24) run with these capacities
     * (nonincreasing along it). The trajectory's prices are the virtual queues {@code nu^+} the dispatchers route on.
     */
    public double[] lyapunov(SetupDelayModel model, SetupQueueTrajectory t) {
        double[][] zHat = setupQueues(model);
        double[][][] setup = t.setup();
        double[][] virtualQueues = t.prices();
        double[] v = new double[setup.length];
        for (int k = 0; k < v.length; k++) {
            double s = 0;
            double[][] z = setup[k];
            for (int i = 0; i < z.length; i++) {
                for (int j = 0; j < z[i].length; j++) {
                    double d = z[i][j] - zHat[i][j];
                    s += d * d;
                }
            }
            double[] nu = virtualQueues[k];
            for (int j = 0; j < nu.length; j++) {
                double d = nu[j] - prices[j];
                s += d * d;
            }
            v[k] = 0.5 * s;
        }
        return v;
    }

    /** The largest increase between consecutive entries of {@code values} (0 if they never increase). */
    public static double largestIncrease(double[] values) {
        double up = 0;
        for (int k = 1; k < values.length; k++) {
            up = Math.max(up, values[k] - values[k - 1]);
        }
        return up;
    }
}
