package lbw.setupdelays;

import java.util.ArrayList;
import java.util.List;
import lbw.core.Work;
import org.apache.commons.math3.ode.AbstractIntegrator;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.sampling.FixedStepHandler;
import org.apache.commons.math3.ode.sampling.StepNormalizer;
import org.apache.commons.math3.ode.sampling.StepNormalizerBounds;
import org.apache.commons.math3.ode.sampling.StepNormalizerMode;

/** Collects the integrator's (interpolated) state at multiples of a fixed sample step. */
final class Sampler implements FixedStepHandler {

    final List<Double> times = new ArrayList<>();
    final List<double[]> states = new ArrayList<>();
    /** Right-hand-side evaluations of the integration, set by the integrating code when it is done. */
    int evaluations;
    private Work work;
    private double horizon = 1;

    @Override
    public void init(double t0, double[] y0, double t) {
    }

    @Override
    public void handleStep(double t, double[] y, double[] yDot, boolean isLast) {
        if (times.isEmpty() || t > times.get(times.size() - 1)) {
            times.add(t);
            states.add(y.clone());
        }
        if (work != null) {
            work.advanceTo((long) (PROGRESS_UNITS * t / horizon));
        }
    }

    /** Progress units of an integration (per-mille of the horizon). */
    private static final long PROGRESS_UNITS = 1000;

    /**
     * Integrates {@code field} from 0 to {@code horizon}, starting from and ending in {@code y}, sampling every
     * {@code step}; the samples report progress (one {@link Work} named {@code label}) and are its cancellation points.
     */
    void integrate(AbstractIntegrator integ, FirstOrderDifferentialEquations field, double[] y, double horizon,
                   double step, String label) {
        integ.addStepHandler(normalizer(Math.min(step, horizon)));
        try (Work w = Work.start(label, PROGRESS_UNITS, "per-mille")) {
            this.work = w;
            this.horizon = horizon;
            integ.integrate(field, 0, y, horizon, y);
            w.summary(String.format(java.util.Locale.ROOT, "%s: integrated to t = %.6g in %d evaluations, %s", label,
                    horizon, integ.getEvaluations(), Work.seconds(w.elapsed())));
        } finally {
            this.work = null;
        }
    }

    StepNormalizer normalizer(double step) {
        return new StepNormalizer(step, this, StepNormalizerMode.MULTIPLES, StepNormalizerBounds.BOTH);
    }
}
