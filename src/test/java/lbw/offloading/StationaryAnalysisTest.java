package lbw.offloading;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StationaryAnalysisTest {

    /** The balance equations are solved to a residual of 1e-12; delays of order 1 agree to well below 1e-8. */
    private static final double SOLVE = 1e-8;
    /** Buffer 40 at rho = 0.5 leaves a truncation error of order (3/5)^40 ~ 1e-9 on the M/M/1 delay. */
    private static final double TRUNCATION = 1e-7;

    @Test
    void offloadOnlyIsTheTruncatedMm1Queue() {
        for (double rho : new double[] {0.2, 0.5, 0.75, 0.82}) {
            OffloadingModel m = OffloadingModel.ofLoad(rho, 5, 0.5);
            UniformizedMdp mdp = UniformizedMdp.compile(m, 30);
            PolicyPerformance p = StationaryAnalysis.solve(mdp, Policy.offloadOnly(mdp.space()));
            assertTrue(p.converged());
            assertEquals(OffloadOnlyExact.truncatedMeanDelay(m, 30), p.meanDelay(), SOLVE * p.meanDelay(), "rho " + rho);
            assertEquals(0, p.sm2Share(), 1e-15, "only unreachable SM2 states carry (vanishing) mass");
        }
    }

    @Test
    void offloadOnlyMatchesTheUntruncatedMm1DelayWhenTheBufferIsLarge() {
        OffloadingModel m = OffloadingModel.ofLoad(0.5, 5, 0.5);
        UniformizedMdp mdp = UniformizedMdp.compile(m, 40);
        PolicyPerformance p = StationaryAnalysis.solve(mdp, Policy.offloadOnly(mdp.space()));
        assertEquals(1 / (m.muC1() - m.lambda()), p.meanDelay(), TRUNCATION);
        assertEquals(OffloadOnlyExact.meanDelay(m), p.meanDelay(), TRUNCATION);
    }

    @Test
    void distributionIsAProbabilityOnPostDecisionStates() {
        OffloadingSetup s = Configs.load('b');
        UniformizedMdp mdp = s.compile();
        Policy p = DiscountedSolver.gaussSeidel(mdp, s.options()).policy();
        PolicyPerformance perf = StationaryAnalysis.solve(mdp, p);
        double[] pi = perf.distribution();
        double total = 0;
        for (int x = 0; x < pi.length; x++) {
            assertTrue(pi[x] >= 0);
            if (p.action(x) != StateSpace.IDLE) {
                assertEquals(0, pi[x], 0, "no mass where the policy acts: " + mdp.space().label(x));
            }
            total += pi[x];
        }
        assertEquals(1, total, 1e-12);
        assertTrue(perf.residual() < 1e-12);
        // throughput balance: what enters leaves through the cloud
        double out = 0;
        for (int x = 0; x < pi.length; x++) {
            StateSpace sp = mdp.space();
            if (sp.n2(x) >= 1) {
                out += pi[x] * mdp.model().muC2();
            } else if (sp.i1(x) == 1) {
                out += pi[x] * mdp.model().muC1();
            }
        }
        assertEquals(perf.throughput(), out, 1e-9);
    }

    @Test
    void theOptimalPolicyBeatsBothBaselinesOnAverageDelay() {
        for (char c : Configs.ALL) {
            OffloadingSetup s = Configs.load(c);
            UniformizedMdp mdp = s.compile();
            Policy opt = AverageCostSolver.solve(mdp).policy();
            double d = StationaryAnalysis.solve(mdp, opt).meanDelay();
            double non = StationaryAnalysis.solve(mdp, Policy.nonIdling(mdp.space())).meanDelay();
            double off = StationaryAnalysis.solve(mdp, Policy.offloadOnly(mdp.space())).meanDelay();
            assertTrue(d <= non + SOLVE && d <= off + SOLVE, "config " + c + ": " + d + " vs " + non + ", " + off);
        }
    }

    /**
     * Aggregation-disaggregation against the plain Gauss-Seidel sweeps it accelerates, on random models and the
     * three policies the CLI evaluates: the same distribution (both stop at balance residual 1e-12).
     */
    @Test
    void aggregationAgreesWithPlainGaussSeidelOnRandomModels() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(20261125);
        StationaryAnalysis.Options plain = StationaryAnalysis.Options.DEFAULT.withoutAggregation();
        for (int trial = 0; trial < 6; trial++) {
            double rho = rng.nextDouble(0.1, 0.85);
            double k = rng.nextDouble(1.5, 8);
            double f = rng.nextDouble(1.05 / k, 0.95);
            OffloadingModel m = OffloadingModel.ofLoad(rho, k, f);
            UniformizedMdp mdp = UniformizedMdp.compile(m, 20 + rng.nextInt(25));
            Policy opt = DiscountedSolver.gaussSeidel(mdp, new OffloadingSetup(m, mdp.space().buffer(), 0.99)
                    .options()).policy();
            for (Policy p : new Policy[] {opt, Policy.nonIdling(mdp.space()), Policy.offloadOnly(mdp.space())}) {
                if (p.name().equals("Offload-Only") && !m.offloadOnlyStable()) {
                    continue;
                }
                PolicyPerformance a = StationaryAnalysis.solve(mdp, p);
                PolicyPerformance b = StationaryAnalysis.solve(mdp, p, plain);
                String what = "trial " + trial + " " + p.name() + " rho " + rho;
                assertTrue(a.converged() && b.converged(), what);
                assertTrue(a.iterations() < b.iterations(), what + ": " + a.iterations() + " vs " + b.iterations());
                assertEquals(b.meanDelay(), a.meanDelay(), SOLVE * b.meanDelay(), what);
                assertEquals(b.lossProbability(), a.lossProbability(), 1e-10, what);
                double l1 = 0;
                for (int x = 0; x < a.distribution().length; x++) {
                    l1 += Math.abs(a.distribution()[x] - b.distribution()[x]);
                }
                assertTrue(l1 < 1e-8, what + ": L1 distance " + l1);
            }
        }
    }

    /**
     * Mass lives only on idle (post-decision) states reachable from the empty state; the distribution sums to one;
     * two solves agree bit for bit, with and without aggregation.
     */
    @Test
    void massOnlyOnReachableIdleStatesAndDeterministic() {
        UniformizedMdp mdp = UniformizedMdp.compile(OffloadingModel.ofLoad(0.6, 4, 0.5), 30);
        StateSpace sp = mdp.space();
        for (StationaryAnalysis.Options o : new StationaryAnalysis.Options[] {StationaryAnalysis.Options.DEFAULT,
                StationaryAnalysis.Options.DEFAULT.withoutAggregation()}) {
            for (Policy p : new Policy[] {Policy.nonIdling(sp), Policy.offloadOnly(sp)}) {
                double[] pi = StationaryAnalysis.solve(mdp, p, o).distribution();
                double total = 0;
                for (int x = 0; x < pi.length; x++) {
                    if (p.action(x) != StateSpace.IDLE) {
                        assertEquals(0.0, pi[x], p.name() + " " + sp.label(x));
                    }
                    total += pi[x];
                }
                assertEquals(1.0, total, 1e-12, p.name());
                assertArrayEquals(pi, StationaryAnalysis.solve(mdp, p, o).distribution(), p.name());
            }
        }
        // Offload-Only never uses SM2: with aggregation, no state with a job in SM2 is reachable and none has mass.
        double[] off = StationaryAnalysis.solve(mdp, Policy.offloadOnly(sp)).distribution();
        for (int x = 0; x < off.length; x++) {
            if (sp.i2(x) == 1 || sp.n2(x) > 0) {
                assertEquals(0.0, off[x], sp.label(x));
            }
        }
    }

    @Test
    void aPolicyThatIdlesWithNothingInServiceIsRefused() {
        StateSpace sp = new StateSpace(5);
        Policy lazy = new Policy("lazy", sp, new int[sp.size()]);
        UniformizedMdp mdp = UniformizedMdp.compile(OffloadingModel.ofLoad(0.5, 5, 0.5), 5);
        assertThrows(IllegalStateException.class, () -> StationaryAnalysis.solve(mdp, lazy));
    }
}
