package lbw.bipartite;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The fluid inclusion at scale (issue 14): from N(0) = 0 to t = 50 on seeded random systems (load 0.7, half
 * saturating and half exponential backends), one solve per operation.
 * <ul>
 * <li>{@link #fluid2000}: F = B = 2,000, degree 5 (the system of the bipartite {@code solve} target);</li>
 * <li>{@link #fluid10000}: F = B = 10,000, degree 10 (target: under 30 s).</li>
 * </ul>
 * Run with {@code ./workbench bench FluidInclusionBenchmark}; single-shot operations, few iterations (each is long).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class FluidInclusionBenchmark {

    private BipartiteModel medium;
    private BipartiteModel big;

    @Setup(Level.Trial)
    public void setUp() {
        medium = RandomInstances.create(2_000, 2_000, 5, 0.7, 1);
        big = RandomInstances.create(10_000, 10_000, 10, 0.7, 1);
    }

    @Benchmark
    public double fluid2000() {
        return FluidInclusion.solve(medium, new double[medium.backends()], 50).finalLyapunov();
    }

    @Benchmark
    public double fluid10000() {
        return FluidInclusion.solve(big, new double[big.backends()], 50).finalLyapunov();
    }
}
