package lbw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lbw.sweep.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code solve SWEEP.json}: rows against single solves, derived seeds, failing rows (exit 3), bad input (exit 2). */
class SweepCommandTest {

    @TempDir
    Path dir;

    private Path file(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
    }

    @Test
    void eachRowIsWhatSolvingThatPointAloneGives() throws IOException {
        Path sweep = file("s.json", "{\"model\": \"sweep\", \"scenario\": {\"model\": \"offloading\", \"rho\": 0.5,"
                + " \"K\": 5, \"f\": 0.5, \"buffer\": 30}, \"grid\": {\"rho\": [0.3, 0.6], \"K\": {\"from\": 2, \"to\": 4,"
                + " \"steps\": 2}}, \"collect\": [\"delay.optimal\", \"thresholds.cloudBusySM1\"]}");
        Path out = dir.resolve("rows");
        CliRun r = CliRun.run("solve", sweep.toString(), "--workers", "2", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode j = r.json();
        assertEquals("sweep", j.get("model").asText());
        assertEquals(4, j.get("points").intValue());
        assertEquals(0, j.get("failed").intValue());
        double[][] points = {{0.3, 2}, {0.3, 4}, {0.6, 2}, {0.6, 4}};
        for (int i = 0; i < 4; i++) {
            JsonNode row = j.get("rows").get(i);
            assertEquals(points[i][0], row.at("/point/rho").doubleValue(), 0.0);
            assertEquals((int) points[i][1], row.at("/point/K").intValue());
            assertTrue(row.get("error").isNull());
            Path single = file("p" + i + ".json", "{\"model\": \"offloading\", \"rho\": " + points[i][0] + ", \"K\": "
                    + (int) points[i][1] + ", \"f\": 0.5, \"buffer\": 30}");
            JsonNode alone = CliRun.run("solve", single.toString()).json();
            assertEquals(alone.at("/delay/optimal").doubleValue(), row.get("values").get("delay.optimal").doubleValue(), 0.0);
            assertEquals(alone.at("/thresholds/cloudBusySM1"), row.get("values").get("thresholds.cloudBusySM1"));
        }
        List<String> csv = Files.readAllLines(out.resolve("sweep-rows.csv"));
        assertEquals("rho,K,replication,delay.optimal,thresholds.cloudBusySM1,error", csv.get(0));
        assertEquals(5, csv.size());
        assertTrue(csv.get(1).startsWith("0.3,2,0," + j.at("/rows/0/values").get("delay.optimal").doubleValue() + ",\"["),
                csv.get(1));
        assertTrue(r.err().contains("4 points, 4 rows, 0 failed"), r.err());
    }

    @Test
    void replicationsOfASeededModelGetTheirDerivedSeeds() throws IOException {
        Path sweep = file("b.json", "{\"model\": \"sweep\", \"seed\": 7, \"replications\": 3, \"scenario\": {"
                + "\"model\": \"bipartite\", \"arrivalRate\": [0.4, 0.6], \"serviceRate\": ["
                + "{\"family\": \"saturating\", \"max\": 1, \"half\": 1}, {\"family\": \"saturating\", \"max\": 1, \"half\": 2}],"
                + " \"edges\": [[0, 0], [1, 0], [1, 1]], \"initialWorkload\": [2, 1], \"horizon\": 2, \"scales\": [10]},"
                + " \"grid\": {\"arrivalRate.0\": [0.3, 0.4]},"
                + " \"collect\": [\"stochastic.0.seed\", \"stochastic.0.distanceToFluid\", \"stochastic.0.path\"]}");
        CliRun r = CliRun.run("solve", sweep.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode rows = r.json().get("rows");
        assertEquals(6, rows.size());
        for (int i = 0; i < 6; i++) {
            // The bipartite model gives scale i the seed seed + i: scale 0 shows the derived seed itself.
            assertEquals(Seeds.derive(7, i / 3, i % 3), rows.get(i).at("/values").get("stochastic.0.seed").longValue());
        }
        // The path at 51 times from t = 0 (the initial workload (2, 1)) to the horizon 2.
        JsonNode path = rows.get(0).at("/values").get("stochastic.0.path");
        assertEquals(51, path.get("t").size());
        assertEquals(0.0, path.get("t").get(0).doubleValue(), 0.0);
        assertEquals(2.0, path.get("t").get(50).doubleValue(), 1e-12);
        assertEquals(2.0, path.at("/workload/0/0").doubleValue(), 0.0);
        assertEquals(1.0, path.at("/workload/1/0").doubleValue(), 0.0);
        java.util.Set<Double> distances = new java.util.HashSet<>();
        rows.forEach(row -> distances.add(row.at("/values").get("stochastic.0.distanceToFluid").doubleValue()));
        assertEquals(6, distances.size(), "every replication its own path");
        assertEquals(r.out(), CliRun.run("solve", sweep.toString(), "--workers", "1").out(), "same rows on one thread");
    }

    @Test
    void aPointThatFailsKeepsItsRowAndTheExitStatusIsThree() throws IOException {
        // f = 0.18 <= 1/K lies outside the paper's assumption and gets a note; f = 0.5 has none, so "notes.0" is
        // missing from the second point's output: that row fails, the first completes.
        Path sweep = file("f.json", "{\"model\": \"sweep\", \"scenario\": {\"model\": \"offloading\", \"rho\": 0.5,"
                + " \"K\": 5, \"f\": 0.5, \"buffer\": 30}, \"grid\": {\"f\": [0.18, 0.5]}, \"collect\": [\"notes.0\"]}");
        Path out = dir.resolve("rows");
        CliRun r = CliRun.run("solve", sweep.toString(), "--out", out.toString());
        assertEquals(SweepCommand.ROWS_FAILED, r.status(), r.err());
        JsonNode j = r.json();
        assertEquals(1, j.get("failed").intValue());
        assertTrue(j.at("/rows/0/error").isNull());
        assertTrue(j.at("/rows/0/values").get("notes.0").asText().contains("outside the paper's assumption"));
        assertEquals("the output has no key 'notes.0'", j.at("/rows/1/error").asText());
        assertTrue(j.at("/rows/1/values").isNull());
        assertTrue(Files.readAllLines(out.resolve("sweep-rows.csv")).get(2).endsWith(",the output has no key 'notes.0'"));
    }

    @Test
    void badSweepsAreRefusedBeforeWork() throws IOException {
        String inner = "\"scenario\": {\"model\": \"offloading\", \"rho\": 0.5, \"K\": 5, \"f\": 0.5, \"buffer\": 30}";
        String line = CliRun.badInput(dir, "{\"model\": \"sweep\", " + inner + ", \"grid\": {\"rho\": [0.3, 1.2]},"
                + " \"collect\": [\"delay.optimal\"]}");
        assertTrue(line.endsWith("field 'scenario.rho': rho = 1.2: must lie strictly between 0.0 and 1.0"
                + " (grid point 1: rho = 1.2)"), line);
        line = CliRun.badInput(dir, "{\"model\": \"sweep\", " + inner + ", \"grid\": {\"buffer\": [30, 20]},"
                + " \"collect\": [\"delay.optimal\"]}");
        assertTrue(line.contains("field 'scenario.buffer': = 20: must be at least 30") && line.contains("buffer = 20"), line);
        line = CliRun.badInput(dir, "{\"model\": \"sweep\", " + inner + ", \"grid\": {\"rho\": [0.3]},"
                + " \"collect\": [\"delay.optimum\"]}");
        assertTrue(line.contains("field 'collect[0]': 'delay.optimum' is not a key of the output of model 'offloading'"),
                line);
        line = CliRun.badInput(dir, "{\"model\": \"sweep\", " + inner + ", \"grid\": {\"rho\": [0.3]},"
                + " \"replications\": 2, \"collect\": [\"delay.optimal\"]}");
        assertTrue(line.contains("field 'replications': = 2 but model 'offloading' takes no seed"), line);
        line = CliRun.badInput(dir, "{\"model\": \"sweep\", \"scenario\": {\"model\": \"nope\"}, \"grid\": {},"
                + " \"collect\": [\"x\"]}");
        assertTrue(line.contains("field 'scenario.model': unknown model 'nope'"), line);
    }

    @Test
    void sweepOptionsAreChecked() throws IOException {
        Path sweep = file("s.json", "{\"model\": \"sweep\", \"scenario\": {\"model\": \"mmc\", \"arrivalRate\": 8,"
                + " \"serviceRate\": 1, \"servers\": 10}, \"grid\": {\"arrivalRate\": [4, 8]}, \"collect\": [\"meanWait\"]}");
        CliRun r = CliRun.run("solve", sweep.toString(), "--executor", "hadoop");
        assertEquals(Main.USAGE, r.status());
        assertEquals("--executor must be local or spark, got 'hadoop'", r.err().strip());
        r = CliRun.run("solve", sweep.toString(), "--workers", "2", "--master", "local[2]");
        assertEquals(Main.USAGE, r.status());
        r = CliRun.run("solve", sweep.toString(), "--workers", "x");
        assertEquals(Main.USAGE, r.status());
        r = CliRun.run("solve", file("plain.json", "{\"model\": \"mmc\", \"arrivalRate\": 8, \"serviceRate\": 1,"
                + " \"servers\": 10}").toString(), "--workers", "2");
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains("apply to sweep scenarios"), r.err());
        r = CliRun.run("solve", sweep.toString(), "--workers", "1");
        assertEquals(0, r.status(), r.err());
        assertEquals(2, r.json().get("rows").size());
    }
}
