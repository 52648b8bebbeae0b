package lbw.scale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import lbw.bipartite.BipartiteModel;
import lbw.bipartite.RandomInstances;
import lbw.bipartite.ServiceRate;
import lbw.setupdelays.SetupDelayModel;

/**
 * {@code ./workbench scale}: runs each model's {@code solve} on generated scenarios of growing size, each in its own
 * JVM (so that memory is measured per run and nothing is shared between runs), and prints a table of size, seconds, CPU
 * time and peak memory, then how the CPU time grows with size. Runs over the time limit are stopped and reported as such.
 *
 * <p>The generated scenarios: setup delays {@code m = n} random ({@link SetupDelayModel#random}, load 0.9, eps
 * 0.01, c~ = 0.99 c, horizon 60); offloading configuration (a) ({@code rho = 0.5, K = 5, f = 0.5}) at growing
 * buffers; bipartite {@code F = B} random with degree 5 ({@link RandomInstances}, load 0.8, horizon 50, scales 10
 * and 100); M/M/c at 80% load with growing {@code c}.
 */
public final class ScaleReport {

    /** One model's family of generated scenarios. */
    record Family(String model, String sizeName, int[] sizes, int[] quickSizes, IntFunction<ObjectNode> scenario) {
    }

    /** One measured run. */
    record Row(String model, String size, int n, int status, double solveSeconds, double processSeconds,
               double cpuSeconds,
               long peakHeap, long peakRss, boolean stopped, String message) {
    }

    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * System property naming the command line's class-data archive (set by the {@code workbench} launcher): each
     * size's JVM then starts as {@code ./workbench solve} starts, with that archive.
     */
    static final String CDS_ARCHIVE_PROPERTY = "lbw.scale.cdsArchive";

    private ScaleReport() {
    }

    static List<Family> families() {
        return List.of(
                new Family("setup-delays", "m = n", new int[] {10, 25, 50, 100}, new int[] {5, 10},
                        ScaleReport::setupDelays),
                new Family("offloading", "buffer", new int[] {50, 100, 200, 300}, new int[] {30, 40},
                        ScaleReport::offloading),
                new Family("bipartite", "F = B", new int[] {100, 250, 500, 1000, 2000}, new int[] {20, 50},
                        ScaleReport::bipartite),
                new Family("mmc", "servers", new int[] {10, 100, 1000}, new int[] {10, 100}, ScaleReport::mmc));
    }

    static ObjectNode setupDelays(int n) {
        SetupDelayModel m = SetupDelayModel.random(n, n, 0.9, 2025);
        ObjectNode o = head("setup-delays", "random " + n + " x " + n + " system, load 0.9 (scale report)");
        o.set("capacity", array(m.capacity()));
        o.set("arrivalRate", array(m.arrivalRate()));
        ArrayNode tau = o.putArray("setupTime");
        for (double[] row : m.setupTime()) {
            tau.add(array(row));
        }
        o.put("epsilon", 0.01);
        o.put("capacityMargin", 0.99);
        o.put("horizon", 60);
        return o;
    }

    static ObjectNode offloading(int buffer) {
        ObjectNode o = head("offloading", "configuration (a) at buffer " + buffer + " (scale report)");
        o.put("rho", 0.5);
        o.put("K", 5);
        o.put("f", 0.5);
        o.put("mu0", 1.0);
        o.put("buffer", buffer);
        o.put("discount", 0.99);
        return o;
    }

    static ObjectNode bipartite(int size) {
        BipartiteModel m = RandomInstances.create(size, size, 5, 0.8, 2025);
        ObjectNode o = head("bipartite", "random F = B = " + size + ", degree 5, load 0.8 (scale report)");
        o.set("arrivalRate", array(m.arrivalRate()));
        ArrayNode rates = o.putArray("serviceRate");
        for (int b = 0; b < m.backends(); b++) {
            ObjectNode r = rates.addObject();
            ServiceRate l = m.rate(b);
            if (l instanceof ServiceRate.Saturating s) {
                r.put("family", "saturating");
                r.put("max", s.max());
                r.put("half", s.half());
            } else if (l instanceof ServiceRate.Exponential e) {
                r.put("family", "exponential");
                r.put("max", e.max());
                r.put("scale", e.scale());
            } else {
                throw new IllegalStateException("unexpected service-rate family " + l);
            }
        }
        ArrayNode edges = o.putArray("edges");
        for (int[] e : m.edges()) {
            edges.addArray().add(e[0]).add(e[1]);
        }
        o.set("initialWorkload", array(new double[size]));
        o.put("horizon", 50);
        o.putArray("scales").add(10).add(100);
        o.put("seed", 2024);
        return o;
    }

    static ObjectNode mmc(int servers) {
        ObjectNode o = head("mmc", servers + " unit-rate servers at 80% load (scale report)");
        o.put("arrivalRate", 0.8 * servers);
        o.put("serviceRate", 1.0);
        o.put("servers", servers);
        return o;
    }

    private static ObjectNode head(String model, String description) {
        ObjectNode o = JSON.createObjectNode();
        o.put("model", model);
        o.put("description", description);
        return o;
    }

    private static ArrayNode array(double[] v) {
        ArrayNode a = JSON.createArrayNode();
        for (double x : v) {
            a.add(x);
        }
        return a;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean quick = false;
        double timeout = 300;
        List<String> only = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--timeout" -> {
                    if (i + 1 >= args.length) {
                        err.println("scale: --timeout needs a number of seconds");
                        return 2;
                    }
                    try {
                        timeout = Double.parseDouble(args[++i]);
                    } catch (NumberFormatException e) {
                        timeout = Double.NaN;
                    }
                    if (!(timeout > 0) || Double.isInfinite(timeout)) {
                        err.println("scale: --timeout " + args[i] + ": must be a positive number of seconds");
                        return 2;
                    }
                }
                case "--model" -> {
                    if (i + 1 >= args.length) {
                        err.println("scale: --model needs a model name");
                        return 2;
                    }
                    only.add(args[++i]);
                }
                default -> {
                    err.println("scale: unknown argument " + args[i] + usage());
                    return 2;
                }
            }
        }
        List<Family> families = new ArrayList<>();
        for (Family f : families()) {
            if (only.isEmpty() || only.contains(f.model())) {
                families.add(f);
            }
        }
        for (String m : only) {
            if (families.stream().noneMatch(f -> f.model().equals(m))) {
                err.println("scale: --model " + m + ": not one of " + families().stream().map(Family::model).toList());
                return 2;
            }
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("lbw-scale");
        } catch (IOException e) {
            err.println("scale: cannot create a temporary folder: " + e.getMessage());
            return 1;
        }
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        out.println(header());
        out.flush();
        try {
            for (Family f : families) {
                List<Row> list = new ArrayList<>();
                rows.put(f.model(), list);
                for (int size : quick ? f.quickSizes() : f.sizes()) {
                    err.println("[scale] " + f.model() + " " + f.sizeName() + " = " + size + " ...");
                    Row r = measure(f, size, dir, timeout);
                    list.add(r);
                    out.println(format(r));
                    out.flush();
                    if (r.stopped()) {
                        break;
                    }
                }
            }
        } catch (IOException e) {
            err.println("scale: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("scale: interrupted");
            return 1;
        } finally {
            deleteQuietly(dir);
        }
        out.println();
        out.println("solve s: the solve in a fresh JVM (class loading and JIT included); process s: the whole JVM;");
        out.println("CPU s: the CPU time of the whole JVM, all threads (JIT compilers and GC included), which depends");
        out.println("much less than the seconds on what else the machine is running;");
        out.println("exit 3 *: results printed but something named by solve did not converge within its horizon.");
        out.println();
        out.println("Growth of the CPU time with size (local exponent d log t / d log size between neighbours):");
        for (Map.Entry<String, List<Row>> e : rows.entrySet()) {
            out.println("  " + e.getKey() + ": " + growth(e.getValue()));
        }
        return 0;
    }

    static String usage() {
        return "\nusage: ./workbench scale [--quick] [--model NAME]... [--timeout SECONDS]";
    }

    private static Row measure(Family f, int size, Path dir, double timeout) throws IOException, InterruptedException {
        Path file = dir.resolve(f.model() + "-" + size + ".json");
        Files.writeString(file, JSON.writeValueAsString(f.scenario().apply(size)), StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(childCommand(java, System.getProperty(CDS_ARCHIVE_PROPERTY), file));
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Path outFile = dir.resolve(f.model() + "-" + size + ".out");
        pb.redirectOutput(outFile.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        boolean done = p.waitFor((long) (timeout * 1000), TimeUnit.MILLISECONDS);
        double process = (System.nanoTime() - t0) / 1e9;
        String label = f.sizeName() + " = " + size;
        if (!done) {
            p.destroyForcibly();
            p.waitFor();
            return new Row(f.model(), label, size, -1, Double.NaN, process, Double.NaN, -1, -1, true,
                    "stopped after the " + fmt(timeout) + " s limit");
        }
        String line = Files.readString(outFile, StandardCharsets.UTF_8).strip();
        String[] parts = line.split(" ", 6);
        if (parts.length < 5) {
            return new Row(f.model(), label, size, p.exitValue(), Double.NaN, process, Double.NaN, -1, -1, false,
                    "the probe failed (exit " + p.exitValue() + ")");
        }
        return new Row(f.model(), label, size, Integer.parseInt(parts[0]), Double.parseDouble(parts[1]), process,
                Double.parseDouble(parts[2]), Long.parseLong(parts[3]), Long.parseLong(parts[4]), false,
                parts.length > 5 ? parts[5] : "");
    }

    /** The command line of one size's JVM: headless, with the class-data archive when one is given. */
    static List<String> childCommand(String java, String archive, Path scenario) {
        List<String> command = new ArrayList<>(List.of(java, "-Djava.awt.headless=true"));
        if (archive != null && !archive.isBlank()) {
            command.addAll(List.of("-Xlog:disable", "-XX:SharedArchiveFile=" + archive));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ScaleProbe.class.getName(),
                scenario.toString()));
        return command;
    }

    static String header() {
        return String.format(Locale.ROOT, "| %-12s | %-16s | %9s | %9s | %9s | %13s | %12s | %-6s |%n"
                        + "|%s|%s|%s|%s|%s|%s|%s|%s|",
                "model", "size", "solve s", "process s", "CPU s", "peak heap MB", "peak RSS MB", "exit",
                "-".repeat(14), "-".repeat(18), "-".repeat(10) + ":", "-".repeat(10) + ":", "-".repeat(10) + ":",
                "-".repeat(14) + ":", "-".repeat(13) + ":", "-".repeat(8));
    }

    static String format(Row r) {
        String exit = r.stopped() ? "stop" : switch (r.status()) {
            case 0 -> "0";
            case 3 -> "3 *";
            default -> String.valueOf(r.status());
        };
        return String.format(Locale.ROOT, "| %-12s | %-16s | %9s | %9s | %9s | %13s | %12s | %-6s |", r.model(),
                r.size(), Double.isNaN(r.solveSeconds()) ? "-" : String.format(Locale.ROOT, "%.2f", r.solveSeconds()),
                (r.stopped() ? "> " : "") + String.format(Locale.ROOT, "%.2f", r.processSeconds()),
                Double.isNaN(r.cpuSeconds()) ? "-" : String.format(Locale.ROOT, "%.2f", r.cpuSeconds()),
                mb(r.peakHeap()), mb(r.peakRss()), exit);
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "-" : String.format(Locale.ROOT, "%.0f", bytes / 1048576.0);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /**
     * Local exponents between neighbouring sizes whose runs took at least 0.05 s, of the CPU time of the whole JVM
     * where both runs report it (less disturbed by other work on the machine than the seconds), else of the solve's
     * seconds.
     */
    static String growth(List<Row> rows) {
        StringBuilder s = new StringBuilder();
        for (int k = 1; k < rows.size(); k++) {
            Row a = rows.get(k - 1);
            Row b = rows.get(k);
            if (b.stopped()) {
                s.append(s.length() > 0 ? ", " : "").append(b.n()).append(": stopped");
                continue;
            }
            boolean cpu = !Double.isNaN(a.cpuSeconds()) && !Double.isNaN(b.cpuSeconds());
            double ta = cpu ? a.cpuSeconds() : a.solveSeconds();
            double tb = cpu ? b.cpuSeconds() : b.solveSeconds();
            if (!(ta >= 0.05) || !(tb >= 0.05)) {
                continue;
            }
            double e = Math.log(tb / ta) / Math.log((double) b.n() / a.n());
            s.append(s.length() > 0 ? ", " : "").append(a.n()).append(" -> ").append(b.n())
                    .append(String.format(Locale.ROOT, ": t ~ size^%.1f", e));
        }
        return s.length() == 0 ? "(all runs under 0.05 s)" : s.toString();
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
