package lbw.offloading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lbw.core.InvalidParameterException;

/**
 * The standard analysis of one configuration, as the {@code offloading} scenario reports it: the discounted optimum
 * (Gauss-Seidel value iteration), the structural claims on the window {@code buffer / 3}, and the stationary
 * performance of the optimal policy, Non-Idling and Offload-Only (the latter only where it is stable).
 *
 * @param setup       the configuration
 * @param states      states of the truncated chain
 * @param solution    the discounted optimum
 * @param window      the structure window W
 * @param structure   the structural claims on the window
 * @param optimal     stationary performance of the optimal policy (empty if its chain has no stationary delay)
 * @param offloadOnly stationary performance of Offload-Only (empty if unstable at this load or no stationary delay)
 * @param nonIdling   stationary performance of Non-Idling (empty if its chain has no stationary delay)
 * @param notes       what the reader should know: outside the paper's assumption, policies without a stationary delay
 */
public record OffloadingAnalysis(OffloadingSetup setup, int states, DiscountedSolution solution, int window,
                                 StructureReport structure, Optional<PolicyPerformance> optimal,
                                 Optional<PolicyPerformance> offloadOnly, Optional<PolicyPerformance> nonIdling,
                                 List<String> notes) {

    /** Thresholds are reported for {@code n2 = 0..THRESHOLD_ROWS}. */
    public static final int THRESHOLD_ROWS = 10;

    /** The smallest buffer whose window {@code buffer / 3} holds the reported thresholds. */
    public static final int MIN_BUFFER = 3 * THRESHOLD_ROWS;

    public OffloadingAnalysis {
        notes = List.copyOf(notes);
    }

    /** Refuses a buffer too small for the reported thresholds (before any work). */
    public static void requireBuffer(int buffer) {
        if (buffer < MIN_BUFFER) {
            throw new InvalidParameterException("buffer", "= " + buffer + ": must be at least " + MIN_BUFFER
                    + " so that the reported thresholds (n2 <= " + THRESHOLD_ROWS + ") lie inside the window buffer/3");
        }
    }

    /** Runs the analysis (the buffer must be at least {@link #MIN_BUFFER}). */
    public static OffloadingAnalysis run(OffloadingSetup setup) {
        requireBuffer(setup.buffer());
        OffloadingModel m = setup.model();
        UniformizedMdp mdp = setup.compile();
        DiscountedSolution sol = DiscountedSolver.gaussSeidel(mdp, setup.options());
        int window = Structure.defaultWindow(setup.buffer());
        StructureReport st = Structure.check(sol.policy(), window);
        List<String> notes = new ArrayList<>();
        if (!m.withinAssumption()) {
            notes.add("f <= 1/K: outside the paper's assumption f > 1/K; its theorems need not apply");
        }
        Optional<PolicyPerformance> opt = stationary(mdp, sol.policy(), notes);
        Optional<PolicyPerformance> non = stationary(mdp, Policy.nonIdling(mdp.space()), notes);
        Optional<PolicyPerformance> off = m.offloadOnlyStable()
                ? stationary(mdp, Policy.offloadOnly(mdp.space()), notes) : Optional.empty();
        if (!m.offloadOnlyStable()) {
            notes.add("offloadOnly: no delay or loss probability: Offload-Only is unstable at this load (lambda = "
                    + m.lambda() + " is not below the cloud rate K mu0 = " + m.muC1() + ")");
        }
        return new OffloadingAnalysis(setup, mdp.size(), sol, window, st, opt, off, non, notes);
    }

    /** T1(n2) for n2 = 0..{@link #THRESHOLD_ROWS} (null where SM2 is not chosen in the window). */
    public Integer[] busyThresholds() {
        return structure.busyThresholds(THRESHOLD_ROWS);
    }

    /** T0(n2) for n2 = 1..{@link #THRESHOLD_ROWS} (null where SM2 is not chosen in the window). */
    public Integer[] idleThresholds() {
        return structure.idleThresholds(THRESHOLD_ROWS);
    }

    /**
     * The stationary performance, or empty with a note when the policy's chain has no stationary delay (it keeps
     * assigning, or it is stuck in an idle state).
     */
    private static Optional<PolicyPerformance> stationary(UniformizedMdp mdp, Policy p, List<String> notes) {
        try {
            return Optional.of(StationaryAnalysis.solve(mdp, p));
        } catch (IllegalStateException e) {
            notes.add(p.name() + ": no stationary delay: " + e.getMessage());
            return Optional.empty();
        }
    }
}
