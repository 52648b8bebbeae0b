package lbw.numerics;

import java.util.Arrays;

/**
 * Fixed-step integrator for delay differential equations {@code y'(t) = f(t, y(t), y(. <= t))} whose delays are
 * all at least the step {@code h} (the method of steps): classical fourth-order Runge-Kutta for the current state,
 * and a history buffer of past grid states and derivatives, read between grid points by cubic Hermite
 * interpolation. Delayed values at times before the start come from a user-supplied initial history.
 *
 * <p>Because every delay is at least {@code h}, every delayed time a Runge-Kutta stage asks for lies at or before
 * the current grid point, so the history is always known. The derivative jumps that a DDE carries at multiples of
 * its delays reduce the order to about two where they do not fall on grid points; halving the step is the check.
 */
public final class DelayIntegrator {

    /** The right-hand side of a delay system. */
    public interface DelaySystem {
        /** The state dimension. */
        int dimension();

        /** Writes {@code y'(t)} into {@code yDot}, reading past states from {@code past}. */
        void derivatives(double t, double[] y, History past, double[] yDot);
    }

    /** Read access to the past of the solution. */
    public interface History {
        /** Component {@code k} of the state at time {@code s} (at most the current grid time). */
        double value(double s, int k);

        /** True when {@code s} lies before the start of the integration (the initial history applies). */
        boolean beforeStart(double s);
    }

    /** Initial history {@code y(s)} for {@code s < t0}. */
    @FunctionalInterface
    public interface InitialHistory {
        double value(double s, int k);
    }

    /**
     * The sampled solution.
     *
     * @param times  sample times
     * @param states states at the sample times, {@code states[sample][k]}
     * @param steps  Runge-Kutta steps taken
     */
    public record Solution(double[] times, double[][] states, long steps) {
    }

    private DelayIntegrator() {
    }

    /**
     * Integrates from {@code t0} to {@code t1} with step {@code h}, sampling every {@code sampleEvery} steps.
     * The caller guarantees that every delay its system uses is at least {@code h}.
     */
    public static Solution integrate(DelaySystem system, double t0, double[] y0, InitialHistory initial,
                                     double t1, double h, int sampleEvery) {
        int d = system.dimension();
        if (y0.length != d) {
            throw new IllegalArgumentException("y0 has " + y0.length + " entries but the system has dimension " + d);
        }
        if (!(h > 0) || !(t1 > t0) || sampleEvery < 1) {
            throw new IllegalArgumentException("need h > 0, t1 > t0 and sampleEvery >= 1 (h = " + h + ", t0 = " + t0
                    + ", t1 = " + t1 + ", sampleEvery = " + sampleEvery + ")");
        }
        long stepsLong = (long) Math.ceil((t1 - t0) / h - 1e-9);
        if (stepsLong > 50_000_000L / Math.max(1, d)) {
            throw new IllegalArgumentException("too many steps (" + stepsLong + ") for the history buffer; use a larger h");
        }
        int steps = (int) stepsLong;
        double hh = (t1 - t0) / steps;
        Buffer buf = new Buffer(d, steps + 1, t0, hh, initial);
        double[] y = y0.clone();
        double[] k1 = new double[d];
        double[] k2 = new double[d];
        double[] k3 = new double[d];
        double[] k4 = new double[d];
        double[] tmp = new double[d];
        int samples = steps / sampleEvery + 1 + (steps % sampleEvery == 0 ? 0 : 1);
        double[] times = new double[samples];
        double[][] states = new double[samples][];
        int s = 0;
        for (int k = 0; k <= steps; k++) {
            double t = t0 + k * hh;
            buf.last = k - 1;
            system.derivatives(t, y, buf, k1);
            buf.store(k, y, k1);
            if (k % sampleEvery == 0 || k == steps) {
                times[s] = t;
                states[s] = y.clone();
                s++;
            }
            if (k == steps) {
                break;
            }
            for (int i = 0; i < d; i++) {
                tmp[i] = y[i] + 0.5 * hh * k1[i];
            }
            system.derivatives(t + 0.5 * hh, tmp, buf, k2);
            for (int i = 0; i < d; i++) {
                tmp[i] = y[i] + 0.5 * hh * k2[i];
            }
            system.derivatives(t + 0.5 * hh, tmp, buf, k3);
            for (int i = 0; i < d; i++) {
                tmp[i] = y[i] + hh * k3[i];
            }
            system.derivatives(t + hh, tmp, buf, k4);
            for (int i = 0; i < d; i++) {
                y[i] += hh / 6.0 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            }
        }
        return new Solution(Arrays.copyOf(times, s), Arrays.copyOf(states, s), steps);
    }

    private static final class Buffer implements History {
        final int d;
        final double t0;
        final double h;
        final double[] ys;
        final double[] fs;
        final InitialHistory initial;
        int last = -1;

        Buffer(int d, int points, double t0, double h, InitialHistory initial) {
            this.d = d;
            this.t0 = t0;
            this.h = h;
            this.ys = new double[d * points];
            this.fs = new double[d * points];
            this.initial = initial;
        }

        void store(int k, double[] y, double[] f) {
            System.arraycopy(y, 0, ys, k * d, d);
            System.arraycopy(f, 0, fs, k * d, d);
            last = k;
        }

        @Override
        public boolean beforeStart(double s) {
            return s < t0;
        }

        @Override
        public double value(double s, int k) {
            if (s < t0) {
                return initial.value(s, k);
            }
            double u = (s - t0) / h;
            int a = (int) Math.floor(u);
            if (a >= last) {
                if (a == last && u - a < 1e-9) {
                    return ys[last * d + k];
                }
                if (a > last || last < 1) {
                    throw new IllegalStateException("history asked at t = " + s + " beyond the last grid point "
                            + (t0 + last * h) + ": a delay is shorter than the step");
                }
            }
            if (a == last) {
                return ys[last * d + k];
            }
            double th = u - a;
            double y0 = ys[a * d + k];
            double y1 = ys[(a + 1) * d + k];
            double f0 = fs[a * d + k] * h;
            double f1 = fs[(a + 1) * d + k] * h;
            double th2 = th * th;
            double th3 = th2 * th;
            return (2 * th3 - 3 * th2 + 1) * y0 + (th3 - 2 * th2 + th) * f0 + (-2 * th3 + 3 * th2) * y1 + (th3 - th2) * f1;
        }
    }
}
