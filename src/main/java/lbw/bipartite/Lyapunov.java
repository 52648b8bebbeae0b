package lbw.bipartite;

import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The convergence facts of Section 6.3 along a fluid path ({@link LyapunovAnalysis#along}), for the Lyapunov
 * function of Lemma 5, {@code V(N, x) = sum_b |sum_f lambda_f x_fb - l_b(N_b)|} (the total absolute drift):
 * <ul>
 * <li>{@code kappa(t) = min_b min(l_b'(N_b(t)), l_b'(N*_b))}: inside a constant-tier phase each tier's
 * {@code V_B} decays at rate {@code l_B'} (proof of Proposition 2), so V decays at least at rate kappa;</li>
 * <li>Proposition 3's bound {@code |sum N - sum N*| <= V / kappa};</li>
 * <li>the fitted exponential rate of V and of the total-workload gap on the tail (Theorem 3's second phase).</li>
 * </ul>
 */
public record Lyapunov(double[] times, double[] v, double[] totalGap, double[] kappa, double[] bound,
        double vRate, double gapRate, double worstBoundRatio, double largestIncrease) implements Summarizable {

    /** Copies the arrays, so that the record is a value. */
    public Lyapunov {
        times = times.clone();
        v = v.clone();
        totalGap = totalGap.clone();
        kappa = kappa.clone();
        bound = bound.clone();
    }

    @Override
    public double[] times() {
        return times.clone();
    }

    @Override
    public double[] v() {
        return v.clone();
    }

    @Override
    public double[] totalGap() {
        return totalGap.clone();
    }

    @Override
    public double[] kappa() {
        return kappa.clone();
    }

    @Override
    public double[] bound() {
        return bound.clone();
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
