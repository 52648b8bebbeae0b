package lbw.bipartite;

import java.util.function.DoubleUnaryOperator;
import lbw.core.InvalidParameterException;

/**
 * A backend's service rate as a function of its workload, {@code l(N)}: value, first and second derivative,
 * inverse and inverse of the derivative. Assumption 1 of the paper: {@code l(0) = 0}, strictly increasing,
 * strictly concave, bounded, twice continuously differentiable.
 *
 * <p>Families: {@link #saturating(double, double)} {@code max * N / (N + half)} (the paper's examples) and
 * {@link #exponential(double, double)} {@code max * (1 - exp(-N / scale))}; {@link #custom} wraps user-supplied
 * functions after checking them numerically against Assumption 1.
 */
public interface ServiceRate {

    /** l(N). */
    double value(double n);

    /** l'(N). */
    double derivative(double n);

    /** l''(N). */
    double secondDerivative(double n);

    /** sup over N of l(N) (the limit as N grows). */
    double supremum();

    /** A short description, e.g. {@code saturating(max=1, half=2)}. */
    String describe();

    /** The workload N with l(N) = y, for {@code 0 <= y < supremum} (bisection unless the family has a closed form). */
    default double inverse(double y) {
        if (y <= 0) {
            return 0;
        }
        if (y >= supremum()) {
            return Double.POSITIVE_INFINITY;
        }
        double lo = 0;
        double hi = 1;
        while (value(hi) < y) {
            hi *= 2;
            if (hi > 1e300) {
                return Double.POSITIVE_INFINITY;
            }
        }
        for (int k = 0; k < 200 && hi - lo > 1e-15 * hi; k++) {
            double mid = 0.5 * (lo + hi);
            if (value(mid) < y) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** The workload N with l'(N) = g; 0 when {@code g >= l'(0)}, infinity when {@code g <= 0}. */
    default double derivativeInverse(double g) {
        if (g >= derivative(0)) {
            return 0;
        }
        if (g <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double lo = 0;
        double hi = 1;
        while (derivative(hi) > g) {
            hi *= 2;
            if (hi > 1e300) {
                return Double.POSITIVE_INFINITY;
            }
        }
        for (int k = 0; k < 200 && hi - lo > 1e-15 * hi; k++) {
            double mid = 0.5 * (lo + hi);
            if (derivative(mid) > g) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /**
     * {@code l(N)} at the workload whose gradient is g, {@code N = (l')^-1(g)} (the fluid solver works in
     * gradients); families with a closed form skip the workload.
     */
    default double valueAtGradient(double g) {
        return value(derivativeInverse(g));
    }

    /** {@code l''(N)} at the workload whose gradient is g, {@code N = (l')^-1(g)}. */
    default double curvatureAtGradient(double g) {
        return secondDerivative(derivativeInverse(g));
    }

    /** Expected latency of a backend at workload N by Little's law, N / l(N) (its limit 1 / l'(0) at N = 0). */
    default double latency(double n) {
        return n <= 0 ? 1.0 / derivative(0) : n / value(n);
    }

    /** {@code max * N / (N + half)}. */
    static ServiceRate saturating(double max, double half) {
        return new Saturating(max, half);
    }

    /** {@code max * (1 - exp(-N / scale))}. */
    static ServiceRate exponential(double max, double scale) {
        return new Exponential(max, scale);
    }

    /**
     * User-supplied l, l', l'' with its supremum, checked numerically against Assumption 1 on a grid reaching
     * 99.9% of the supremum ({@code l(0) = 0, l' > 0, l'' < 0, l < supremum}, and l', l'' consistent with finite
     * differences of l, l').
     */
    static ServiceRate custom(String name, DoubleUnaryOperator value, DoubleUnaryOperator derivative,
            DoubleUnaryOperator secondDerivative, double supremum) {
        return new Custom(name, value, derivative, secondDerivative, supremum);
    }

    /** {@code max * N / (N + half)}: l' = max half / (N + half)^2. */
    record Saturating(double max, double half) implements ServiceRate {
        public Saturating {
            lbw.core.Check.positive("max", max);
            lbw.core.Check.positive("half", half);
        }

        @Override
        public double value(double n) {
            return max * n / (n + half);
        }

        @Override
        public double derivative(double n) {
            double d = n + half;
            return max * half / (d * d);
        }

        @Override
        public double secondDerivative(double n) {
            double d = n + half;
            return -2 * max * half / (d * d * d);
        }

        @Override
        public double supremum() {
            return max;
        }

        @Override
        public double inverse(double y) {
            if (y <= 0) {
                return 0;
            }
            return y >= max ? Double.POSITIVE_INFINITY : half * y / (max - y);
        }

        @Override
        public double derivativeInverse(double g) {
            if (g <= 0) {
                return Double.POSITIVE_INFINITY;
            }
            return Math.max(0, Math.sqrt(max * half / g) - half);
        }

        /** With {@code d = N + half = sqrt(max half / g)}: {@code l = max - max half / d}. */
        @Override
        public double valueAtGradient(double g) {
            if (!(g > 0)) {
                return ServiceRate.super.valueAtGradient(g);
            }
            double d = Math.sqrt(max * half / g);
            return d > half ? max - max * half / d : 0;
        }

        /** {@code l'' = -2 max half / d^3} with {@code d = max(half, sqrt(max half / g))}. */
        @Override
        public double curvatureAtGradient(double g) {
            if (!(g > 0)) {
                return ServiceRate.super.curvatureAtGradient(g);
            }
            double d = Math.max(half, Math.sqrt(max * half / g));
            return -2 * max * half / (d * d * d);
        }

        @Override
        public double latency(double n) {
            return (Math.max(n, 0) + half) / max;
        }

        @Override
        public String describe() {
            return "saturating(max=" + max + ", half=" + half + ")";
        }
    }

    /** {@code max * (1 - exp(-N / scale))}: l' = (max / scale) exp(-N / scale). */
    record Exponential(double max, double scale) implements ServiceRate {
        public Exponential {
            lbw.core.Check.positive("max", max);
            lbw.core.Check.positive("scale", scale);
        }

        @Override
        public double value(double n) {
            return -max * Math.expm1(-n / scale);
        }

        @Override
        public double derivative(double n) {
            return max / scale * Math.exp(-n / scale);
        }

        @Override
        public double secondDerivative(double n) {
            return -max / (scale * scale) * Math.exp(-n / scale);
        }

        @Override
        public double supremum() {
            return max;
        }

        @Override
        public double inverse(double y) {
            if (y <= 0) {
                return 0;
            }
            return y >= max ? Double.POSITIVE_INFINITY : -scale * Math.log1p(-y / max);
        }

        @Override
        public double derivativeInverse(double g) {
            if (g <= 0) {
                return Double.POSITIVE_INFINITY;
            }
            return Math.max(0, -scale * Math.log(g * scale / max));
        }

        /** {@code exp(-N / scale) = g scale / max}, so {@code l = max - g scale} (0 where N = 0). */
        @Override
        public double valueAtGradient(double g) {
            if (!(g > 0)) {
                return ServiceRate.super.valueAtGradient(g);
            }
            return g * scale < max ? max - g * scale : 0;
        }

        /** {@code l'' = -g / scale} (its value at N = 0 where g is above l'(0)). */
        @Override
        public double curvatureAtGradient(double g) {
            if (!(g > 0)) {
                return ServiceRate.super.curvatureAtGradient(g);
            }
            return -Math.min(g, max / scale) / scale;
        }

        @Override
        public String describe() {
            return "exponential(max=" + max + ", scale=" + scale + ")";
        }
    }

    /** User-supplied functions, checked against Assumption 1 when constructed. */
    final class Custom implements ServiceRate {
        /** Relative tolerance of the finite-difference consistency checks. */
        static final double CONSISTENCY = 1e-3;
        private final String name;
        private final DoubleUnaryOperator l;
        private final DoubleUnaryOperator d1;
        private final DoubleUnaryOperator d2;
        private final double sup;

        Custom(String name, DoubleUnaryOperator l, DoubleUnaryOperator d1, DoubleUnaryOperator d2, double sup) {
            this.name = name;
            this.l = l;
            this.d1 = d1;
            this.d2 = d2;
            this.sup = lbw.core.Check.positive("supremum", sup);
            checkAssumption1();
        }

        private void checkAssumption1() {
            String p = "serviceRate " + name;
            if (Math.abs(l.applyAsDouble(0)) > 1e-12 * sup) {
                throw new InvalidParameterException(p, l.applyAsDouble(0), "l(0) must be 0 (Assumption 1)");
            }
            double top = 1;
            while (l.applyAsDouble(top) < 0.999 * sup) {
                top *= 2;
                if (top > 1e12) {
                    throw new InvalidParameterException(p, "does not approach its supremum " + sup
                            + " (l(1e12) = " + l.applyAsDouble(top) + "): supremum must be the limit (Assumption 1)");
                }
            }
            int grid = 2000;
            double prevL = 0;
            double prevD = d1.applyAsDouble(0);
            for (int i = 0; i <= grid; i++) {
                double n = top * i / grid;
                double v = l.applyAsDouble(n);
                double g = d1.applyAsDouble(n);
                double h = d2.applyAsDouble(n);
                if (!Double.isFinite(v) || !Double.isFinite(g) || !Double.isFinite(h)) {
                    throw new InvalidParameterException(p, "is not finite at N = " + n);
                }
                if (!(g > 0)) {
                    throw new InvalidParameterException(p, "l'(" + n + ") = " + g + ": must be strictly increasing (Assumption 1)");
                }
                if (!(h < 0)) {
                    throw new InvalidParameterException(p, "l''(" + n + ") = " + h + ": must be strictly concave (Assumption 1)");
                }
                if (v >= sup) {
                    throw new InvalidParameterException(p, "l(" + n + ") = " + v + " reaches the supremum " + sup + " (Assumption 1)");
                }
                if (i > 0) {
                    double dn = top / grid;
                    double fd = (v - prevL) / dn;
                    double mid = d1.applyAsDouble(n - dn / 2);
                    if (Math.abs(fd - mid) > CONSISTENCY * Math.max(Math.abs(mid), 1e-9 * sup / top) + 1e-12) {
                        throw new InvalidParameterException(p, "l'(" + (n - dn / 2) + ") = " + mid
                                + " disagrees with the slope of l there (" + fd + ")");
                    }
                    double fd2 = (g - prevD) / dn;
                    double mid2 = d2.applyAsDouble(n - dn / 2);
                    if (Math.abs(fd2 - mid2) > CONSISTENCY * Math.max(Math.abs(mid2), 1e-9 * sup / (top * top)) + 1e-12) {
                        throw new InvalidParameterException(p, "l''(" + (n - dn / 2) + ") = " + mid2
                                + " disagrees with the slope of l' there (" + fd2 + ")");
                    }
                }
                prevL = v;
                prevD = g;
            }
        }

        @Override
        public double value(double n) {
            return l.applyAsDouble(n);
        }

        @Override
        public double derivative(double n) {
            return d1.applyAsDouble(n);
        }

        @Override
        public double secondDerivative(double n) {
            return d2.applyAsDouble(n);
        }

        @Override
        public double supremum() {
            return sup;
        }

        @Override
        public String describe() {
            return "custom(" + name + ")";
        }
    }
}
