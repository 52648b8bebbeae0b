package lbw.offloading;


/**
 * Figure 5 for other {@code (K, f)}: the exact curves of {@link DelayStudy#exact} summarized by how far each
 * baseline is from the delay optimum and where the better baseline changes.
 */
public final class Figure5Variants {

    private Figure5Variants() {
    }

    /**
     * The summary of one {@code (K, f)} pair.
     *
     * @param k                    K
     * @param f                    f
     * @param withinAssumption     {@code f > 1/K}
     * @param maxExcessNonIdling   largest relative excess of Non-Idling over the average-cost optimum
     * @param rhoMaxNonIdling      the load where it occurs
     * @param maxExcessOffloadOnly the same for Offload-Only, over its stable loads
     * @param rhoMaxOffloadOnly    the load where it occurs
     * @param crossover            the first load of the grid where Non-Idling beats Offload-Only (NaN if none)
     * @param optimalLowest        the discounted-optimal policy is at most both baselines at every load (up to
     *                             1e-9 relative)
     */
    public record Summary(double k, double f, boolean withinAssumption, double maxExcessNonIdling,
                          double rhoMaxNonIdling, double maxExcessOffloadOnly, double rhoMaxOffloadOnly,
                          double crossover, boolean optimalLowest) {
    }

    /** The settings of Figure 5 with another {@code (K, f)} and loads, exact curves only. */
    public static Figure5Scenario setup(Figure5Scenario base, double k, double f, double[] rhos) {
        return new Figure5Scenario(k, f, base.mu0(), base.buffer(), base.discount(), rhos, new double[0],
                base.horizon(), base.replications(), base.seed());
    }

    /** Summarizes the exact curves of {@link DelayStudy#exact}. */
    public static Summary summarize(double k, double f, Figure5Curves exact) {
        double[] rho = exact.rho();
        double[] opt = exact.optimal();
        double[] avg = exact.averageOptimal();
        double[] off = exact.offloadOnly();
        double[] non = exact.nonIdling();
        double maxNon = -1;
        double rhoNon = Double.NaN;
        double maxOff = -1;
        double rhoOff = Double.NaN;
        double cross = Double.NaN;
        boolean lowest = true;
        for (int i = 0; i < rho.length; i++) {
            double en = non[i] / avg[i] - 1;
            if (en > maxNon) {
                maxNon = en;
                rhoNon = rho[i];
            }
            if (Double.isFinite(off[i])) {
                double eo = off[i] / avg[i] - 1;
                if (eo > maxOff) {
                    maxOff = eo;
                    rhoOff = rho[i];
                }
                lowest &= opt[i] <= off[i] * (1 + 1e-9);
            }
            if (Double.isNaN(cross) && (!Double.isFinite(off[i]) || non[i] < off[i])) {
                cross = rho[i];
            }
            lowest &= opt[i] <= non[i] * (1 + 1e-9);
        }
        return new Summary(k, f, f > 1 / k, maxNon, rhoNon, maxOff < 0 ? Double.NaN : maxOff, rhoOff, cross,
                lowest);
    }
}
