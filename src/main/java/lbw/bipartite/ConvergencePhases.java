package lbw.bipartite;

import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The two phases of convergence of Section 6.3 along a fluid path ({@link TwoPhases}): the constants of Lemma 13
 * and Proposition 4 computed from the model, the time the path enters the invariant set K, the drift of the
 * fastest-draining backend before it (phase 1, Proposition 4) and the decay of V after it (phase 2, Propositions 2
 * and 3).
 */
public final class ConvergencePhases {

    /** At most this many recorded states get their drift computed (evenly spaced). */
    static final int DRIFT_SAMPLES = 2000;
    /** Relative tolerance of membership in K ({@code l_b'(N_b) >= kappa (1 - tol)}). */
    static final double K_TOL = 1e-9;
    /** V below this is round-off: the phase-2 decay ratio is not taken there. */
    static final double V_FLOOR = 1e-11;

    private ConvergencePhases() {
    }

    /** Lemma 13's kappa for a model: half the smallest gradient at the optimum. */
    public static double kappa(BipartiteModel m, Equilibrium opt) {
        double k = Double.POSITIVE_INFINITY;
        for (int b = 0; b < m.backends(); b++) {
            k = Math.min(k, m.rate(b).derivative(opt.workload(b)));
        }
        return k / 2;
    }

    /** The phases along a path, against the model's optimum. */
    public static TwoPhases along(FluidPath p) {
        BipartiteModel m = p.model();
        Equilibrium opt = FluidOptimum.solve(m);
        int nb = m.backends();
        double kappa = kappa(m, opt);
        double[] tilde = new double[nb];
        double delta = Double.POSITIVE_INFINITY;
        double minTilde = Double.POSITIVE_INFINITY;
        for (int b = 0; b < nb; b++) {
            tilde[b] = m.rate(b).derivativeInverse(kappa);
            delta = Math.min(delta, m.rate(b).value(tilde[b]) - m.rate(b).value(opt.workload(b)));
            minTilde = Math.min(minTilde, tilde[b]);
        }
        double eta = Math.min(kappa * minTilde, delta / nb);
        double[] t = p.times();
        double[][] w = p.workload();
        double[] v = p.lyapunov();
        double[] tot = p.total();
        int k = t.length;
        double[] minGrad = new double[k];
        double[] gap = new double[k];
        int lastOutside = -1;
        int firstInside = -1;
        for (int i = 0; i < k; i++) {
            double g = Double.POSITIVE_INFINITY;
            for (int b = 0; b < nb; b++) {
                g = Math.min(g, m.rate(b).derivative(w[i][b]));
            }
            minGrad[i] = g;
            gap[i] = Math.abs(tot[i] - opt.total());
            if (g >= kappa * (1 - K_TOL)) {
                if (firstInside < 0) {
                    firstInside = i;
                }
            } else {
                lastOutside = i;
            }
        }
        boolean leaves = firstInside >= 0 && lastOutside > firstInside;
        double entry = lastOutside == k - 1 ? Double.NaN : t[lastOutside + 1];
        int stride = Math.max(1, (int) Math.ceil((double) k / DRIFT_SAMPLES));
        int samples = (k + stride - 1) / stride;
        double[] dt = new double[samples];
        double[] dmin = new double[samples];
        double worst1 = Double.NaN;
        for (int j = 0; j < samples; j++) {
            int i = j * stride;
            dt[j] = t[i];
            double[] d = FluidInclusion.driftAt(m, w[i]).drift();
            double mn = Double.POSITIVE_INFINITY;
            for (double x : d) {
                mn = Math.min(mn, x);
            }
            dmin[j] = mn;
            if (!(t[i] >= entry)) {
                worst1 = Double.isNaN(worst1) ? mn : Math.max(worst1, mn);
            }
        }
        double worstDecay = 0;
        double worstBound = 0;
        if (!Double.isNaN(entry)) {
            int e = lastOutside + 1;
            for (int i = e; i < k; i++) {
                if (v[i] > V_FLOOR) {
                    worstDecay = Math.max(worstDecay, v[i] / (v[e] * Math.exp(-kappa * (t[i] - entry))));
                }
                if (v[i] > 0) {
                    worstBound = Math.max(worstBound, gap[i] / (v[i] / kappa));
                } else if (gap[i] > V_FLOOR) {
                    worstBound = Double.POSITIVE_INFINITY;
                }
            }
        }
        return new TwoPhases(kappa, tilde, delta, eta, opt.total(), t, minGrad, v, gap, dt, dmin, entry, leaves,
                worst1, worstDecay, worstBound, lemma13Slack(m, tilde, delta));
    }

    /**
     * One row per path: delta = |sum N(0) - OPT|, T (phase 1, its duration), T / delta, and for each eps the time
     * phase 2 took to bring |sum N - OPT| within eps against the bound {@link TwoPhases#phase2Bound}.
     */
    public static Table table(java.util.List<TwoPhases> paths, double[] eps) {
        int k = paths.size();
        Object[] cols = new Object[6 + 4 * eps.length];
        double[] delta = new double[k];
        double[] entry = new double[k];
        double[] perDelta = new double[k];
        for (int i = 0; i < k; i++) {
            TwoPhases p = paths.get(i);
            delta[i] = p.totalGap()[0];
            entry[i] = p.entry();
            perDelta[i] = p.entry() / delta[i];
        }
        cols[0] = "delta = |sum N(0) - OPT|";
        cols[1] = delta;
        cols[2] = "phase 1: T (entry into K)";
        cols[3] = entry;
        cols[4] = "T / delta";
        cols[5] = perDelta;
        for (int j = 0; j < eps.length; j++) {
            double[] took = new double[k];
            double[] bound = new double[k];
            for (int i = 0; i < k; i++) {
                took[i] = paths.get(i).phase2Time(eps[j]);
                bound[i] = paths.get(i).phase2Bound(eps[j]);
            }
            cols[6 + 4 * j] = "phase 2 to eps = " + Tables.format(eps[j]);
            cols[7 + 4 * j] = took;
            cols[8 + 4 * j] = "bound ln(V(T) / (kappa eps)) / kappa, eps = " + Tables.format(eps[j]);
            cols[9 + 4 * j] = bound;
        }
        return Tables.of("The two phases of convergence (Theorem 3): linear in delta, then logarithmic in 1 / eps",
                cols);
    }

    /** Lemma 13 over every non-empty frontend set (NaN for more than 20 frontends). */
    static double lemma13Slack(BipartiteModel m, double[] tilde, double delta) {
        int nf = m.frontends();
        if (nf > 20) {
            return Double.NaN;
        }
        double least = Double.POSITIVE_INFINITY;
        for (int set = 1; set < (1 << nf); set++) {
            double lam = 0;
            boolean[] reached = new boolean[m.backends()];
            for (int f = 0; f < nf; f++) {
                if ((set & (1 << f)) != 0) {
                    lam += m.arrivalRate(f);
                    for (int b : m.backendsOf(f)) {
                        reached[b] = true;
                    }
                }
            }
            double serve = 0;
            for (int b = 0; b < reached.length; b++) {
                if (reached[b]) {
                    serve += m.rate(b).value(tilde[b]);
                }
            }
            least = Math.min(least, serve - lam - delta);
        }
        return least;
    }
}
