package lbw.bipartite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Results are values (their arrays are copies) and the drift the fluid solution follows is the model's. */
class SolverResultSplitTest {

    static final double EXACT = 1e-12;

    @Test
    void driftAtThePapersPointIsPlainGmsrAndVanishesAtTheOptimum() {
        BipartiteModel m = EquilibriumTest.nModel();
        // At (2, 1): l1'(2) = 1/9 < l2'(1) = 2/9, so f2 sends everything to b2; l1(2) = 2/3, l2(1) = 1/3.
        FluidDrift d = FluidInclusion.driftAt(m, new double[] {2, 1});
        assertEquals(1.0 / 9, d.gradient()[0], EXACT);
        assertEquals(2.0 / 9, d.gradient()[1], EXACT);
        assertArrayEquals(new double[] {0, 1}, d.routing()[1], EXACT);
        assertEquals(0.4 - 2.0 / 3, d.drift()[0], EXACT);
        assertEquals(0.6 - 1.0 / 3, d.drift()[1], EXACT);
        // At N* the gradients tie and the tie-keeping routing balances both backends.
        Equilibrium opt = FluidOptimum.solve(m);
        FluidDrift z = FluidInclusion.driftAt(m, opt.workload());
        assertEquals(0, z.drift()[0], 1e-9);
        assertEquals(0, z.drift()[1], 1e-9);
        assertArrayEquals(opt.routing()[1], z.routing()[1], 1e-9);
    }

    @Test
    void thePapersStatedPointIsTheFixedPointOfExpectedLatencyRouting() {
        // N / l(N) = N + half: equal latencies N1 + 1 = N2 + 2 with l1 + l2 = 1 give (2, 1), total 3.
        Equilibrium e = EquilibriumSolver.solve(EquilibriumTest.nModel(), RoutingCost.LATENCY);
        assertTrue(e.converged());
        assertEquals(2, e.workload(0), 1e-9);
        assertEquals(1, e.workload(1), 1e-9);
        assertEquals(3 / (2 * Math.sqrt(2)), e.total() / FluidOptimum.solve(EquilibriumTest.nModel()).total(), 1e-9);
    }

    @Test
    void resultsCopyTheirArrays() {
        BipartiteModel m = EquilibriumTest.nModel();
        Equilibrium opt = FluidOptimum.solve(m);
        opt.workload()[0] = -1;
        assertEquals(Math.sqrt(2), opt.workload()[0], EXACT);
        FluidPath p = FluidInclusion.solve(m, new double[] {2, 1}, 5);
        double n0 = p.workload()[0][0];
        p.workload()[0][0] = -1;
        p.times()[0] = -1;
        assertEquals(n0, p.workload()[0][0], 0.0);
        assertEquals(0, p.times()[0], 0.0);
        double[] in = {2, 1};
        TierStructure t = TierAnalysis.at(m, in);
        in[0] = 0;
        t.tierOfBackend()[0] = 7;
        t.tiers().get(0).backends()[0] = 7;
        assertEquals(TierAnalysis.at(m, new double[] {2, 1}).summary().print(), t.summary().print());
    }

    @Test
    void backendPathsAreRecordedForSmallSystemsOnly() {
        BipartiteModel small = EquilibriumTest.nModel();
        StochasticPath p = GmsrSimulation.run(small, RoutingRule.GMSR, new double[] {2, 1},
                new GmsrSimulation.Options(10, 5, 1, 100));
        assertTrue(p.hasBackendPaths());
        assertEquals(p.times().length, p.workload().length);
        BipartiteModel big = RandomInstances.create(70, GmsrSimulation.MAX_RECORDED_BACKENDS + 1, 2, 0.5, 4);
        StochasticPath q = GmsrSimulation.run(big, RoutingRule.GMSR, new double[big.backends()],
                new GmsrSimulation.Options(10, 5, 1, 100));
        assertFalse(q.hasBackendPaths());
        assertEquals(big.backends(), q.timeAverage().length);
        IllegalStateException e = assertThrows(IllegalStateException.class, q::workload);
        assertTrue(e.getMessage().contains("at most 64 backends"), e.getMessage());
        assertFalse(q.secondHalf().hasBackendPaths());
    }

    @Test
    void ruleComparisonRowsAreFoundByRule() {
        BipartiteModel m = EquilibriumTest.nModel();
        RuleComparison c = RuleStudy.compare(m, java.util.List.of(RoutingRule.GMSR, RoutingRule.LATENCY), 50, 20, 3);
        assertEquals(FluidOptimum.solve(m).total(), c.opt(), EXACT);
        assertEquals(EquilibriumSolver.solve(m, RoutingCost.LATENCY).total(), c.row(RoutingRule.LATENCY).fluidTotal(),
                EXACT);
        assertThrows(IllegalArgumentException.class, () -> c.row(RoutingRule.JSQ));
    }
}
