package lbw.setupdelays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StochasticSystemTest {

    @Test
    void waitingAndSetupAveragesOnAKnownPath() {
        double[][] q = {{20, 5}, {16, 12}, {14, 9}};
        double[][][] z = {{{1, 2}, {3, 4}}, {{0, 0}, {0, 1}}, {{2, 0}, {0, 0}}};
        StochasticTrajectory t = new StochasticTrajectory("proximal", 1, 0, new double[] {0, 1, 2}, q, z,
                new double[3][2], 0);
        // waiting: t=1 -> 1 + 2, t=2 -> 0; average over t >= 1 is 1.5
        assertEquals(1.5, t.meanWaiting(new double[] {15, 10}, 1), 0.0);
        assertEquals((10 + 1 + 2) / 3.0, t.meanInSetup(0), 1e-15);
    }

    @Test
    void sameSeedSameNumbers() {
        SetupDelayModel m = Examples.figure1();
        double[] ct = m.tightenedCapacity(0.99);
        StochasticTrajectory a = StochasticSystem.proximal(m, ct, 20, 5, 0.5, 42);
        StochasticTrajectory b = StochasticSystem.proximal(m, ct, 20, 5, 0.5, 42);
        double[][] qa = a.queues();
        double[][] qb = b.queues();
        for (int k = 0; k < qa.length; k++) {
            assertArrayEquals(qa[k], qb[k], 0.0);
        }
    }

    /**
     * Fluid limit: the scaled path approaches (26) as k grows. Fluctuations scale like 1/sqrt(k), so a 100-fold
     * increase in k should shrink the mean sup-distance about ten-fold; we ask for a factor 3 (3 seeds each).
     */
    @Test
    void proximalStochasticSystemApproachesTheFluidModel() {
        SetupDelayModel m = Examples.figure1();
        double[] ct = m.tightenedCapacity(0.99);
        double horizon = 8;
        SetupQueueTrajectory fluid = SetupQueueDynamics.proximal(m, ct, null, horizon,
                OdeOptions.defaults().withSampleStep(0.5));
        double[][] fluidQueues = fluid.queues();
        double small = 0;
        double large = 0;
        for (long seed = 1; seed <= 3; seed++) {
            small += StochasticSystem.proximal(m, ct, 5, horizon, 0.5, seed).supDistance(fluidQueues);
            large += StochasticSystem.proximal(m, ct, 500, horizon, 0.5, seed).supDistance(fluidQueues);
        }
        assertTrue(large * 3 < small, "k = 5: " + small / 3 + ", k = 500: " + large / 3);
        assertTrue(large / 3 < 1.0);
    }

    @Test
    void myopicStochasticSystemApproachesTheFluidModel() {
        SetupDelayModel m = Examples.figure1();
        double horizon = 4;
        MyopicTrajectory fluid = MyopicDynamics.simulate(m, 0.01, null, horizon,
                OdeOptions.defaults().withSampleStep(0.5));
        double[][] fluidQueues = fluid.queues();
        double small = 0;
        double large = 0;
        for (long seed = 1; seed <= 3; seed++) {
            small += StochasticSystem.myopic(m, 0.01, 5, horizon, 0.5, seed).supDistance(fluidQueues);
            large += StochasticSystem.myopic(m, 0.01, 500, horizon, 0.5, seed).supDistance(fluidQueues);
        }
        assertTrue(large * 3 < small, "k = 5: " + small / 3 + ", k = 500: " + large / 3);
    }
}
