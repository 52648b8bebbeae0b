package lbw.setupdelays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DynamicsTest {

    private static final double EQ_TOL = 1e-6;

    @Test
    void myopicOdeConvergesToTheDualEquilibriumWithMonotoneLyapunov() {
        SetupDelayModel m = Examples.figure1();
        double eps = Examples.figure1Epsilon();
        EntropicSolution s = DualSolver.solve(m, eps);
        MyopicTrajectory tr = MyopicDynamics.simulate(m, eps, null, 60, OdeOptions.defaults());
        assertArrayEquals(s.queues(), tr.finalQueues(), EQ_TOL);
        assertTrue(tr.kinks() >= 1, "pool 1 crosses its capacity");
        assertTrue(tr.largestLyapunovDecrease() < 1e-9, "Theorem 4: D(mu(q(t))) non-decreasing");
        assertEquals(s.dualValue(), tr.lyapunov()[tr.last()], 1e-8);
    }

    @Test
    void myopicOdeFromOtherStartsAndRandomInstance() {
        SetupDelayModel m = SetupDelayModel.random(4, 3, 0.9, 7);
        EntropicSolution s = DualSolver.solve(m, 0.1);
        MyopicTrajectory tr = MyopicDynamics.simulate(m, 0.1, new double[] {40, 0, 5}, 150,
                OdeOptions.defaults().withSampleStep(1));
        assertArrayEquals(s.queues(), tr.finalQueues(), 1e-5);
        assertTrue(tr.largestLyapunovDecrease() < 1e-9);
    }

    @Test
    void kinkEventsKeepAccuracyAsToleranceTightens() {
        SetupDelayModel m = Examples.figure1();
        OdeOptions o = OdeOptions.defaults().withSampleStep(5);
        double[] ref = MyopicDynamics.simulate(m, 0.01, null, 5, o.withTolerance(1e-12)).finalQueues();
        double e6 = Trajectories.maxAbsDiff(ref, MyopicDynamics.simulate(m, 0.01, null, 5, o.withTolerance(1e-6))
                .finalQueues());
        double e9 = Trajectories.maxAbsDiff(ref, MyopicDynamics.simulate(m, 0.01, null, 5, o.withTolerance(1e-9))
                .finalQueues());
        assertTrue(e9 < e6, "error shrinks with the tolerance: " + e6 + " -> " + e9);
        assertTrue(e9 < 1e-7, "error " + e9);
    }

    @Test
    void proximalDynamicsReachProblemTwentyOneWithoutWaiting() {
        SetupDelayModel m = Examples.figure1();
        double[] ct = m.tightenedCapacity(Examples.figure1Margin());
        LpSolution lp = StaticLp.solve(m, ct);
        SetupQueueTrajectory tr = SetupQueueDynamics.proximal(m, ct, null, 200, OdeOptions.defaults().withSampleStep(1));
        double[][] x = tr.finalRouting();
        double[][] lpRouting = lp.routing();
        for (int i = 0; i < m.types(); i++) {
            assertArrayEquals(lpRouting[i], x[i], EQ_TOL);
        }
        double[] q = tr.finalQueues();
        double[] c = m.capacity();
        double[][] zEnd = tr.setup()[tr.last()];
        for (int j = 0; j < m.pools(); j++) {
            assertTrue(q[j] < c[j], "Theorem 6(b): q*_j < c_j");
            double inflow = 0;
            for (int i = 0; i < m.types(); i++) {
                inflow += m.gamma(i, j) * zEnd[i][j];
            }
            assertEquals(inflow, q[j], EQ_TOL, "q*_j = sum_i gamma_ij z*_ij");
        }
        assertArrayEquals(lp.prices(), tr.finalPrices(), 1e-5);
        assertTrue(tr.smallestPrice() >= 0);
        assertTrue(tr.virtualQueueUndershoot() < 1e-6);
    }

    @Test
    void proximalDynamicsOnRandomInstanceReachTheLpCost() {
        SetupDelayModel m = SetupDelayModel.random(4, 4, 0.8, 3);
        double[] ct = m.tightenedCapacity(0.95);
        LpSolution lp = StaticLp.solve(m, ct);
        SetupQueueTrajectory tr = SetupQueueDynamics.proximal(m, ct, null, 300, OdeOptions.defaults().withSampleStep(10));
        assertEquals(lp.cost(), DualSolver.setupCost(m, tr.finalRouting()), 1e-5);
        assertTrue(StaticLp.violation(m, tr.finalRouting(), ct) < 1e-5);
    }

    @Test
    void myopicRuleOnSetupQueuesHasTheSameEquilibrium() {
        SetupDelayModel m = Examples.figure1();
        EntropicSolution s = DualSolver.solve(m, 0.01);
        SetupQueueTrajectory tr = SetupQueueDynamics.myopic(m, 0.01, null, 100, OdeOptions.defaults().withSampleStep(1));
        assertArrayEquals(s.queues(), tr.finalQueues(), 1e-5);
    }

    @Test
    void pureDelayConvergesForLargeEpsAndOscillatesForThePapersEps() {
        SetupDelayModel m = Examples.figure1();
        EntropicSolution calm = DualSolver.solve(m, 1.0);
        DelayTrajectory d = PureDelayDynamics.simulate(m, 1.0, 1.0, null, 120, 0.01, 0.1);
        assertTrue(d.lateDistance(calm.queues(), 0.25) < 1e-6, "eps = 1: converges to (15)");
        DelayTrajectory osc = PureDelayDynamics.simulate(m, 0.01, 1.0, null, 120, 0.01, 0.1);
        DelayTrajectory oscHalf = PureDelayDynamics.simulate(m, 0.01, 1.0, null, 120, 0.005, 0.1);
        assertTrue(osc.lateAmplitude(0.25) > 1.0, "eps = 0.01: a sustained oscillation, amplitude "
                + osc.lateAmplitude(0.25));
        assertEquals(osc.lateAmplitude(0.25), oscHalf.lateAmplitude(0.25), 0.05 * osc.lateAmplitude(0.25),
                "the oscillation is not a discretization artefact");
    }
}
