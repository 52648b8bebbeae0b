package lbw.offloading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Properties over random valid models on small buffers. */
class SolverProperties {

    private static final double EPSILON = SolverOptions.DEFAULT.epsilon();

    @Property(tries = 25, seed = "20261122")
    void valueIterationAndGaussSeidelAgree(@ForAll @DoubleRange(min = 0.05, max = 0.95) double rho,
                                           @ForAll @DoubleRange(min = 1.2, max = 12) double k,
                                           @ForAll @DoubleRange(min = 0.0, max = 1.0) double share,
                                           @ForAll @IntRange(min = 6, max = 14) int buffer) {
        // f anywhere in the valid range (1/(1+K), 1), inside or outside the paper's assumption
        double lo = 1 / (1 + k) + 1e-3, f = lo + share * (0.98 - lo);
        UniformizedMdp mdp = UniformizedMdp.compile(OffloadingModel.ofLoad(rho, k, f), buffer);
        SolverOptions o = SolverOptions.withDiscount(0.95);
        DiscountedSolution vi = DiscountedSolver.valueIteration(mdp, o);
        DiscountedSolution gs = DiscountedSolver.gaussSeidel(mdp, o);
        double[] a = vi.values(), b = gs.values();
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], EPSILON);
        }
        assertTrue(gs.iterations() <= vi.iterations());
    }

    @Property(tries = 25, seed = "20261122")
    void offloadOnlyIsAnMm1QueueWithRoomForNPlusOne(@ForAll @DoubleRange(min = 0.05, max = 0.99) double rho,
                                                    @ForAll @DoubleRange(min = 1.5, max = 12) double k,
                                                    @ForAll @IntRange(min = 3, max = 25) int buffer) {
        OffloadingModel m = OffloadingModel.ofLoad(rho, k, 0.9);
        UniformizedMdp mdp = UniformizedMdp.compile(m, buffer);
        PolicyPerformance p = StationaryAnalysis.solve(mdp, Policy.offloadOnly(mdp.space()));
        assertEquals(OffloadOnlyExact.truncatedMeanDelay(m, buffer), p.meanDelay(), 1e-8 * p.meanDelay());
    }
}
