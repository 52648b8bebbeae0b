package lbw.sweep;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 2,000-point offloading sweep (buffer 40, 6,724 states per model: rho 0.02..0.97 x K 2..20 x f 0.40..0.94), one
 * whole sweep per operation, on the local executor with 1 and 2 threads and on Spark {@code local[2]} (embedded,
 * started once per trial). Targets: 2 threads at least 1.8 times as fast as 1; Spark within 1.3 times the local
 * executor's time.
 *
 * <pre>./workbench bench SweepBenchmark -f 1 -wi 0 -i 1</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+IgnoreUnrecognizedVMOptions",
    "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
    "--add-opens=java.base/sun.security.action=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
    "-Djdk.reflect.useDirectMethodHandle=false", "-Dio.netty.tryReflectionSetAccessible=true"})
public class SweepBenchmark {

    /** The sweep of the README's benchmark: 20 x 10 x 10 = 2,000 offloading models at buffer 40. */
    static final String GRID = "{\"model\": \"sweep\", \"scenario\": {\"model\": \"offloading\", \"rho\": 0.5, \"K\": 5,"
            + " \"f\": 0.5, \"mu0\": 1, \"buffer\": 40, \"discount\": 0.99}, \"grid\": {"
            + "\"rho\": {\"from\": 0.02, \"to\": 0.97, \"steps\": 20}, \"K\": {\"from\": 2, \"to\": 20, \"steps\": 10},"
            + " \"f\": {\"from\": 0.40, \"to\": 0.94, \"steps\": 10}}, \"collect\": [\"delay.optimal\","
            + " \"structure.switchType\"]}";

    @Param({"local-1", "local-2", "spark-local[2]"})
    public String executor;

    Sweep sweep;
    SweepExecutor ex;

    @Setup(Level.Trial)
    public void setUp() {
        sweep = Sweep.parse("benchmark", GRID);
        ex = executor.startsWith("spark-") ? SweepExecutor.spark(executor.substring("spark-".length()))
                : SweepExecutor.local(Integer.parseInt(executor.substring("local-".length())));
        // Starts Spark (for the Spark executor) and loads the classes outside the measurement.
        Sweep.parse("warm-up", GRID.replace("\"steps\": 20", "\"steps\": 2").replace("\"steps\": 10", "\"steps\": 2"))
                .run(ex);
    }

    @Benchmark
    public SweepResult sweep2000() {
        SweepResult r = sweep.run(ex);
        if (r.rows().size() != 2000 || r.failed() > 0) {
            throw new IllegalStateException(r.rows().size() + " rows, " + r.failed() + " failed");
        }
        return r;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        ex.close();
    }
}
