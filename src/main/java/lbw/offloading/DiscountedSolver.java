package lbw.offloading;

import lbw.core.Work;

/**
 * Discounted optimal control of the uniformized chain. With post-decision values
 * {@code Q(x) = |x| + (gamma/Lambda) sum_e rate_e V(e x)}, the Bellman equation reads
 * {@code V(s) = min{Q(s), Q(U1 s), Q(U2 s), Q(U2 U1 s)}} over the admissible assignments.
 *
 * <ul>
 *   <li>{@link #valueIteration}: the paper's method, Jacobi sweeps from V = 0 (one pass for Q, one for the min).</li>
 *   <li>{@link #gaussSeidel}: in-place sweeps in index order (n0 increasing; departure targets before their
 *       sources), with the self-loop of the uniformized chain eliminated exactly, which is also a
 *       gamma-contraction with the same fixed point, so the same stopping rule gives the same guarantee.</li>
 *   <li>{@link #evaluate}: the discounted value of a fixed policy (Gauss-Seidel, same stopping rule).</li>
 * </ul>
 * Both optimal solvers extract the policy greedily from their final V with the same tie rule.
 */
public final class DiscountedSolver {

    private DiscountedSolver() {
    }

    /** Plain value iteration from V = 0 until {@code ||V_{k+1} - V_k|| < epsilon (1-gamma)/(2 gamma)}. */
    public static DiscountedSolution valueIteration(UniformizedMdp mdp, SolverOptions options) {
        return iterate(mdp, options, BlockSweeps::jacobi, "value iteration", "optimal (value iteration)");
    }

    /**
     * One Jacobi Bellman sweep {@code V <- T V} in the array formulation (successor index arrays; the reference
     * that the solvers' index-arithmetic sweeps are tested against). {@code q} has length n + 1. Returns the
     * sup-norm change.
     */
    public static double referenceSweep(UniformizedMdp mdp, double[] v, double[] q, double discount) {
        mdp.postValues(v, q, discount);
        final int[] p1 = mdp.postSm1, p2 = mdp.postSm2, p3 = mdp.postBoth;
        double diff = 0;
        for (int s = 0, n = mdp.n; s < n; s++) {
            double best = Math.min(Math.min(q[s], q[p1[s]]), Math.min(q[p2[s]], q[p3[s]]));
            double d = Math.abs(best - v[s]);
            if (d > diff) {
                diff = d;
            }
            v[s] = best;
        }
        return diff;
    }

    /** Gauss-Seidel value iteration with self-loop elimination, from V = 0, with the same stopping rule. */
    public static DiscountedSolution gaussSeidel(UniformizedMdp mdp, SolverOptions options) {
        return iterate(mdp, options, BlockSweeps::gaussSeidel, "Gauss-Seidel value iteration", "optimal (Gauss-Seidel)");
    }

    /** One in-place Bellman sweep over V (with the solver's ring buffer); returns the sup-norm change. */
    @FunctionalInterface
    private interface Sweep {
        double apply(UniformizedMdp mdp, double[] v, double[] ring, double discount);
    }

    /** Sweeps from V = 0 until the stopping rule holds or the iteration budget is spent; then the greedy policy. */
    private static DiscountedSolution iterate(UniformizedMdp mdp, SolverOptions options, Sweep sweep, String method,
                                              String policyName) {
        double[] v = new double[mdp.size()];
        double[] ring = BlockSweeps.newRing(mdp.space());
        double tol = options.stoppingThreshold();
        int it = 0;
        double diff = Double.POSITIVE_INFINITY;
        try (Work work = Work.start(method, options.maxIterations(), "sweeps")) {
            while (it < options.maxIterations()) {
                diff = sweep.apply(mdp, v, ring, options.discount());
                it++;
                if (diff < tol) {
                    break;
                }
                work.advanceTo(it);
            }
            work.summary(sweepSummary(method, mdp, it, diff, tol, work));
        }
        Policy p = greedy(mdp, v, options, policyName);
        return new DiscountedSolution(method, mdp, options.discount(), v, p, it, diff, tol, diff < tol);
    }

    /** One Jacobi sweep with the solvers' fast index-arithmetic loop (what the benchmark times). */
    public static double fastSweep(UniformizedMdp mdp, double[] v, double[] ring, double discount) {
        return BlockSweeps.jacobi(mdp, v, ring, discount);
    }

    /** Scratch storage for {@link #fastSweep}: Q for three levels of n0 and one level of +infinity. */
    public static double[] newScratch(StateSpace space) {
        return BlockSweeps.newRing(space);
    }

    /**
     * One in-place sweep (array formulation, the reference for the fast loop): for s in index order, {@code b = gamma selfRate(s)/Lambda},
     * {@code base = |s| + (gamma/Lambda) (sum of the other moves)}, {@code V(s) = min(base/(1-b), Q of the
     * assignments)}, {@code Q(s) = base + b V(s)}. Assignments lower n0, so their Q are already this sweep's.
     * {@code q} must have length n + 1 with {@code q[n] = +infinity}. Returns the sup-norm change of V.
     */
    public static double referenceGaussSeidelSweep(UniformizedMdp mdp, double[] v, double[] q, double discount) {
        final double g = discount / mdp.uniformRate;
        final double a = g * mdp.lambda, l = g * mdp.muL2, c1 = g * mdp.muC1, c2 = g * mdp.rateB;
        final int[] ar = mdp.arrival, lo = mdp.local, ca = mdp.cloudA, cb = mdp.cloudB;
        final int[] p1 = mdp.postSm1, p2 = mdp.postSm2, p3 = mdp.postBoth;
        final double[] cost = mdp.cost, self = mdp.selfRate;
        double diff = 0;
        for (int s = 0, n = mdp.n; s < n; s++) {
            double old = v[s];
            double b = g * self[s];
            double base = cost[s] + a * v[ar[s]] + l * v[lo[s]] + c1 * v[ca[s]] + c2 * v[cb[s]] - b * old;
            double idle = base / (1 - b);
            double best = Math.min(idle, Math.min(q[p1[s]], Math.min(q[p2[s]], q[p3[s]])));
            q[s] = base + b * best;
            v[s] = best;
            double d = Math.abs(best - old);
            if (d > diff) {
                diff = d;
            }
        }
        return diff;
    }

    /** The discounted value of a fixed policy (Gauss-Seidel with self-loop elimination, same stopping rule). */
    public static DiscountedSolution evaluate(UniformizedMdp mdp, Policy policy, SolverOptions options) {
        if (!policy.space().equals(mdp.space())) {
            throw new lbw.core.InvalidParameterException("policy", "is on buffer " + policy.space().buffer()
                    + " but the model on buffer " + mdp.space().buffer());
        }
        int n = mdp.size();
        int[] post = new int[n];
        for (int s = 0; s < n; s++) {
            post[s] = policy.post(s);
        }
        double[] v = new double[n];
        double[] q = new double[n + 1];
        final double g = options.discount() / mdp.uniformRate;
        final double a = g * mdp.lambda, l = g * mdp.muL2, c1 = g * mdp.muC1, c2 = g * mdp.rateB;
        double tol = options.stoppingThreshold();
        int it = 0;
        double diff = Double.POSITIVE_INFINITY;
        try (Work work = Work.start("policy evaluation", options.maxIterations(), "sweeps")) {
            while (it < options.maxIterations()) {
                diff = 0;
                for (int s = 0; s < n; s++) {
                    double old = v[s];
                    double b = g * mdp.selfRate[s];
                    double base = mdp.cost[s] + a * v[mdp.arrival[s]] + l * v[mdp.local[s]] + c1 * v[mdp.cloudA[s]]
                            + c2 * v[mdp.cloudB[s]] - b * old;
                    double val = post[s] == s ? base / (1 - b) : q[post[s]];
                    q[s] = base + b * val;
                    v[s] = val;
                    diff = Math.max(diff, Math.abs(val - old));
                }
                it++;
                if (diff < tol) {
                    break;
                }
                work.advanceTo(it);
            }
            work.summary(sweepSummary("policy evaluation", mdp, it, diff, tol, work));
        }
        return new DiscountedSolution("policy evaluation", mdp, options.discount(), v, policy, it, diff, tol,
                diff < tol);
    }

    /** The one line a notebook or terminal shows when a sweep loop ends. */
    private static String sweepSummary(String method, UniformizedMdp mdp, int it, double diff, double tol, Work work) {
        return String.format(java.util.Locale.ROOT, "%s over %d states: %s after %d sweeps (residual %.3g, tolerance %.3g) in %s",
                method, mdp.size(), diff < tol ? "converged" : "NOT converged", it, diff, tol, Work.seconds(work.elapsed()));
    }

    /** The greedy policy with respect to V: the argmin of the post-decision values, ties to idle, SM1, SM2, both. */
    public static Policy greedy(UniformizedMdp mdp, double[] v, SolverOptions options, String name) {
        return greedy(mdp, v, options.discount(), options.tieTolerance(), name);
    }

    /** The greedy policy for any discount in (0, 1] (1: the average-cost relative values). */
    static Policy greedy(UniformizedMdp mdp, double[] v, double discount, double tie, String name) {
        int n = mdp.size();
        double[] q = new double[n + 1];
        mdp.postValues(v, q, discount);
        int[] act = new int[n];
        for (int s = 0; s < n; s++) {
            double q0 = q[s], q1 = q[mdp.postSm1[s]], q2 = q[mdp.postSm2[s]], q3 = q[mdp.postBoth[s]];
            double best = Math.min(Math.min(q0, q1), Math.min(q2, q3));
            act[s] = q0 <= best + tie ? StateSpace.IDLE : q1 <= best + tie ? StateSpace.SM1
                    : q2 <= best + tie ? StateSpace.SM2 : StateSpace.SM1_SM2;
        }
        return new Policy(name, mdp.space(), act);
    }
}
