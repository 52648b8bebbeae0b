package lbw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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



    private Path file(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
    }

    private String badInput(String json) throws IOException {
        return CliRun.badInput(dir, json);
    }

    @Test
    void solvesTheGettingStartedScenario() throws IOException {
        Path out = dir.resolve("results");
        CliRun r = CliRun.run("solve", Workbench.data("getting-started-mmc.json").toString(), "--out", out.toString());
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
        CliRun r = CliRun.run("solve", dir.resolve("nope.json").toString());
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
        assertTrue(line.contains("field 'model': unknown model 'nope'; known models: bipartite, mmc, offloading, "
                + "offloading-figure5, setup-delays"), line);
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
        assertEquals(Main.USAGE, CliRun.run().status());
        assertEquals(Main.USAGE, CliRun.run("solve").status());
        assertEquals(Main.USAGE, CliRun.run("solve", "a.json", "--frobnicate").status());
        assertEquals(Main.USAGE, CliRun.run("launch").status());
        assertEquals(0, CliRun.run("--help").status());
        assertTrue(CliRun.run("models").out().contains("mmc\tM/M/c queue (Erlang C)"));
    }
}
