package lbw.offloading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimulatorTest {

    /**
     * The simulated mean must lie within this many 95% half-widths of the exact value. With 12 replications the
     * half-width is 2.20 standard errors, so 3 half-widths are 6.6 standard errors: a false alarm is far below 1%
     * (and the seed is fixed, so the test is deterministic).
     */
    private static final double HALF_WIDTHS = 3.0;
    private static final Simulator.Options OPTIONS = new Simulator.Options(1500, 150, 12, 20261122L, 0.95);

    @Test
    void simulationAgreesWithTheStationaryDistribution() {
        for (char c : new char[] {'a', 'b'}) {
            OffloadingSetup s = Configs.load(c);
            UniformizedMdp mdp = s.compile();
            Policy opt = DiscountedSolver.gaussSeidel(mdp, s.options()).policy();
            // Offload-Only only at (a): at (b) it runs at 96% of its own capacity and its delay is too noisy here
            Policy[] policies = c == 'a'
                    ? new Policy[] {opt, Policy.nonIdling(mdp.space()), Policy.offloadOnly(mdp.space())}
                    : new Policy[] {opt, Policy.nonIdling(mdp.space())};
            for (Policy p : policies) {
                PolicyPerformance exact = StationaryAnalysis.solve(mdp, p);
                Simulator.Result sim = Simulator.simulate(s.model(), p, OPTIONS);
                assertTrue(Math.abs(sim.meanDelay() - exact.meanDelay()) < HALF_WIDTHS * sim.halfWidth(),
                        c + " " + p.name() + ": simulated " + sim.meanDelay() + " +- " + sim.halfWidth() + ", exact "
                                + exact.meanDelay());
                assertTrue(Math.abs(sim.meanJobs() - exact.meanJobs()) < HALF_WIDTHS * sim.jobsHalfWidth(),
                        c + " " + p.name() + ": jobs " + sim.meanJobs() + " vs " + exact.meanJobs());
                assertTrue(sim.halfWidth() < 0.1 * exact.meanDelay(), c + " " + p.name() + ": the interval is informative, half-width " + sim.halfWidth());
            }
        }
    }

    @Test
    void sameSeedSameNumbers() {
        OffloadingSetup s = Configs.load('a');
        Policy p = Policy.nonIdling(new StateSpace(s.buffer()));
        Simulator.Options o = new Simulator.Options(200, 20, 3, 7L, 0.95);
        Simulator.Result a = Simulator.simulate(s.model(), p, o);
        Simulator.Result b = Simulator.simulate(s.model(), p, o);
        assertEquals(a, b);
    }
}
