package lbw.bipartite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lbw.core.Workbench;
import org.junit.jupiter.api.Test;

/** Propositions 1-4 (the two phases of convergence) on the Figures 1-4 system, against constants computed by hand. */
class ConvergencePhasesTest {

    /** Rounding of closed forms. */
    static final double EXACT = 1e-12;
    /** Bounds hold up to the solver's rounding. */
    static final double SLACK = 1e-9;

    private final BipartiteModel m = BipartiteScenario.load(Workbench.data("bipartite-figures1-4.json")).model();

    private TwoPhases from(double s) {
        double[] n0 = new double[m.backends()];
        java.util.Arrays.fill(n0, s);
        return ConvergencePhases.along(FluidInclusion.solve(m, n0, 40 + 2 * s));
    }

    @Test
    void theConstantsOfLemma13AreThoseOfTheClosedForm() {
        // Saturating max M, half 1: l'(N) = M / (N + 1)^2. N* of this system (notebook 23): b1, b5 at gradient
        // 16/3 (N = 1/2 with M = 12), b2, b3, b4 at the lower level; kappa is half the smaller one.
        Equilibrium opt = FluidOptimum.solve(m);
        double low = m.rate(2).derivative(opt.workload(2));
        TwoPhases p = from(20);
        assertEquals(low / 2, p.kappa(), EXACT);
        double[] max = {12, 8, 4, 8, 12};
        double delta = Double.POSITIVE_INFINITY;
        double minTilde = Double.POSITIVE_INFINITY;
        for (int b = 0; b < 5; b++) {
            double tilde = Math.sqrt(max[b] / p.kappa()) - 1;
            assertEquals(tilde, p.tildeN()[b], 1e-9);
            delta = Math.min(delta, max[b] * tilde / (tilde + 1) - max[b] * opt.workload(b) / (opt.workload(b) + 1));
            minTilde = Math.min(minTilde, tilde);
        }
        assertEquals(delta, p.delta(), 1e-9);
        assertEquals(Math.min(p.kappa() * minTilde, delta / 5), p.eta(), 1e-9);
        assertTrue(p.lemma13Slack() >= 0, "Lemma 13 slack " + p.lemma13Slack());
    }

    @Test
    void phaseOneDrainsAtLeastAtEtaAndPhaseTwoDecaysAtLeastAtKappa() {
        double lastT = 0;
        double lastDelta = 0;
        for (double s : new double[] {5, 20, 40}) {
            TwoPhases p = from(s);
            assertTrue(p.reachedK(), "start " + s);
            assertTrue(p.entry() > 0, "start " + s + " begins outside K");
            // Proposition 1: K is invariant.
            assertFalse(p.leavesK(), "start " + s);
            // Proposition 4: before T some backend drains at least at eta.
            assertTrue(p.worstPhase1Drift() <= -p.eta(), "start " + s + ": " + p.worstPhase1Drift());
            // Propositions 2 and 3 after T.
            assertTrue(p.worstDecayRatio() <= 1 + SLACK, "start " + s + ": " + p.worstDecayRatio());
            assertTrue(p.worstBoundRatio() <= 1 + SLACK, "start " + s + ": " + p.worstBoundRatio());
            for (double eps : new double[] {1e-2, 1e-6}) {
                assertTrue(p.phase2Time(eps) <= p.phase2Bound(eps), "start " + s + " eps " + eps);
            }
            // Phase 1 grows with delta; phase 2 does not.
            assertTrue(p.entry() > lastT && p.totalGap()[0] > lastDelta);
            lastT = p.entry();
            lastDelta = p.totalGap()[0];
        }
    }

    @Test
    void aStartInsideKHasNoPhaseOne() {
        TwoPhases p = ConvergencePhases.along(FluidInclusion.solve(m, FluidOptimum.solve(m).workload(), 5));
        assertEquals(0, p.entry(), 0.0);
        assertTrue(Double.isNaN(p.worstPhase1Drift()));
        assertFalse(p.leavesK());
    }
}
