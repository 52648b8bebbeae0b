package lbw.bipartite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The common gradient of a merged group ({@link Restructuring#commonGradient(int[], double[], TierDynamics.Sums,
 * double, double)}: Newton's method on closed-form workload sums, bracketed by the gradients of the tiers that make
 * up the group) against the backend-by-backend Newton's method bracketed by the backends' own gradients
 * ({@link Restructuring#commonGradient(int[], double[])}), on seeded random groups of 2 to 5 tiers whose backends
 * sit at their tier's gradient, with the tiers' gradients close together (as at a merge) and far apart, and with
 * backends at N = 0 that joined their tier there ({@code l_b'(0)} within 1e-6 below the tier's gradient).
 */
class CommonGradientTest {

    /** Random groups. */
    static final int GROUPS = 1200;
    /**
     * Gradient agreement, relative: both stop when a Newton step moves by 1e-15 relative, and the closed-form total
     * differs from the backend-by-backend one by about 1e-15 of the size M of its terms
     * ({@link TierWorkloadSumTest}), which moves the root by that over {@code |slope|}; for these families
     * {@code M / (|slope| g)} is a few units (the logarithms and {@code N + half} over {@code N}), so both roots
     * agree to about 1e-14; 1e-11 leaves a factor of a thousand, while a wrong sum (a backend left out or at the
     * wrong N) moves the root by at least its share of the workload, far more.
     */
    static final double GRADIENT = 1e-11;
    /**
     * Gradient agreement, relative, in groups with a backend at N = 0 at the root: such a backend's {@code N_b} stays 0,
     * so it adds nothing to Newton's slope and both forms converge as fast as without it; the same bound as
     * {@link #GRADIENT}. (Both once counted {@code 1 / l_b''(0)} for it, so that Newton's method converged only
     * linearly and stopped short of the root: 4.1e-11 relative in a close group here, and far off in
     * {@link #manyBackendsClippedAtZeroBelowTheRoot}.)
     */
    static final double CLIPPED = GRADIENT;
    /**
     * Workload kept, relative to {@code target + |slope| gamma}: the root is within about 1e-14 of gamma relative,
     * which moves {@code sum_b N_b} by {@code |slope| gamma} times that.
     */
    static final double TOTAL = 1e-11;

    /** Backends at most in a group. */
    static final int MAX_GROUP = 5 * 60;

    @Test
    void closedFormBracketedCommonGradientAgreesWithTheBackendByBackendOne() {
        SplittableRandom rnd = new SplittableRandom(20261128L);
        // the rates of a group's backends are drawn into l for each group (TierDynamics and Restructuring read it)
        ServiceRate[] l = new ServiceRate[MAX_GROUP];
        Arrays.fill(l, ServiceRate.exponential(1, 1));
        TierDynamics dyn = new TierDynamics(l);
        BipartiteModel any = RandomInstances.create(1, MAX_GROUP, 1, 0.5, 1);
        Restructuring r = new Restructuring(any.graph(), l, any.arrivalRate(), dyn, 1e-9);
        int close = 0;
        int far = 0;
        int withZeros = 0;
        int closedAtRoot = 0;
        double worst = 0;
        int withClipped = 0;
        double worstClipped = 0;
        for (int t = 0; t < GROUPS; t++) {
            int k = 2 + rnd.nextInt(4);
            boolean near = t % 2 == 0;
            int[] sizes = new int[k];
            int total = 0;
            for (int i = 0; i < k; i++) {
                sizes[i] = 1 + rnd.nextInt(t % 3 == 0 ? 4 : 60);
                total += sizes[i];
            }
            // the group's backends, in random order among the first MAX_GROUP indices
            int[] bs = Arrays.copyOf(TierDynamicsTest.shuffled(MAX_GROUP, rnd), total);
            double[] n = new double[MAX_GROUP];
            Arrays.fill(n, Double.NaN); // only the group's entries may be read
            double g0 = 0.05 * Math.pow(20, rnd.nextDouble());
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            double target = 0;
            int zeros = 0;
            int p = 0;
            double[] gs = new double[k];
            for (int i = 0; i < k; i++) {
                gs[i] = near ? g0 * (1 + (rnd.nextBoolean() ? 1 : -1) * Math.pow(10, -10 + 7 * rnd.nextDouble()))
                        : g0 * Math.pow(10, 2 * rnd.nextDouble() - 1);
                lo = Math.min(lo, gs[i]);
                hi = Math.max(hi, gs[i]);
            }
            for (int i = 0; i < k; i++) {
                double gi = gs[i];
                // backends at N = 0 in any tier of a close group, in the highest tier of a far one; in a far group
                // every other backend has l_b'(0) above the highest gradient, so that none is at N = 0 at the root
                // (backends at N = 0 below the root: see manyBackendsClippedAtZeroBelowTheRoot)
                boolean mayZero = near || gi == hi;
                double base = near ? gi : hi;
                for (int j = 0; j < sizes[i]; j++, p++) {
                    int b = bs[p];
                    // l_b'(0) = base e^u: N_b > 0 at gi (u up to 3), or N_b = 0 for one in eight (l_b'(0) within
                    // 1e-6 below gi)
                    boolean zero = mayZero && rnd.nextInt(8) == 0;
                    double d0 = zero ? gi * (1 - 1e-6 * rnd.nextDouble())
                            : base * Math.exp(1e-6 + 3 * rnd.nextDouble());
                    double max = 0.5 + 2 * rnd.nextDouble();
                    l[b] = rnd.nextBoolean() ? ServiceRate.saturating(max, max / d0) : ServiceRate.exponential(max,
                            max / d0);
                    n[b] = l[b].derivativeInverse(gi);
                    assertEquals(zero, n[b] == 0, "backend at N = 0 exactly when drawn so");
                    target += n[b];
                    zeros += zero ? 1 : 0;
                }
            }
            if (!(target > 0)) {
                continue; // every backend at N = 0: no unique common gradient
            }
            TierDynamics.Sums sums = dyn.sums(bs);
            double fast = r.commonGradient(bs, n, sums, lo, hi);
            double ref = r.commonGradient(bs, n);
            String id = "group " + t + " (" + k + " tiers, " + total + " backends, " + zeros + " at N = 0, gradients "
                    + lo + " .. " + hi + ")";
            assertTrue(fast >= lo && fast <= hi, id + ": " + fast + " inside the bracket");
            boolean clipped = false;
            for (int b : bs) {
                clipped |= l[b].derivativeInverse(fast) == 0;
            }
            assertEquals(ref, fast, (clipped ? CLIPPED : GRADIENT) * ref, id + ": common gradient");
            if (clipped) {
                withClipped++;
                worstClipped = Math.max(worstClipped, Math.abs(fast - ref) / ref);
            } else {
                worst = Math.max(worst, Math.abs(fast - ref) / ref);
            }
            assertKept(l, bs, target, fast, id);
            close += near ? 1 : 0;
            far += near ? 0 : 1;
            withZeros += zeros > 0 ? 1 : 0;
            closedAtRoot += dyn.workloadSum(sums, fast, new double[2]) ? 1 : 0;
        }
        // not vacuous: both kinds of group, groups with backends at N = 0, and roots where the closed form holds
        assertTrue(close >= 550 && far >= 550, "close " + close + ", far " + far);
        assertTrue(withZeros >= 300, "groups with backends at N = 0: " + withZeros);
        assertTrue(closedAtRoot >= 300, "roots in the closed form's range: " + closedAtRoot);
        assertTrue(close + far - closedAtRoot >= 100, "roots outside it: " + (close + far - closedAtRoot));
        assertTrue(withClipped >= 50 && close + far - withClipped >= 500, "groups with a backend at N = 0 at the"
                + " root: " + withClipped);
        System.out.printf("CommonGradientTest: %d close, %d far groups; %d with backends at N = 0 (%d at the root);"
                + " %d roots in the closed form's range; largest relative difference %.2g (%.2g with backends at"
                + " N = 0 at the root)%n", close, far, withZeros, withClipped, closedAtRoot, worst, worstClipped);
    }

    /** {@code sum_b N_b(gamma)} is the target within {@link #TOTAL}. */
    private static void assertKept(ServiceRate[] l, int[] bs, double target, double gamma, String id) {
        double sum = 0;
        double slope = 0;
        for (int b : bs) {
            double nb = l[b].derivativeInverse(gamma);
            sum += nb;
            slope += nb > 0 ? 1.0 / l[b].secondDerivative(nb) : 0;
        }
        assertEquals(target, sum, TOTAL * (target + Math.abs(slope) * gamma), id + ": workload kept at " + gamma);
    }

    /**
     * Most backends of a group at N = 0 with {@code l_b'(0)} far below the common gradient: those backends' {@code N_b}
     * stays 0, so they add nothing to Newton's slope. Both forms used to count {@code 1 / l_b''(0)} for them; Newton's
     * method then converged only linearly and stopped at its 200-iteration cap short of the root. Group 4 of the
     * stream below (2 tiers of 94 backends of a {@code RandomInstances.create(200, 400, 3, 0.5, 99)} system, 86 at
     * N = 0, tiers' gradients 2.3792769923384642 and 2.3795091301546782, target sum 0.9382885798603389, root
     * 2.37946027150) came back at 2.3416569439819366 (sum 1.0214) backend by backend and 2.3794522395758917 (sum
     * 0.9383022) in the closed form. Every group must now keep its workload within {@link #TOTAL}.
     */
    @Test
    void manyBackendsClippedAtZeroBelowTheRoot() {
        SplittableRandom rnd = new SplittableRandom(20261128L);
        BipartiteModel m = RandomInstances.create(200, 400, 3, 0.5, 99);
        ServiceRate[] l = m.serviceRate().toArray(new ServiceRate[0]);
        TierDynamics dyn = new TierDynamics(l);
        Restructuring r = new Restructuring(m.graph(), l, m.arrivalRate(), dyn, 1e-9);
        int nb = l.length;
        int checked = 0;
        for (int t = 0; t < 40; t++) {
            int k = 2 + rnd.nextInt(4);
            boolean near = t % 2 == 0;
            int[] order = TierDynamicsTest.shuffled(nb, rnd);
            int[] sizes = new int[k];
            int total = 0;
            for (int i = 0; i < k; i++) {
                sizes[i] = 1 + rnd.nextInt(t % 3 == 0 ? 4 : 60);
                total += sizes[i];
            }
            int[] bs = Arrays.copyOf(order, total);
            double[] n = new double[nb];
            double g0 = 0.05 * Math.pow(60, rnd.nextDouble());
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            double target = 0;
            int p = 0;
            for (int i = 0; i < k; i++) {
                double gi = near ? g0 * (1 + (rnd.nextBoolean() ? 1 : -1) * Math.pow(10, -10 + 7 * rnd.nextDouble()))
                        : g0 * Math.pow(10, 2 * rnd.nextDouble() - 1);
                lo = Math.min(lo, gi);
                hi = Math.max(hi, gi);
                for (int j = 0; j < sizes[i]; j++, p++) {
                    n[bs[p]] = l[bs[p]].derivativeInverse(gi);
                    target += n[bs[p]];
                }
            }
            if (!(target > 0)) {
                continue;
            }
            String id = "group " + t + " (" + k + " tiers, " + total + " backends, gradients " + lo + " .. " + hi + ")";
            assertKept(l, bs, target, r.commonGradient(bs, n), id + ", backend by backend");
            assertKept(l, bs, target, r.commonGradient(bs, n, dyn.sums(bs), lo, hi), id + ", closed form");
            checked++;
        }
        assertTrue(checked >= 30, "groups " + checked);
    }
}
