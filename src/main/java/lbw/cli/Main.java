package lbw.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import lbw.present.Charts;
import lbw.present.Plots;
import lbw.present.Tables;
import lbw.report.ModelDescriptor;
import lbw.report.Models;
import lbw.report.Plot;
import lbw.report.Report;
import lbw.scenario.Scenario;
import lbw.scenario.ScenarioException;
import tech.tablesaw.api.Table;

/**
 * The scenario CLI: {@code solve FILE.json [--out DIR]} runs the model the file names (found among the
 * {@link ModelDescriptor}s through {@link Models}) and prints its {@link Report} as JSON on stdout;
 * {@code --out DIR} also writes its tables as CSV and its charts as PNG; one line on stderr gives the time taken. Bad
 * input prints one line naming the file, the field and the reason, exits with status 2, and writes nothing.
 */
public final class Main {

    /** Exit status for bad input (file, JSON, model or field). */
    public static final int BAD_INPUT = 2;
    /** Exit status for a bad command line. */
    public static final int USAGE = 64;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the CLI and returns its exit status (the testable entry point). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(usage());
            return args.length == 0 ? USAGE : 0;
        }
        if (args[0].equals("models")) {
            for (ModelDescriptor<?> d : Models.all()) {
                out.println(d.name() + "\t" + d.description());
            }
            return 0;
        }
        if (!args[0].equals("solve")) {
            err.println("unknown command '" + args[0] + "'; try: solve FILE.json [--out DIR], models, --help");
            return USAGE;
        }
        Path file = null;
        Path outDir = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--out")) {
                if (i + 1 >= args.length) {
                    err.println("--out needs a folder: solve FILE.json --out DIR");
                    return USAGE;
                }
                outDir = Path.of(args[++i]);
            } else if (a.startsWith("--out=")) {
                outDir = Path.of(a.substring("--out=".length()));
            } else if (a.startsWith("-")) {
                err.println("unknown option '" + a + "'; solve takes FILE.json and --out DIR");
                return USAGE;
            } else if (file == null) {
                file = Path.of(a);
            } else {
                err.println("solve takes one scenario file, got '" + file + "' and '" + a + "'");
                return USAGE;
            }
        }
        if (file == null) {
            err.println("solve needs a scenario file: solve FILE.json [--out DIR]");
            return USAGE;
        }
        Report solution;
        long start = System.nanoTime();
        try {
            solution = solve(file);
        } catch (ScenarioException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        }
        if (outDir != null) {
            try {
                write(solution, outDir);
            } catch (UncheckedIOException e) {
                err.println(outDir + ": cannot write the results: " + e.getCause().getMessage());
                return 1;
            }
        }
        out.println(Json.write(solution));
        err.println(String.format(java.util.Locale.ROOT, "solved %s in %.1f s%s", file, (System.nanoTime() - start) / 1e9,
                outDir == null ? "" : "; tables and charts in " + outDir));
        return 0;
    }

    /** Loads a scenario file and solves it with the model it names. */
    public static Report solve(Path file) {
        Scenario scenario = Scenario.load(file);
        String model = scenario.model();
        ModelDescriptor<?> descriptor = Models.find(model).orElseThrow(() -> new ScenarioException(scenario.source(),
                "model", "unknown model '" + model + "'; known models: " + Models.names()));
        return descriptor.solve(scenario.fields());
    }

    static void write(Report s, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Map.Entry<String, Table> t : s.tables().entrySet()) {
            Tables.writeCsv(t.getValue(), dir.resolve(t.getKey() + ".csv"));
        }
        for (Map.Entry<String, Plot> c : s.charts().entrySet()) {
            Charts.writePng(Plots.draw(c.getValue()), dir.resolve(c.getKey() + ".png"));
        }
    }

    static String usage() {
        StringBuilder sb = new StringBuilder();
        sb.append("usage: workbench solve FILE.json [--out DIR]\n")
          .append("       workbench models\n\n")
          .append("Runs the scenario file's model and prints the results as JSON on stdout; --out DIR also writes\n")
          .append("its tables as CSV and its charts as PNG. Bad input exits with status 2 and one line on stderr.\n\n")
          .append("models:\n");
        for (ModelDescriptor<?> d : Models.all()) {
            sb.append(String.format("  %-20s %s%n", d.name(), d.description()));
        }
        return sb.toString();
    }
}
