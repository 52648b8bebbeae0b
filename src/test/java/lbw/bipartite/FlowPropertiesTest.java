package lbw.bipartite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties of the maximum flow and of the exact routing on random instances. */
class FlowPropertiesTest {

    static final double TOL = 1e-9;

    /** Max-flow min-cut: the flow value equals the capacity of both reported minimum cuts. */
    @Property(tries = 200, seed = "20261122")
    void flowValueEqualsBothMinimumCuts(@ForAll @IntRange(min = 1, max = 7) int nf,
            @ForAll @IntRange(min = 1, max = 7) int nb, @ForAll long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Instance g = Instance.random(rnd, nf, nb, 0.4);
        double[] supply = g.supply();
        double[] cap = g.cap();
        int[] af = g.af();
        int[] ab = g.ab();
        BipartiteFlow flow = new BipartiteFlow(supply, cap, af, ab);
        double v = flow.solve();
        for (boolean[][] side : new boolean[][][] {flow.sourceSide(), flow.maximalSourceSide()}) {
            double cut = 0;
            for (int f = 0; f < nf; f++) {
                if (!side[0][f]) {
                    cut += supply[f];
                }
            }
            for (int b = 0; b < nb; b++) {
                if (side[1][b]) {
                    cut += cap[b];
                }
            }
            for (int k = 0; k < af.length; k++) {
                assertTrue(!(side[0][af[k]] && !side[1][ab[k]]), "no infinite arc leaves the source side");
            }
            assertEquals(v, cut, TOL);
        }
        assertEquals(v, assertFeasible(flow, g), TOL);
    }

    /** A random bipartite instance: supplies and capacities in [0, 2), each arc present with probability {@code density}. */
    record Instance(double[] supply, double[] cap, int[] af, int[] ab) {
        static Instance random(SplittableRandom rnd, int nf, int nb, double density) {
            double[] supply = rnd.doubles(nf, 0, 2).toArray();
            double[] cap = rnd.doubles(nb, 0, 2).toArray();
            java.util.List<int[]> arcs = new java.util.ArrayList<>();
            for (int f = 0; f < nf; f++) {
                for (int b = 0; b < nb; b++) {
                    if (rnd.nextDouble() < density) {
                        arcs.add(new int[] {f, b});
                    }
                }
            }
            return new Instance(supply, cap, arcs.stream().mapToInt(a -> a[0]).toArray(),
                    arcs.stream().mapToInt(a -> a[1]).toArray());
        }
    }

    /** Asserts the flow is non-negative and within every supply and capacity; returns its value. */
    private static double assertFeasible(BipartiteFlow flow, Instance g) {
        double[] out = new double[g.supply().length];
        double[] in = new double[g.cap().length];
        double total = 0;
        for (int k = 0; k < g.af().length; k++) {
            assertTrue(flow.arcFlow(k) >= -TOL);
            out[g.af()[k]] += flow.arcFlow(k);
            in[g.ab()[k]] += flow.arcFlow(k);
            total += flow.arcFlow(k);
        }
        for (int f = 0; f < out.length; f++) {
            assertTrue(out[f] <= g.supply()[f] + TOL);
        }
        for (int b = 0; b < in.length; b++) {
            assertTrue(in[b] <= g.cap()[b] + TOL);
        }
        return total;
    }

    /**
     * The duality gap is within the solver's own contract, {@code tolerance * max(1, OPT)}. A random property run
     * found this near-saturated instance (OPT = 1418) whose relative gap is 1.08e-8: above the 1e-8 this test once
     * demanded, inside the solver's documented 1e-7.
     */
    @org.junit.jupiter.api.Test
    void gapOfANearSaturatedInstanceIsWithinContract() {
        Equilibrium e = FluidOptimum.solve(RandomInstances.create(5, 8, 3, 0.6, 18L));
        assertTrue(e.converged(), e.certificates().toString());
        assertGapWithinContract(e);
    }

    private static void assertGapWithinContract(Equilibrium e) {
        double allowed = EquilibriumSolver.Options.defaults().tolerance() * Math.max(1, e.total());
        assertTrue(Math.abs(e.gap()) <= allowed, "gap " + e.gap() + " > " + allowed);
    }

    /** The optimum's routing is a feasible point of problem (1) with zero Lemma 3 residual and zero gap. */
    @Property(tries = 60, seed = "20261122")
    void optimumIsFeasibleAndCertified(@ForAll @IntRange(min = 1, max = 8) int nf,
            @ForAll @IntRange(min = 1, max = 8) int nb, @ForAll @IntRange(min = 1, max = 3) int degree,
            @ForAll long seed) {
        BipartiteModel m = RandomInstances.create(nf, nb, degree, 0.6, seed);
        Equilibrium e = FluidOptimum.solve(m);
        assertTrue(e.converged(), e.certificates().toString());
        assertTrue(e.rowResidual() < 1e-12);
        assertTrue(e.flowResidual() < 1e-9);
        assertGapWithinContract(e);
        // no other rule's fixed point beats it
        assertTrue(EquilibriumSolver.solve(m, RoutingCost.LATENCY).total() >= e.total() - 1e-9);
        assertTrue(EquilibriumSolver.solve(m, RoutingCost.WORKLOAD).total() >= e.total() - 1e-9);
    }
}
