package lbw.offloading;

import lbw.core.InvalidParameterException;

/**
 * Remark 1 (heterogeneous case): the two stages may be different operations (say computation, then a wireless
 * upload), with SM1 served at the second stage at {@code muC1} and SM2 at {@code muL2} then {@code muC2 > muC1}.
 * {@link OffloadingModel#fromStageRates} casts it as the paper's model ({@code f = 1 - muC1/muC2},
 * {@code mu0 = f muL2}, {@code K = muC1/mu0}; the paper's exact formulas were lost, this mapping is the
 * restoration's). In stage rates the model's conditions read: load balancing possible iff {@code muL2 < muC2}; the
 * paper's assumption {@code f > 1/K} iff {@code muL2 < muC1}.
 */
public final class HeterogeneousStages {

    private HeterogeneousStages() {
    }

    /**
     * One stage-rate case, solved.
     *
     * @param name         a label
     * @param lambda       arrival rate
     * @param muC1         SM1 rate (second stage only)
     * @param muL2         SM2 first-stage rate
     * @param muC2         SM2 second-stage rate
     * @param model        the equivalent model, or null when refused
     * @param refusal      the refusal message, or null
     * @param policy       the discounted-optimal policy (null when refused)
     * @param structure    the structure of the discounted-optimal policy on the window (null when refused)
     * @param delayOptimal mean delay of the discounted-optimal policy (NaN when refused)
     * @param delayNonIdling mean delay of Non-Idling
     * @param delayOffloadOnly mean delay of Offload-Only (NaN where it is unstable)
     */
    public record Case(String name, double lambda, double muC1, double muL2, double muC2, OffloadingModel model,
                       String refusal, Policy policy, StructureReport structure, double delayOptimal, double delayNonIdling,
                       double delayOffloadOnly) {
    }

    /** Builds the model from stage rates and solves it (buffer, discount), or records why it is refused. */
    public static Case solve(String name, double lambda, double muC1, double muL2, double muC2, int buffer,
                             double discount) {
        OffloadingModel m;
        try {
            m = OffloadingModel.fromStageRates(lambda, muC1, muL2, muC2);
        } catch (InvalidParameterException e) {
            return new Case(name, lambda, muC1, muL2, muC2, null, e.getMessage(), null, null, Double.NaN, Double.NaN,
                    Double.NaN);
        }
        OffloadingSetup setup = new OffloadingSetup(m, buffer, discount);
        UniformizedMdp mdp = setup.compile();
        DiscountedSolution d = DiscountedSolver.gaussSeidel(mdp, setup.options());
        StructureReport rep = Structure.check(d.policy(), Structure.defaultWindow(buffer));
        double opt = StationaryAnalysis.solve(mdp, d.policy()).meanDelay();
        double non = StationaryAnalysis.solve(mdp, Policy.nonIdling(mdp.space())).meanDelay();
        double off = m.offloadOnlyStable() ? StationaryAnalysis.solve(mdp, Policy.offloadOnly(mdp.space())).meanDelay()
                : Double.NaN;
        return new Case(name, lambda, muC1, muL2, muC2, m, null, d.policy(), rep, opt, non, off);
    }
}
