package lbw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import lbw.bipartite.Equilibrium;
import lbw.bipartite.FluidInclusion;
import lbw.bipartite.FluidOptimum;
import lbw.bipartite.BipartiteScenario;
import lbw.core.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "bipartite" scenario through Main.run: output keys and numbers, and bad input. */
class BipartiteScenarioTest {

    @TempDir
    Path dir;



    static final String SMALL = """
            {"model": "bipartite", "arrivalRate": [0.4, 0.6],
             "serviceRate": [{"family": "saturating", "max": 1, "half": 1}, {"family": "exponential", "max": 1, "scale": 2}],
             "edges": [[0, 0], [1, 0], [1, 1]], "initialWorkload": [2, 1], "horizon": 20, "scales": [10, 100], "seed": 3}
            """;

    private String bad(String json) throws IOException {
        return CliRun.badInput(dir, json);
    }

    @Test
    void nModelFilePrintsTheListedKeysWithComputedNumbers() throws IOException {
        Path out = dir.resolve("out");
        CliRun r = CliRun.run("solve", Workbench.data("bipartite-n-model.json").toString(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode j = r.json();
        BipartiteScenario s = BipartiteScenario.load("bipartite-n-model.json");
        Equilibrium opt = FluidOptimum.solve(s.model());
        assertEquals(opt.total(), j.at("/optimum/total").asDouble(), 0.0);
        assertEquals(2, j.at("/optimum/workload").size());
        assertEquals(opt.workload()[0], j.at("/optimum/workload/0").asDouble(), 0.0);
        assertEquals(2, j.at("/optimum/routing").size());
        assertEquals(2, j.at("/optimum/routing/0").size());
        double[] fin = FluidInclusion.solve(s.model(), s.initialWorkload(), s.horizon()).finalWorkload();
        assertEquals(fin[1], j.at("/fluid/final/1").asDouble(), 0.0);
        JsonNode st = j.get("stochastic");
        assertEquals(s.scales().length, st.size());
        for (int i = 0; i < st.size(); i++) {
            assertEquals(s.scales()[i], st.get(i).get("scale").asDouble(), 0.0);
            assertEquals(2, st.get(i).get("timeAverage").size());
        }
        // the largest scale's time average is near the optimum (c = 1000: fluctuations ~ 0.03)
        JsonNode last = st.get(st.size() - 1).get("timeAverage");
        assertEquals(opt.workload()[0], last.get(0).asDouble(), 0.1);
        assertEquals(opt.workload()[1], last.get(1).asDouble(), 0.1);
        assertTrue(Files.exists(out.resolve("bipartite-optimum.csv")));
        assertTrue(Files.exists(out.resolve("bipartite-workloads.png")));
    }

    @Test
    void sameFileSameNumbers() throws IOException {
        Path f = Files.writeString(dir.resolve("s.json"), SMALL);
        CliRun a = CliRun.run("solve", f.toString());
        CliRun b = CliRun.run("solve", f.toString());
        assertEquals(0, a.status(), a.err());
        assertEquals(a.out(), b.out());
    }

    @Test
    void missingFieldWrongTypeInvalidValueUnknownField() throws IOException {
        assertTrue(bad(SMALL.replace("\"horizon\": 20, ", "")).contains("field 'horizon': is missing"));
        assertTrue(bad(SMALL.replace("\"horizon\": 20", "\"horizon\": \"long\"")).contains("horizon"));
        assertTrue(bad(SMALL.replace("\"horizon\": 20", "\"horizon\": -1")).contains("horizon"));
        assertTrue(bad(SMALL.replace("\"seed\": 3", "\"seed\": 3, \"sede\": 4")).contains("field 'sede': unknown field"));
        String fam = bad(SMALL.replace("\"exponential\"", "\"hyperbolic\""));
        assertTrue(fam.contains("'serviceRate[1].family'") && fam.contains("unknown family"), fam);
        String half = bad(SMALL.replace("\"half\": 1", "\"half\": -1"));
        assertTrue(half.contains("'serviceRate[0].half'"), half);
        String extra = bad(SMALL.replace("\"half\": 1}", "\"half\": 1, \"scale\": 2}"));
        assertTrue(extra.contains("'serviceRate[0].scale': unknown field"), extra);
        assertTrue(bad(SMALL.replace("[1, 1]]", "[1, 5]]")).contains("'edges': edge 2: backend 5 is out of range"));
        assertTrue(bad(SMALL.replace("[[0, 0], [1, 0], [1, 1]]", "[[0, 0], [1, 0]]")).contains("backend 1 is isolated"));
        assertTrue(bad(SMALL.replace("\"initialWorkload\": [2, 1]", "\"initialWorkload\": [2]"))
                .contains("'initialWorkload': has 1 entries"));
        String infeasible = bad(SMALL.replace("[0.4, 0.6]", "[1.5, 0.6]"));
        assertTrue(infeasible.contains("arrivalRate") && infeasible.contains("frontends {0"), infeasible);
        assertTrue(bad(SMALL.replace("\"scales\": [10, 100]", "\"scales\": [10, 0]")).contains("'scales[1]'"));
    }
}
