package lbw.setupdelays;

import lbw.core.Check;

/**
 * Options of {@link DualSolver}.
 *
 * @param tolerance     stop when the projected-gradient residual {@code ||mu - [mu - grad]^+||_inf} of the dual is
 *                      below {@code tolerance} (in units of rate, tasks per second)
 * @param maxIterations projected-Newton iterations before giving up (the result then says not converged)
 */
public record DualOptions(double tolerance, int maxIterations) {

    public DualOptions {
        Check.positive("tolerance", tolerance);
        Check.positive("maxIterations", maxIterations);
    }

    /** Tolerance 1e-9, at most 500 iterations. */
    public static DualOptions defaults() {
        return new DualOptions(1e-9, 500);
    }
}
