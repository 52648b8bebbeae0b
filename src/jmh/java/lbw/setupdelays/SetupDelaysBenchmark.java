package lbw.setupdelays;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A random strictly feasible instance with m = n = 100 (load 0.9 of capacity, c~ = 0.99 c): the static dual solve
 * of (14) at eps = 0.01 (target under 100 ms) and the proximal dynamics (26) to t = 60 (target under 5 s).
 * Run: {@code ./workbench bench SetupDelaysBenchmark -f 1 -wi 3 -i 5 -w 1 -r 2}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SetupDelaysBenchmark {

    @Param({"100"})
    public int size;

    private SetupDelayModel model;
    private double[] cTilde;

    @Setup
    public void setUp() {
        model = SetupDelayModel.random(size, size, 0.9, 2025);
        cTilde = model.tightenedCapacity(0.99);
    }

    /** The dual (14) at eps = 0.01 with primal recovery; returns the gap so the work is not eliminated. */
    @Benchmark
    public double dualSolve() {
        EntropicSolution s = DualSolver.solve(model, 0.01);
        if (!s.converged()) {
            throw new IllegalStateException("dual solve did not converge: residual " + s.residual());
        }
        return s.gap();
    }

    /** Dynamics (26) from empty queues to t = 60 with tolerances 1e-6, one sample at the end. */
    @Benchmark
    public double proximalDynamics() {
        SetupQueueTrajectory t = SetupQueueDynamics.proximal(model, cTilde, null, 60,
                OdeOptions.defaults().withTolerance(1e-6).withSampleStep(60));
        return t.finalQueues()[0];
    }

    /**
     * What {@code solve} computes at m = n = 100 (target under 10 s): the LP (10) with c and with c~, the dual (14),
     * and both dynamics to t = 60 at the default tolerances with 400 samples.
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.SECONDS)
    public double solvePipeline() {
        double g = StaticLp.solve(model).gap() + StaticLp.solve(model, cTilde).gap();
        g += DualSolver.solve(model, 0.01).gap();
        OdeOptions o = OdeOptions.defaults().withSampleStep(60.0 / 400);
        g += MyopicDynamics.simulate(model, 0.01, null, 60, o).finalQueues()[0];
        g += SetupQueueDynamics.proximal(model, cTilde, null, 60, o).finalQueues()[0];
        return g;
    }
}
