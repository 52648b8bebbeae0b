package lbw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import lbw.offloading.DelayStudy;
import lbw.offloading.Figure5Curves;
import lbw.offloading.Figure5Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The Figure 5 study through the CLI: the same numbers as the library, and bad input refused. */
class OffloadingFigure5ScenarioTest {

    @TempDir
    Path dir;

    private static final String SMALL = """
            {"model": "offloading-figure5", "K": 5, "f": 0.5, "buffer": 30, "discount": 0.99,
             "rhos": [0.3, 0.9], "simulationRhos": [0.3], "horizon": 300, "replications": 3, "seed": 7}
            """;

    @Test
    void printsTheExactCurvesOfTheLibrary() throws IOException {
        Path f = Files.writeString(dir.resolve("fig5.json"), SMALL);
        CliRun r = CliRun.run("solve", f.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.status(), r.err());
        JsonNode j = r.json();
        Figure5Curves exact = DelayStudy.exact(Figure5Scenario.load(f));
        for (int i = 0; i < 2; i++) {
            assertEquals(exact.optimal()[i], j.at("/exact/optimal/" + i).asDouble(), 0.0);
            assertEquals(exact.nonIdling()[i], j.at("/exact/nonIdling/" + i).asDouble(), 0.0);
        }
        // rho = 0.9 is beyond K/(1+K) = 0.833: Offload-Only is unstable there and reported as null.
        assertTrue(j.at("/exact/offloadOnly/1").isNull());
        assertTrue(j.at("/exact/optimal/0").asDouble() <= j.at("/exact/nonIdling/0").asDouble());
        assertTrue(j.at("/simulated/simulated").size() >= 2);
        assertTrue(Files.size(dir.resolve("out/offloading-fig5.png")) > 0);
    }

    @Test
    void refusesALoadOutsideTheUnitInterval() throws IOException {
        Path f = Files.writeString(dir.resolve("bad.json"), SMALL.replace("[0.3, 0.9]", "[0.3, 1.2]"));
        CliRun r = CliRun.run("solve", f.toString());
        assertEquals(Main.BAD_INPUT, r.status());
        assertTrue(r.err().contains("field 'rhos[1]': rhos[1] = 1.2: outside the valid range [0.001, 0.99]"), r.err());
    }
}
