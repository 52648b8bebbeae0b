package lbw.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lbw.scenario.Scenario;
import lbw.scenario.ScenarioException;
import lbw.sweep.Sweep;
import lbw.sweep.SweepExecutor;
import lbw.sweep.SweepProgress;
import lbw.sweep.SweepResult;

/**
 * {@code solve SWEEP.json [--executor local|spark] [--workers N] [--master URL] [--out DIR]}: runs a sweep scenario
 * and prints its rows as JSON. Exit 0 when every row ran, 2 for bad input (nothing runs), 3 when some rows failed
 * (their rows carry the error; the others are complete), 1 when the results cannot be written.
 */
final class SweepCommand {

    /** Exit status when some rows of a sweep failed at run time. */
    static final int ROWS_FAILED = 3;

    /** The sweep options of the command line. */
    record Options(String executor, Integer workers, String master) {
        static final Options DEFAULT = new Options(null, null, null);

        boolean given() {
            return executor != null || workers != null || master != null;
        }
    }

    private SweepCommand() {
    }

    /** Checks the options; returns a one-line error or null. */
    static String checkOptions(Options o) {
        String ex = o.executor() == null ? "local" : o.executor();
        if (!ex.equals("local") && !ex.equals("spark")) {
            return "--executor must be local or spark, got '" + o.executor() + "'";
        }
        if (o.workers() != null && !ex.equals("local")) {
            return "--workers applies to --executor local; for Spark give --master local[N] or a cluster URL";
        }
        if (o.master() != null && !ex.equals("spark")) {
            return "--master applies to --executor spark";
        }
        if (o.workers() != null && (o.workers() < 1 || o.workers() > 1024)) {
            return "--workers must be from 1 to 1024, got " + o.workers();
        }
        if (o.master() != null && o.master().isBlank()) {
            return "--master needs a URL: local[N], spark://HOST:PORT, yarn or k8s://...";
        }
        return null;
    }

    static int run(Scenario scenario, Options o, Path outDir, PrintStream out, PrintStream err, boolean progressShown) {
        long start = System.nanoTime();
        Sweep sweep;
        try {
            sweep = Sweep.read(scenario.source(), scenario.json());
        } catch (ScenarioException e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        }
        SweepResult result;
        List<String> written = new ArrayList<>();
        SweepExecutor chosen;
        try {
            chosen = executor(o);
        } catch (IllegalStateException e) {
            err.println(scenario.source() + ": " + e.getMessage());
            return 1;
        }
        try (SweepExecutor executor = chosen) {
            try {
                result = sweep.run(executor, progressShown ? SweepProgress.terminal(err) : SweepProgress.NONE);
            } catch (ScenarioException e) {
                err.println(e.getMessage());
                return Main.BAD_INPUT;
            }
            if (outDir != null) {
                try {
                    Files.createDirectories(outDir);
                    result.writeCsv(outDir.resolve(SweepResult.CSV));
                    written.add(SweepResult.CSV);
                    written.addAll(executor.writeExtra(result, outDir));
                } catch (IOException | UncheckedIOException e) {
                    err.println(outDir + ": cannot write the results: " + e.getMessage());
                    return 1;
                }
            }
            out.println(Json.write(result.json()));
            err.println(String.format(Locale.ROOT, "swept %s: %d points, %d rows, %d failed, in %.1f s on %s%s",
                    scenario.source(), result.points(), result.rows().size(), result.failed(),
                    (System.nanoTime() - start) / 1e9, executor.name(),
                    written.isEmpty() ? "" : "; " + String.join(", ", written) + " in " + outDir));
        }
        return result.failed() > 0 ? ROWS_FAILED : 0;
    }

    private static SweepExecutor executor(Options o) {
        if ("spark".equals(o.executor())) {
            return SweepExecutor.spark(o.master() == null ? "local[*]" : o.master());
        }
        return o.workers() == null ? SweepExecutor.local() : SweepExecutor.local(o.workers());
    }
}
