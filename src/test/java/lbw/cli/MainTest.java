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
import lbw.core.Workbench;
import lbw.queueing.ErlangC;
import lbw.queueing.MMcQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario CLI: happy path and the bad-input contract (one line, file + field + reason, status 2, no output). */
class MainTest {

    @TempDir
    Path dir;

    /** What a CLI run printed and returned. */
    record Run(int status, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path file(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
    }

    /** Runs a bad file and checks the whole contract; returns the error line. */
    private String badInput(String json) throws IOException {
        Path f = file("bad.json", json);
        Path out = dir.resolve("out");
        Run r = run("solve", f.toString(), "--out", out.toString());
        assertEquals(Main.BAD_INPUT, r.status(), r.err());
        assertEquals("", r.out(), "nothing on stdout");
        assertFalse(Files.exists(out), "nothing written");
        String line = r.err().strip();
        assertFalse(line.contains("\n"), "one line: " + line);
        assertTrue(line.startsWith(f.toString() + ": "), "names the file: " + line);
        return line;
    }

    @Test
    void solvesTheGettingStartedScenario() throws IOException {
        Path out = dir.resolve("results");
        Run r = run("solve", Workbench.data("getting-started-mmc.json").toString(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode j = r.json();
        double expected = ErlangC.solve(new MMcQueue(8, 1, 10)).meanResponse();
        assertEquals(expected, j.get("meanResponse").asDouble(), 0.0);
        assertEquals(0.8, j.get("utilization").asDouble(), 1e-15);
        assertTrue(Files.size(out.resolve("mmc-sweep.csv")) > 0);
        assertTrue(Files.size(out.resolve("mmc-response.png")) > 0);
    }

    @Test
    void missingFile() {
        Run r = run("solve", dir.resolve("nope.json").toString());
        assertEquals(Main.BAD_INPUT, r.status());
        assertEquals(dir.resolve("nope.json") + ": no such file", r.err().strip());
    }

    @Test
    void malformedJson() throws IOException {
        assertTrue(badInput("{\"model\": \"mmc\", ").contains("malformed JSON at line 1"));
    }

    @Test
    void unknownModel() throws IOException {
        String line = badInput("{\"model\": \"nope\"}");
        assertTrue(line.contains("field 'model': unknown model 'nope'; known models: mmc"), line);
    }

    @Test
    void missingModel() throws IOException {
        assertTrue(badInput("{\"servers\": 2}").contains("field 'model': is missing"));
    }

    @Test
    void missingField() throws IOException {
        String line = badInput("{\"model\": \"mmc\", \"arrivalRate\": 1, \"serviceRate\": 1}");
        assertTrue(line.endsWith("field 'servers': is missing"), line);
    }

    @Test
    void wrongType() throws IOException {
        String line = badInput("{\"model\": \"mmc\", \"arrivalRate\": \"fast\", \"serviceRate\": 1, \"servers\": 2}");
        assertTrue(line.contains("field 'arrivalRate': must be a number"), line);
    }

    @Test
    void invalidValue() throws IOException {
        String line = badInput("{\"model\": \"mmc\", \"arrivalRate\": 5, \"serviceRate\": 1, \"servers\": 2}");
        assertTrue(line.contains("field 'arrivalRate': arrivalRate = 5.0: the queue is unstable"), line);
        line = badInput("{\"model\": \"mmc\", \"arrivalRate\": 1, \"serviceRate\": -1, \"servers\": 2}");
        assertTrue(line.contains("field 'serviceRate': serviceRate = -1.0: must be positive"), line);
    }

    @Test
    void unknownField() throws IOException {
        String line = badInput("{\"model\": \"mmc\", \"arrivalRate\": 1, \"serviceRate\": 1, \"servers\": 2, \"sever\": 3}");
        assertTrue(line.contains("field 'sever': unknown field"), line);
    }

    @Test
    void commandLineMistakes() {
        assertEquals(Main.USAGE, run().status());
        assertEquals(Main.USAGE, run("solve").status());
        assertEquals(Main.USAGE, run("solve", "a.json", "--frobnicate").status());
        assertEquals(Main.USAGE, run("launch").status());
        assertEquals(0, run("--help").status());
        assertTrue(run("models").out().contains("mmc"));
    }
}
