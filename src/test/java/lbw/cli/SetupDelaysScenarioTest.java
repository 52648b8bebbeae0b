package lbw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import lbw.core.Workbench;
import lbw.setupdelays.DualSolver;
import lbw.setupdelays.EntropicSolution;
import lbw.setupdelays.LpSolution;
import lbw.setupdelays.SetupDelayModel;
import lbw.setupdelays.StaticLp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The setup-delays scenario through the CLI: keys and numbers, and the bad-input contract. */
class SetupDelaysScenarioTest {

    private static final String GOOD = """
            {"model": "setup-delays", "capacity": [15, 10], "arrivalRate": [16, 8],
             "setupTime": [[1, 2], [2, 1]], "epsilon": 0.01, "capacityMargin": 0.99, "horizon": 80%s}
            """;

    @TempDir
    Path dir;



    private JsonNode solve(String json) throws IOException {
        return solve(json, 0);
    }

    /** Solves and checks the exit status (3: results printed, but something named on stderr did not converge). */
    private JsonNode solve(String json, int status) throws IOException {
        Path f = Files.writeString(dir.resolve("s.json"), json);
        CliRun r = CliRun.run("solve", f.toString());
        assertEquals(status, r.status(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    private String bad(String json) throws IOException {
        return CliRun.badInput(dir, json);
    }

    @Test
    void printsTheRequiredKeysWithNumbersMatchingTheLibrary() throws IOException {
        JsonNode j = solve(GOOD.formatted(""));
        SetupDelayModel m = new SetupDelayModel(new double[] {15, 10}, new double[] {16, 8},
                new double[][] {{1, 2}, {2, 1}});
        LpSolution lp = StaticLp.solve(m);
        EntropicSolution my = DualSolver.solve(m, 0.01);
        LpSolution lpt = StaticLp.solve(m, m.tightenedCapacity(0.99));
        assertEquals(lp.cost(), j.at("/lp/cost").asDouble(), 1e-12);
        assertEquals(lp.routing()[0][1], j.at("/lp/routing/0/1").asDouble(), 1e-12);
        double[] myQueues = my.queues();
        double[] myPrices = my.prices();
        double[][] myRouting = my.routing();
        double[][] x = lpt.routing();
        double[] mu = lpt.prices();
        double[] c = m.capacity();
        for (int k = 0; k < 2; k++) {
            assertEquals(myQueues[k], j.at("/myopic/queues/" + k).asDouble(), 1e-12);
            assertEquals(myPrices[k], j.at("/myopic/prices/" + k).asDouble(), 1e-12);
            assertEquals(myRouting[0][k], j.at("/myopic/routing/0/" + k).asDouble(), 1e-12);
            // the equilibrium of (26) is problem (21)'s solution with q*_j = sum_i x*_ij < c_j (Theorem 6)
            assertEquals(x[0][k], j.at("/proximal/routing/0/" + k).asDouble(), 1e-12);
            assertEquals(x[0][k] + x[1][k], j.at("/proximal/queues/" + k).asDouble(), 1e-12);
            assertTrue(j.at("/proximal/queues/" + k).asDouble() < c[k], "Theorem 6(b)");
            assertEquals(mu[k], j.at("/proximal/prices/" + k).asDouble(), 1e-12);
            // the state of (26) at the horizon, reported on its own, is close to it
            assertEquals(x[0][k], j.at("/proximal/atHorizon/routing/0/" + k).asDouble(), 1e-3);
            assertEquals(j.at("/proximal/queues/" + k).asDouble(), j.at("/proximal/atHorizon/queues/" + k).asDouble(),
                    1e-3);
        }
        assertEquals(lpt.cost(), j.at("/proximal/cost").asDouble(), 1e-12);
        assertTrue(j.at("/proximal/atHorizon/converged").asBoolean());
        double d = j.at("/proximal/atHorizon/distanceToEquilibrium").asDouble();
        assertTrue(d > 0 && d < 1e-3, "distance " + d);
        assertEquals(80, j.at("/proximal/atHorizon/horizon").asDouble());
        assertTrue(j.at("/myopic/converged").asBoolean());
        assertTrue(j.at("/myopic/dynamics/distanceToEquilibrium").asDouble() < 1e-6);
        assertTrue(j.at("/myopic/dynamics/converged").asBoolean());
    }

    @Test
    void aShortHorizonIsReportedAsNotConvergedWhileTheEquilibriumStaysTheSame() throws IOException {
        JsonNode longRun = solve(GOOD.formatted(""));
        JsonNode shortRun = solve(GOOD.formatted("").replace("\"horizon\": 80", "\"horizon\": 2"), 3);
        assertEquals(longRun.at("/proximal/routing"), shortRun.at("/proximal/routing"));
        assertEquals(longRun.at("/proximal/queues"), shortRun.at("/proximal/queues"));
        assertTrue(!shortRun.at("/proximal/atHorizon/converged").asBoolean());
        assertTrue(shortRun.at("/proximal/atHorizon/distanceToEquilibrium").asDouble() > 1);
        assertTrue(!shortRun.at("/myopic/dynamics/converged").asBoolean());
    }

    @Test
    void theFigureOneScenarioFileSolves() {
        CliRun r = CliRun.run("solve", Workbench.data("setup-delays-figure1.json").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"proximal\""));
    }

    @Test
    void initialQueuesAreUsed() throws IOException {
        JsonNode j = solve(GOOD.formatted(", \"initialQueues\": [40, 0]"));
        assertTrue(j.at("/myopic/dynamics/distanceToEquilibrium").asDouble() < 1e-5);
    }

    private void assertBad(String json, String field, String reason) throws IOException {
        String line = bad(json);
        assertTrue(line.contains("'" + field + "'") && line.contains(reason), line);
    }

    @Test
    void badInputNamesFieldAndReason() throws IOException {
        String good = GOOD.formatted("");
        assertBad(good.replace(", \"horizon\": 80", ""), "horizon", "missing");
        assertBad(good.replace("\"epsilon\": 0.01", "\"epsilon\": \"small\""), "epsilon", "must be a number");
        assertBad(good.replace("[16, 8]", "[20, 8]"), "arrivalRate", "total capacity");
        assertBad(good.replace("0.99", "0.9"), "capacityMargin", "Theorem 6");
        assertBad(good.replace("[15, 10]", "[15, -10]"), "capacity[1]", "capacity[1] = -10.0");
        assertBad(good.replace("[[1, 2], [2, 1]]", "[[1, 2]]"), "setupTime", "rows");
        assertBad(GOOD.formatted(", \"initialQueues\": [1]"), "initialQueues", "needs 2");
        assertBad(GOOD.formatted(", \"horizon2\": 3"), "horizon2", "unknown field");
        assertBad(good.replace("\"epsilon\": 0.01", "\"epsilon\": 0"), "epsilon", "valid range");
    }
}
