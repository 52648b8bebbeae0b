package lbw.core;

import java.util.Locale;

/**
 * Limits before work: a model estimates the work (elementary steps: state updates, simulated periods or events, ODE
 * steps times dimension) and the memory a run needs from its parameters, and {@link #check} refuses it up front,
 * naming the field that drives the size, when the estimate exceeds a limit.
 *
 * <p>Defaults: a work limit of {@link #DEFAULT_MAX_WORK} steps (a few minutes on one core of a small machine) and
 * a memory limit of 70% of the JVM's maximum heap. The CLI's {@code --max-work N} option and
 * {@link #withMaxWork(double)} raise or lower the work limit for a run; the heap ({@code -Xmx}) sets the memory
 * limit.
 */
public final class Limits {

    /** The default work limit, in estimated elementary steps. */
    public static final double DEFAULT_MAX_WORK = 1e11;

    private static volatile double maxWork = DEFAULT_MAX_WORK;

    private Limits() {
    }

    /** The work limit in force. */
    public static double maxWork() {
        return maxWork;
    }

    /** The memory limit in force: 70% of the JVM's maximum heap, in bytes. */
    public static double maxBytes() {
        return 0.7 * Runtime.getRuntime().maxMemory();
    }

    /**
     * Sets the work limit until the returned handle is closed (then the previous limit is back):
     * {@code try (var l = Limits.withMaxWork(1e12)) { ... }}.
     */
    public static AutoCloseable withMaxWork(double work) {
        if (!(work > 0) || !Double.isFinite(work)) {
            throw new InvalidParameterException("maxWork", work, "must be a positive number");
        }
        double previous = maxWork;
        maxWork = work;
        return () -> maxWork = previous;
    }

    /**
     * Refuses a run whose estimate exceeds a limit.
     *
     * @param field the field that drives the size (named in the message)
     * @param what  what the estimate counts, e.g. {@code "4 (N+1)^2 = 160,801 states"}
     * @param work  estimated elementary steps
     * @param bytes estimated memory in bytes
     * @throws InvalidParameterException naming the field, the estimate and the limit
     */
    public static void check(String field, String what, double work, double bytes) {
        if (!(bytes <= maxBytes())) {
            throw new InvalidParameterException(field, what + " need about " + size(bytes)
                    + " of memory, above the limit of " + size(maxBytes())
                    + " (70% of the JVM heap; a larger heap, e.g. JAVA_TOOL_OPTIONS=-Xmx8g, raises it)");
        }
        if (!(work <= maxWork)) {
            throw new InvalidParameterException(field, what + " need about " + count(work)
                    + " steps of work, above the limit of " + count(maxWork)
                    + " (a few minutes; --max-work " + count(Math.ceil(work * 1.01)) + " raises it)");
        }
    }

    static String size(double bytes) {
        return bytes >= 1 << 30 ? String.format(Locale.ROOT, "%.1f GiB", bytes / (1 << 30))
                : String.format(Locale.ROOT, "%.0f MiB", Math.ceil(bytes / (1 << 20)));
    }

    static String count(double n) {
        return n < 1e6 ? String.format(Locale.ROOT, "%.0f", n) : String.format(Locale.ROOT, "%.2g", n).replace("e+", "e");
    }
}
