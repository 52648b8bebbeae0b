package lbw.setupdelays;

import java.util.ArrayList;
import java.util.List;
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

    @Override
    public void init(double t0, double[] y0, double t) {
    }

    @Override
    public void handleStep(double t, double[] y, double[] yDot, boolean isLast) {
        if (times.isEmpty() || t > times.get(times.size() - 1)) {
            times.add(t);
            states.add(y.clone());
        }
    }

    StepNormalizer normalizer(double step) {
        return new StepNormalizer(step, this, StepNormalizerMode.MULTIPLES, StepNormalizerBounds.BOTH);
    }
}
