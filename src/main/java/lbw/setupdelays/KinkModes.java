package lbw.setupdelays;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;

/**
 * The switching modes of {@code min(q_j, c_j)}: pool j is saturated when {@code q_j > c_j}, or when it starts exactly
 * at {@code q_j = c_j} with its queue growing. Both fluid dynamics, (9) and (26), start their event-driven
 * integration from these modes.
 */
final class KinkModes {

    private KinkModes() {
    }

    /**
     * Sets {@code saturated} for the initial state {@code y0} (pool queues in its first n entries) of {@code field},
     * whose right-hand side reads {@code saturated}.
     */
    static void initialize(boolean[] saturated, SetupDelayModel model, FirstOrderDifferentialEquations field, double[] y0) {
        initialize(saturated, model.capacity(), field, y0);
    }

    /** The same with the capacities {@code c} given directly. */
    static void initialize(boolean[] saturated, double[] c, FirstOrderDifferentialEquations field, double[] y0) {
        int n = saturated.length;
        for (int j = 0; j < n; j++) {
            saturated[j] = y0[j] > c[j];
        }
        double[] d0 = new double[field.getDimension()];
        field.computeDerivatives(0, y0, d0);
        for (int j = 0; j < n; j++) {
            if (y0[j] == c[j]) {
                saturated[j] = d0[j] > 0;
            }
        }
    }
}
