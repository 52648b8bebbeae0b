package lbw.bipartite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import lbw.core.Workbench;
import org.junit.jupiter.api.Test;

class TierStructureTest {

    @Test
    void figures1to4GraphHasThePapersTiers() {
        BipartiteScenario s = BipartiteScenario.load(Workbench.data("bipartite-figures1-4.json"));
        TierStructure t = TierAnalysis.at(s.model(), s.initialWorkload());
        assertArrayEquals(new double[] {3, 2, 1, 2, 3}, t.gradient(), 1e-12);
        assertEquals(4, t.tiers().size());
        assertArrayEquals(new int[] {0, 3}, t.tiers().get(0).frontends());
        assertArrayEquals(new int[] {0, 4}, t.tiers().get(0).backends());
        assertArrayEquals(new int[] {1}, t.tiers().get(1).frontends());
        assertArrayEquals(new int[] {1}, t.tiers().get(1).backends());
        assertArrayEquals(new int[] {2}, t.tiers().get(2).frontends());
        assertArrayEquals(new int[] {3}, t.tiers().get(2).backends());
        assertArrayEquals(new int[] {}, t.tiers().get(3).frontends());
        assertArrayEquals(new int[] {2}, t.tiers().get(3).backends());
        assertEquals(4, t.arcs().size());
        assertTrue(t.lemma6Holds() && t.corollary1Holds() && t.isAcyclic());
        assertTrue(t.reaches(0, 3) && !t.reaches(3, 0));
    }

    @Test
    void lemma6AndCorollaries1And2HoldAtRandomStates() {
        SplittableRandom rnd = new SplittableRandom(17);
        for (int trial = 0; trial < 200; trial++) {
            BipartiteModel m = RandomInstances.create(2 + rnd.nextInt(6), 2 + rnd.nextInt(6), 1 + rnd.nextInt(3), 0.5,
                    rnd);
            double[] n = new double[m.backends()];
            for (int b = 0; b < n.length; b++) {
                // coarse grid of workloads so that exact ties happen for identical families
                n[b] = rnd.nextInt(4) * 0.5;
            }
            TierStructure t = TierAnalysis.at(m, n);
            assertTrue(t.lemma6Holds(), "trial " + trial);
            assertTrue(t.corollary1Holds(), "trial " + trial);
            assertTrue(t.isAcyclic(), "trial " + trial);
            int covered = 0;
            for (TierStructure.Tier tier : t.tiers()) {
                covered += tier.backends().length;
                assertTrue(tier.backends().length > 0);
            }
            assertEquals(m.backends(), covered);
        }
    }

    @Test
    void atTheOptimumEveryTierIsBalanced() {
        // Corollary 3 / Lemma 4: at N* all tiers have zero flow imbalance.
        SplittableRandom rnd = new SplittableRandom(23);
        for (int trial = 0; trial < 10; trial++) {
            BipartiteModel m = RandomInstances.create(5, 5, 2, 0.6, rnd);
            Equilibrium e = FluidOptimum.solve(m);
            TierStructure t = TierAnalysis.at(m, e.workload(), 1e-8);
            for (TierStructure.Tier tier : t.tiers()) {
                assertEquals(0, tier.imbalance(), 1e-8, "trial " + trial);
            }
        }
    }
}
