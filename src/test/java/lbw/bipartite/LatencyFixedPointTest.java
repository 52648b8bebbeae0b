package lbw.bipartite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Appendix F's stated equilibrium (2, 1) is the fixed point of expected-latency routing on the N model: the two
 * conditions notebook 21 derives hold there, and notebook 22's rule comparison reports the same ratio to OPT.
 */
class LatencyFixedPointTest {

    @Test
    void equalLatenciesAndBalancedFlowsAtTwoOne() {
        BipartiteModel m = EquilibriumTest.nModel();
        Equilibrium e = EquilibriumSolver.solve(m, RoutingCost.LATENCY);
        assertTrue(e.converged());
        // N / l(N) = N + half for saturating max 1: latencies N1 + 1 and N2 + 2, both 3 at (2, 1).
        assertEquals(3, e.price()[0], 1e-9);
        assertEquals(3, e.price()[1], 1e-9);
        assertEquals(e.workload(0) + 1, e.price()[0], 1e-12);
        assertEquals(e.workload(1) + 2, e.price()[1], 1e-12);
        // l1 + l2 = lambda1 + lambda2 = 1, and each served rate is l_b at the workload.
        assertEquals(1, e.load()[0] + e.load()[1], 1e-12);
        assertEquals(2.0 / 3, e.load()[0], 1e-9);
        assertEquals(1.0 / 3, e.load()[1], 1e-9);
        // notebook 22's LATENCY row is the same number
        double opt = FluidOptimum.solve(m).total();
        assertEquals(e.total() / opt, RuleStudy.fluidTotal(m, RoutingRule.LATENCY) / opt, 1e-15);
        assertEquals(3 / (2 * Math.sqrt(2)), RuleStudy.fluidTotal(m, RoutingRule.LATENCY) / opt, 1e-9);
    }
}
