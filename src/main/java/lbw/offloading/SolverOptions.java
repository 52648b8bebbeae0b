package lbw.offloading;

import lbw.core.Check;
import lbw.core.InvalidParameterException;

/**
 * Options of the discounted solvers.
 *
 * @param discount       the discrete-time discount factor gamma of the uniformized chain, in (0, 1)
 * @param epsilon        the target accuracy: iteration stops when {@code ||V_{k+1} - V_k|| < epsilon (1-gamma)/(2 gamma)},
 *                       which makes the greedy policy epsilon-optimal and {@code V_{k+1}} within epsilon/2 of V*
 * @param maxIterations  the sweep budget; a solve that runs out says so ({@code converged = false})
 * @param tieTolerance   actions whose post-decision values are within this of the best are ties, broken in the
 *                       order idle, SM1, SM2, SM1-then-SM2 (the reconstruction's "ties go to idle")
 */
public record SolverOptions(double discount, double epsilon, int maxIterations, double tieTolerance) {

    /** gamma = 0.99, epsilon = 1e-6, 1,000,000 sweeps, ties within 1e-9. */
    public static final SolverOptions DEFAULT = new SolverOptions(0.99, 1e-6, 1_000_000, 1e-9);

    public SolverOptions {
        Check.openInterval("discount", discount, 0, 1);
        Check.positive("epsilon", epsilon);
        Check.positive("maxIterations", maxIterations);
        Check.nonNegative("tieTolerance", tieTolerance);
        if (tieTolerance >= epsilon) {
            throw new InvalidParameterException("tieTolerance", tieTolerance, "must be below epsilon = " + epsilon);
        }
    }

    public static SolverOptions withDiscount(double discount) {
        return new SolverOptions(discount, DEFAULT.epsilon, DEFAULT.maxIterations, DEFAULT.tieTolerance);
    }

    public SolverOptions withEpsilon(double eps) {
        return new SolverOptions(discount, eps, maxIterations, Math.min(tieTolerance, eps / 10));
    }

    public SolverOptions withMaxIterations(int max) {
        return new SolverOptions(discount, epsilon, max, tieTolerance);
    }

    /** The sup-norm step below which iteration stops, {@code epsilon (1 - gamma) / (2 gamma)}. */
    public double stoppingThreshold() {
        return epsilon * (1 - discount) / (2 * discount);
    }
}
