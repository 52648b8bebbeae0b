package lbw.bipartite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import lbw.core.Workbench;
import org.junit.jupiter.api.Test;

/** Splits and reconfigurations (Lemmas 11-12) on the chain system of {@code data/bipartite-split.json}. */
class TierEventsTest {

    /** A held union that cannot be one tier: flow it cannot place (or a negative inflow) beyond rounding. */
    static final double INFEASIBLE = 1e-9;

    private final BipartiteModel chain = BipartiteScenario.load(Workbench.data("bipartite-split.json")).model();

    @Test
    void fromEmptyTheTierOfAllThreeBackendsSplitsIntoTheTiersOfTheOptimum() {
        FluidPath p = FluidInclusion.solve(chain, new double[3], 30);
        assertTrue(p.converged());
        assertEquals(List.of("start", "merge", "split"), p.events().stream().map(FluidInclusion.Event::kind).toList());
        List<TierChange> changes = TierEvents.of(p);
        assertEquals(2, changes.size());
        TierChange merge = changes.get(0);
        TierChange split = changes.get(1);
        assertEquals("merge", merge.partitionKind());
        assertEquals("split", split.partitionKind());
        assertTrue(split.isolated());
        // Lemma 11: one tier ({f1, f2}, {b1, b2, b3}) becomes ({f1}, {b1}) and ({f2}, {b2, b3}).
        assertEquals(1, split.replaced().size());
        assertArrayEquals(new int[] {0, 1}, split.replaced().get(0).frontends());
        assertArrayEquals(new int[] {0, 1, 2}, split.replaced().get(0).backends());
        assertEquals("({f1}, {b1}) + ({f2}, {b2, b3})", TierChange.names(split.created()));
        // Why, computed afresh: held together, b1 would need more than f1's whole flow 0.5 (Hall's condition fails);
        // f1's flow is all b1 can get.
        assertTrue(split.heldDeficit() > INFEASIBLE, "deficit " + split.heldDeficit());
        assertTrue(split.heldInflow()[0] > 0.5, "b1 would need " + split.heldInflow()[0]);
        assertEquals(split.heldInflow()[0] - 0.5, split.heldDeficit(), 1e-12);
        // The merge could be held: every inflow positive and all flow placed.
        assertFalse(merge.heldInfeasible(INFEASIBLE));
        // V does not rise through either event (Lemmas 11, 12) and the tiers at the end are the optimum's.
        assertTrue(split.vAfter() <= split.vBefore() + FluidInclusionTest.LYAPUNOV_SLACK);
        assertTrue(p.largestLyapunovIncrease() <= FluidInclusionTest.LYAPUNOV_SLACK);
        TierStructure atOpt = TierAnalysis.at(chain, FluidOptimum.solve(chain).workload(), 1e-9);
        assertEquals(TierChange.names(split.created()), TierChange.names(atOpt.tiers()));
    }

    @Test
    void afterTheSplitTheTiersComeApartAsTheDiscontinuousSystemDoes() {
        FluidPath p = FluidInclusion.solve(chain, new double[3], 30);
        double tau = TierEvents.ofKind(p, "split").get(0).time();
        // Independent: chattering explicit Euler (GMSR with every job to one best backend) through the split.
        for (double t : new double[] {tau + 0.5, tau + 3}) {
            double[] euler = ChatteringEuler.solve(chain, new double[3], t, 1e-4);
            double[] at = p.at(t);
            for (int b = 0; b < 3; b++) {
                assertEquals(euler[b], at[b], FluidInclusionTest.EULER_AGREEMENT, "backend " + b + " at " + t);
            }
        }
        RoutingPath r = TierEvents.routing(p, tau - 0.3, tau + 3);
        double[] f1b2 = r.edge(1);
        double[] times = r.times();
        for (int i = 0; i < times.length; i++) {
            if (times[i] < tau - 0.05) {
                assertTrue(f1b2[i] > 0, "f1 still feeds b2 at " + times[i]);
            }
            if (times[i] > tau) {
                assertEquals(0, f1b2[i], 1e-12, "f1 -> b2 after the split at " + times[i]);
                // the tier ({f1}, {b1}) gets exactly f1's flow: dN1/dt = 0.5 - l1(N1)
                assertEquals(0.5, r.edge(0)[i], 1e-12);
            }
        }
        // Apart: b1 above b2 = b3 (f1 prefers b1), the gap growing.
        double[] late = r.gradient()[times.length - 1];
        assertEquals(late[1], late[2], 1e-12);
        assertTrue(late[0] - late[1] > 1e-3, "gap " + (late[0] - late[1]));
    }

    @Test
    void aDrainingBackendMeetsATierAndTheFlowMovesToItAReconfiguration() {
        double[] n0 = {3, 0, 0};
        FluidPath p = FluidInclusion.solve(chain, n0, 30);
        assertTrue(p.converged());
        assertEquals(List.of("start", "merge", "reconfiguration"),
                p.events().stream().map(FluidInclusion.Event::kind).toList());
        TierChange c = TierEvents.ofKind(p, "reconfiguration").get(0);
        assertEquals("reconfiguration", c.partitionKind());
        assertEquals("({f1, f2}, {b2, b3}) + (\u2205, {b1})", TierChange.names(c.replaced()));
        assertEquals("({f1}, {b1}) + ({f2}, {b2, b3})", TierChange.names(c.created()));
        assertTrue(c.heldInfeasible(INFEASIBLE));
        // Lemma 12: V does not rise; here it falls by a jump (f1's flow leaves b2, which was receiving more than it
        // served, for b1, which was draining).
        assertTrue(c.vAfter() < c.vBefore() - 0.5, c.vBefore() + " -> " + c.vAfter());
        double[] euler = ChatteringEuler.solve(chain, n0, c.time() + 1, 1e-4);
        double[] at = p.at(c.time() + 1);
        for (int b = 0; b < 3; b++) {
            assertEquals(euler[b], at[b], FluidInclusionTest.EULER_AGREEMENT, "backend " + b);
        }
    }

    @Test
    void theSolversKindIsTheKindReadFromThePartitionsOnRandomSystems() {
        SplittableRandom rnd = new SplittableRandom(20);
        int seen = 0;
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        for (int trial = 0; trial < 40; trial++) {
            BipartiteModel m = RandomInstances.create(2 + rnd.nextInt(3), 2 + rnd.nextInt(3), 2, 0.5 + 0.3 * rnd.nextDouble(),
                    rnd);
            double[] n0 = new double[m.backends()];
            for (int b = 0; b < n0.length; b++) {
                n0[b] = 5 * rnd.nextDouble();
            }
            FluidPath p = FluidInclusion.solve(m, n0, 15);
            for (TierChange c : TierEvents.of(p)) {
                if (!c.isolated()) {
                    continue;
                }
                seen++;
                kinds.add(c.kind());
                assertEquals(c.partitionKind(), c.kind(), "trial " + trial + " at " + c.time());
                // a merge can be held as one tier; a split or reconfiguration cannot
                assertEquals(!c.kind().equals("merge"), c.heldInfeasible(INFEASIBLE),
                        "trial " + trial + " " + c.kind() + " at " + c.time() + ": deficit " + c.heldDeficit()
                                + ", smallest inflow " + c.smallestHeldInflow());
                assertTrue(c.vAfter() <= c.vBefore() + FluidInclusionTest.LYAPUNOV_SLACK);
            }
        }
        assertTrue(seen >= 70, "events checked: " + seen);
        assertEquals(java.util.Set.of("merge", "reconfiguration", "split"), kinds);
    }

    @Test
    void routingRefusesAnEmptyStretchOrOneWithoutStates() {
        FluidPath p = FluidInclusion.solve(chain, new double[3], 2);
        assertThrows(lbw.core.InvalidParameterException.class, () -> TierEvents.routing(p, 1, 1));
        assertThrows(lbw.core.InvalidParameterException.class, () -> TierEvents.routing(p, 5, 6));
    }

    @Test
    void eventKindsFollowWhatTheEventDidToTheTiers() {
        assertEquals("merge", FluidInclusion.Event.kindOf(true, 2, 1));
        assertEquals("merge", FluidInclusion.Event.kindOf(false, 3, 1));
        assertEquals("split", FluidInclusion.Event.kindOf(false, 1, 2));
        assertEquals("split", FluidInclusion.Event.kindOf(true, 1, 3));
        assertEquals("reconfiguration", FluidInclusion.Event.kindOf(true, 2, 2));
        assertEquals("reconfiguration", FluidInclusion.Event.kindOf(false, 3, 2));
    }
}
