package lbw.bipartite;

/**
 * The Lyapunov function of Lemma 5, {@code V(N, x) = sum_b |sum_f lambda_f x_fb - l_b(N_b)|}, and its analysis
 * along a fluid path against the optimum (Proposition 3, Theorem 3); results are {@link Lyapunov} records.
 */
public final class LyapunovAnalysis {

    private LyapunovAnalysis() {
    }

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
        double[] times = p.times();
        double[][] w = p.workload();
        double[] lyap = p.lyapunov();
        double[] star = opt.workload();
        int k = times.length;
        double[] gap = new double[k];
        double[] kap = new double[k];
        double[] bound = new double[k];
        double[] tot = p.total();
        double worst = 0;
        for (int i = 0; i < k; i++) {
            gap[i] = Math.abs(tot[i] - opt.total());
            double kk = Double.POSITIVE_INFINITY;
            for (int b = 0; b < m.backends(); b++) {
                kk = Math.min(kk, Math.min(m.rate(b).derivative(w[i][b]),
                        m.rate(b).derivative(star[b])));
            }
            kap[i] = kk;
            bound[i] = lyap[i] / kk;
            if (bound[i] > 0) {
                worst = Math.max(worst, gap[i] / bound[i]);
            } else if (gap[i] > 1e-9) {
                worst = Double.POSITIVE_INFINITY;
            }
        }
        return new Lyapunov(times, lyap, gap, kap, bound, slope(times, lyap, fitFrom, floor),
                slope(times, gap, fitFrom, floor), worst, p.largestLyapunovIncrease());
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

}
