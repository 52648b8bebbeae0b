package lbw.offloading;

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
 * The offloading solvers on buffer 200 (161,604 states), configuration (a)'s placeholder parameters
 * (rho = 0.5, K = 5, f = 0.5), discount 0.99 and the stopping rule epsilon (1-gamma)/(2 gamma), epsilon = 1e-6.
 * Targets: one plain value-iteration sweep at most 1 ms on one core; the fastest exact solver under 1 s; the
 * solve pipeline (optimal policy and three stationary analyses) under 2 s.
 *
 * <pre>./workbench bench OffloadingBench -f 1 -wi 3 -i 5 -w 1 -r 2</pre>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-XX:ActiveProcessorCount=1"})
public class OffloadingBench {

    static final int BUFFER = 200;

    UniformizedMdp mdp;
    SolverOptions options;
    double[] v;
    double[] scratch;

    @Setup(Level.Trial)
    public void setUp() {
        mdp = UniformizedMdp.compile(OffloadingModel.ofLoad(0.5, 5, 0.5), BUFFER);
        options = SolverOptions.DEFAULT;
        v = new double[mdp.size()];
        scratch = DiscountedSolver.newScratch(mdp.space());
        for (int k = 0; k < 50; k++) {
            DiscountedSolver.fastSweep(mdp, v, scratch, options.discount());
        }
    }

    /** One Jacobi Bellman sweep over all 161,604 states (plain value iteration's unit of work). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double valueIterationSweep() {
        return DiscountedSolver.fastSweep(mdp, v, scratch, options.discount());
    }

    /** The fastest exact solver: Gauss-Seidel value iteration from V = 0 to the stopping rule, with the policy. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Policy gaussSeidelSolve() {
        DiscountedSolution s = DiscountedSolver.gaussSeidel(mdp, options);
        if (!s.converged()) {
            throw new IllegalStateException("did not converge");
        }
        return s.policy();
    }

    /** Plain value iteration from V = 0 to the stopping rule, with the policy (for comparison). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Policy valueIterationSolve() {
        DiscountedSolution s = DiscountedSolver.valueIteration(mdp, options);
        if (!s.converged()) {
            throw new IllegalStateException("did not converge");
        }
        return s.policy();
    }

    /**
     * What {@code solve} computes at buffer 200: the optimal policy (Gauss-Seidel value iteration) and the stationary
     * analysis of the three policies (optimal, Non-Idling, Offload-Only) with aggregation. Target under 2 s.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double solvePipeline() {
        Policy opt = gaussSeidelSolve();
        double d = 0;
        for (Policy p : new Policy[] {opt, Policy.nonIdling(mdp.space()), Policy.offloadOnly(mdp.space())}) {
            PolicyPerformance perf = StationaryAnalysis.solve(mdp, p);
            if (!perf.converged()) {
                throw new IllegalStateException(p.name() + ": stationary analysis did not converge");
            }
            d += perf.meanDelay();
        }
        return d;
    }

    /** One stationary analysis of the Non-Idling policy with aggregation-disaggregation (the default). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double stationaryAggregated() {
        return StationaryAnalysis.solve(mdp, Policy.nonIdling(mdp.space())).meanDelay();
    }

    /** The same with plain Gauss-Seidel sweeps (the method before aggregation), for comparison. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double stationaryPlain() {
        return StationaryAnalysis.solve(mdp, Policy.nonIdling(mdp.space()),
                StationaryAnalysis.Options.DEFAULT.withoutAggregation()).meanDelay();
    }
}
