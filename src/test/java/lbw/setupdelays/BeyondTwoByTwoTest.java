package lbw.setupdelays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lbw.core.InvalidParameterException;
import org.junit.jupiter.api.Test;

/**
 * The setup-delay model past the paper's Figure 1: the untightened saddle-point dynamics, the hard rule (5), the
 * Lyapunov function of Section 5.2, the full-load border case of Proposition 3 and the random-instance study.
 */
class BeyondTwoByTwoTest {

    /** Integration error allowed on settled quantities (ODE tolerances 1e-9). */
    private static final double SETTLED = 1e-5;
    private static final OdeOptions ODE = OdeOptions.defaults().withSampleStep(0.1);

    private static final SetupDelayModel EXAMPLE = Examples.figure1();

    @Test
    void untightenedQueuesRememberTheInitialStateTightenedOnesDoNot() {
        List<double[]> starts = List.of(new double[2], new double[] {40, 0}, new double[] {20, 20});
        UntightenedDynamics.Study s = UntightenedDynamics.compare(EXAMPLE, 0.99, starts, 80, ODE);
        assertEquals(6, s.runs().size());
        // both reach their routing optimum: (24) does not read the pool queues
        for (UntightenedDynamics.Run r : s.runs()) {
            assertTrue(r.routingDistance() < SETTLED, r.label() + " routing " + r.routingDistance());
            assertTrue(r.lateQueueDrift() < 1e-3, r.label() + " still moving " + r.lateQueueDrift());
        }
        // with c: pool 1 is saturated at the optimum, its queue ends at or above c_1 wherever the transient left it
        assertTrue(s.untightenedSpread() > 1, "spread " + s.untightenedSpread());
        double[] q40 = s.runs().get(2).finalQueues();
        assertTrue(q40[0] > EXAMPLE.capacity()[0] + 1, "q1 from (40, 0): " + q40[0]);
        assertTrue(s.runs().get(2).waiting() > 1);
        double c1 = EXAMPLE.capacity()[0];
        double untightenedQ2 = s.untightened().queues()[1];
        for (int a = 0; a < s.runs().size(); a += 2) {
            double[] q = s.runs().get(a).finalQueues();
            assertTrue(q[0] >= c1 - SETTLED, "q1 " + q[0]);
            // the unsaturated pool forgets: q2 = sum_i x*_i2 = 9
            assertEquals(untightenedQ2, q[1], SETTLED);
        }
        // with c~: Theorem 6(b), the same q* < c from every start
        assertTrue(s.tightenedSpread() < SETTLED, "spread " + s.tightenedSpread());
        for (int b = 1; b < s.runs().size(); b += 2) {
            assertArrayEquals(s.tightened().queues(), s.runs().get(b).finalQueues(), SETTLED);
            assertEquals(0, s.runs().get(b).waiting());
        }
    }

    @Test
    void lyapunovFunctionNeverIncreasesAndVanishesAtTheSaddle() {
        SetupDelayModel random = SetupDelayModel.random(4, 4, 0.8, 7);
        for (SetupDelayModel m : List.of(EXAMPLE, random)) {
            for (double[] cap : List.of(m.capacity(), m.tightenedCapacity(0.99))) {
                ProximalEquilibrium eq = ProximalEquilibrium.solve(m, cap);
                double[] q0 = new double[m.pools()];
                q0[0] = 30;
                double[] nu0 = new double[m.pools()];
                nu0[m.pools() - 1] = 2;
                SetupQueueTrajectory t = SetupQueueDynamics.saddlePoint(m, cap, q0, null, nu0, 400, ODE);
                double[] v = eq.lyapunov(m, t);
                assertTrue(v[0] > 1, "V(0) = " + v[0]);
                // nonincreasing up to the integration error, relative to its initial value
                assertTrue(ProximalEquilibrium.largestIncrease(v) <= 1e-8 * v[0],
                        "V increased by " + ProximalEquilibrium.largestIncrease(v));
                assertTrue(v[v.length - 1] < 1e-8 * v[0], "V(T) = " + v[v.length - 1]);
            }
        }
    }

    @Test
    void lyapunovFunctionOfAWrongPointIsNotMonotone() {
        // the check can fail: V centred at a point that is not a saddle increases somewhere along the path
        ProximalEquilibrium eq = ProximalEquilibrium.solve(EXAMPLE, EXAMPLE.capacity());
        ProximalEquilibrium wrong = new ProximalEquilibrium(eq.capacity(), new double[][] {{8, 8}, {4, 4}},
                eq.queues(), new double[] {0, 3}, eq.cost(), 0);
        SetupQueueTrajectory t = SetupQueueDynamics.saddlePoint(EXAMPLE, EXAMPLE.capacity(), null, null, null, 60, ODE);
        assertTrue(ProximalEquilibrium.largestIncrease(wrong.lyapunov(EXAMPLE, t)) > 1e-2);
    }

    @Test
    void saddlePointDynamicsValidateTheirInputs() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> SetupQueueDynamics
                .saddlePoint(EXAMPLE, new double[] {10, 10}, null, null, null, 10, ODE));
        assertTrue(e.getMessage().contains("capacity") && e.getMessage().contains("arrival rate"), e.getMessage());
        e = assertThrows(InvalidParameterException.class, () -> SetupQueueDynamics.saddlePoint(EXAMPLE,
                EXAMPLE.capacity(), null, new double[][] {{1, 1}}, null, 10, ODE));
        assertTrue(e.getMessage().contains("initialSetupQueues"), e.getMessage());
        e = assertThrows(InvalidParameterException.class, () -> SetupQueueDynamics.saddlePoint(EXAMPLE,
                EXAMPLE.capacity(), null, null, new double[] {-1, 0}, 10, ODE));
        assertTrue(e.getMessage().contains("initialPrices"), e.getMessage());
    }

    @Test
    void hardRuleSlidesOnTheLpEquilibriumAndChattersWithinTheStep() {
        double[] lpQueues = HardSwitching.lpEquilibriumQueues(EXAMPLE);
        LpSolution lp = StaticLp.solve(EXAMPLE);
        // Theorem 2 at eps = 0: q*_1 = c_1 (1 + mu_1) with the LP price
        assertEquals(EXAMPLE.capacity()[0] * (1 + lp.prices()[0]), lpQueues[0], 1e-9);
        HardSwitching.Trajectory coarse = HardSwitching.simulate(EXAMPLE, null, 60, 1e-3, 0.1);
        HardSwitching.Trajectory fine = HardSwitching.simulate(EXAMPLE, null, 60, 5e-4, 0.1);
        for (HardSwitching.Trajectory t : List.of(coarse, fine)) {
            assertArrayEquals(lpQueues, t.lateMeanQueues(0.25), 0.01);
            double[][] x = t.lateMeanRouting(0.25);
            double[][] lpRouting = lp.routing();
            for (int i = 0; i < 2; i++) {
                assertArrayEquals(lpRouting[i], x[i], 1e-3);
            }
            assertTrue(t.switches() > 1000, "a sliding mode switches at almost every step: " + t.switches());
        }
        // chattering shrinks with the step (O(h))
        assertTrue(fine.lateAmplitude(0.25) < 0.6 * coarse.lateAmplitude(0.25),
                fine.lateAmplitude(0.25) + " vs " + coarse.lateAmplitude(0.25));
        // the soft-min equilibria approach the hard rule's as eps -> 0
        double prev = Double.POSITIVE_INFINITY;
        for (double eps : new double[] {0.1, 0.01, 0.001}) {
            double d = Math.abs(DualSolver.solve(EXAMPLE, eps).queues()[0] - lpQueues[0]);
            assertTrue(d < prev, "eps " + eps + ": " + d);
            prev = d;
        }
        assertThrows(InvalidParameterException.class, () -> HardSwitching.simulate(EXAMPLE, null, 10, 0.9, 0.1));
    }

    @Test
    void fullLoadHasAHalfLineOfEquilibriaChosenByTheInitialTotal() {
        FullLoad.Instance inst = FullLoad.Instance.saturating(EXAMPLE);
        double eps = Examples.figure1Epsilon();
        FullLoad.Prices p = FullLoad.prices(inst, eps);
        assertTrue(p.residual() < 1e-8, "gradient " + p.residual());
        assertEquals(0, Math.min(p.prices()[0], p.prices()[1]));
        // the dual is flat along 1 at full load ...
        double d = FullLoad.dualValue(inst, eps, p.prices());
        for (double t : new double[] {0.5, 3}) {
            double[] shifted = {p.prices()[0] + t, p.prices()[1] + t};
            assertEquals(d, FullLoad.dualValue(inst, eps, shifted), 1e-9);
        }
        // ... and has slope sum r - sum c < 0 along 1 under strict feasibility (Proposition 3's argument)
        double[] mu = DualSolver.solve(EXAMPLE, eps).prices();
        double[] up = {mu[0] + 2, mu[1] + 2};
        assertEquals(2 * (EXAMPLE.totalRate() - EXAMPLE.totalCapacity()),
                DualSolver.dualValue(EXAMPLE, eps, up) - DualSolver.dualValue(EXAMPLE, eps, mu), 1e-9);
        // the dynamics: all pools saturated, the total is conserved and picks the member of the half-line
        FullLoad.Run a = FullLoad.simulate(inst, eps, p, new double[] {40, 30}, 100, ODE);
        FullLoad.Run b = FullLoad.simulate(inst, eps, p, new double[] {60, 30}, 100, ODE);
        assertEquals(70, a.finalTotal(), 1e-8);
        assertEquals(90, b.finalTotal(), 1e-8);
        assertArrayEquals(FullLoad.equilibriumForTotal(inst, p, 70), a.finalQueues(), SETTLED);
        assertArrayEquals(FullLoad.equilibriumForTotal(inst, p, 90), b.finalQueues(), SETTLED);
        // the two limits differ by c_j * (20 / sum c), and route identically
        assertEquals(15 * 20.0 / 25, b.finalQueues()[0] - a.finalQueues()[0], SETTLED);
        assertEquals(10 * 20.0 / 25, b.finalQueues()[1] - a.finalQueues()[1], SETTLED);
        // a start with a pool below capacity gains total until every pool is saturated
        FullLoad.Run c = FullLoad.simulate(inst, eps, p, new double[] {5, 60}, 100, ODE);
        assertTrue(c.finalTotal() > 65 + 1e-3, "total " + c.finalTotal());
        assertTrue(c.allSaturatedAt() > 0);
        assertArrayEquals(FullLoad.equilibriumForTotal(inst, p, c.finalTotal()), c.finalQueues(), SETTLED);
        // refusals name the parameter
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> FullLoad.simulate(inst, eps, p, new double[] {10, 10}, 10, ODE));
        assertTrue(e.getMessage().contains("initialQueues"), e.getMessage());
        e = assertThrows(InvalidParameterException.class, () -> new FullLoad.Instance(new double[] {15, 10},
                new double[] {16, 8}, new double[][] {{1, 2}, {2, 1}}));
        assertTrue(e.getMessage().contains("arrivalRate") && e.getMessage().contains("equal"), e.getMessage());
    }

    @Test
    void randomStudyIsDeterministicAndConsistent() {
        RandomInstanceStudy.Options o = RandomInstanceStudy.Options.defaults().withInstances(5).withHorizon(3000, 600);
        List<RandomInstanceStudy.Row> rows = RandomInstanceStudy.run(o, null);
        List<RandomInstanceStudy.Row> again = RandomInstanceStudy.run(o, null);
        assertEquals(5, rows.size());
        for (int k = 0; k < rows.size(); k++) {
            RandomInstanceStudy.Row r = rows.get(k);
            assertEquals(r.proximalAtHorizon(), again.get(k).proximalAtHorizon());
            assertEquals(r.priceOfAnarchy(), again.get(k).priceOfAnarchy());
            assertTrue(r.types() >= 2 && r.types() <= 6 && r.pools() >= 2 && r.pools() <= 6);
            // the LP is the least setup cost: the myopic and the tightened proximal equilibria cannot beat it
            assertTrue(r.myopicSetup() >= r.lpCost() - 1e-6, "myopic " + r.myopicSetup() + " < LP " + r.lpCost());
            assertTrue(r.proximalCost() >= r.lpCost() - 1e-9);
            assertTrue(r.priceOfAnarchy() >= 1 - 1e-9);
            // settled within the horizon, and consistent with the checkpoint reading
            assertTrue(r.proximalAtHorizon() <= r.tolerance(), "instance " + k + ": " + r.proximalAtHorizon());
            assertEquals(r.proximalFarAtCheckpoint(), r.proximalSettling() > o.checkpoint(), "instance " + k);
            assertTrue(r.myopicSettling() < o.horizon());
        }
    }

    @Test
    void unweightedProximalRuleSolvesItsOwnFlowButNotThePhysicalLoop() {
        double[] ct = EXAMPLE.tightenedCapacity(0.99);
        ProximalEquilibrium eq = ProximalEquilibrium.solve(EXAMPLE, ct);
        ProximalWeights.End own = ProximalWeights.run(EXAMPLE, ct, ProximalWeights.Loop.GRADIENT, 200, ODE);
        assertTrue(own.drift() < 1e-6, "drift " + own.drift());
        double[][] eqRouting = eq.routing();
        double[][] ownRouting = own.routing();
        double[][] ownSetup = own.setup();
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(eqRouting[i], ownRouting[i], SETTLED);
            // its z settles at the rate x*, not at the setup population tau x*
            assertArrayEquals(eqRouting[i], ownSetup[i], SETTLED);
        }
        assertEquals(eq.cost(), own.setupCost(), SETTLED);
        // fed with the physical setup queues (19) it comes to rest on a routing that is not optimal
        ProximalWeights.End physical = ProximalWeights.run(EXAMPLE, ct, ProximalWeights.Loop.PHYSICAL, 400, ODE);
        assertTrue(physical.drift() < 1e-6, "drift " + physical.drift());
        assertTrue(physical.setupCost() > eq.cost() + 0.05, physical.setupCost() + " vs " + eq.cost());
        // the weighted rule in the same physical loop is (26) and reaches the optimum
        SetupQueueTrajectory weighted = SetupQueueDynamics.saddlePoint(EXAMPLE, ct, null, null, null, 200, ODE);
        assertEquals(eq.cost(), DualSolver.setupCost(EXAMPLE, weighted.finalRouting()), SETTLED);
    }
}
