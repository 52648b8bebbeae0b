package lbw.sweep;

/**
 * How an executor reports finished rows: {@link #advance} may be called from any thread (worker threads, a Spark
 * listener, the reader of a child JVM's output). {@link Sweep#run} turns the count into {@link lbw.core.Work}
 * progress on the calling thread, so the CLI's terminal line and the notebook's progress bar show it.
 */
@FunctionalInterface
public interface SweepProgress {

    /** Reports nothing. */
    SweepProgress NONE = rows -> { };

    /** {@code rows} more rows are done. */
    void advance(int rows);
}
