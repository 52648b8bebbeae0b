package lbw.bipartite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A tier's rate and tie-keeping inflows from its sums ({@link TierDynamics#sums}: the whole tier's closed form
 * below its smallest {@code l_b'(0)}, the rest's closed form plus its {@link TierDynamics#LOW} backends of smallest
 * {@code l_b'(0)} one by one up to the next one) against the backend-by-backend sums, on seeded random tiers of 1 to
 * 200 saturating and exponential backends (parameters as {@link RandomInstances} draws them, some tiers with tied
 * {@code l_b'(0)}), at gradients well below every {@code l_b'(0)}, at and within 1e-9 of the smallest (including the
 * margin {@link TierDynamics#CLOSED_MARGIN} and the doubles next to it), between the smallest and the fifth smallest,
 * above the fifth smallest and above all; and a tier with a user-supplied backend, which has no closed form.
 */
class TierDynamicsTest {

    /** Random tiers. */
    static final int TIERS = 600;
    /** The largest tier. */
    static final int MAX_SIZE = 200;
    /**
     * Rate agreement, as a fraction of the rate's scale {@code (lambda + sum_b max_b) / |sum_b 1 / l_b''|}: both
     * numerator forms add at most 201 terms each bounded by that sum's terms, so their rounding is about
     * {@code 201 * 1.1e-16 = 2e-14} of the numerator's scale, and the denominators' relative rounding is as small;
     * 1e-12 leaves a factor 50 for that while a backend counted wrongly (left out, or summed in closed form above
     * its {@code l_b'(0)} by more than the margin) moves the rate by far more.
     */
    static final double REL = 1e-12;
    /** Relative width of case (b) around the smallest {@code l_b'(0)} (the closed form's margin). */
    static final double NEAR = 1e-9;

    /** Evaluations per case: (a) below all, (b) at the smallest, (c) up to the 5th, (d) above it, (e) above all. */
    final int[] cases = new int[5];
    /** Evaluations per path: the whole closed form, the rest's closed form plus the low backends, the loop. */
    final int[] paths = new int[3];
    /** Inflow checks with a finite tolerance: answered true, answered false, too close to the tolerance to tell. */
    int tieTrue;
    int tieFalse;
    int borderline;

    @Test
    void sumsRatesAndInflowsAgreeWithTheBackendByBackendSums() {
        SplittableRandom rnd = new SplittableRandom(20261126L);
        int withRest = 0;
        int tied = 0;
        for (int t = 0; t < TIERS; t++) {
            int n = t % 2 == 0 ? 1 + rnd.nextInt(MAX_SIZE) : 1 + rnd.nextInt(12);
            boolean ties = t % 7 == 3;
            ServiceRate[] pool = ties ? new ServiceRate[] {draw(rnd), draw(rnd), draw(rnd)} : null;
            // the tier's backends are a random subset, in random order, of a larger array of rates
            int extra = rnd.nextInt(20);
            ServiceRate[] l = new ServiceRate[n + extra];
            for (int b = 0; b < l.length; b++) {
                l[b] = ties ? pool[rnd.nextInt(pool.length)] : draw(rnd);
            }
            int[] bs = Arrays.copyOf(shuffled(l.length, rnd), n);
            TierDynamics dyn = new TierDynamics(l);
            TierDynamics.Sums s = dyn.sums(bs);
            String id = "tier " + t + " (" + n + " backends" + (ties ? ", tied l'(0)" : "") + ")";
            double[] d = checkSums(l, bs, s, id);
            if (s.rest() != null) {
                withRest++;
                tied += d[0] == d[TierDynamics.LOW] ? 1 : 0;
            }
            double sumMax = 0;
            for (int b : bs) {
                sumMax += l[b].supremum();
            }
            for (double g : gradients(d, s, rnd)) {
                double lam = (0.05 + 1.45 * rnd.nextDouble()) * sumMax;
                compare(dyn, l, bs, s, lam, g, sumMax, id);
                cases[caseOf(d, g)]++;
                paths[g < s.top() ? 0 : s.rest() != null && g < s.rest().top() ? 1 : 2]++;
            }
        }
        // the test must not pass vacuously: every case and every path, many times, and tiers with rests and ties
        for (int c = 0; c < cases.length; c++) {
            assertTrue(cases[c] >= 500, "case " + "abcde".charAt(c) + ": " + cases[c] + " evaluations");
        }
        assertTrue(paths[0] >= 1000, "whole closed form: " + paths[0]);
        assertTrue(paths[1] >= 1000, "rest's closed form plus low backends: " + paths[1]);
        assertTrue(paths[2] >= 1000, "backend by backend: " + paths[2]);
        assertTrue(withRest >= 200, "tiers with a rest: " + withRest);
        assertTrue(tied >= 5, "tiers whose 5 smallest l'(0) are tied: " + tied);
        assertTrue(tieTrue >= 1000 && tieFalse >= 1000, "inflow checks true " + tieTrue + ", false " + tieFalse);
        assertTrue(borderline <= (tieTrue + tieFalse) / 1000, "borderline inflow checks " + borderline);
        System.out.printf("TierDynamicsTest: %d tiers (%d with a rest); cases a-e %s; paths closed/rest+low/loop %s;"
                + " inflow checks %d true, %d false, %d borderline%n", TIERS, withRest, Arrays.toString(cases),
                Arrays.toString(paths), tieTrue, tieFalse, borderline);
    }

    /**
     * A tier with a user-supplied backend has no closed form ({@code closed} false, no rest): its rate and inflows
     * are the backend-by-backend ones bit for bit, at every kind of gradient.
     */
    @Test
    void aTierWithAUserSuppliedBackendIsSummedBackendByBackend() {
        SplittableRandom rnd = new SplittableRandom(7);
        int evaluations = 0;
        for (int t = 0; t < 20; t++) {
            double max = 0.5 + 2 * rnd.nextDouble();
            double scale = 0.5 + 2 * rnd.nextDouble();
            // the exponential family, supplied as user functions (saturating ones bend too fast near 0 for the
            // finite-difference check of Assumption 1 on its grid)
            ServiceRate custom = ServiceRate.custom("exponential", x -> -max * Math.expm1(-x / scale),
                    x -> max / scale * Math.exp(-x / scale), x -> -max / (scale * scale) * Math.exp(-x / scale), max);
            int n = 1 + rnd.nextInt(t < 10 ? 4 : 40);
            ServiceRate[] l = new ServiceRate[n];
            for (int b = 0; b < n; b++) {
                l[b] = draw(rnd);
            }
            l[rnd.nextInt(n)] = custom;
            int[] bs = shuffled(n, rnd);
            TierDynamics dyn = new TierDynamics(l);
            TierDynamics.Sums s = dyn.sums(bs);
            String id = "tier " + t + " with a user-supplied backend (" + n + " backends)";
            assertFalse(s.closed(), id);
            assertNull(s.rest(), id);
            assertNull(s.low(), id);
            double[] d = derivativesAtZero(l, bs);
            assertEquals(d[0] * TierDynamics.CLOSED_MARGIN, s.top(), 0.0, id + ": top");
            double sumMax = 0;
            for (int b : bs) {
                sumMax += l[b].supremum();
            }
            for (double g : gradients(d, s, rnd)) {
                double lam = (0.05 + 1.45 * rnd.nextDouble()) * sumMax;
                assertEquals(dyn.rate(bs, lam, g), dyn.rate(bs, s, lam, g), 0.0, id + " at g = " + g);
                double[] y = new double[n];
                double[] z = new double[n];
                double tol = 1e-9 * lam;
                assertEquals(dyn.inflows(bs, null, lam, g, tol, z), dyn.inflows(bs, s, lam, g, tol, y), id);
                assertArrayEquals(z, y, 0.0, id + " at g = " + g);
                evaluations++;
            }
        }
        assertTrue(evaluations >= 200, "evaluations " + evaluations);
    }

    /** A backend as {@link RandomInstances} draws one. */
    static ServiceRate draw(SplittableRandom rnd) {
        double max = 0.5 + 2 * rnd.nextDouble();
        double p = 0.5 + 2 * rnd.nextDouble();
        return rnd.nextBoolean() ? ServiceRate.saturating(max, p) : ServiceRate.exponential(max, p);
    }

    static int[] shuffled(int n, SplittableRandom rnd) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int x = a[i];
            a[i] = a[j];
            a[j] = x;
        }
        return a;
    }

    /** The backends' {@code l_b'(0)}, ascending. */
    static double[] derivativesAtZero(ServiceRate[] l, int[] bs) {
        double[] d = new double[bs.length];
        for (int j = 0; j < bs.length; j++) {
            d[j] = l[bs[j]].derivative(0);
        }
        Arrays.sort(d);
        return d;
    }

    /**
     * Checks the sums against their definitions (brute force) and returns the tier's {@code l_b'(0)}, ascending:
     * the totals, {@code top} (the smallest {@code l_b'(0)} times the margin), and for a tier of more than LOW
     * backends the low backends (distinct members of the tier whose {@code l_b'(0)} are the LOW smallest), the
     * rest's totals without them and the rest's top (the (LOW+1)-th smallest times the margin).
     */
    static double[] checkSums(ServiceRate[] l, int[] bs, TierDynamics.Sums s, String id) {
        double[] d = derivativesAtZero(l, bs);
        double[] total = totals(l, bs);
        assertTrue(s.closed(), id);
        assertEquals(total[0], s.max(), REL * total[0], id + ": max");
        assertEquals(total[1], s.scale(), REL * total[0], id + ": scale");
        assertEquals(total[2], s.root(), REL * total[0], id + ": root");
        assertEquals(d[0] * TierDynamics.CLOSED_MARGIN, s.top(), 0.0, id + ": top");
        if (bs.length <= TierDynamics.LOW) {
            assertNull(s.rest(), id + ": rest");
            assertNull(s.low(), id + ": low");
            return d;
        }
        int[] low = s.low();
        assertEquals(TierDynamics.LOW, low.length, id + ": low backends");
        assertEquals(TierDynamics.LOW, Arrays.stream(low).distinct().count(), id + ": low backends distinct");
        int[] sortedBs = bs.clone();
        Arrays.sort(sortedBs);
        double[] lowD = new double[low.length];
        for (int p = 0; p < low.length; p++) {
            assertTrue(Arrays.binarySearch(sortedBs, low[p]) >= 0, id + ": low backend " + low[p] + " in the tier");
            lowD[p] = l[low[p]].derivative(0);
        }
        Arrays.sort(lowD);
        assertArrayEquals(Arrays.copyOf(d, TierDynamics.LOW), lowD, 0.0, id + ": l'(0) of the low backends");
        List<Integer> rest = new ArrayList<>();
        for (int b : bs) {
            if (Arrays.stream(low).noneMatch(x -> x == b)) {
                rest.add(b);
            }
        }
        double[] restTotal = totals(l, rest.stream().mapToInt(Integer::intValue).toArray());
        TierDynamics.Sums r = s.rest();
        assertTrue(r.closed(), id + ": rest closed");
        assertEquals(restTotal[0], r.max(), REL * total[0], id + ": rest max");
        assertEquals(restTotal[1], r.scale(), REL * total[0], id + ": rest scale");
        assertEquals(restTotal[2], r.root(), REL * total[0], id + ": rest root");
        assertEquals(d[TierDynamics.LOW] * TierDynamics.CLOSED_MARGIN, r.top(), 0.0, id + ": rest top");
        return d;
    }

    /** Sum of suprema, of exponential scales and of {@code sqrt(max half)} of saturating backends. */
    static double[] totals(ServiceRate[] l, int[] bs) {
        double[] t = new double[3];
        for (int b : bs) {
            t[0] += l[b].supremum();
            if (l[b] instanceof ServiceRate.Exponential e) {
                t[1] += e.scale();
            } else if (l[b] instanceof ServiceRate.Saturating s) {
                t[2] += Math.sqrt(s.max() * s.half());
            }
        }
        return t;
    }

    /** Gradients of every case for a tier whose {@code l_b'(0)} are d (ascending) and whose sums are s. */
    static List<Double> gradients(double[] d, TierDynamics.Sums s, SplittableRandom rnd) {
        List<Double> g = new ArrayList<>();
        double d0 = d[0];
        double last = d[d.length - 1];
        // (a) well below every l'(0): 0.1% to 30% of the smallest
        for (int k = 0; k < 3; k++) {
            g.add(d0 * Math.pow(10, -0.5 - 2.5 * rnd.nextDouble()));
        }
        // (b) at the smallest, at the margin and the doubles beside it, and within 1e-9 of the smallest either side
        g.add(d0);
        g.add(s.top());
        g.add(Math.nextDown(s.top()));
        g.add(Math.nextUp(s.top()));
        g.add(d0 * (1 - NEAR * rnd.nextDouble()));
        g.add(d0 * (1 + NEAR * rnd.nextDouble()));
        if (d.length > TierDynamics.LOW) {
            double d4 = d[TierDynamics.LOW];
            // (c) between the smallest and the 5th smallest, and at the rest's margin and the doubles beside it
            for (int k = 0; k < 3; k++) {
                g.add(d0 + (d4 - d0) * rnd.nextDouble());
            }
            if (s.rest() != null) {
                g.add(s.rest().top());
                g.add(Math.nextDown(s.rest().top()));
                g.add(Math.nextUp(s.rest().top()));
            }
            g.add(d4);
            // (d) above the 5th smallest, below the largest
            for (int k = 0; k < 3; k++) {
                g.add(d4 + (last - d4) * (0.001 + 0.998 * rnd.nextDouble()));
            }
        } else {
            // small tiers: between the smallest and the largest
            for (int k = 0; k < 2; k++) {
                g.add(d0 + (last - d0) * rnd.nextDouble());
            }
        }
        // (e) above all
        g.add(Math.nextUp(last));
        for (int k = 0; k < 2; k++) {
            g.add(last * (1 + 2 * rnd.nextDouble()));
        }
        return g;
    }

    /** The case of gradient g: 0 (a) .. 4 (e). */
    static int caseOf(double[] d, double g) {
        double d0 = d[0];
        double last = d[d.length - 1];
        if (g > last) {
            return 4;
        }
        if (Math.abs(g - d0) <= NEAR * d0) {
            return 1;
        }
        if (g < d0) {
            return 0;
        }
        return d.length > TierDynamics.LOW && g > d[TierDynamics.LOW] ? 3 : 2;
    }

    /**
     * The rate and inflows from the sums against the backend-by-backend ones: rates within {@link #REL} of the
     * rate's scale; inflows (unclipped, tolerance infinite) within {@link #REL} of {@code lambda + sum max}, which
     * bounds the rate error times {@code 1 / |l_b''|} for every backend; and, with finite tolerances, the same
     * answer unless the smallest unclipped inflow is within rounding of the tolerance.
     */
    void compare(TierDynamics dyn, ServiceRate[] l, int[] bs, TierDynamics.Sums s, double lam, double g,
            double sumMax, String id) {
        String at = id + " at g = " + g + ", lambda = " + lam;
        double loop = dyn.rate(bs, lam, g);
        double fast = dyn.rate(bs, s, lam, g);
        double den = 0;
        for (int b : bs) {
            den += 1.0 / l[b].curvatureAtGradient(g);
        }
        double scale = (lam + sumMax) / Math.abs(den);
        assertTrue(Double.isFinite(loop), at);
        assertEquals(loop, fast, REL * scale, at + ": rate");
        int n = bs.length;
        double[] y = new double[n];
        double[] z = new double[n];
        assertTrue(dyn.inflows(bs, s, lam, g, Double.POSITIVE_INFINITY, y), at);
        assertTrue(dyn.inflows(bs, null, lam, g, Double.POSITIVE_INFINITY, z), at);
        assertArrayEquals(z, y, REL * (lam + sumMax), at + ": inflows");
        double lowest = Double.POSITIVE_INFINITY;
        for (int b : bs) {
            ServiceRate r = l[b];
            lowest = Math.min(lowest, r.valueAtGradient(g) + loop / r.curvatureAtGradient(g));
        }
        for (double tol : new double[] {0, 1e-9 * lam}) {
            boolean expected = dyn.inflows(bs, null, lam, g, tol, z);
            boolean got = dyn.inflows(bs, s, lam, g, tol, y);
            if (Math.abs(lowest + tol) <= 4 * REL * (lam + sumMax)) {
                borderline++;
                continue;
            }
            assertEquals(expected, got, at + ", tol " + tol + ": can keep the tie");
            assertEquals(lowest >= -tol, got, at + ", tol " + tol + ": answer against the smallest inflow "
                    + lowest);
            if (got) {
                assertArrayEquals(z, y, REL * (lam + sumMax), at + ", tol " + tol + ": inflows");
                tieTrue++;
            } else {
                tieFalse++;
            }
        }
    }
}
