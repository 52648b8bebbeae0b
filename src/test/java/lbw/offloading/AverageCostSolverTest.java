package lbw.offloading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AverageCostSolverTest {

    /** The gain bounds close to 1e-9; the stationary solve has residual 1e-12. */
    private static final double GAIN = 1e-7;

    @Test
    void gainEqualsTheStationaryMeanJobsOfItsPolicy() {
        for (char c : new char[] {'a', 'b'}) {
            OffloadingSetup s = Configs.load(c);
            UniformizedMdp mdp = s.compile();
            AverageCostSolver.Solution sol = AverageCostSolver.solve(mdp);
            assertTrue(sol.converged());
            PolicyPerformance p = StationaryAnalysis.solve(mdp, sol.policy());
            assertEquals(sol.gain(), p.meanJobs(), GAIN, "config " + c);
        }
    }

    @Test
    void noPolicyHasAlowerMeanNumberInSystem() {
        OffloadingSetup s = Configs.load('c');
        UniformizedMdp mdp = s.compile();
        AverageCostSolver.Solution sol = AverageCostSolver.solve(mdp);
        Policy disc = DiscountedSolver.gaussSeidel(mdp, s.options()).policy();
        for (Policy p : new Policy[] {disc, Policy.nonIdling(mdp.space()), Policy.offloadOnly(mdp.space()),
                Policy.threshold("T=3", mdp.space(), new int[] {3}, new int[] {3})}) {
            assertTrue(sol.lowerBound() <= StationaryAnalysis.solve(mdp, p).meanJobs() + GAIN, p.name());
        }
    }

    @Test
    void averageCostPolicyIsCloudFirstAndSwitchType() {
        OffloadingSetup s = Configs.load('d');
        UniformizedMdp mdp = s.compile();
        StructureReport r = Structure.check(AverageCostSolver.solve(mdp).policy(), Structure.defaultWindow(s.buffer()));
        assertTrue(r.allHold(), r.violations().toString());
    }
}
