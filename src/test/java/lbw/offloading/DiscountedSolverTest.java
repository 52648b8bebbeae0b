package lbw.offloading;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DiscountedSolverTest {

    /** Round-off between two orderings of the same floating-point sums, relative to values of order 1e3. */
    private static final double ROUND_OFF = 1e-9;
    /** The stopping rule guarantees |V_k - V*| < epsilon / 2 for each solver, so two solvers differ by < epsilon. */
    private static final double EPSILON = SolverOptions.DEFAULT.epsilon();

    @Test
    void fastJacobiSweepEqualsTheArrayFormulation() {
        UniformizedMdp mdp = UniformizedMdp.compile(OffloadingModel.ofLoad(0.7, 4, 0.6), 9);
        SplittableRandom r = new SplittableRandom(3);
        double[] v = new double[mdp.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = 100 * r.nextDouble();
        }
        double[] w = v.clone();
        double[] q = new double[mdp.size() + 1];
        double[] ring = DiscountedSolver.newScratch(mdp.space());
        for (int k = 0; k < 5; k++) {
            double d1 = DiscountedSolver.referenceSweep(mdp, v, q, 0.95);
            double d2 = DiscountedSolver.fastSweep(mdp, w, ring, 0.95);
            assertEquals(d1, d2, ROUND_OFF);
            for (int i = 0; i < v.length; i++) {
                assertEquals(v[i], w[i], ROUND_OFF, "state " + mdp.space().label(i));
            }
        }
    }

    @Test
    void fastGaussSeidelSweepEqualsTheArrayFormulation() {
        UniformizedMdp mdp = UniformizedMdp.compile(OffloadingModel.ofLoad(0.7, 4, 0.6), 9);
        SplittableRandom r = new SplittableRandom(5);
        double[] v = new double[mdp.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = 100 * r.nextDouble();
        }
        double[] w = v.clone();
        double[] q = new double[mdp.size() + 1];
        q[mdp.size()] = Double.POSITIVE_INFINITY;
        double[] ring = BlockSweeps.newRing(mdp.space());
        for (int k = 0; k < 5; k++) {
            double d1 = DiscountedSolver.referenceGaussSeidelSweep(mdp, v, q, 0.95);
            double d2 = BlockSweeps.gaussSeidel(mdp, w, ring, 0.95);
            assertEquals(d1, d2, ROUND_OFF);
            for (int i = 0; i < v.length; i++) {
                assertEquals(v[i], w[i], ROUND_OFF, "state " + mdp.space().label(i));
            }
        }
    }

    @Test
    void valueIterationAndGaussSeidelAgreeOnEveryConfiguration() {
        for (char c : Configs.ALL) {
            OffloadingSetup s = Configs.load(c);
            UniformizedMdp mdp = s.compile();
            DiscountedSolution vi = DiscountedSolver.valueIteration(mdp, s.options());
            DiscountedSolution gs = DiscountedSolver.gaussSeidel(mdp, s.options());
            assertTrue(vi.converged() && gs.converged());
            assertTrue(gs.iterations() < vi.iterations(), "Gauss-Seidel needs fewer sweeps");
            double[] a = vi.values(), b = gs.values();
            for (int i = 0; i < a.length; i++) {
                assertEquals(a[i], b[i], EPSILON, "config " + c + " state " + mdp.space().label(i));
            }
            assertEquals(0, vi.policy().differences(gs.policy()).length, "config " + c + ": same policy");
        }
    }

    @Test
    void optimalValueIsAFixedPointAndMatchesPolicyEvaluation() {
        OffloadingSetup s = Configs.load('a');
        UniformizedMdp mdp = s.compile();
        DiscountedSolution opt = DiscountedSolver.gaussSeidel(mdp, s.options());
        double[] v = opt.values();
        double[] tv = v.clone();
        double[] q = new double[mdp.size() + 1];
        double change = DiscountedSolver.referenceSweep(mdp, tv, q, s.discount());
        assertTrue(change < EPSILON, "Bellman residual " + change);
        DiscountedSolution ev = DiscountedSolver.evaluate(mdp, opt.policy(), s.options());
        double[] w = ev.values();
        for (int i = 0; i < v.length; i++) {
            assertEquals(v[i], w[i], EPSILON, "V* against V of the optimal policy at " + mdp.space().label(i));
        }
        for (Policy base : new Policy[] {Policy.offloadOnly(mdp.space()), Policy.nonIdling(mdp.space())}) {
            double[] vb = DiscountedSolver.evaluate(mdp, base, s.options()).values();
            for (int i = 0; i < v.length; i++) {
                assertTrue(v[i] <= vb[i] + EPSILON, base.name() + " beats V* at " + mdp.space().label(i));
            }
        }
    }

    @Test
    void discountedValueOfTheEmptySystemWithNoArrivalsIsZeroAndOfOneJobIsAnalytic() {
        // Offload-Only from (0,0,1,0) with a tiny arrival rate: one SM1 job served at rate muC1 = K mu0.
        // In the uniformized chain the expected discounted cost is 1/(1 - gamma p) with p the staying probability,
        // up to O(lambda) from arrivals: V = 1 / (1 - gamma (Lambda - muC1)/Lambda) at lambda -> 0.
        OffloadingModel m = new OffloadingModel(1, 3, 0.5, 1e-9);
        UniformizedMdp mdp = UniformizedMdp.compile(m, 4);
        SolverOptions o = SolverOptions.withDiscount(0.9);
        DiscountedSolution ev = DiscountedSolver.evaluate(mdp, Policy.offloadOnly(mdp.space()), o);
        double lam = m.uniformizationRate();
        double expected = 1 / (1 - 0.9 * (lam - m.muC1()) / lam);
        assertEquals(expected, ev.value(0, 0, 1, 0), 1e-6);
        assertEquals(0, ev.value(0, 0, 0, 0), 1e-6);
    }

    @Test
    void aSolverOutOfBudgetSaysSo() {
        OffloadingSetup s = Configs.load('a');
        DiscountedSolution vi = DiscountedSolver.valueIteration(s.compile(), s.options().withMaxIterations(5));
        assertFalse(vi.converged());
        assertEquals(5, vi.iterations());
    }

    @Test
    void sameInputSameNumbers() {
        OffloadingSetup s = Configs.load('b');
        double[] a = DiscountedSolver.gaussSeidel(s.compile(), s.options()).values();
        double[] b = DiscountedSolver.gaussSeidel(s.compile(), s.options()).values();
        assertArrayEquals(a, b);
    }
}
