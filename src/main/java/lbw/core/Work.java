package lbw.core;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Progress and cancellation for long work (simulations, value iteration, long ODE runs, sweeps): the one mechanism
 * the library uses for both.
 *
 * <p>A solver opens a {@code Work} for its main loop and reports how far it got:
 * <pre>{@code
 * try (Work work = Work.start("value iteration", options.maxIterations(), "sweeps")) {
 *     while (...) {
 *         ...one sweep...
 *         work.advance(1);          // progress, and a cancellation point
 *     }
 *     work.summary("converged after " + it + " sweeps");
 * }
 * }</pre>
 * Every {@link #advance}, {@link #advanceTo} and {@link #checkCancelled()} is a cancellation point: when the running
 * thread has been interrupted (Kernel &gt; Interrupt in a notebook, or an executor shutting down) or cancellation
 * was requested for the whole process ({@link #cancelAll}, e.g. on SIGTERM), it throws {@link Cancelled}, which names
 * the work and how far it got. Loops that report no progress call {@link #checkCancelled()}.
 *
 * <p>Where progress shows is decided once per process by a {@link Listener}: the notebook kernel shows an in-place
 * bar, the CLI a line on stderr when stderr is a terminal; without a listener (tests, batch runs) nothing is shown.
 * Listeners see one piece of work at a time: work started while another is being reported (a simulation inside a
 * sweep, or on a sweep's worker threads) is not reported, but its cancellation points work all the same.
 * Updates reach the listener at most every {@link #UPDATE_INTERVAL}.
 *
 * <p>A {@code Work} belongs to the thread that started it (it is not thread-safe); parallel workers each start
 * their own or report through the caller's.
 *
 * <p>Each call costs a clock read; report at a granularity of about a millisecond of work or coarser (per sweep,
 * per batch of events, per integration step), not per inner-loop element.
 */
public final class Work implements AutoCloseable {

    /** Shortest time between two updates a listener receives for one piece of work. */
    public static final Duration UPDATE_INTERVAL = Duration.ofMillis(200);

    /** Receives the progress of one piece of work at a time; installed with {@link #setListener}. */
    public interface Listener {
        /** The work began; {@link Work#total()} may be 0 when the amount is unknown. */
        void started(Work work);

        /** The work advanced (called at most every {@link #UPDATE_INTERVAL}). */
        void progressed(Work work);

        /**
         * The work ended: normally ({@code cancelled == false}) or by cancellation or an exception
         * ({@code cancelled == true}). {@link Work#summary()} holds the one-line summary.
         */
        void finished(Work work, boolean cancelled);
    }

    /** Thrown at a cancellation point when the work must stop; the message says what stopped and where. */
    public static final class Cancelled extends CancellationException {
        private static final long serialVersionUID = 1L;

        public Cancelled(String message) {
            super(message);
        }
    }

    private static final Listener SILENT = new Listener() {
        @Override
        public void started(Work work) {
        }

        @Override
        public void progressed(Work work) {
        }

        @Override
        public void finished(Work work, boolean cancelled) {
        }
    };

    private static volatile Listener listener = SILENT;
    private static volatile String cancelAllReason;
    /** The work being reported, if any; other work started meanwhile stays silent. */
    private static final AtomicReference<Work> REPORTED = new AtomicReference<>();

    private final String label;
    private final long total;
    private final String unit;
    private final long startNanos;
    private final boolean reported;
    private final Listener target;
    private long done;
    private long lastUpdateNanos;
    private String summary;
    private boolean finished;
    private boolean cancelled;

    private Work(String label, long total, String unit) {
        this.label = label;
        this.total = total;
        this.unit = unit;
        this.startNanos = System.nanoTime();
        this.lastUpdateNanos = startNanos;
        this.target = listener;
        this.reported = target != SILENT && REPORTED.compareAndSet(null, this);
    }

    /**
     * Begins a piece of work of {@code total} units ({@code 0} when unknown), e.g.
     * {@code Work.start("simulation", horizonSteps, "steps")}. Checks cancellation first, so work that was
     * cancelled before it began does not begin.
     *
     * @throws InvalidParameterException when the label is blank or the total negative
     * @throws Cancelled                 when the thread is interrupted or {@link #cancelAll} was called
     */
    public static Work start(String label, long total, String unit) {
        if (label == null || label.isBlank()) {
            throw new InvalidParameterException("label", "must name the work");
        }
        if (total < 0) {
            throw new InvalidParameterException("total", total, "must not be negative (0 means unknown)");
        }
        Objects.requireNonNull(unit, "unit");
        cancellationPoint(label, 0, total);
        Work work = new Work(label, total, unit);
        if (work.reported) {
            work.target.started(work);
        }
        return work;
    }

    /** {@link #start(String, long, String)} counting "steps". */
    public static Work start(String label, long total) {
        return start(label, total, "steps");
    }

    /**
     * Installs where progress goes for the whole process (the notebook kernel and the CLI do this once) and returns
     * the previous listener; {@code null} silences progress.
     */
    public static Listener setListener(Listener newListener) {
        Listener previous = listener;
        listener = newListener == null ? SILENT : newListener;
        return previous == SILENT ? null : previous;
    }

    /**
     * Requests that all work in this process stop at its next cancellation point (for example on SIGTERM), with the
     * reason given; {@code null} withdraws the request.
     */
    public static void cancelAll(String reason) {
        cancelAllReason = reason;
    }

    /** True when the current thread is interrupted or {@link #cancelAll} was called. */
    public static boolean cancellationRequested() {
        return cancelAllReason != null || Thread.currentThread().isInterrupted();
    }

    /**
     * A cancellation point for loops that report no progress.
     *
     * @throws Cancelled when the thread is interrupted or {@link #cancelAll} was called
     */
    public static void checkCancelled() {
        if (cancellationRequested()) {
            throw new Cancelled(cancelReason() + ": the computation was stopped");
        }
    }

    /** Adds {@code units} to the work done; a cancellation point. */
    public void advance(long units) {
        advanceTo(done + units);
    }

    /** Sets the work done to {@code units} (for loops that know their position, e.g. simulated time); a cancellation point. */
    public void advanceTo(long units) {
        done = units;
        if (cancellationRequested()) {
            cancelled = true;
            cancellationPoint(label, done, total);
        }
        if (reported && !finished) {
            long now = System.nanoTime();
            if (now - lastUpdateNanos >= UPDATE_INTERVAL.toNanos()) {
                lastUpdateNanos = now;
                target.progressed(this);
            }
        }
    }

    /** Sets the one-line summary shown when the work ends (default: what was done and how long it took). */
    public void summary(String line) {
        this.summary = line;
    }

    /**
     * Ends the work: the listener replaces the progress display with the summary (or, when a cancellation point of
     * this work threw {@link Cancelled}, with the work's last status marked as stopped).
     */
    @Override
    public void close() {
        end(cancelled);
    }

    /**
     * Ends the work as cancelled or failed (call it from a catch block when the work did not complete; {@link #close()}
     * afterwards does nothing).
     */
    public void abandon() {
        end(true);
    }

    private void end(boolean stopped) {
        if (finished) {
            return;
        }
        finished = true;
        if (reported) {
            try {
                target.finished(this, stopped);
            } finally {
                REPORTED.compareAndSet(this, null);
            }
        }
    }

    public String label() {
        return label;
    }

    /** Units in all, 0 when unknown. */
    public long total() {
        return total;
    }

    public String unit() {
        return unit;
    }

    public long done() {
        return done;
    }

    /** Fraction done in [0, 1], or NaN when the total is unknown. */
    public double fraction() {
        return total == 0 ? Double.NaN : Math.min(1.0, Math.max(0.0, (double) done / total));
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** The summary set with {@link #summary(String)}, or one built from the work done and the time taken. */
    public String summary() {
        if (summary != null) {
            return summary;
        }
        String amount = total > 0 ? done + " of " + total + " " + unit : done + " " + unit;
        return String.format(Locale.ROOT, "%s: %s in %s", label, amount, seconds(elapsed()));
    }

    /** A one-line status, e.g. {@code value iteration: 450 of 1000 sweeps (45%), 2.1 s}. */
    public String status() {
        String amount = total > 0
                ? String.format(Locale.ROOT, "%d of %d %s (%.0f%%)", done, total, unit, 100 * fraction())
                : done + " " + unit;
        return label + ": " + amount + ", " + seconds(elapsed());
    }

    /** Seconds with one decimal, e.g. {@code 2.1 s}. */
    public static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toNanos() / 1e9);
    }

    private static void cancellationPoint(String label, long done, long total) {
        if (cancellationRequested()) {
            String where = total > 0 ? " after " + done + " of " + total : " after " + done;
            throw new Cancelled(cancelReason() + ": " + label + " stopped" + where);
        }
    }

    private static String cancelReason() {
        String reason = cancelAllReason;
        return reason != null ? reason : "interrupted";
    }
}
