package lbw.offloading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lbw.core.InvalidParameterException;
import org.junit.jupiter.api.Test;

class StateSpaceTest {

    @Test
    void sizeOfTheBenchmarkSpace() {
        assertEquals(161_604, new StateSpace(200).size());
    }

    @Test
    void indexIsABijection() {
        StateSpace sp = new StateSpace(7);
        int expected = 0;
        for (int n0 = 0; n0 <= 7; n0++) {
            for (int i2 = 0; i2 <= 1; i2++) {
                for (int i1 = 0; i1 <= 1; i1++) {
                    for (int n2 = 0; n2 <= 7; n2++) {
                        int s = sp.index(n0, i2, i1, n2);
                        assertEquals(expected++, s, "states are numbered in (n0, i2, i1, n2) order");
                        assertEquals(n0, sp.n0(s));
                        assertEquals(i2, sp.i2(s));
                        assertEquals(i1, sp.i1(s));
                        assertEquals(n2, sp.n2(s));
                        assertEquals(n0 + i2 + i1 + n2, sp.jobs(s));
                    }
                }
            }
        }
        assertEquals(sp.size(), expected);
    }

    @Test
    void admissibleActionsAndPostDecisionStates() {
        StateSpace sp = new StateSpace(5);
        int s = sp.index(3, 0, 0, 0);
        assertTrue(sp.inSc(s));
        assertEquals(sp.index(2, 0, 1, 0), sp.post(s, StateSpace.SM1));
        assertEquals(sp.index(2, 1, 0, 0), sp.post(s, StateSpace.SM2));
        assertEquals(sp.index(1, 1, 1, 0), sp.post(s, StateSpace.SM1_SM2));
        int busy = sp.index(3, 1, 1, 2);
        assertFalse(sp.admissible(busy, StateSpace.SM1));
        assertFalse(sp.admissible(busy, StateSpace.SM2));
        assertEquals(-1, sp.post(busy, StateSpace.SM2));
        assertFalse(sp.admissible(sp.index(1, 0, 0, 0), StateSpace.SM1_SM2), "two assignments need two jobs");
        assertFalse(sp.admissible(sp.index(0, 0, 0, 0), StateSpace.SM1));
        assertFalse(sp.inSc(sp.index(3, 0, 0, 1)));
        assertThrows(InvalidParameterException.class, () -> new StateSpace(1));
    }

    @Test
    void policiesRefuseInadmissibleActions() {
        StateSpace sp = new StateSpace(4);
        int[] a = new int[sp.size()];
        a[sp.index(0, 0, 0, 0)] = StateSpace.SM1;
        assertThrows(InvalidParameterException.class, () -> new Policy("bad", sp, a));
    }
}
