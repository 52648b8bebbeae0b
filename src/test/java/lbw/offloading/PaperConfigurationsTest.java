package lbw.offloading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed claims of Figures 3 and 4 and the two optimality criteria, against the structure reports behind them. */
class PaperConfigurationsTest {

    private static final List<PaperConfigurations.Solved> SOLVED =
            PaperConfigurations.solve(PaperConfigurations.load());

    @Test
    void claimsAreTheStructureReportsOfTheFourPolicies() {
        Figures34Claims c = PaperConfigurations.claims(SOLVED);
        assertEquals(4, c.configurations());
        assertEquals(SOLVED.stream().allMatch(s -> s.structure().cloudFirst()), c.cloudFirst());
        assertEquals(SOLVED.stream().allMatch(s -> s.structure().urgencyMonotone()), c.urgencyMonotone());
        assertEquals(List.of("a", "b", "c", "d"), List.copyOf(c.t1AtZero().keySet()), "matched by letter");
        for (PaperConfigurations.Solved s : SOLVED) {
            assertEquals(s.structure().t1()[0], c.t1AtZero().get(s.config().id()), s.config().caption());
        }
        int[] a = SOLVED.get(0).structure().t1(), d = SOLVED.get(3).structure().t1();
        int higher = 0;
        for (int n2 = 0; n2 < Math.min(a.length, d.length); n2++) {
            higher += d[n2] > a[n2] ? 1 : 0;
        }
        assertEquals("d", c.largerK().config());
        assertEquals(higher, c.largerK().higher());
        assertEquals(Math.min(a.length, d.length),
                c.largerK().higher() + c.largerK().lower() + c.largerK().equal());
        assertEquals(7, c.table().rowCount());
    }

    @Test
    void aTrendHoldsOnlyInItsStatedDirectionWithoutAnOppositeStep() {
        assertTrue(new Figures34Claims.Trend("d", +1, 2, 0, 3).holds());
        assertFalse(new Figures34Claims.Trend("d", +1, 2, 0, 3).onOneValueOnly());
        assertTrue(new Figures34Claims.Trend("d", +1, 1, 0, 4).onOneValueOnly());
        assertFalse(new Figures34Claims.Trend("d", +1, 2, 1, 2).holds(), "one step the other way");
        assertFalse(new Figures34Claims.Trend("d", +1, 0, 0, 5).holds(), "no step at all");
        assertTrue(new Figures34Claims.Trend("b", -1, 0, 2, 3).holds());
        assertFalse(new Figures34Claims.Trend("b", -1, 2, 0, 3).holds());
    }

    @Test
    void claimsNeedConfigurationA() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PaperConfigurations.claims(SOLVED.subList(1, 4)));
        assertTrue(e.getMessage().contains("(a)"), e.getMessage());
    }

    @Test
    void averageVsDiscountedCountsDifferingStatesAndDelays() {
        AverageVsDiscounted avd = PaperConfigurations.averageVsDiscounted(SOLVED);
        assertEquals(4, avd.rows().size());
        for (int i = 0; i < 4; i++) {
            PaperConfigurations.Solved s = SOLVED.get(i);
            AverageVsDiscounted.Row r = avd.rows().get(i);
            UniformizedMdp mdp = s.solution().mdp();
            assertEquals(StationaryAnalysis.solve(mdp, s.policy()).meanDelay(), r.delayDiscounted(), 0.0);
            assertTrue(r.differingStates() >= 0);
            assertEquals(Math.abs(r.delayDiscounted() - r.delayAverage()) / r.delayAverage(), r.relativeDelayGap(), 0.0);
        }
        assertEquals(avd.rows().stream().allMatch(r -> r.differingStates() == 0), avd.sameActionsEverywhere());
        assertEquals(avd.rows().stream().mapToDouble(AverageVsDiscounted.Row::relativeDelayGap).max().orElseThrow(),
                avd.largestRelativeDelayGap(), 0.0);
    }
}
