package lbw.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class FastExpTest {

    /** The promise: at most one ulp from {@link StrictMath#exp} (fdlibm, itself within one ulp of exact). */
    static final long MAX_ULPS = 1;

    static long ulps(double a, double b) {
        return Math.abs(Double.doubleToRawLongBits(a) - Double.doubleToRawLongBits(b));
    }

    @Test
    void withinOneUlpOfStrictMathOnTwoMillionPoints() {
        SplittableRandom rnd = new SplittableRandom(20261122);
        long worst = 0;
        for (int i = 0; i < 2_000_000; i++) {
            // the whole fast range, and the workloads of the stochastic engine (-y / scale, y of order 1-10)
            double x = i % 2 == 0 ? -708 + 1417 * rnd.nextDouble() : -20 * rnd.nextDouble();
            worst = Math.max(worst, ulps(FastExp.exp(x), StrictMath.exp(x)));
        }
        assertTrue(worst <= MAX_ULPS, "largest difference " + worst + " ulps");
    }

    @Property(seed = "20261122", tries = 2000)
    void closeToAHighPrecisionReference(@ForAll @DoubleRange(min = -700, max = 700) double x) {
        // exp(x) = exp(x/1024)^1024 in 60-digit arithmetic (series for the small argument)
        MathContext mc = new MathContext(60);
        BigDecimal y = new BigDecimal(x).divide(BigDecimal.valueOf(1024), mc);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int k = 1; k < 40; k++) {
            term = term.multiply(y, mc).divide(BigDecimal.valueOf(k), mc);
            sum = sum.add(term, mc);
        }
        double exact = sum.pow(1024, mc).doubleValue(); // correctly rounded to double
        assertTrue(ulps(FastExp.exp(x), exact) <= MAX_ULPS, () -> "x = " + x + ": " + FastExp.exp(x) + " vs " + exact);
    }

    @Test
    void exactPointsAndTheFallbackRange() {
        assertEquals(1.0, FastExp.exp(0.0));
        assertEquals(1.0, FastExp.exp(-0.0));
        for (double x : new double[] {-709.5, -745.2, -800, 709.5, 710, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, Double.NaN}) {
            assertEquals(Math.exp(x), FastExp.exp(x), "x = " + x);
        }
        for (int k = -20; k <= 20; k++) {
            // exp(k ln2) is 2^k up to the rounding of k ln2
            double x = k * Math.log(2);
            assertTrue(ulps(FastExp.exp(x), StrictMath.exp(x)) <= MAX_ULPS, "x = " + x);
        }
    }

    @Test
    void inPlaceEqualsTheScalarFunction() {
        double[] x = {-3, -0.5, 0, 2, -800, 1.25};
        double[] y = x.clone();
        FastExp.expInPlace(y, 1, 5);
        assertEquals(x[0], y[0]);
        assertEquals(x[5], y[5]);
        for (int i = 1; i < 5; i++) {
            assertEquals(FastExp.exp(x[i]), y[i]);
        }
    }
}
