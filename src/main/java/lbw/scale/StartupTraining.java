package lbw.scale;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lbw.cli.Main;

/**
 * The training run behind the command line's class-data archive: the {@code workbench} launcher runs this class
 * once per build in a JVM started with {@code -XX:ArchiveClassesAtExit}, and every later {@code ./workbench solve}
 * maps the classes it loaded instead of loading and verifying them again (JVM AppCDS; the same for the notebook
 * kernel, see docs/kernel.md). It solves the smallest quick-mode scenario of each model of the scale report, once
 * with {@code --out} (tables and charts, so the CSV and PNG writers are archived too), then lists the models and
 * refuses one bad file, with all output discarded. It exits with status 1 if some solve did not exit with 0 or 3
 * (the launcher then keeps no archive and says so).
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        List<String> failed = run();
        if (!failed.isEmpty()) {
            System.err.println("training solves failed: " + String.join(", ", failed));
            System.exit(1);
        }
    }

    /** Runs the training solves in a temporary folder (removed afterwards); returns the models whose solve failed. */
    static List<String> run() throws IOException {
        Path dir = Files.createTempDirectory("lbw-cds-training");
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        List<String> failed = new ArrayList<>();
        try {
            for (ScaleReport.Family f : ScaleReport.families()) {
                int size = f.quickSizes()[0];
                Path file = dir.resolve(f.model() + ".json");
                Files.writeString(file, ScaleReport.JSON.writeValueAsString(f.scenario().apply(size)),
                        StandardCharsets.UTF_8);
                int status = Main.run(new String[] {"solve", file.getFileName().toString(), "--out", f.model()},
                        discard, discard, dir);
                if (status != Main.OK && status != Main.NOT_CONVERGED) {
                    failed.add(f.model() + " (exit " + status + ")");
                }
            }
            Main.run(new String[] {"models"}, discard, discard, dir);
            Files.writeString(dir.resolve("bad.json"), "{\"model\": \"offloading\", \"rho\": 2}", StandardCharsets.UTF_8);
            Main.run(new String[] {"solve", "bad.json"}, discard, discard, dir);
        } finally {
            deleteTree(dir);
        }
        return failed;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
