package lbw.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GthTest {

    @Test
    void birthDeathChainIsGeometric() {
        // rates lambda up, mu down: pi_k proportional to (lambda/mu)^k, here over 300 orders of magnitude
        int k = 400;
        double lambda = 1;
        double mu = 6;
        double[][] q = new double[k][k];
        for (int i = 0; i + 1 < k; i++) {
            q[i][i + 1] = lambda;
            q[i + 1][i] = mu;
        }
        double[] pi = new double[k];
        assertTrue(Gth.stationary(q, k, pi));
        double r = lambda / mu;
        double norm = (1 - r) / (1 - Math.pow(r, k));
        for (int i = 0; i < 300; i++) {
            double exact = norm * Math.pow(r, i);
            assertEquals(exact, pi[i], 1e-13 * exact, "state " + i);
        }
    }

    @Test
    void threeStateCycleWithAShortcut() {
        // 0 -> 1 (rate 1), 1 -> 2 (rate 2), 2 -> 0 (rate 3), 0 -> 2 (rate 1): balance by hand
        // pi0 * 2 = 3 pi2, pi1 * 2 = pi0, pi2 * 3 = 2 pi1 + pi0  ->  pi = (6, 3, 4) / 13
        double[][] q = {{0, 1, 1}, {0, 0, 2}, {3, 0, 0}};
        double[] pi = new double[3];
        assertTrue(Gth.stationary(q, 3, pi));
        assertEquals(6.0 / 13, pi[0], 1e-15);
        assertEquals(3.0 / 13, pi[1], 1e-15);
        assertEquals(4.0 / 13, pi[2], 1e-15);
    }

    @Test
    void aStateWithNoWayDownIsReported() {
        double[][] q = {{0, 1}, {0, 0}};
        assertFalse(Gth.stationary(q, 2, new double[2]));
    }
}
