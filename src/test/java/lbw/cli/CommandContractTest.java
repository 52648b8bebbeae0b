package lbw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import lbw.core.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command's contract around the solvers: exit statuses, one-line messages, input-file checks, paths relative to
 * the caller's folder, and the atomic {@code --out} folder with {@code --force}.
 */
class CommandContractTest {

    private static final String MMC = "{\"model\": \"mmc\", \"arrivalRate\": 8, \"serviceRate\": 1, \"servers\": 10}";

    @TempDir
    Path dir;

    private static CliRun runIn(Path cwd, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), cwd);
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Status 2, nothing on stdout, exactly one line on stderr, and that line. */
    private static String refused(CliRun r) {
        assertEquals(Main.BAD_INPUT, r.status(), r.err());
        assertEquals("", r.out());
        String err = r.err();
        assertTrue(err.endsWith("\n") && err.indexOf('\n') == err.length() - 1, "one line: " + err);
        return err.strip();
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void relativePathsResolveAgainstTheCallersFolder() throws IOException {
        Path caller = Files.createDirectories(dir.resolve("caller"));
        Files.writeString(caller.resolve("local.json"), MMC);
        CliRun r = runIn(caller, "solve", "local.json", "--out", "relout");
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("mmc-response.png", "mmc-sweep.csv"), listing(caller.resolve("relout")));
        assertEquals(List.of("caller"), listing(dir), "nothing beside the caller's folder");
    }

    @Test
    void outIsWrittenAtomicallyAndReplacedOnlyWithForce() throws IOException {
        Path in = Files.writeString(dir.resolve("s.json"), MMC);
        Path out = dir.resolve("results");
        assertEquals(0, runIn(dir, "solve", "s.json", "--out", "results").status());
        Files.writeString(out.resolve("stale.csv"), "old");
        String line = refused(runIn(dir, "solve", in.toString(), "--out", "results"));
        assertTrue(line.contains("already exists; add --force"), line);
        assertTrue(Files.exists(out.resolve("stale.csv")), "untouched without --force");
        CliRun forced = runIn(dir, "solve", "s.json", "--out", "results", "--force");
        assertEquals(0, forced.status(), forced.err());
        assertEquals(List.of("mmc-response.png", "mmc-sweep.csv"), listing(out), "old files gone");
        assertEquals(List.of("results", "s.json"), listing(dir), "no temporary folder left");
    }

    @Test
    void badOutTargetsAreRefusedWithTheReason() throws IOException {
        Files.writeString(dir.resolve("s.json"), MMC);
        assertTrue(refused(runIn(dir, "solve", "s.json", "--out", "")).contains("--out: the name is empty"));
        Files.writeString(dir.resolve("afile"), "x");
        assertTrue(refused(runIn(dir, "solve", "s.json", "--out", "afile")).contains("exists and is not a folder"));
        assertTrue(refused(runIn(dir, "solve", "s.json", "--out", "afile/sub")).endsWith("cannot create the folder: not a directory"));
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (!Files.isWritable(locked)) { // root may write anywhere
                String line = refused(runIn(dir, "solve", "s.json", "--out", "locked/results"));
                assertTrue(line.contains("permission denied"), line);
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertEquals(List.of("afile", "locked", "s.json"), listing(dir));
        assertEquals(List.of(), listing(locked));
    }

    @Test
    void refusedInputWritesNothingNotEvenParents() throws IOException {
        Files.writeString(dir.resolve("bad.json"), "{\"model\": \"mmc\", \"arrivalRate\": 20, \"serviceRate\": 1, \"servers\": 10}");
        String line = refused(runIn(dir, "solve", "bad.json", "--out", "a/b/c"));
        assertTrue(line.startsWith("bad.json: field 'arrivalRate': "), line);
        assertEquals(List.of("bad.json"), listing(dir));
    }

    @Test
    void inputMustBeARegularUtf8FileUnderTheSizeLimit() throws IOException, InterruptedException {
        assertTrue(refused(runIn(dir, "solve", "/dev/zero")).endsWith("/dev/zero: is not a regular file (a device, "
                + "FIFO or socket): give a .json file"));
        Path fifo = dir.resolve("fifo.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertTrue(refused(runIn(dir, "solve", "fifo.json")).startsWith("fifo.json: is not a regular file"));
        assertTrue(refused(runIn(dir, "solve", ".")).endsWith("is a folder, not a scenario file"));
        Path big = dir.resolve("big.json");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {' '}), lbw.scenario.Scenario.MAX_FILE_BYTES);
        }
        assertTrue(refused(runIn(dir, "solve", "big.json")).contains("scenario files are limited to"));
        Files.write(dir.resolve("latin1.json"), "{\"model\": \"mmc\", \"description\": \"caf\u00e9\"}"
                .getBytes(StandardCharsets.ISO_8859_1));
        String line = refused(runIn(dir, "solve", "latin1.json"));
        assertTrue(line.startsWith("latin1.json: is not UTF-8 text: invalid byte 0xE9 at byte offset 36 (line 1)"), line);
        Files.write(dir.resolve("utf16.json"), MMC.getBytes(StandardCharsets.UTF_16));
        assertTrue(refused(runIn(dir, "solve", "utf16.json")).contains("is UTF-16 text"));
        Files.write(dir.resolve("bom.json"), ("\uFEFF" + MMC).getBytes(StandardCharsets.UTF_8));
        assertEquals(0, runIn(dir, "solve", "bom.json").status(), "a UTF-8 byte-order mark is fine");
    }

    @Test
    void nullIsRefusedForEveryFieldAndDescriptionIsShortText() throws IOException {
        Files.writeString(dir.resolve("n.json"), MMC.replace("\"servers\": 10", "\"servers\": null"));
        assertTrue(refused(runIn(dir, "solve", "n.json")).contains("field 'servers': is null"));
        Files.writeString(dir.resolve("m.json"), MMC.replace("\"mmc\"", "null"));
        assertTrue(refused(runIn(dir, "solve", "m.json")).contains("field 'model': is missing"));
        Files.writeString(dir.resolve("d.json"), MMC.replace("{", "{\"description\": 5, "));
        assertTrue(refused(runIn(dir, "solve", "d.json")).contains("field 'description': must be a string"));
        Files.writeString(dir.resolve("o.json"), MMC.replace("{", "{\"description\": {\"a\": 1}, "));
        assertTrue(refused(runIn(dir, "solve", "o.json")).contains("field 'description': must be a string"));
        Files.writeString(dir.resolve("l.json"), MMC.replace("{", "{\"description\": \"" + "x".repeat(5000) + "\", "));
        assertTrue(refused(runIn(dir, "solve", "l.json")).contains("field 'description': has 5000 characters"));
    }

    @Test
    void messagesStayOnOneLineWhateverTheInputHolds() throws IOException {
        Files.writeString(dir.resolve("nl.json"), MMC.replace("}", ", \"a\\nb\\r\\u2028c\": 1}"));
        String line = refused(runIn(dir, "solve", "nl.json"));
        assertTrue(line.contains("field 'a\\nb\\r\\u2028c': unknown field"), line);
        Files.writeString(dir.resolve("long.json"), MMC.replace("}", ", \"" + "k".repeat(100_000) + "\": 1}"));
        assertTrue(refused(runIn(dir, "solve", "long.json")).length() <= Main.MAX_LINE + 3);
        String name = "we\nird.json";
        Files.writeString(dir.resolve(name), "[]");
        assertTrue(refused(runIn(dir, "solve", name)).startsWith("we\\nird.json: expected a JSON object"));
    }

    @Test
    void commandLineMistakesAreStatusTwoWithOneLine() {
        assertTrue(refused(runIn(dir, "solve")).contains("needs a scenario file"));
        assertTrue(refused(runIn(dir, "solve", "a.json", "--frobnicate")).contains("unknown option '--frobnicate'"));
        assertTrue(refused(runIn(dir, "solve", "a.json", "b.json")).contains("one scenario file"));
        assertTrue(refused(runIn(dir, "solve", "a.json", "--force")).contains("--force"));
        assertTrue(refused(runIn(dir, "solve", "a.json", "--out")).contains("--out needs a folder"));
        assertTrue(refused(runIn(dir, "launch")).contains("unknown command"));
    }

    @Test
    void anInternalErrorIsOneLineWithStatusOneAndTheTraceOnlyWithDebug() throws IOException {
        Files.writeString(dir.resolve("s.json"), MMC);
        for (boolean debug : new boolean[] {false, true}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream failing = new PrintStream(new ByteArrayOutputStream()) {
                @Override
                public void println(String x) {
                    throw new IllegalStateException("stdout\nbroke");
                }
            };
            String[] args = debug ? new String[] {"solve", "s.json", "--debug"} : new String[] {"solve", "s.json"};
            int status = Main.run(args, failing, new PrintStream(err, true, StandardCharsets.UTF_8), dir);
            assertEquals(Main.INTERNAL_ERROR, status);
            String text = err.toString(StandardCharsets.UTF_8);
            String first = text.lines().findFirst().orElseThrow();
            assertEquals("internal error: IllegalStateException: stdout\\nbroke"
                    + (debug ? "" : " (run with --debug for the stack trace)"), first);
            assertEquals(debug, text.contains("\tat lbw.cli.Main"), text);
        }
    }

    @Test
    void anInterruptedSolveStopsPromptlyAndWritesNothing() throws Exception {
        Files.writeString(dir.resolve("long.json"), "{\"model\": \"offloading\", \"rho\": 0.9, \"K\": 5, "
                + "\"f\": 0.5, \"buffer\": 150, \"discount\": 0.9999}");
        // about 15 s of work on an idle 2-core machine (above the default work limit, hence --max-work), so the
        // interrupt after 1.5 s always lands inside the solve
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] status = {-1};
        Thread t = new Thread(() -> status[0] = Main.run(new String[] {"solve", "long.json", "--out", "res", "--max-work", "1e12"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8), dir));
        t.start();
        Thread.sleep(1500);
        assertTrue(t.isAlive(), "still solving after 1.5 s");
        long interrupted = System.nanoTime();
        t.interrupt();
        t.join(10_000);
        assertFalse(t.isAlive(), "stopped within 10 s of the interrupt");
        assertTrue(System.nanoTime() - interrupted < 10e9);
        assertEquals(Main.INTERNAL_ERROR, status[0]);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("stopped: "), err.toString(StandardCharsets.UTF_8));
        assertEquals(List.of("long.json"), listing(dir), "no --out folder, no temporary folder");
    }

    @Test
    void runsBeyondTheLimitsAreRefusedUpFrontNamingTheField() throws IOException {
        Files.writeString(dir.resolve("big.json"), "{\"model\": \"offloading\", \"rho\": 0.95, \"K\": 5, "
                + "\"f\": 0.5, \"buffer\": 400}");
        String line = refused(runIn(dir, "solve", "big.json", "--out", "res"));
        assertTrue(line.startsWith("big.json: field 'buffer': buffer = 400 (4 (N+1)^2 = 643,204 states) at rho = 0.95 "
                + "need about "), line);
        assertTrue(line.contains("above the limit of 1.0e11") && line.contains("--max-work"), line);
        String data = Workbench.data("bipartite-n-model.json").toString();
        String low = refused(runIn(dir, "solve", data, "--max-work", "1e5"));
        assertTrue(low.contains("field 'serviceRate'") || low.contains("field 'scales'"), low);
        assertTrue(refused(runIn(dir, "solve", data, "--max-work", "lots")).startsWith("--max-work 'lots': "));
        assertEquals(0, runIn(dir, "solve", data, "--max-work=1e12").status(), "a raised limit lets it run");
        assertEquals(List.of("big.json"), listing(dir));
    }

    @Test
    void convergenceMissesAreFoundAnywhereInTheResult() throws IOException {
        JsonNode ok = new ObjectMapper().readTree("{\"a\": {\"converged\": true}, \"c\": {\"converged\": [true]}}");
        assertEquals(List.of(), Convergence.misses(ok));
        JsonNode bad = new ObjectMapper().readTree("{\"solver\": {\"residual\": 0.5, \"tolerance\": 1e-9, "
                + "\"converged\": false}, \"s\": [{\"converged\": false, \"residual\": null}], "
                + "\"exact\": {\"converged\": [true, false]}}");
        assertEquals(List.of("solver (residual 0.5, tolerance 1.0E-9)", "s[0] (residual not finite)",
                "exact.converged[1]"), Convergence.misses(bad));
    }

    @Test
    void theDataFilesSolveWithStatusZero() {
        CliRun r = runIn(dir, "solve", Workbench.data("getting-started-mmc.json").toString());
        assertEquals(0, r.status(), r.err());
        assertFalse(r.out().isEmpty());
    }
}
