package lbw.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FitsTest {

    @Test
    void recoversTheExponentOfAPowerLaw() {
        double[] x = {1, 10, 100, 1000, 10000};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 3.0 * Math.pow(x[i], -0.5);
        }
        y[0] = 99; // excluded by from = 1
        assertEquals(-0.5, Fits.logLogSlope(x, y, 1), 1e-12);
    }

    @Test
    void refusesWhatHasNoSlope() {
        assertThrows(IllegalArgumentException.class, () -> Fits.logLogSlope(new double[] {1, 2}, new double[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> Fits.logLogSlope(new double[] {1, 2}, new double[] {1, 2}, 1));
        assertThrows(IllegalArgumentException.class, () -> Fits.logLogSlope(new double[] {1, 2}, new double[] {1, 0}, 0));
        assertThrows(IllegalArgumentException.class, () -> Fits.logLogSlope(new double[] {2, 2}, new double[] {1, 3}, 0));
    }
}
