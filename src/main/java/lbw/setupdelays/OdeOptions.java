package lbw.setupdelays;

import lbw.core.Check;

/**
 * Options of the fluid-dynamics solvers (Commons Math Dormand-Prince 8(5,3) with event handling at the kinks).
 *
 * @param relativeTolerance relative error tolerance of the adaptive integrator
 * @param absoluteTolerance absolute error tolerance of the adaptive integrator
 * @param sampleStep        the trajectory is reported at multiples of this time step (and at the horizon)
 */
public record OdeOptions(double relativeTolerance, double absoluteTolerance, double sampleStep) {

    public OdeOptions {
        Check.positive("relativeTolerance", relativeTolerance);
        Check.positive("absoluteTolerance", absoluteTolerance);
        Check.positive("sampleStep", sampleStep);
    }

    /** Tolerances 1e-9 and samples every 0.05 time units. */
    public static OdeOptions defaults() {
        return new OdeOptions(1e-9, 1e-9, 0.05);
    }

    public OdeOptions withTolerance(double tol) {
        return new OdeOptions(tol, tol, sampleStep);
    }

    public OdeOptions withSampleStep(double step) {
        return new OdeOptions(relativeTolerance, absoluteTolerance, step);
    }
}
