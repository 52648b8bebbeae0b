package lbw.bipartite;

/**
 * The dynamics of one tier between events (integration): its backends share one gradient g, so
 * {@code N_b = (l_b')^-1(g)} and {@code dg/dt = (lambda(F) - sum_b l_b(N_b)) / sum_b 1 / l_b''(N_b)}; the
 * tie-keeping inflow of backend b is {@code y_b = l_b(N_b) + (dg/dt) / l_b''(N_b)}. Tiers do not interact between
 * events, so each is integrated on its own, by classical RK4.
 */
final class TierDynamics {

    private final ServiceRate[] l;

    TierDynamics(ServiceRate[] l) {
        this.l = l;
    }

    /** N_b at gradient g. */
    double workload(int b, double g) {
        return l[b].derivativeInverse(g);
    }

    /** dg/dt of a tier with backends {@code bs} and arrival rate {@code lam} at gradient g. */
    double rate(int[] bs, double lam, double g) {
        double num = lam;
        double den = 0;
        for (int b : bs) {
            double n = l[b].derivativeInverse(g);
            num -= l[b].value(n);
            den += 1.0 / l[b].secondDerivative(n);
        }
        return num / den;
    }

    /** One classical RK4 step of length h from gradient g. */
    double advance(int[] bs, double lam, double g, double h) {
        return advance(bs, lam, g, h, rate(bs, lam, g));
    }

    /** One classical RK4 step of length h from gradient g, whose rate {@code k1} is known. */
    double advance(int[] bs, double lam, double g, double h, double k1) {
        double k2 = rate(bs, lam, g + 0.5 * h * k1);
        double k3 = rate(bs, lam, g + 0.5 * h * k2);
        double k4 = rate(bs, lam, g + h * k3);
        return g + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
    }

    /**
     * The tie-keeping inflows at gradient g into {@code y} (one per backend of the tier), clipped at 0; false when
     * one is below {@code -tol} (the tier cannot keep its tie).
     */
    boolean inflows(int[] bs, double lam, double g, double tol, double[] y) {
        double dg = rate(bs, lam, g);
        for (int j = 0; j < bs.length; j++) {
            double n = l[bs[j]].derivativeInverse(g);
            double v = l[bs[j]].value(n) + dg / l[bs[j]].secondDerivative(n);
            if (v < -tol) {
                return false;
            }
            y[j] = Math.max(0, v);
        }
        return true;
    }

    /** |lambda(F) - sum_b l_b(N_b)|, the tier's part of V (Lemma 10). */
    double imbalance(int[] bs, double lam, double g) {
        double imb = lam;
        for (int b : bs) {
            imb -= l[b].value(l[b].derivativeInverse(g));
        }
        return Math.abs(imb);
    }
}
