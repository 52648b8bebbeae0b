package lbw.bipartite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LyapunovAndRulesTest {

    @Test
    void lyapunovIsZeroOnlyAtTheOptimumAndDecaysAtLeastAtRateKappa() {
        BipartiteModel m = EquilibriumTest.nModel();
        Equilibrium opt = FluidOptimum.solve(m);
        assertEquals(0, LyapunovAnalysis.value(m, opt.workload(), opt.routing()), 1e-12);
        FluidPath p = FluidInclusion.solve(m, new double[] {4, 4}, 60);
        assertTrue(p.lemma10Residual() < 1e-9, "V by definition equals the per-tier formula: " + p.lemma10Residual());
        Lyapunov l = LyapunovAnalysis.along(p, opt, 10, 1e-10);
        assertTrue(l.largestIncrease() <= 1e-9);
        double minKappa = java.util.Arrays.stream(l.kappa()).filter(x -> x > 0).min().orElseThrow();
        assertTrue(l.vRate() >= minKappa * 0.99, "fitted rate " + l.vRate() + " vs min kappa " + minKappa);
        assertTrue(l.worstBoundRatio() <= 1 + 1e-9, "Proposition 3: " + l.worstBoundRatio());
        // V at the final state from the final routing
        assertEquals(p.lyapunov()[p.lyapunov().length - 1], LyapunovAnalysis.value(m, p.finalWorkload(), p.finalRouting()), 1e-9);
    }

    @Test
    void pigouOptimumIsHalfAndHalfAndLatencyRoutingCostsAThirdMore() {
        PigouExample p = PigouExample.classic();
        // d/dx [x + (1 - x)^2] = 0 at x = 1/2; Wardrop: latency 1 = x2 only when x2 = 1.
        assertEquals(0.5, p.optimalShare1(), 1e-7); // golden section: argmin to ~sqrt(machine eps)
        assertEquals(0.75, p.optimalCost(), 1e-12);
        assertEquals(0.0, p.wardropShare1(), 0.0);
        assertEquals(1.0, p.wardropCost(), 0.0);
        assertEquals(4.0 / 3.0, p.priceOfAnarchy(), 1e-9);
    }

    @Test
    void gmsrIsTheOnlyRuleAtOptAndOthersAreNoBetter() {
        BipartiteModel m = EquilibriumTest.nModel();
        RuleComparison r = RuleStudy.compare(m, List.of(RoutingRule.GMSR, RoutingRule.LATENCY, RoutingRule.JSQ,
                RoutingRule.RANDOM, RoutingRule.powerOf(2)), 300, 100, 5);
        assertEquals(1.0, r.rows().get(0).fluidRatio(), 1e-12);
        for (RuleComparison.Row row : r.rows()) {
            if (Double.isFinite(row.fluidRatio())) {
                assertTrue(row.fluidRatio() >= 1 - 1e-12, row.rule().label());
            }
            // the stochastic system at finite c sits above the fluid bound (Lemma 1), up to noise
            assertTrue(row.simulatedRatio() >= 0.97, row.rule().label() + " " + row.simulatedRatio());
        }
        // in the N model expected-latency routing differs from GMSR: strictly worse
        assertTrue(r.rows().get(1).fluidRatio() > 1.001);
    }
}
