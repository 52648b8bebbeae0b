package lbw.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Verdicts print the claim, whether it holds and the numbers behind it. */
class VerdictTest {

    @Test
    void sentenceNamesTheOutcomeAndOnePointVerdictsSaySo() {
        assertEquals("holds: x rises (1, 2)", Verdict.of("x rises", true, "%s", Verdict.list(1, 2)).toString());
        assertEquals("does NOT hold: x rises (2, 1)", Verdict.of("x rises", false, "%s", Verdict.list(2, 1)).toString());
        assertEquals("holds: q < c (q = 1; one data point only)", Verdict.onePoint("q < c", true, "q = %d", 1).toString());
        assertThrows(IllegalArgumentException.class, () -> Verdict.of(" ", true, ""));
        assertThrows(IllegalArgumentException.class, () -> new Verdict("c", true, "e", 0));
    }

    @Test
    void trendsOfTheIssuesTable() {
        assertEquals("has no steady trend", Verdict.trend(2.56, 2.61, 2.91, 2.74, 2.50, 2.06));
        assertEquals("falls", Verdict.trend(2.557, 0.825, 0.291, 0.0865));
        assertEquals("rises", Verdict.trend(1, 2, 3));
        assertEquals("is constant", Verdict.trend(1, 1));
        assertTrue(Verdict.nonIncreasing(3, 3, 2));
        assertFalse(Verdict.nonIncreasing(3, 4));
        assertTrue(Verdict.nonDecreasing(1, 1, 2));
        assertEquals("2.56, 0.8253, 1000, 1.500e-07, none", Verdict.list(2.56, 0.8253332, 1000, 1.5e-7, Double.NaN));
    }

    @Test
    void atLeastEverywhereFindsTheWorstEntry() {
        Verdict ok = Verdict.atLeastEverywhere("v >= b", new double[] {1, 2, 3}, new double[] {1, 1.5, 2}, 1e-9);
        assertTrue(ok.holds());
        assertTrue(ok.evidence().contains("smallest difference 0.000e+00 at entry 0"), ok.evidence());
        Verdict bad = Verdict.atLeastEverywhere("v >= b", new double[] {1, 2, 3}, new double[] {1, 2.5, 2}, 1e-9);
        assertFalse(bad.holds());
        assertTrue(bad.evidence().contains("at entry 1; 1 below"), bad.evidence());
        assertThrows(IllegalArgumentException.class, () -> Verdict.atLeastEverywhere("x", new double[] {1}, new double[] {1, 2}, 0));
    }
}
