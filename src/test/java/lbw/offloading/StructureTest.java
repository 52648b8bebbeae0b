package lbw.offloading;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StructureTest {

    @Test
    void theOptimalPolicyHasThePapersStructureOnThePlaceholderConfigurations() {
        for (char c : Configs.ALL) {
            OffloadingSetup s = Configs.load(c);
            Policy p = DiscountedSolver.gaussSeidel(s.compile(), s.options()).policy();
            StructureReport r = Structure.check(p, Structure.defaultWindow(s.buffer()));
            assertTrue(r.cloudFirst(), "config " + c);
            assertTrue(r.noSm1OutsideSc(), "config " + c);
            assertTrue(r.switchType(), "config " + c);
            assertTrue(r.urgencyMonotone(), "config " + c);
            assertTrue(r.singleThreshold(), "config " + c);
            assertTrue(r.t1NonIncreasing() && r.t0NonIncreasing(), "config " + c);
            assertTrue(r.violations().isEmpty(), r.violations().toString());
        }
    }

    @Test
    void thresholdsMoveAsTheTextSays() {
        int a = busy0('a'), b = busy0('b'), c = busy0('c'), d = busy0('d');
        assertTrue(b <= a, "higher load lowers the threshold: " + b + " vs " + a);
        assertTrue(c >= a, "more local work raises it: " + c + " vs " + a);
        assertTrue(d >= a, "a faster cloud raises it: " + d + " vs " + a);
        assertTrue(c > a || d > a, "at least one rise is strict");
    }

    private static int busy0(char id) {
        OffloadingSetup s = Configs.load(id);
        Policy p = DiscountedSolver.gaussSeidel(s.compile(), s.options()).policy();
        return Structure.threshold(p, 1, 0, Structure.defaultWindow(s.buffer()));
    }

    @Test
    void thresholdsOfAThresholdPolicyAreRecovered() {
        StateSpace sp = new StateSpace(30);
        int[] t1 = {5, 4, 4, 2};
        int[] t0 = {Policy.NEVER, 7, 6, 3};
        Policy p = Policy.threshold("made up", sp, t1, t0);
        StructureReport r = Structure.check(p, 10);
        assertTrue(r.allHold(), r.violations().toString());
        assertArrayEquals(new Integer[] {5, 4, 4, 2, 2}, r.busyThresholds(4));
        assertArrayEquals(new Integer[] {7, 6, 3, 3}, r.idleThresholds(4));
        assertEquals(StateSpace.SM1_SM2, p.action(6, 0, 0, 0), "SM1 then SM2 when (n0-1,0,1,0) is past T1(0)");
        assertEquals(StateSpace.SM1, p.action(5, 0, 0, 0));
    }

    @Test
    void baselinesAreExtremeThresholdPolicies() {
        StateSpace sp = new StateSpace(30);
        StructureReport off = Structure.check(Policy.offloadOnly(sp), 10);
        assertTrue(off.cloudFirst());
        assertNull(off.busyThresholds(3)[0], "Offload-Only never uses SM2");
        StructureReport non = Structure.check(Policy.nonIdling(sp), 10);
        assertTrue(non.allHold());
        assertEquals(1, non.busyThresholds(3)[0]);
    }

    @Test
    void violationsAreDetected() {
        StateSpace sp = new StateSpace(30);
        // thresholds that grow with n2: not switch-type in the n2 direction
        Policy grow = Policy.threshold("growing", sp, new int[] {2, 3, 4}, new int[] {Policy.NEVER, 3, 4});
        StructureReport r = Structure.check(grow, 10);
        assertFalse(r.switchType());
        assertFalse(r.t1NonIncreasing());
        // SM2 only at one n0: breaks the single threshold and urgency-monotonicity
        int[] a = Policy.nonIdling(sp).actions();
        for (int n0 = 1; n0 <= 30; n0++) {
            for (int n2 = 0; n2 <= 30; n2++) {
                a[sp.index(n0, 0, 1, n2)] = n0 == 3 ? StateSpace.SM2 : StateSpace.IDLE;
            }
        }
        for (int n0 = 1; n0 <= 30; n0++) {
            a[sp.index(n0, 0, 0, 0)] = StateSpace.SM1;
        }
        StructureReport r2 = Structure.check(new Policy("spike", sp, a), 10);
        assertFalse(r2.singleThreshold());
        assertFalse(r2.urgencyMonotone());
        assertFalse(r2.violations().isEmpty());
        // idling on S_c is not cloud-first
        int[] b = Policy.nonIdling(sp).actions();
        b[sp.index(2, 1, 0, 0)] = StateSpace.IDLE;
        assertFalse(Structure.check(new Policy("lazy", sp, b), 10).cloudFirst());
    }

    @Test
    void theWindowIsFarEnoughFromTheBufferEdge() {
        // the truncation artifact (idling near n0 = N) must not reach the window n0, n2 <= 10
        for (char c : Configs.ALL) {
            OffloadingModel m = Configs.load(c).model();
            Policy p30 = DiscountedSolver.gaussSeidel(UniformizedMdp.compile(m, 30), SolverOptions.DEFAULT).policy();
            Policy p60 = DiscountedSolver.gaussSeidel(UniformizedMdp.compile(m, 60), SolverOptions.DEFAULT).policy();
            for (int n0 = 0; n0 <= 10; n0++) {
                for (int row = 0; row < 4; row++) {
                    for (int n2 = 0; n2 <= 10; n2++) {
                        assertEquals(p30.action(n0, row >> 1, row & 1, n2), p60.action(n0, row >> 1, row & 1, n2),
                                "config " + c + " at (" + n0 + "," + (row >> 1) + "," + (row & 1) + "," + n2 + ")");
                    }
                }
            }
        }
    }
}
