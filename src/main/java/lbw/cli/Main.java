package lbw.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import lbw.core.IoReason;
import lbw.core.Limits;
import lbw.present.Charts;
import lbw.present.Plots;
import lbw.report.ModelDescriptor;
import lbw.report.Models;
import lbw.report.Plot;
import lbw.report.Report;
import lbw.scenario.Scenario;
import lbw.scenario.ScenarioException;
import lbw.sweep.Sweep;
import tech.tablesaw.api.Table;

/**
 * The scenario CLI: {@code solve FILE.json [--out DIR [--force]] [--debug]} runs the model the file names (found
 * among the {@link ModelDescriptor}s through {@link Models}) and prints its {@link Report} as JSON on stdout; {@code --out DIR} also writes its tables as CSV and its charts as PNG, atomically.
 *
 * <p>The contract, for every input:
 * <ul>
 *   <li>status 0 ({@link #OK}): the result is printed (and written with {@code --out});</li>
 *   <li>status 2 ({@link #BAD_INPUT}): one line on stderr naming the file, the field (with its index path) and the
 *       reason - or the command-line argument and the reason; nothing on stdout, nothing written;</li>
 *   <li>status 3 ({@link #NOT_CONVERGED}): a solver missed its tolerance; the result is printed with
 *       {@code "converged": false}, its residual and tolerance, and one line on stderr names what did not converge;</li>
 *   <li>status 1 ({@link #INTERNAL_ERROR}): an unexpected failure, one line; {@code --debug} adds the stack trace.</li>
 * </ul>
 * Relative paths resolve against the caller's working directory: the {@code LBW_CALLER_DIR} environment variable
 * when the {@code workbench} launcher sets it, otherwise the JVM's own.
 */
public final class Main {

    /** Exit status: solved, every solver within its tolerance. */
    public static final int OK = 0;
    /** Exit status for an unexpected internal error. */
    public static final int INTERNAL_ERROR = 1;
    /** Exit status for bad input: the command line, the scenario file, one of its fields, or the --out target. */
    public static final int BAD_INPUT = 2;
    /** Exit status when a solver did not meet its tolerance (the result is printed and says so). */
    public static final int NOT_CONVERGED = 3;
    /** Exit status for a bad command line (the same as bad input). */
    public static final int USAGE = BAD_INPUT;

    static final String SWEEP_DESCRIPTION = "another model over a grid of its fields, with replications (docs/sweeps.md)";

    /** The longest line printed on stderr; longer messages are cut. */
    static final int MAX_LINE = 600;

    private Main() {
    }

    public static void main(String[] args) {
        if (Boolean.getBoolean(STDERR_IS_TERMINAL)) {
            lbw.core.Work.setListener(new lbw.core.TerminalProgress(System.err));
        }
        // SIGTERM and Ctrl-C: long loops stop at their next cancellation point while the --out cleanup runs.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> lbw.core.Work.cancelAll(
                "the process was asked to stop (SIGTERM or Ctrl-C)"), "lbw-cancel-on-exit"));
        String caller = System.getenv("LBW_CALLER_DIR");
        Path cwd = caller == null || caller.isBlank() ? Path.of("").toAbsolutePath() : Path.of(caller);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        System.exit(run(args, out, System.err, cwd));
    }

    /**
     * System property the launcher sets to {@code true} when standard error is a terminal (Java cannot tell): then long
     * work shows a progress line there. Standard output carries results only.
     */
    public static final String STDERR_IS_TERMINAL = "lbw.stderr.terminal";

    /** Runs the CLI in the JVM's working directory and returns its exit status (the testable entry point). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Path.of("").toAbsolutePath());
    }

    /** Runs the CLI with relative paths resolved against {@code cwd} and returns its exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err, Path cwd) {
        boolean debug = List.of(args).contains("--debug");
        try {
            return dispatch(args, out, err, cwd);
        } catch (Refused e) {
            err.println(oneLine(e.getMessage()));
            return BAD_INPUT;
        } catch (lbw.core.Work.Cancelled e) {
            err.println(oneLine("stopped: " + e.getMessage() + "; nothing was written"));
            return INTERNAL_ERROR;
        } catch (OutOfMemoryError e) {
            err.println(oneLine("out of memory (the JVM's heap is " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB): the scenario needs more than its estimate; please report it, or lower its size"));
            trace(e, err, debug);
            return INTERNAL_ERROR;
        } catch (StackOverflowError | Exception e) {
            err.println(oneLine("internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + (debug ? "" : " (run with --debug for the stack trace)")));
            trace(e, err, debug);
            return INTERNAL_ERROR;
        }
    }

    private static int dispatch(String[] args, PrintStream out, PrintStream err, Path cwd) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(usage());
            return args.length == 0 ? USAGE : OK;
        }
        if (args[0].equals("models")) {
            for (ModelDescriptor<?> d : Models.all()) {
                out.println(d.name() + "\t" + d.description());
            }
            out.println(Sweep.MODEL + "\t" + SWEEP_DESCRIPTION);
            return OK;
        }
        if (!args[0].equals("solve")) {
            throw new Refused("unknown command '" + args[0] + "'; try: solve FILE.json [--out DIR], models, --help");
        }
        String file = null;
        String outDir = null;
        boolean force = false;
        double maxWork = Limits.DEFAULT_MAX_WORK;
        String executor = null;
        String master = null;
        Integer workers = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--executor") || a.equals("--master") || a.equals("--workers")) {
                if (i + 1 >= args.length) {
                    throw new Refused(a + " needs a value: solve SWEEP.json [--executor local|spark] [--workers N]"
                            + " [--master URL]");
                }
                String v = args[++i];
                if (a.equals("--executor")) {
                    executor = v;
                } else if (a.equals("--master")) {
                    master = v;
                } else {
                    try {
                        workers = Integer.valueOf(v);
                    } catch (NumberFormatException e) {
                        throw new Refused("--workers must be a whole number, got '" + v + "'");
                    }
                }
            } else if (a.equals("--out")) {
                if (i + 1 >= args.length) {
                    throw new Refused("--out needs a folder: solve FILE.json --out DIR");
                }
                outDir = args[++i];
            } else if (a.startsWith("--out=")) {
                outDir = a.substring("--out=".length());
            } else if (a.equals("--max-work") || a.startsWith("--max-work=")) {
                String v = a.equals("--max-work") ? (i + 1 < args.length ? args[++i] : "") : a.substring(11);
                maxWork = maxWork(v);
            } else if (a.equals("--force")) {
                force = true;
            } else if (a.equals("--debug")) {
                continue;
            } else if (a.startsWith("-") && !a.equals("-")) {
                throw new Refused("unknown option '" + a + "'; solve takes FILE.json, --out DIR, --force, --max-work N and"
                        + " --debug, and for sweeps --executor, --workers and --master");
            } else if (file == null) {
                file = a;
            } else {
                throw new Refused("solve takes one scenario file, got '" + file + "' and '" + a + "'");
            }
        }
        if (file == null) {
            throw new Refused("solve needs a scenario file: solve FILE.json [--out DIR]");
        }
        if (force && outDir == null) {
            throw new Refused("--force replaces an existing --out folder: give --out DIR as well");
        }
        SweepCommand.Options sweepOptions = new SweepCommand.Options(executor, workers, master);
        String optionError = SweepCommand.checkOptions(sweepOptions);
        if (optionError != null) {
            throw new Refused(optionError);
        }
        Path input = resolve(cwd, file, "the scenario file");
        try (AutoCloseable limit = Limits.withMaxWork(maxWork)) {
            return solveAndWrite(input, file, outDir, force, sweepOptions, cwd, out, err);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double maxWork(String v) {
        try {
            double w = Double.parseDouble(v.strip());
            if (w > 0 && Double.isFinite(w)) {
                return w;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Refused("--max-work '" + v + "': give a positive number of work steps, e.g. --max-work 1e12");
    }

    private static int solveAndWrite(Path input, String file, String outDir, boolean force,
                                     SweepCommand.Options sweepOptions, Path cwd, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        Scenario scenario;
        try {
            scenario = Scenario.load(input, file);
            if (!scenario.model().equals(Sweep.MODEL) && sweepOptions.given()) {
                throw new Refused(file + ": --executor, --workers and --master apply to sweep scenarios"
                        + " (\"model\": \"sweep\") only");
            }
        } catch (ScenarioException e) {
            throw new Refused(e.getMessage());
        }
        OutputFolder folder = outDir == null ? null
                : OutputFolder.prepare(resolve(cwd, outDir, "--out"), outDir, force);
        lbw.table.TablesawStartup.initialize(); // before any report table: Tablesaw's start-up scan, made cheap
        try {
            if (scenario.model().equals(Sweep.MODEL)) {
                return SweepCommand.run(scenario, sweepOptions, folder, out, err);
            }
            Report solution;
            try {
                solution = solve(scenario);
            } catch (ScenarioException e) {
                throw new Refused(e.getMessage());
            }
            String json = Json.write(solution);
            if (folder != null) {
                Map<String, byte[]> files = render(solution);
                try {
                    folder.commit(files);
                } catch (IOException | RuntimeException e) {
                    err.println(oneLine("--out " + outDir + ": cannot write the results: " + IoReason.of(e)
                            + "; nothing was written"));
                    return INTERNAL_ERROR;
                }
            }
            out.println(json);
            out.flush();
            List<String> misses = Convergence.misses(solution, Json.of(solution));
            err.println(oneLine(String.format(Locale.ROOT, "solved %s in %.1f s%s", file,
                    (System.nanoTime() - start) / 1e9, folder == null ? "" : "; tables and charts in " + outDir)));
            if (!misses.isEmpty()) {
                err.println(oneLine(file + ": did not converge: " + String.join("; ", misses)));
                return NOT_CONVERGED;
            }
            return OK;
        } finally {
            if (folder != null) {
                folder.close();
            }
        }
    }

    /** Loads a scenario file and solves it with the model it names. */
    public static Report solve(Path file) {
        return solve(Scenario.load(file, file.toString()));
    }

    private static Report solve(Scenario scenario) {
        return CliScenarioRunner.descriptorFor(scenario).run(scenario);
    }

    /** The files {@code --out} writes, rendered in memory first so that writing is quick and all-or-nothing. */
    static Map<String, byte[]> render(Report s) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, Table> t : s.tables().entrySet()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                t.getValue().write().csv(w);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            files.put(t.getKey() + ".csv", bytes.toByteArray());
        }
        for (Map.Entry<String, Plot> c : s.charts().entrySet()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                ImageIO.write(Charts.image(Plots.draw(c.getValue())), "png", bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            files.put(c.getKey() + ".png", bytes.toByteArray());
        }
        for (Map.Entry<String, double[][]> m : Json.largeMatrices(s).entrySet()) {
            StringBuilder csv = new StringBuilder();
            for (double[] row : m.getValue()) {
                for (int j = 0; j < row.length; j++) {
                    csv.append(j == 0 ? "" : ",").append(row[j]);
                }
                csv.append('\n');
            }
            files.put(m.getKey(), csv.toString().getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static Path resolve(Path cwd, String path, String what) {
        if (path.isEmpty()) {
            throw new Refused((what.equals("--out") ? "--out" : what)
                    + ": the name is empty; give a " + (what.equals("--out") ? "folder" : "file"));
        }
        try {
            return cwd.resolve(path);
        } catch (InvalidPathException e) {
            throw new Refused(what + " '" + path + "': not a valid path: " + e.getReason());
        }
    }

    /**
     * One line: control characters (newlines from the input included) are shown as escapes and the line is cut
     * at {@link #MAX_LINE} characters.
     */
    static String oneLine(String message) {
        StringBuilder sb = new StringBuilder(Math.min(message.length(), MAX_LINE + 16));
        for (int i = 0; i < message.length() && sb.length() < MAX_LINE; i++) {
            char c = message.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        if (sb.length() >= MAX_LINE) {
            sb.setLength(MAX_LINE);
            sb.append("...");
        }
        return sb.toString();
    }

    private static void trace(Throwable e, PrintStream err, boolean debug) {
        if (debug) {
            StringWriter w = new StringWriter();
            e.printStackTrace(new PrintWriter(w));
            err.print(w);
        }
    }

    static String usage() {
        StringBuilder sb = new StringBuilder();
        sb.append("usage: workbench solve FILE.json [--out DIR [--force]] [--max-work N] [--debug]\n")
          .append("       workbench solve SWEEP.json [--executor local|spark] [--workers N] [--master URL] [--out DIR]\n")
          .append("       workbench models\n\n")
          .append("Runs the scenario file's model and prints the results as JSON on stdout; --out DIR also writes\n")
          .append("its tables as CSV and its charts as PNG, atomically (all files or none); an existing DIR is\n")
          .append("replaced only with --force. Relative paths are taken from the folder you run the command in.\n\n")
          .append("Exit status: 0 solved; 2 bad input (one line naming the file, field and reason; nothing\n")
          .append("written); 3 a solver missed its tolerance (the result says converged: false); 1 internal error\n")
          .append("(--debug prints its stack trace).\n\n")
          .append("A sweep scenario (\"model\": \"sweep\") runs another model over a grid of its fields: see\n")
          .append("docs/sweeps.md. It exits with status 3 when some grid points failed or missed a tolerance (their\n")
          .append("rows say why; the other rows are complete).\n\n")
          .append("Limits: each model estimates its work and memory before solving and refuses, naming the field,\n")
          .append("a run beyond " + String.format(Locale.ROOT, "%.0e", Limits.DEFAULT_MAX_WORK)
                  + " work steps (a few minutes; --max-work N changes it) or 70% of the JVM heap.\n\n")
          .append("models:\n");
        for (ModelDescriptor<?> d : Models.all()) {
            sb.append(String.format("  %-18s %s%n", d.name(), d.description()));
        }
        sb.append(String.format("  %-18s %s%n", Sweep.MODEL, SWEEP_DESCRIPTION));
        return sb.toString();
    }

    /** A refusal with its one-line message: exit status 2. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }
}
