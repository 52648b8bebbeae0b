package lbw.bipartite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A tier's total workload {@code sum_b N_b(g)} and its derivative {@code sum_b 1 / l_b''(N_b(g))} in closed form
 * ({@link TierDynamics#workloadSum}) against the backend-by-backend sums of {@code derivativeInverse} and
 * {@code 1 / secondDerivative}, on seeded random tiers of 1 to 200 saturating and exponential backends at gradients
 * of every case of {@link TierDynamicsTest#gradients}; and where it must answer false: above the rest's top (or the
 * top of a tier of at most {@link TierDynamics#LOW} backends), at {@code g <= 0} or NaN, and for a tier with a
 * user-supplied backend.
 */
class TierWorkloadSumTest {

    /** Random tiers. */
    static final int TIERS = 600;
    /**
     * Workload agreement, as a fraction of {@code M = sum_b (|scale_b ln(max_b / scale_b)| + scale_b |ln g| +
     * sqrt(max_b half_b / g) + half_b)}, the size of the terms the closed form
     * {@code logs - scale ln g + root / sqrt(g) - halves} adds and subtracts: the total can be far smaller than
     * those terms (they cancel where N is small), so its error is relative to M, not to itself. Each of the four
     * sums has at most 200 terms, rounded to about {@code 200 * 1.1e-16 = 2.2e-14} of M, and the four-term
     * combination adds a few ulps of M; 1e-12 leaves a factor 40 while one backend counted wrongly moves the total
     * by at least {@code min N_b} or {@code 1 / |l_b''|}, far more.
     */
    static final double REL = 1e-12;
    /**
     * Derivative agreement, relative to itself: every term {@code 1 / l_b''} is negative, so the sum does not
     * cancel and both forms round to about {@code 200 * 1.1e-16} of it.
     */
    static final double SLOPE = 1e-12;

    /** Evaluations answered by the whole closed form, by the rest's plus the low backends, and false. */
    final int[] paths = new int[3];
    /** Largest errors seen, in units of M (workload) and of the sum itself (derivative). */
    double worstTotal;
    double worstSlope;

    @Test
    void closedFormWorkloadSumsAgreeWithTheBackendByBackendSums() {
        SplittableRandom rnd = new SplittableRandom(20261127L);
        int withRest = 0;
        int smallFalse = 0;
        for (int t = 0; t < TIERS; t++) {
            int n = t % 2 == 0 ? 1 + rnd.nextInt(TierDynamicsTest.MAX_SIZE) : 1 + rnd.nextInt(12);
            int extra = rnd.nextInt(20);
            ServiceRate[] l = new ServiceRate[n + extra];
            for (int b = 0; b < l.length; b++) {
                l[b] = TierDynamicsTest.draw(rnd);
            }
            int[] bs = Arrays.copyOf(TierDynamicsTest.shuffled(l.length, rnd), n);
            TierDynamics dyn = new TierDynamics(l);
            TierDynamics.Sums s = dyn.sums(bs);
            withRest += s.rest() != null ? 1 : 0;
            double[] d = TierDynamicsTest.derivativesAtZero(l, bs);
            String id = "tier " + t + " (" + n + " backends)";
            for (double g : TierDynamicsTest.gradients(d, s, rnd)) {
                // the closed form holds while at most LOW backends (kept one by one) are at or near N = 0
                boolean holds = g < d[0] * TierDynamics.CLOSED_MARGIN
                        || n > TierDynamics.LOW && g < d[TierDynamics.LOW] * TierDynamics.CLOSED_MARGIN;
                double[] out = {Double.NaN, Double.NaN};
                boolean got = dyn.workloadSum(s, g, out);
                String at = id + " at g = " + g;
                assertEquals(holds, got, at + ": closed form holds");
                if (!got) {
                    assertTrue(Double.isNaN(out[0]) && Double.isNaN(out[1]), at + ": nothing written");
                    paths[2]++;
                    smallFalse += n <= TierDynamics.LOW ? 1 : 0;
                    continue;
                }
                paths[g < s.top() ? 0 : 1]++;
                double total = 0;
                double slope = 0;
                double m = 0;
                for (int b : bs) {
                    double nb = l[b].derivativeInverse(g);
                    total += nb;
                    slope += nb > 0 ? 1.0 / l[b].secondDerivative(nb) : 0; // held at N = 0: does not move
                    m += magnitude(l[b], g);
                }
                assertEquals(total, out[0], REL * m, at + ": sum of N_b (terms of size " + m + ")");
                assertEquals(slope, out[1], SLOPE * Math.abs(slope), at + ": sum of 1 / l_b''");
                worstTotal = Math.max(worstTotal, Math.abs(out[0] - total) / m);
                worstSlope = Math.max(worstSlope, Math.abs(out[1] - slope) / Math.abs(slope));
            }
        }
        // not vacuous: both closed forms and the refusals, many times each, in tiers with and without a rest
        assertTrue(paths[0] >= 2000, "whole closed form: " + paths[0]);
        assertTrue(paths[1] >= 1000, "rest's closed form plus low backends: " + paths[1]);
        assertTrue(paths[2] >= 1000, "false: " + paths[2]);
        assertTrue(smallFalse >= 500, "false in tiers of at most LOW backends: " + smallFalse);
        assertTrue(withRest >= 200, "tiers with a rest: " + withRest);
        System.out.printf("TierWorkloadSumTest: %d tiers (%d with a rest); closed/rest+low/false %s; largest errors"
                + " %.2g M (sum of N), %.2g (sum of 1 / l'')%n", TIERS, withRest, Arrays.toString(paths), worstTotal,
                worstSlope);
    }

    /** The size of backend b's terms in the closed form at g (see {@link #REL}). */
    private static double magnitude(ServiceRate r, double g) {
        if (r instanceof ServiceRate.Exponential e) {
            return Math.abs(e.scale() * Math.log(e.max() / e.scale())) + e.scale() * Math.abs(Math.log(g));
        }
        ServiceRate.Saturating s = (ServiceRate.Saturating) r;
        return Math.sqrt(s.max() * s.half() / g) + s.half();
    }

    @Test
    void noClosedFormAtNonPositiveGradientsOrWithAUserSuppliedBackend() {
        SplittableRandom rnd = new SplittableRandom(8);
        int refused = 0;
        for (int t = 0; t < 40; t++) {
            int n = 1 + rnd.nextInt(t < 20 ? 4 : 60);
            ServiceRate[] l = new ServiceRate[n];
            for (int b = 0; b < n; b++) {
                l[b] = TierDynamicsTest.draw(rnd);
            }
            int[] bs = TierDynamicsTest.shuffled(n, rnd);
            TierDynamics dyn = new TierDynamics(l);
            TierDynamics.Sums s = dyn.sums(bs);
            double small = 0.5 * TierDynamicsTest.derivativesAtZero(l, bs)[0];
            double[] out = {Double.NaN, Double.NaN};
            assertTrue(dyn.workloadSum(s, small, out), "tier " + t + " below every l'(0)");
            for (double g : new double[] {0.0, -0.0, -small, -1, Double.NEGATIVE_INFINITY, Double.NaN}) {
                double[] none = {Double.NaN, Double.NaN};
                assertFalse(dyn.workloadSum(s, g, none), "tier " + t + " at g = " + g);
                assertTrue(Double.isNaN(none[0]) && Double.isNaN(none[1]), "tier " + t + ": nothing written");
                refused++;
            }
            assertFalse(dyn.workloadSum(null, small, out), "no sums");
            // the same tier with one backend replaced by a user-supplied exponential: no closed form at any g
            double max = 0.5 + 2 * rnd.nextDouble();
            double scale = 0.5 + 2 * rnd.nextDouble();
            ServiceRate custom = ServiceRate.custom("exponential", x -> -max * Math.expm1(-x / scale),
                    x -> max / scale * Math.exp(-x / scale), x -> -max / (scale * scale) * Math.exp(-x / scale), max);
            ServiceRate[] lc = l.clone();
            lc[rnd.nextInt(n)] = custom;
            TierDynamics dc = new TierDynamics(lc);
            TierDynamics.Sums sc = dc.sums(bs);
            double low = 0.5 * TierDynamicsTest.derivativesAtZero(lc, bs)[0];
            for (double g : new double[] {low, 0.01 * low, small}) {
                double[] none = {Double.NaN, Double.NaN};
                assertFalse(dc.workloadSum(sc, g, none), "tier " + t + " with a user-supplied backend at g = " + g);
                assertTrue(Double.isNaN(none[0]), "tier " + t + ": nothing written");
                refused++;
            }
        }
        assertEquals(40 * 9, refused);
    }
}
