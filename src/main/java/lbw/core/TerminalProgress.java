package lbw.core;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Shows {@link Work} progress as one line on a terminal, rewritten in place ({@code \r}), and replaces it with the
 * work's one-line summary when the work ends. Work that ends within {@link #DEFAULT_DELAY} shows nothing at all.
 * The CLI installs it only when its standard error is a terminal; results go to standard output, never this line.
 */
public final class TerminalProgress implements Work.Listener {

    /** Work shorter than this shows no progress line. */
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);

    private static final int BAR_WIDTH = 24;

    private final PrintStream out;
    private final Duration delay;
    private int shownWidth;

    public TerminalProgress(PrintStream out) {
        this(out, DEFAULT_DELAY);
    }

    /** A terminal line on {@code out} that appears once work has run for {@code delay}. */
    public TerminalProgress(PrintStream out, Duration delay) {
        this.out = out;
        this.delay = delay;
    }

    @Override
    public void started(Work work) {
        shownWidth = 0;
        if (delay.isZero()) {
            show(work);
        }
    }

    @Override
    public void progressed(Work work) {
        if (work.elapsed().compareTo(delay) >= 0) {
            show(work);
        }
    }

    @Override
    public synchronized void finished(Work work, boolean cancelled) {
        if (shownWidth == 0) {
            return;
        }
        String line = cancelled ? work.status() + " (stopped)" : work.summary();
        out.print("\r" + pad(line) + "\n");
        out.flush();
        shownWidth = 0;
    }

    /** A text bar such as {@code [#########...............]}; empty when the total is unknown. */
    public static String bar(Work work, int width) {
        double f = work.fraction();
        if (Double.isNaN(f)) {
            return "";
        }
        int filled = (int) Math.round(f * width);
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "]";
    }

    private synchronized void show(Work work) {
        String bar = bar(work, BAR_WIDTH);
        String line = (bar.isEmpty() ? "" : bar + " ") + work.status();
        out.print("\r" + pad(line));
        out.flush();
        shownWidth = Math.max(shownWidth, line.length());
    }

    private String pad(String line) {
        return line.length() >= shownWidth ? line : line + " ".repeat(shownWidth - line.length());
    }
}
