package lbw.sweep;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a sweep: how many rows are done out of how many. Executors call {@link #advance} from any thread.
 */
public interface SweepProgress {

    /** No progress shown. */
    SweepProgress NONE = new SweepProgress() {
        @Override
        public void start(int total) {
        }

        @Override
        public void advance(int rows) {
        }

        @Override
        public void finish() {
        }
    };

    /** The sweep has {@code total} rows to run. */
    void start(int total);

    /** {@code rows} more rows are done. */
    void advance(int rows);

    /** The sweep ended (completed or not). */
    void finish();

    /**
     * One line on a terminal, rewritten in place at most twice a second: rows done, rate and time left, e.g.
     * {@code sweep: 1200/5000 rows (24%), 31.5 rows/s, about 2 min 1 s left}.
     */
    static SweepProgress terminal(PrintStream err) {
        return new TerminalProgress(err);
    }

    /** The terminal line's implementation. */
    final class TerminalProgress implements SweepProgress {
        private final PrintStream err;
        private int total;
        private int done;
        private long started;
        private long lastPrint;
        private int width;

        TerminalProgress(PrintStream err) {
            this.err = err;
        }

        @Override
        public synchronized void start(int total) {
            this.total = total;
            this.done = 0;
            this.started = System.nanoTime();
            this.lastPrint = 0;
            print();
        }

        @Override
        public synchronized void advance(int rows) {
            done += rows;
            long now = System.nanoTime();
            if (now - lastPrint > 500_000_000L || done == total) {
                lastPrint = now;
                print();
            }
        }

        @Override
        public synchronized void finish() {
            if (width > 0) {
                err.print("\r" + " ".repeat(width) + "\r");
                err.flush();
                width = 0;
            }
        }

        private void print() {
            String line = line(done, total, (System.nanoTime() - started) / 1e9);
            err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            err.flush();
            width = line.length();
        }

        /** The progress text for {@code done} of {@code total} rows after {@code seconds}. */
        static String line(int done, int total, double seconds) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "sweep: %d/%d rows (%d%%)", done, total,
                    total == 0 ? 100 : (int) (100L * done / total)));
            if (done > 0 && seconds > 0) {
                double rate = done / seconds;
                sb.append(String.format(Locale.ROOT, ", %.3g rows/s", rate));
                if (done < total) {
                    sb.append(", about ").append(duration((total - done) / rate)).append(" left");
                }
            }
            return sb.toString();
        }

        static String duration(double seconds) {
            long s = Math.round(seconds);
            if (s < 60) {
                return s + " s";
            }
            if (s < 3600) {
                return s / 60 + " min " + s % 60 + " s";
            }
            return s / 3600 + " h " + (s % 3600) / 60 + " min";
        }
    }
}
