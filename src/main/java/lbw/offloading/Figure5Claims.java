package lbw.offloading;

import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The paper's statements about Figure 5 checked on the exact curves ({@link DelayStudy#claims}): each verdict is a
 * boolean with the numbers behind it.
 *
 * @param loads                 the number of loads on the curves
 * @param optimalBest           loads where the discounted-optimal policy is no worse than both baselines (1e-9)
 * @param averageBest           the same for the average-cost optimal policy
 * @param lowRho                the lowest load
 * @param lowOffloadOnlyExcess  Offload-Only's relative excess delay over the optimal policy at the lowest load
 * @param lowNonIdlingExcess    Non-Idling's relative excess delay at the lowest load
 * @param highRho               the highest load
 * @param highNonIdlingExcess   Non-Idling's relative excess delay at the highest load
 * @param stabilityEdge         {@code K/(1+K)}: Offload-Only is unstable from this load on
 * @param worstDiscountedGap    the largest relative gap of the discounted-optimal over the average-cost optimal delay
 */
public record Figure5Claims(int loads, int optimalBest, int averageBest, double lowRho, double lowOffloadOnlyExcess,
                            double lowNonIdlingExcess, double highRho, double highNonIdlingExcess,
                            double stabilityEdge, double worstDiscountedGap) {

    /** "The optimal policy outperforms both baselines at every rho." */
    public boolean optimalBeatsBaselines() {
        return optimalBest == loads;
    }

    /** The same statement for the average-cost optimal policy. */
    public boolean averageOptimalBeatsBaselines() {
        return averageBest == loads;
    }

    /**
     * "Offload-Only is close to optimal at low rho", read as: at the lowest load Offload-Only is closer to the
     * optimum than Non-Idling.
     */
    public boolean offloadOnlyCloserAtLowLoad() {
        return lowOffloadOnlyExcess < lowNonIdlingExcess;
    }

    /**
     * "Non-Idling is close to optimal at high rho", read as: Non-Idling's relative excess is smaller at the highest
     * load than at the lowest.
     */
    public boolean nonIdlingCloserAtHighLoad() {
        return highNonIdlingExcess < lowNonIdlingExcess;
    }

    /** The statements and what the computation shows, in words (two columns: statement, computed). */
    public Table table() {
        return Tables.of("Figure 5: the paper's statements against the computed curves",
                "statement", statements(), "computed", computed());
    }

    /** {@link #table()} with a third column: whether the statement holds ("yes"/"no"; "-" for the numbers only). */
    public Table tableWithVerdicts() {
        Boolean[] v = {optimalBeatsBaselines(), averageOptimalBeatsBaselines(), offloadOnlyCloserAtLowLoad(),
            nonIdlingCloserAtHighLoad(), null, null};
        String[] holds = new String[v.length];
        for (int i = 0; i < v.length; i++) {
            holds[i] = v[i] == null ? "-" : v[i] ? "yes" : "no";
        }
        return Tables.of("Figure 5: the paper's statements against the computed curves",
                "statement", statements(), "computed", computed(), "holds", holds);
    }

    private static String[] statements() {
        return new String[] {
            "the optimal policy outperforms both baselines at every rho",
            "(same, for the average-cost optimal policy)",
            "Offload-Only is close to optimal at low rho",
            "Non-Idling is close to optimal at high rho",
            "Offload-Only is unstable for rho >= K/(1+K)",
            "discounted-optimal vs average-cost optimal delay"};
    }

    private String[] computed() {
        return new String[] {
            optimalBest + " of " + loads + " loads",
            averageBest + " of " + loads + " loads",
            String.format("rho = %s: Offload-Only +%.2f%%, Non-Idling +%.2f%% above optimal", Tables.format(lowRho),
                    100 * lowOffloadOnlyExcess, 100 * lowNonIdlingExcess),
            String.format("rho = %s: Non-Idling +%.2f%% above optimal", Tables.format(highRho), 100 * highNonIdlingExcess),
            "K/(1+K) = " + Tables.format(stabilityEdge) + "; curve drawn only below it",
            String.format("at most %.3f%% apart", 100 * worstDiscountedGap)};
    }
}
