package lbw.sweep;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import lbw.core.Workbench;

/**
 * Finds the Spark executor, which lives outside the main jar ({@code target/spark}) so that Spark stays off the
 * notebook kernel's class path. With Spark's classes on the class path (the CLI started by
 * {@code ./workbench solve --executor spark}) it runs in this JVM; without them (a notebook) the rows run in a child
 * JVM that has them: the plan goes over in a file, the rows come back as JSON lines.
 */
final class SparkLauncher {

    /** The Spark executor's class, compiled from src/spark/java into target/spark. */
    static final String SPARK_EXECUTOR = "lbw.sweep.spark.SparkExecutor";
    /** The child JVM's entry point. */
    static final String SPARK_WORKER = "lbw.sweep.spark.SparkWorker";

    private SparkLauncher() {
    }

    static SweepExecutor executor(String master) {
        if (master == null || master.isBlank()) {
            throw new IllegalArgumentException("master: needs a URL such as local[*], spark://HOST:7077, yarn or k8s://...");
        }
        try {
            Class<?> c = Class.forName(SPARK_EXECUTOR);
            return (SweepExecutor) c.getConstructor(String.class).newInstance(master);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            return new ChildJvm(master.strip(), null);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        }
    }

    /** Spark in a child JVM started with the project's Spark class path and JVM options. */
    /** How long to wait, after the child has exited, for the rest of its stderr (progress lines). */
    private static final long STDERR_DRAIN_MILLIS = 60_000;

    static final class ChildJvm implements SweepExecutor {
        private final String master;
        private final List<String> classPath;

        /** {@code classPath} null: the project's built jars (target/, target/lib, target/spark). */
        ChildJvm(String master, List<String> classPath) {
            this.master = master;
            this.classPath = classPath;
        }

        @Override
        public String name() {
            return "spark " + master + " (child JVM)";
        }

        @Override
        public List<SweepRow> run(SweepPlan plan, int[] rows, SweepProgress progress) {
            Path home = Workbench.home();
            Path options = home.resolve("src/spark/jvm.options");
            List<String> cp = classPath != null ? classPath : projectClassPath(home);
            Path planFile = null;
            try {
                planFile = Files.createTempFile("lbw-sweep-plan", ".bin");
                try (ObjectOutputStream o = new ObjectOutputStream(Files.newOutputStream(planFile))) {
                    o.writeObject(plan);
                    o.writeObject(rows);
                }
                String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
                ProcessBuilder pb = new ProcessBuilder(javaBin, "@" + options, "-Djava.awt.headless=true",
                        "-Dlbw.home=" + home, "-cp", String.join(java.io.File.pathSeparator, cp), SPARK_WORKER, master,
                        planFile.toString());
                Process p = pb.start();
                p.getOutputStream().close();
                Deque<String> errTail = new ArrayDeque<>();
                Thread errReader = new Thread(() -> {
                    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = r.readLine()) != null; ) {
                            if (line.startsWith("progress ")) {
                                progress.advance(Integer.parseInt(line.substring("progress ".length())));
                            } else {
                                synchronized (errTail) {
                                    errTail.addLast(line);
                                    if (errTail.size() > 20) {
                                        errTail.removeFirst();
                                    }
                                }
                            }
                        }
                    } catch (IOException e) {
                        // the child ended; its exit status says how
                    }
                }, "spark-child-stderr");
                errReader.setDaemon(true);
                errReader.start();
                List<SweepRow> out = new ArrayList<>();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        out.add(SweepRow.fromWire(line));
                    }
                } catch (IOException e) {
                    p.destroyForcibly();
                    throw new UncheckedIOException(e);
                }
                int status;
                try {
                    status = p.waitFor();
                    // The child has exited; the progress lines still in its stderr pipe must reach the caller. On a
                    // loaded machine draining them can take longer than a few seconds.
                    errReader.join(STDERR_DRAIN_MILLIS);
                } catch (InterruptedException e) {
                    p.destroyForcibly();
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("the sweep was interrupted", e);
                }
                if (status != 0) {
                    synchronized (errTail) {
                        String said = errTail.stream().filter(l -> l.startsWith("error: ")).findFirst()
                                .map(l -> l.substring("error: ".length())).orElse(String.join(" | ", errTail));
                        throw new IllegalStateException("the Spark child JVM failed (exit " + status + "): " + said);
                    }
                }
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the Spark child JVM: " + e.getMessage(), e);
            } finally {
                if (planFile != null) {
                    try {
                        Files.deleteIfExists(planFile);
                    } catch (IOException e) {
                        // a temporary file left behind is harmless
                    }
                }
            }
        }

        /** The built project's class path for Spark: the project jar, the Spark executor's jar and both libraries. */
        private static List<String> projectClassPath(Path home) {
            Path spark = home.resolve("target/spark");
            List<String> cp = new ArrayList<>();
            try {
                cp.add(jar(home.resolve("target"), "lb-workbench-", ""));
                cp.add(jar(spark, "lb-workbench-", "-spark"));
                try (Stream<Path> lib = Files.list(home.resolve("target/lib"))) {
                    lib.filter(p -> !p.getFileName().toString().startsWith("slf4j-nop")).sorted()
                            .forEach(p -> cp.add(p.toString()));
                }
                cp.add(spark.resolve("lib") + "/*");
            } catch (IOException | IllegalStateException e) {
                throw new IllegalStateException("the Spark executor is not built (" + e.getMessage()
                        + "): run ./workbench setup", e);
            }
            return cp;
        }

        private static String jar(Path dir, String prefix, String suffix) throws IOException {
            try (Stream<Path> s = Files.list(dir)) {
                return s.map(Path::getFileName).map(Path::toString)
                        .filter(n -> n.startsWith(prefix) && n.endsWith(suffix + ".jar") && !n.contains("kernel-patch")
                                && (suffix.isEmpty() ? !n.endsWith("-spark.jar") : true))
                        .findFirst().map(n -> dir.resolve(n).toString())
                        .orElseThrow(() -> new IllegalStateException("no " + prefix + "*" + suffix + ".jar in " + dir));
            }
        }
    }
}
