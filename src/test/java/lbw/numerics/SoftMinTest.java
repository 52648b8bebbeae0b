package lbw.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class SoftMinTest {

    @Property(tries = 200, seed = "20261122")
    void boundSevenAndSimplex(@ForAll @IntRange(min = 1, max = 30) int n, @ForAll long seed,
                              @ForAll @DoubleRange(min = 1e-4, max = 10) @Scale(6) double eps) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] y = new double[n];
        for (int j = 0; j < n; j++) {
            y[j] = rng.nextDouble(-100, 100);
        }
        double[] d = new double[n];
        double phi = SoftMin.fractions(eps, y, d);
        double min = SoftMin.hardMin(y);
        assertTrue(phi <= min + 1e-12 && phi >= min - eps * Math.log(n) - 1e-12, "bound (7)");
        double s = 0;
        for (double v : d) {
            assertTrue(v >= 0);
            s += v;
        }
        assertEquals(1.0, s, 1e-12);
        assertEquals(phi, SoftMin.value(eps, y), 1e-12);
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        double[] y = {1.0, 1.3, 0.9, 2.0};
        double eps = 0.2;
        double[] d = new double[4];
        SoftMin.fractions(eps, y, d);
        for (int j = 0; j < 4; j++) {
            double h = 1e-6;
            double[] yp = y.clone();
            double[] ym = y.clone();
            yp[j] += h;
            ym[j] -= h;
            assertEquals(d[j], (SoftMin.value(eps, yp) - SoftMin.value(eps, ym)) / (2 * h), 1e-8);
        }
    }

    @Test
    void stableForTinyEpsAndLargeValues() {
        double[] y = {1000.0, 1000.5};
        double[] d = new double[2];
        double phi = SoftMin.fractions(1e-4, y, d);
        assertEquals(1000.0, phi, 1e-12);
        assertEquals(1.0, d[0], 0.0);
        assertTrue(Double.isFinite(d[1]));
    }
}
