package lbw.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lbw.core.IoReason;
import lbw.scenario.Scenario;
import lbw.scenario.ScenarioException;
import lbw.sweep.Sweep;
import lbw.sweep.SweepExecutor;
import lbw.sweep.SweepResult;

/**
 * {@code solve SWEEP.json [--executor local|spark] [--workers N] [--master URL] [--out DIR [--force]]}: runs a sweep
 * scenario and prints its rows as JSON. Exit 0 when every row ran and converged; 2 for bad input (one line, nothing
 * runs, nothing is written); 3 when some rows failed or missed a tolerance (their rows carry the error in words; the
 * other rows are complete and printed); 1 when the results cannot be written or the executor cannot start.
 */
final class SweepCommand {

    /** Exit status when some rows failed or missed a tolerance: the same 3 as a single solve that did not converge. */
    static final int ROWS_FAILED = Main.NOT_CONVERGED;

    /** The sweep options of the command line. */
    record Options(String executor, Integer workers, String master) {
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

    /** Runs a loaded sweep scenario; progress shows through the {@link lbw.core.Work} listener (stderr on a terminal). */
    static int run(Scenario scenario, Options o, OutputFolder folder, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        Sweep sweep;
        try {
            sweep = Sweep.read(scenario.source(), scenario.json());
        } catch (ScenarioException e) {
            throw new Main.Refused(e.getMessage());
        }
        SweepExecutor chosen;
        try {
            chosen = executor(o);
        } catch (IllegalStateException e) {
            err.println(Main.oneLine(scenario.source() + ": " + e.getMessage()));
            return Main.INTERNAL_ERROR;
        }
        try (SweepExecutor executor = chosen) {
            SweepResult result;
            try {
                result = sweep.run(executor);
            } catch (ScenarioException e) {
                throw new Main.Refused(e.getMessage());
            }
            List<String> written = new ArrayList<>();
            if (folder != null) {
                try {
                    written.addAll(executor.writeExtra(result, folder.staging()));
                    folder.commit(Map.of(SweepResult.CSV, result.csv().getBytes(StandardCharsets.UTF_8)));
                    written.add(0, SweepResult.CSV);
                } catch (IOException | RuntimeException e) {
                    err.println(Main.oneLine("--out " + folder.shown() + ": cannot write the results: " + IoReason.of(e)
                            + "; nothing was written"));
                    return Main.INTERNAL_ERROR;
                }
            }
            try {
                out.println(Json.MAPPER.writeValueAsString(result.json()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            out.flush();
            err.println(Main.oneLine(String.format(Locale.ROOT, "swept %s: %d points, %d rows, %d failed, in %.1f s on %s%s",
                    scenario.source(), result.points(), result.rows().size(), result.failed(),
                    (System.nanoTime() - start) / 1e9, executor.name(),
                    written.isEmpty() ? "" : "; " + String.join(", ", written) + " in " + folder.shown())));
            if (result.failed() > 0) {
                String first = result.rows().stream().filter(lbw.sweep.SweepRow::failed).findFirst()
                        .map(r -> "row " + r.index() + ": " + r.error()).orElse("");
                err.println(Main.oneLine(scenario.source() + ": " + result.failed() + " of " + result.rows().size()
                        + " rows failed (their rows say why; the first, " + first + ")"));
                return ROWS_FAILED;
            }
            return Main.OK;
        }
    }

    private static SweepExecutor executor(Options o) {
        if ("spark".equals(o.executor())) {
            return SweepExecutor.spark(o.master() == null ? "local[*]" : o.master());
        }
        return o.workers() == null ? SweepExecutor.local() : SweepExecutor.local(o.workers());
    }
}
