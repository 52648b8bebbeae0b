package lbw.bipartite;

import java.util.Arrays;

/**
 * The dynamics of one tier between events (integration): its backends share one gradient g, so
 * {@code N_b = (l_b')^-1(g)} and {@code dg/dt = (lambda(F) - sum_b l_b(N_b)) / sum_b 1 / l_b''(N_b)}; the
 * tie-keeping inflow of backend b is {@code y_b = l_b(N_b) + (dg/dt) / l_b''(N_b)}. Tiers do not interact between
 * events, so each is integrated on its own, by classical RK4.
 *
 * <p>The two closed-form families are sums in g: an exponential backend has {@code l_b = max_b - g scale_b} and
 * {@code 1 / l_b'' = -scale_b / g}, a saturating one {@code l_b = max_b - sqrt(max_b half_b g)} and
 * {@code 1 / l_b'' = -sqrt(max_b half_b) / (2 g^1.5)} (while {@code N_b > 0}, i.e. g below {@code l_b'(0)}). A tier
 * of such backends keeps three sums ({@link Sums}) and its rate costs O(1) however many backends it has; a tier
 * with another family, or at a gradient where one of its backends sits at {@code N = 0}, is summed backend by
 * backend, except that a large tier at N = 0 (or near it) in only a few backends of smallest {@code l_b'(0)} sums
 * just those one by one.
 */
final class TierDynamics {

    /** Below this fraction of the smallest {@code l_b'(0)} of a tier no backend of it is at N = 0. */
    static final double CLOSED_MARGIN = 1 - 1e-9;

    /**
     * The sums of a tier's backends: {@code max} (sum of suprema), {@code scale} (sum of exponential scales),
     * {@code root} (sum of {@code sqrt(max half)} of saturating backends), {@code top} (the smallest
     * {@code l_b'(0)} times {@link #CLOSED_MARGIN}, below which the sums hold); {@code closed} false when a
     * backend of another family is in the tier (then the sums are not used). A tier larger than {@link #LOW}
     * backends also keeps {@code rest}, the sums without its {@code LOW} backends of smallest {@code l_b'(0)}
     * ({@code low}): at a gradient near or above those backends' {@code l_b'(0)} (a backend that joined at N = 0
     * and stays near it, as near an equilibrium) the rate is the rest's closed form plus those few backends one by
     * one, not a sum over the whole tier. {@code logs} (sum of {@code scale ln(max / scale)} of exponential backends)
     * and {@code halves} (sum of {@code half} of saturating ones) give the tier's total workload in closed form,
     * {@code sum_b N_b(g) = logs - scale ln g + root / sqrt(g) - halves} ({@link #workloadSum}).
     */
    record Sums(double max, double scale, double root, double logs, double halves, double top, boolean closed,
            Sums rest, int[] low) {
    }

    /** How many backends of smallest {@code l_b'(0)} a tier's sums set apart ({@link Sums#low}). */
    static final int LOW = 4;

    private final ServiceRate[] l;

    TierDynamics(ServiceRate[] l) {
        this.l = l;
    }

    /** The sums of backends bs. */
    Sums sums(int[] bs) {
        double max = 0;
        double scale = 0;
        double root = 0;
        double logs = 0;
        double halves = 0;
        boolean closed = true;
        // the LOW + 1 backends of smallest l_b'(0) (ties by position), by insertion into a short list
        int[] low = new int[LOW + 1];
        double[] at = new double[LOW + 1];
        int k = 0;
        for (int b : bs) {
            if (l[b] instanceof ServiceRate.Exponential e) {
                max += e.max();
                scale += e.scale();
                logs += logTerm(e);
            } else if (l[b] instanceof ServiceRate.Saturating s) {
                max += s.max();
                root += Math.sqrt(s.max() * s.half());
                halves += s.half();
            } else {
                closed = false;
            }
            double d = l[b].derivative(0);
            if (k == LOW + 1 && !(d < at[LOW])) {
                continue;
            }
            int p = k <= LOW ? k++ : LOW;
            while (p > 0 && d < at[p - 1]) {
                at[p] = at[p - 1];
                low[p] = low[p - 1];
                p--;
            }
            at[p] = d;
            low[p] = b;
        }
        double top = k == 0 ? Double.POSITIVE_INFINITY : at[0] * CLOSED_MARGIN;
        if (bs.length <= LOW || !closed) {
            return new Sums(max, scale, root, logs, halves, top, closed, null, null);
        }
        // the rest: the sums less the LOW backends' terms
        double rMax = max;
        double rScale = scale;
        double rRoot = root;
        double rLogs = logs;
        double rHalves = halves;
        for (int p = 0; p < LOW; p++) {
            if (l[low[p]] instanceof ServiceRate.Exponential e) {
                rMax -= e.max();
                rScale -= e.scale();
                rLogs -= logTerm(e);
            } else if (l[low[p]] instanceof ServiceRate.Saturating s) {
                rMax -= s.max();
                rRoot -= Math.sqrt(s.max() * s.half());
                rHalves -= s.half();
            }
        }
        Sums rest = new Sums(rMax, rScale, rRoot, rLogs, rHalves, at[LOW] * CLOSED_MARGIN, true, null, null);
        return new Sums(max, scale, root, logs, halves, top, true, rest, Arrays.copyOf(low, LOW));
    }

    private static double logTerm(ServiceRate.Exponential e) {
        return e.scale() * Math.log(e.max() / e.scale());
    }

    /**
     * {@code sum_b N_b(g)} and its derivative in g, {@code sum_b 1 / l_b''(N_b(g))} over backends with N_b > 0 (one
     * held at N = 0 does not move), of a tier with sums s, into
     * {@code out[0]} and {@code out[1]}: in closed form below the sums' {@code top} (or the rest's, with the LOW
     * backends one by one); false (nothing written) where the closed form does not hold.
     */
    boolean workloadSum(Sums s, double g, double[] out) {
        if (s == null || !s.closed || !(g > 0)) {
            return false;
        }
        Sums c = g < s.top ? s : s.rest != null && g < s.rest.top ? s.rest : null;
        if (c == null) {
            return false;
        }
        double r = Math.sqrt(g);
        double tot = c.logs - c.scale * Math.log(g) + c.root / r - c.halves;
        double slope = -c.scale / g - c.root / (2 * g * r);
        if (c != s) {
            for (int b : s.low) {
                double nb = l[b].derivativeInverse(g);
                tot += nb;
                if (nb > 0) {
                    slope += 1.0 / l[b].secondDerivative(nb); // a backend held at N = 0 does not move with g
                }
            }
        }
        out[0] = tot;
        out[1] = slope;
        return true;
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
            num -= l[b].valueAtGradient(g);
            den += 1.0 / l[b].curvatureAtGradient(g);
        }
        return num / den;
    }

    /** dg/dt of a tier with backends {@code bs}, their sums s (or null) and arrival rate {@code lam} at g. */
    double rate(int[] bs, Sums s, double lam, double g) {
        if (s == null || !s.closed || !(g > 0)) {
            return rate(bs, lam, g);
        }
        double r = Math.sqrt(g);
        if (g < s.top) {
            return (lam - (s.max - g * s.scale - r * s.root)) / (-s.scale / g - s.root / (2 * g * r));
        }
        Sums rest = s.rest;
        if (rest == null || !(g < rest.top)) {
            return rate(bs, lam, g);
        }
        double num = lam - (rest.max - g * rest.scale - r * rest.root);
        double den = -rest.scale / g - rest.root / (2 * g * r);
        for (int b : s.low) {
            num -= l[b].valueAtGradient(g);
            den += 1.0 / l[b].curvatureAtGradient(g);
        }
        return num / den;
    }

    /** One classical RK4 step of length h from gradient g. */
    double advance(int[] bs, double lam, double g, double h) {
        return advance(bs, null, lam, g, h, rate(bs, lam, g));
    }

    /**
     * One classical RK4 step of length h from gradient g, whose rate {@code k1} is known. A tier at rest
     * ({@code k1 = 0}, for example a backend with no frontend at N = 0) has {@code k2 = k3 = k4 = k1} bit for bit (the
     * stages are evaluated at g itself), so they are not evaluated again: on large systems most tiers are at rest
     * while events are located.
     */
    double advance(int[] bs, Sums s, double lam, double g, double h, double k1) {
        if (k1 == 0 && g != 0) {
            return g + h / 6 * (k1 + 2 * k1 + 2 * k1 + k1);
        }
        double k2 = rate(bs, s, lam, g + 0.5 * h * k1);
        double k3 = rate(bs, s, lam, g + 0.5 * h * k2);
        double k4 = rate(bs, s, lam, g + h * k3);
        return g + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
    }

    /**
     * The tie-keeping inflows at gradient g into {@code y} (one per backend of the tier), clipped at 0; false when
     * one is below {@code -tol} (the tier cannot keep its tie).
     */
    boolean inflows(int[] bs, double lam, double g, double tol, double[] y) {
        return inflows(bs, null, lam, g, tol, y);
    }

    /** As {@link #inflows(int[], double, double, double, double[])}, with the tier's sums (or null). */
    boolean inflows(int[] bs, Sums s, double lam, double g, double tol, double[] y) {
        double dg = rate(bs, s, lam, g);
        for (int j = 0; j < bs.length; j++) {
            ServiceRate r = l[bs[j]];
            double v = r.valueAtGradient(g) + dg / r.curvatureAtGradient(g);
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
            imb -= l[b].valueAtGradient(g);
        }
        return Math.abs(imb);
    }
}
