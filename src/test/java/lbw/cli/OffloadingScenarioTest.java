package lbw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import lbw.core.Workbench;
import lbw.offloading.DiscountedSolver;
import lbw.offloading.OffloadOnlyExact;
import lbw.offloading.OffloadingScenario;
import lbw.offloading.OffloadingSetup;
import lbw.offloading.Policy;
import lbw.offloading.StationaryAnalysis;
import lbw.offloading.Structure;
import lbw.offloading.UniformizedMdp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffloadingScenarioTest {

    private static final double SAME = 1e-12;

    @TempDir
    Path tmp;



    private Path scenario(String body) throws IOException {
        Path f = tmp.resolve("s.json");
        Files.writeString(f, "{\"model\": \"offloading\", " + body + "}");
        return f;
    }

    @Test
    void solvesConfigurationAWithTheKeysTheIssueNames() throws IOException {
        Path file = Workbench.data("offloading-config-a.json");
        CliRun r = CliRun.run("solve", file.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        JsonNode busy = j.at("/thresholds/cloudBusySM1");
        JsonNode idle = j.at("/thresholds/cloudIdleSM1");
        assertEquals(11, busy.size());
        assertEquals(10, idle.size());
        assertTrue(j.at("/structure/cloudFirst").asBoolean());
        assertTrue(j.at("/structure/switchType").isBoolean());
        assertTrue(j.at("/structure/urgencyMonotone").isBoolean());

        // the same numbers from the library
        OffloadingSetup s = OffloadingScenario.load(file);
        UniformizedMdp mdp = s.compile();
        Policy opt = DiscountedSolver.gaussSeidel(mdp, s.options()).policy();
        int w = Structure.defaultWindow(s.buffer());
        for (int n2 = 0; n2 <= 10; n2++) {
            assertEquals(Structure.threshold(opt, 1, n2, w), busy.get(n2).asInt(), "T1(" + n2 + ")");
        }
        for (int n2 = 1; n2 <= 10; n2++) {
            assertEquals(Structure.threshold(opt, 0, n2, w), idle.get(n2 - 1).asInt(), "T0(" + n2 + ")");
        }
        assertEquals(StationaryAnalysis.solve(mdp, opt).meanDelay(), j.at("/delay/optimal").asDouble(), SAME);
        assertEquals(StationaryAnalysis.solve(mdp, Policy.nonIdling(mdp.space())).meanDelay(),
                j.at("/delay/nonIdling").asDouble(), SAME);
        assertEquals(OffloadOnlyExact.truncatedMeanDelay(s.model(), s.buffer()), j.at("/delay/offloadOnly").asDouble(), 1e-8);
        assertTrue(j.at("/delay/optimal").asDouble() <= j.at("/delay/nonIdling").asDouble());
    }

    @Test
    void offloadOnlyIsNullWhenUnstableAndThresholdsNullWhenSm2IsNeverUsed() throws IOException {
        // rho = 0.9 > K/(1+K) = 0.8: Offload-Only is unstable
        CliRun r = CliRun.run("solve", scenario("\"rho\": 0.9, \"K\": 4, \"f\": 0.5, \"buffer\": 30").toString());
        assertEquals(0, r.status(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertTrue(j.at("/delay/offloadOnly").isNull());
        assertTrue(j.at("/delay/nonIdling").isNumber());
        // very low load and a slow local server: SM2 is not worth it with the cloud busy
        r = CliRun.run("solve", scenario("\"rho\": 0.02, \"K\": 20, \"f\": 0.9, \"buffer\": 30").toString());
        assertEquals(0, r.status(), r.err());
        j = new ObjectMapper().readTree(r.out());
        assertTrue(j.at("/thresholds/cloudIdleSM1").get(0).isNull(), r.out());
        assertTrue(j.at("/thresholds/cloudBusySM1").get(0).isNull(), r.out());
    }

    @Test
    void flagsModelsOutsideThePapersAssumptionAndWritesTables() throws IOException {
        Path out = tmp.resolve("out");
        CliRun r = CliRun.run("solve", scenario("\"rho\": 0.9, \"K\": 1.05, \"f\": 0.6, \"buffer\": 30").toString(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertTrue(!j.at("/withinAssumption").asBoolean());
        assertTrue(j.at("/notes/0").asText().contains("f <= 1/K"), r.out());
        // outside the assumption the optimal first move with an empty cloud can be SM2: cloud-first fails
        assertTrue(!j.at("/structure/cloudFirst").asBoolean(), r.out());
        assertTrue(Files.size(out.resolve("offloading-policy-i1-1.csv")) > 0);
        assertTrue(Files.size(out.resolve("offloading-thresholds.csv")) > 0);
    }

    @Test
    void badInputNamesTheFieldAndExitsWithTwo() throws IOException {
        assertBad(scenario("\"K\": 5, \"f\": 0.5"), "rho", "is missing");
        assertBad(scenario("\"rho\": \"high\", \"K\": 5, \"f\": 0.5"), "rho", "must be a number");
        assertBad(scenario("\"rho\": 0.5, \"K\": 0.5, \"f\": 0.5"), "K", "K > 1");
        assertBad(scenario("\"rho\": 0.5, \"K\": 5, \"f\": 0.1"), "f", "1/(1+K)");
        assertBad(scenario("\"rho\": 1.2, \"K\": 5, \"f\": 0.5"), "rho", "between");
        assertBad(scenario("\"rho\": 0.5, \"K\": 5, \"f\": 0.5, \"discount\": 1.0"), "discount", "valid range [0.5, 0.9999]");
        assertBad(scenario("\"rho\": 0.5, \"K\": 5, \"f\": 0.5, \"buffer\": 12"), "buffer", "at least 30");
        assertBad(scenario("\"rho\": 0.5, \"K\": 5, \"f\": 0.5, \"buffer\": 40.5"), "buffer", "whole number");
        assertBad(scenario("\"rho\": 0.5, \"K\": 5, \"f\": 0.5, \"gamma\": 0.9"), "gamma", "unknown field");
    }

    private void assertBad(Path file, String field, String reason) {
        CliRun r = CliRun.run("solve", file.toString());
        assertEquals(Main.BAD_INPUT, r.status(), r.out());
        assertEquals("", r.out(), "nothing on stdout");
        assertTrue(r.err().contains(field) && r.err().contains(reason), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
