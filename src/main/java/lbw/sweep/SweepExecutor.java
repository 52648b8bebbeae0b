package lbw.sweep;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs the rows of a checked sweep. Executors differ only in where rows run: every row is computed by
 * {@link SweepPlan#run(int)} from the plan alone, so two executors give the same rows bit for bit.
 */
public interface SweepExecutor extends AutoCloseable {

    /** A short name for messages: {@code local (2 threads)}, {@code spark local[*]}. */
    String name();

    /** Runs the given rows (any order, any placement) and returns them, one per index, in any order. */
    List<SweepRow> run(SweepPlan plan, int[] rows, SweepProgress progress);

    /**
     * Writes what this executor adds to {@code --out DIR} besides the CSV (Spark: the rows as Parquet); returns the
     * names written.
     */
    default List<String> writeExtra(SweepResult result, Path dir) {
        return List.of();
    }

    /** Stops the rows running now, if it can (called from another thread when the sweep is cancelled). */
    default void cancel() {
    }

    /** Releases what the executor holds (threads, a Spark session). */
    @Override
    default void close() {
    }

    /** All cores of this machine. */
    static SweepExecutor local() {
        return new LocalExecutor(Runtime.getRuntime().availableProcessors());
    }

    /** {@code workers} threads on this machine. */
    static SweepExecutor local(int workers) {
        return new LocalExecutor(workers);
    }

    /** Apache Spark, embedded with master {@code local[*]} (all cores of this machine). */
    static SweepExecutor spark() {
        return spark("local[*]");
    }

    /**
     * Apache Spark with the given master URL ({@code local[2]}, {@code spark://host:7077}, {@code yarn},
     * {@code k8s://...}). Spark is not on the notebook kernel's class path: when its classes are missing here, the
     * sweep runs in a child JVM that has them (see docs/sweeps.md).
     */
    static SweepExecutor spark(String master) {
        return SparkLauncher.executor(master);
    }
}
