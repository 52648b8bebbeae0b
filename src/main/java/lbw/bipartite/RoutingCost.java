package lbw.bipartite;

/**
 * The marginal "price" {@code m_b(N)} a routing rule compares across a frontend's backends, as an increasing
 * function of the workload. At an equilibrium every frontend only uses backends of least price among its
 * neighbours, and such equilibria minimise the potential {@code sum_b Phi_b(y_b)} with {@code Phi_b' = m_b} at
 * {@code N = l_b^-1(y)}:
 * <ul>
 * <li>{@link #OPTIMAL}: {@code m = 1 / l'(N)}, Phi = l^-1, so the potential is the total workload: problem (1),
 * GMSR's equilibrium (Lemmas 3 and 4);</li>
 * <li>{@link #LATENCY}: {@code m = N / l(N)} (expected latency by Little's law): the Wardrop equilibrium of
 * expected-latency routing (Appendix A);</li>
 * <li>{@link #WORKLOAD}: {@code m = N}: join-the-shortest-queue's equilibrium.</li>
 * </ul>
 */
public enum RoutingCost {
    OPTIMAL {
        @Override
        public double marginal(ServiceRate l, double n) {
            return 1.0 / l.derivative(n);
        }

        @Override
        public double workloadAt(ServiceRate l, double theta) {
            return theta <= 0 ? 0 : l.derivativeInverse(1.0 / theta);
        }
    },
    LATENCY {
        @Override
        public double marginal(ServiceRate l, double n) {
            return l.latency(n);
        }

        @Override
        public double workloadAt(ServiceRate l, double theta) {
            if (theta <= l.latency(0)) {
                return 0;
            }
            if (l instanceof ServiceRate.Saturating s) {
                return theta * s.max() - s.half();
            }
            double lo = 0;
            double hi = 1;
            while (l.latency(hi) < theta) {
                hi *= 2;
                if (hi > 1e300) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            for (int k = 0; k < 200 && hi - lo > 1e-15 * hi; k++) {
                double mid = 0.5 * (lo + hi);
                if (l.latency(mid) < theta) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return 0.5 * (lo + hi);
        }
    },
    WORKLOAD {
        @Override
        public double marginal(ServiceRate l, double n) {
            return n;
        }

        @Override
        public double workloadAt(ServiceRate l, double theta) {
            return Math.max(0, theta);
        }
    };

    /** m_b(N). */
    public abstract double marginal(ServiceRate l, double n);

    /** The workload at which the price equals theta (0 if the price at 0 is already at least theta). */
    public abstract double workloadAt(ServiceRate l, double theta);
}
