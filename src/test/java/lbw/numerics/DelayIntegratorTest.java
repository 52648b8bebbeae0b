package lbw.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DelayIntegratorTest {

    /** y' = -y(t - 1), y = 1 on [-1, 0]: y = 1 - t on [0, 1], 1 - t + (t - 1)^2 / 2 on [1, 2]. */
    private static double exact(double t) {
        return t <= 1 ? 1 - t : 1 - t + (t - 1) * (t - 1) / 2;
    }

    private static double errorAt2(double h) {
        DelayIntegrator.DelaySystem sys = new DelayIntegrator.DelaySystem() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public void derivatives(double t, double[] y, DelayIntegrator.History past, double[] yDot) {
                yDot[0] = -past.value(t - 1, 0);
            }
        };
        DelayIntegrator.Solution s = DelayIntegrator.integrate(sys, 0, new double[] {1}, (t, k) -> 1.0, 2.0, h, 1);
        double worst = 0;
        for (int k = 0; k < s.times().length; k++) {
            worst = Math.max(worst, Math.abs(s.states()[k][0] - exact(s.times()[k])));
        }
        return worst;
    }

    @Test
    void methodOfStepsMatchesTheExactSolution() {
        double e1 = errorAt2(0.1);
        double e2 = errorAt2(0.05);
        assertTrue(e1 < 1e-10, "grid-aligned delay: exact up to round-off, error " + e1);
        assertTrue(e2 < 1e-10, "error " + e2);
    }

    @Test
    void offGridDelayConvergesAsTheStepShrinks() {
        // delay 0.7 (not a multiple of h): compare against a fine reference; the error must shrink with h
        DelayIntegrator.DelaySystem sys = new DelayIntegrator.DelaySystem() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public void derivatives(double t, double[] y, DelayIntegrator.History past, double[] yDot) {
                yDot[0] = -2 * past.value(t - 0.7, 0) + Math.sin(t);
            }
        };
        double ref = DelayIntegrator.integrate(sys, 0, new double[] {1}, (t, k) -> 1.0, 3.0, 0.7 / 700, 700)
                .states()[0][0];
        double yRef = last(DelayIntegrator.integrate(sys, 0, new double[] {1}, (t, k) -> 1.0, 3.0, 1e-3, 1));
        double y1 = last(DelayIntegrator.integrate(sys, 0, new double[] {1}, (t, k) -> 1.0, 3.0, 0.03, 1));
        double y2 = last(DelayIntegrator.integrate(sys, 0, new double[] {1}, (t, k) -> 1.0, 3.0, 0.015, 1));
        assertEquals(1.0, ref, 0.0);
        assertTrue(Math.abs(y2 - yRef) < Math.abs(y1 - yRef), "error must shrink: " + Math.abs(y1 - yRef) + " -> "
                + Math.abs(y2 - yRef));
        assertTrue(Math.abs(y2 - yRef) < 1e-4);
    }

    private static double last(DelayIntegrator.Solution s) {
        return s.states()[s.states().length - 1][0];
    }
}
