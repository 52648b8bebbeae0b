package lbw.bipartite;

import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The Lyapunov function of Lemma 5, {@code V(N, x) = sum_b |sum_f lambda_f x_fb - l_b(N_b)|} (the total absolute
 * drift), and the convergence facts of Section 6.3 along a fluid path:
 * <ul>
 * <li>{@code kappa(t) = min_b min(l_b'(N_b(t)), l_b'(N*_b))}: inside a constant-tier phase each tier's
 * {@code V_B} decays at rate {@code l_B'} (proof of Proposition 2), so V decays at least at rate kappa;</li>
 * <li>Proposition 3's bound {@code |sum N - sum N*| <= V / kappa};</li>
 * <li>the fitted exponential rate of V and of the total-workload gap on the tail (Theorem 3's second phase).</li>
 * </ul>
 */
public record Lyapunov(double[] times, double[] v, double[] totalGap, double[] kappa, double[] bound,
        double vRate, double gapRate, double worstBoundRatio, double largestIncrease) implements Summarizable {

    /** V(N, x) from a dense routing matrix x (F x B). */
    public static double value(BipartiteModel m, double[] n, double[][] x) {
        double v = 0;
        for (int b = 0; b < m.backends(); b++) {
            double in = 0;
            for (int f = 0; f < m.frontends(); f++) {
                in += m.arrivalRate(f) * x[f][b];
            }
            v += Math.abs(in - m.rate(b).value(n[b]));
        }
        return v;
    }

    /**
     * The convergence facts of a fluid path against the optimum; rates are least-squares slopes of log V and log
     * gap over the times where they lie between {@code floor} and their value at {@code fitFrom}.
     */
    public static Lyapunov along(FluidPath p, Equilibrium opt, double fitFrom, double floor) {
        BipartiteModel m = p.model();
        int k = p.times().length;
        double[] gap = new double[k];
        double[] kap = new double[k];
        double[] bound = new double[k];
        double[] tot = p.total();
        double worst = 0;
        for (int i = 0; i < k; i++) {
            gap[i] = Math.abs(tot[i] - opt.total());
            double kk = Double.POSITIVE_INFINITY;
            for (int b = 0; b < m.backends(); b++) {
                kk = Math.min(kk, Math.min(m.rate(b).derivative(p.workload()[i][b]),
                        m.rate(b).derivative(opt.workload()[b])));
            }
            kap[i] = kk;
            bound[i] = p.lyapunov()[i] / kk;
            if (bound[i] > 0) {
                worst = Math.max(worst, gap[i] / bound[i]);
            } else if (gap[i] > 1e-9) {
                worst = Double.POSITIVE_INFINITY;
            }
        }
        return new Lyapunov(p.times(), p.lyapunov(), gap, kap, bound, slope(p.times(), p.lyapunov(), fitFrom, floor),
                slope(p.times(), gap, fitFrom, floor), worst, p.largestLyapunovIncrease());
    }

    /** -(least-squares slope of log y) over t >= from with y > floor. */
    static double slope(double[] t, double[] y, double from, double floor) {
        double st = 0;
        double sy = 0;
        double stt = 0;
        double sty = 0;
        int n = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i] >= from && y[i] > floor) {
                double ly = Math.log(y[i]);
                st += t[i];
                sy += ly;
                stt += t[i] * t[i];
                sty += t[i] * ly;
                n++;
            }
        }
        if (n < 3) {
            return Double.NaN;
        }
        return -(n * sty - st * sy) / (n * stt - st * st);
    }

    @Override
    public Table summary() {
        double minKappa = Double.POSITIVE_INFINITY;
        for (double x : kappa) {
            minKappa = Math.min(minKappa, x);
        }
        return Tables.of("Lyapunov function and convergence rate", "quantity",
                new String[] {"V(0)", "V(T)", "largest rise of V", "fitted decay rate of V",
                    "fitted decay rate of |sum N - OPT|", "min kappa(t)", "max |sum N - OPT| / (V / kappa)"},
                "value", new double[] {v[0], v[v.length - 1], largestIncrease, vRate, gapRate, minKappa,
                    worstBoundRatio});
    }
}
