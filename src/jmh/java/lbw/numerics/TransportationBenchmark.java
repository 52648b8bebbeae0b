package lbw.numerics;

import java.util.concurrent.TimeUnit;
import lbw.setupdelays.SetupDelayModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The LP (10) of the setup-delay model as a transportation problem, solved by the network simplex on a random
 * instance ({@link SetupDelayModel#random}, load 0.9): targets m = n = 100 under 20 ms and m = n = 1,000 under 2 s.
 * Run: {@code ./workbench bench TransportationBenchmark -f 1 -wi 3 -i 5 -w 1 -r 2}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TransportationBenchmark {

    @Param({"100", "1000"})
    public int size;

    private TransportationProblem problem;

    @Setup
    public void setUp() {
        SetupDelayModel model = SetupDelayModel.random(size, size, 0.9, 2025);
        problem = new TransportationProblem(model.arrivalRate(), model.capacity(), model.setupTime());
    }

    /** One exact solve; fails if the certificate is not at round-off level, returns the gap. */
    @Benchmark
    public double networkSimplex() {
        TransportationSolution s = TransportationSolver.solve(problem);
        if (!(Math.abs(s.gap()) < 1e-8 * (1 + s.cost()))) {
            throw new IllegalStateException("duality gap " + s.gap());
        }
        return s.gap();
    }
}
