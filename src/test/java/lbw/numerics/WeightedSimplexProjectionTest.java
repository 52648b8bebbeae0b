package lbw.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WeightedSimplexProjectionTest {

    private static final double KKT_TOL = 1e-9;

    /** x >= 0, sum x = total, and w_j (x_j - a_j) + lambda >= 0 with equality where x_j > 0. */
    private static void assertKkt(double[] a, double[] w, double total, double[] x, double lambda) {
        double sum = 0;
        double scale = 1 + total;
        for (double v : a) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int j = 0; j < x.length; j++) {
            assertTrue(x[j] >= 0, "x[" + j + "] = " + x[j]);
            sum += x[j];
            double stationarity = w[j] * (x[j] - a[j]) + lambda;
            if (x[j] > 0) {
                assertEquals(0.0, stationarity, KKT_TOL * scale * (1 + w[j]), "stationarity at active j = " + j);
            } else {
                assertTrue(stationarity >= -KKT_TOL * scale * (1 + w[j]), "dual feasibility at j = " + j);
            }
        }
        assertEquals(total, sum, KKT_TOL * scale);
    }

    @Property(tries = 300, seed = "20261122")
    void satisfiesKktAndSumsToTotal(@ForAll @IntRange(min = 1, max = 40) int n, @ForAll long seed,
                                    @ForAll @DoubleRange(min = 0.01, max = 50) double total) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] a = new double[n];
        double[] w = new double[n];
        for (int j = 0; j < n; j++) {
            a[j] = rng.nextDouble(-20, 20);
            w[j] = rng.nextDouble(0.05, 10);
        }
        if (n > 3 && rng.nextBoolean()) {
            a[1] = a[0]; // ties
            w[1] = w[0];
        }
        WeightedSimplexProjection p = new WeightedSimplexProjection(n);
        double[] x = new double[n];
        double lambda = p.project(a, w, total, x);
        assertKkt(a, w, total, x, lambda);
        // the warm-started form from an arbitrary permutation gives the same point
        int[] perm = new int[n];
        for (int j = 0; j < n; j++) {
            perm[j] = n - 1 - j;
        }
        double[] x2 = new double[n];
        double lambda2 = p.projectWarm(a, 0, w, 0, total, x2, 0, perm, 0);
        assertEquals(lambda, lambda2, 1e-12 * (1 + Math.abs(lambda)));
        for (int j = 0; j < n; j++) {
            assertEquals(x[j], x2[j], 1e-12 * (1 + total));
        }
    }

    @Test
    void unweightedProjectionOfAPointInsideTheSimplexIsItself() {
        double[] a = {0.2, 0.5, 0.3};
        double[] x = new double[3];
        new WeightedSimplexProjection(3).project(a, new double[] {1, 1, 1}, 1.0, x);
        for (int j = 0; j < 3; j++) {
            assertEquals(a[j], x[j], 1e-15);
        }
    }

    @Test
    void knownTwoDimensionalCase() {
        // minimize (1/2)(x1 - 3)^2 + (2/2)(x2 - 0)^2, x1 + x2 = 1: x1 = 3 - l, x2 = -l/2, sum 1 -> l = 4/3
        double[] x = new double[2];
        double l = new WeightedSimplexProjection(2).project(new double[] {3, 0}, new double[] {1, 2}, 1.0, x);
        assertEquals(1.0, x[0], 1e-15); // x2 would be -2/3 < 0, so x2 = 0 and x1 = 1
        assertEquals(0.0, x[1], 0.0);
        assertEquals(2.0, l, 1e-15);
    }
}
