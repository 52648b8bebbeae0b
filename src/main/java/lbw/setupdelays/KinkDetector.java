package lbw.setupdelays;

import org.apache.commons.math3.ode.AbstractIntegrator;
import org.apache.commons.math3.ode.events.EventHandler;

/**
 * The one event detector for the kinks of {@code min(q_j, c_j)} in the setup-delay fluid dynamics, shared by the
 * myopic dynamics (9) and the setup-queue dynamics (19)-(20), (26) in the way Hipparchus shares an
 * {@code ODEEventDetector}: the field reads the modes ({@code saturated[j]}: pool j above capacity) and this detector
 * flips them at the kinks, so the integrator never steps across a non-smooth point.
 *
 * <p>Each pool has a mode function {@code h_j = +-(q_j - c_j)} that is positive while its mode is valid. The switching
 * function is {@code (-1)^s min_j h_j}, where {@code s} counts the resets so far, so its sign is consistent across
 * resets; at a root every pool whose {@code h_j} is at (numerical) zero flips. One detector for all pools keeps the cost
 * of event checks to one evaluation of the dense output per step. Pool queues are the first n state entries.
 */
final class KinkDetector implements EventHandler {

    /** Relative accuracy of the located event times (times the horizon, at least 1). */
    static final double TIME_ACCURACY = 1e-12;
    /** Iterations of the event search. */
    static final int MAX_ITERATIONS = 1000;

    private final double[] c;
    private final boolean[] saturated;
    private final double flipTolerance;
    private int switches;
    private int parity = 1;

    /**
     * A detector for pools with capacities {@code c} whose modes live in {@code saturated} (shared with the field,
     * set up by {@link KinkModes#initialize}).
     */
    KinkDetector(double[] c, boolean[] saturated) {
        this.c = c;
        this.saturated = saturated;
        double scale = 1.0;
        for (double v : c) {
            scale = Math.max(scale, v);
        }
        this.flipTolerance = 1e-9 * scale;
    }

    /** Registers this detector with an integrator that runs up to {@code horizon}. */
    KinkDetector addTo(AbstractIntegrator integrator, double horizon) {
        integrator.addEventHandler(this, Double.POSITIVE_INFINITY, TIME_ACCURACY * Math.max(1, horizon),
                MAX_ITERATIONS);
        return this;
    }

    /** The number of mode switches (kink crossings) so far. */
    int switches() {
        return switches;
    }

    @Override
    public void init(double t0, double[] y, double t) {
    }

    @Override
    public double g(double t, double[] y) {
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < c.length; j++) {
            min = Math.min(min, mode(j, y));
        }
        return parity * min;
    }

    @Override
    public Action eventOccurred(double t, double[] y, boolean increasing) {
        int flips = 0;
        for (int j = 0; j < c.length; j++) {
            if (mode(j, y) <= flipTolerance) {
                saturated[j] = !saturated[j];
                flips++;
            }
        }
        if (flips == 0) {
            return Action.CONTINUE;
        }
        switches += flips;
        parity = -parity;
        return Action.RESET_DERIVATIVES;
    }

    @Override
    public void resetState(double t, double[] y) {
    }

    private double mode(int j, double[] y) {
        return saturated[j] ? y[j] - c[j] : c[j] - y[j];
    }
}
