package lbw.bipartite;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The two speed targets.
 * <ul>
 * <li>{@link #stochastic2000Steps}: the stochastic GMSR system on a random graph with F = B = 10,000, 10 backends
 * per frontend, c = 100, 2,000 periods = 2e7 frontend-steps per operation (target: at least 3e7 frontend-steps/s,
 * i.e. at most 667 ms per operation). The engine is built in setup; each operation restarts it from the same
 * state and seed.</li>
 * <li>{@link #fluidOptimum1000}: the exact fluid optimum for F = B = 1,000 with degree 10 (target: under 1 s).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class GmsrBenchmark {

    private BipartiteModel big;
    private double[] initial;
    private BipartiteModel medium;
    private BipartiteModel bigSaturating;

    @Setup(Level.Trial)
    public void setUp() {
        big = RandomInstances.create(10_000, 10_000, 10, 0.7, 1);
        initial = new double[big.backends()];
        Arrays.fill(initial, 1.0);
        medium = RandomInstances.create(1_000, 1_000, 10, 0.7, 1);
        ServiceRate[] sat = new ServiceRate[big.backends()];
        for (int b = 0; b < sat.length; b++) {
            ServiceRate l = big.rate(b);
            sat[b] = l instanceof ServiceRate.Exponential e ? ServiceRate.saturating(e.max(), e.scale()) : l;
        }
        bigSaturating = new BipartiteModel(big.arrivalRate(), sat, big.edges());
    }

    /** The same system with every backend saturating (the paper's family): no exp in the backend loop. */
    @Benchmark
    public long stochastic2000StepsSaturating() {
        StochasticEngine e = new StochasticEngine(bigSaturating, RoutingRule.GMSR, 100, initial, 42);
        e.run(2000);
        return e.totalJobs();
    }

    @Benchmark
    public long stochastic2000Steps() {
        StochasticEngine e = new StochasticEngine(big, RoutingRule.GMSR, 100, initial, 42);
        e.run(2000);
        return e.totalJobs();
    }

    @Benchmark
    public double fluidOptimum1000() {
        return FluidOptimum.solve(medium).total();
    }
}
