package lbw.offloading;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import lbw.core.Workbench;
import lbw.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class DelayStudyTest {

    private static final double SOLVE = 1e-8;

    @TempDir
    Path tmp;

    @Test
    void figure5FileLoadsAndItsQuickVariantKeepsTheEnds() {
        Figure5Scenario s = Figure5Scenario.load(Workbench.data("offloading-figure5.json"));
        Figure5Scenario q = s.quick();
        assertEquals(s.rhos()[0], q.rhos()[0]);
        assertEquals(s.rhos()[s.rhos().length - 1], q.rhos()[q.rhos().length - 1]);
        assertTrue(q.rhos().length < s.rhos().length);
        assertTrue(q.simulationRhos().length <= 2);
        assertTrue(q.buffer() <= 40);
    }

    @Test
    void exactCurvesAreConsistent() {
        Figure5Scenario s = new Figure5Scenario(5, 0.5, 1, 20, 0.99, new double[] {0.3, 0.9}, new double[] {0.3},
                100, 2, 1L);
        Figure5Curves t = DelayStudy.exact(s);
        double[] opt = t.optimal();
        double[] avg = t.averageOptimal();
        double[] off = t.offloadOnly();
        double[] non = t.nonIdling();
        assertTrue(t.allConverged());
        assertTrue(Double.isNaN(off[1]), "rho = 0.9 >= K/(1+K): Offload-Only is not drawn");
        assertEquals(OffloadOnlyExact.truncatedMeanDelay(OffloadingModel.ofLoad(0.3, 5, 0.5), 20), off[0], SOLVE);
        for (int i = 0; i < 2; i++) {
            assertTrue(avg[i] <= opt[i] + SOLVE && avg[i] <= non[i] + SOLVE);
        }
        Table check = DelayStudy.offloadOnlyCheck(s);
        assertEquals(1, check.rowCount());
        assertEquals(check.doubleColumn("stationary solve").get(0), check.doubleColumn("M/M/1/(N+1) formula").get(0), SOLVE);
        Figure5Claims c = DelayStudy.claims(t);
        assertEquals(6, c.table().rowCount());
        // the verdicts follow the numbers behind them
        assertEquals(2, c.loads());
        assertEquals(c.optimalBest() == 2, c.optimalBeatsBaselines());
        assertEquals((off[0] - opt[0]) / opt[0], c.lowOffloadOnlyExcess(), 0.0);
        assertEquals((non[0] - opt[0]) / opt[0], c.lowNonIdlingExcess(), 0.0);
        assertEquals((non[1] - opt[1]) / opt[1], c.highNonIdlingExcess(), 0.0);
        assertEquals(c.lowOffloadOnlyExcess() < c.lowNonIdlingExcess(), c.offloadOnlyCloserAtLowLoad());
        assertEquals(5.0 / 6, c.stabilityEdge(), 1e-15);
        // the average-cost optimum is no worse than either baseline at both loads
        assertTrue(c.averageOptimalBeatsBaselines());
    }

    @Test
    void figure5VerdictsFailWhenTheirNumbersSaySo() {
        Figure5Claims c = new Figure5Claims(3, 2, 3, 0.1, 0.05, 0.01, 0.9, 0.02, 5.0 / 6, 0.001);
        assertFalse(c.optimalBeatsBaselines(), "2 of 3 loads");
        assertTrue(c.averageOptimalBeatsBaselines());
        assertFalse(c.offloadOnlyCloserAtLowLoad(), "5% against 1%");
        assertFalse(c.nonIdlingCloserAtHighLoad(), "2% at high load against 1% at low load");
    }

    @Test
    void simulatedPointsCarryTheirExactValue() {
        Figure5Scenario s = new Figure5Scenario(5, 0.5, 1, 20, 0.99, new double[] {0.3}, new double[] {0.3},
                400, 4, 11L);
        Figure5Simulation sim = DelayStudy.simulated(s, 1.0);
        assertEquals(java.util.List.of("optimal", "Non-Idling", "Offload-Only"),
                sim.points().stream().map(Figure5Simulation.Point::policy).toList(), "all three at a stable load");
        UniformizedMdp mdp = s.at(0.3).compile();
        assertEquals(StationaryAnalysis.solve(mdp, Policy.nonIdling(mdp.space())).meanDelay(),
                sim.of("Non-Idling").get(0).exact(), 0.0, "the exact value beside the simulated one");
        for (Figure5Simulation.Point p : sim.points()) {
            assertEquals(0.3, p.rho(), 0.0);
            assertTrue(Math.abs(p.simulated() - p.exact()) < 4 * p.halfWidth(), p.toString());
            assertEquals(Math.abs(p.simulated() - p.exact()) <= p.halfWidth(), p.covered(), p.toString());
        }
        assertEquals(sim.points().stream().filter(Figure5Simulation.Point::covered).count(), sim.coveredCount());
    }

    @Test
    void quickSizesComeFromTheScenarioFile() throws IOException {
        Figure5Scenario s = Figure5Scenario.load(Workbench.data("offloading-figure5.json"));
        Figure5Scenario q = s.quick();
        assertEquals(s.quickSizes().buffer(), q.buffer());
        assertEquals(s.quickSizes().horizon(), q.horizon());
        assertArrayEquals(s.quickSizes().rhos(), q.rhos());
        assertArrayEquals(s.quickSizes().simulationRhos(), q.simulationRhos());
        assertEquals(s.replications(), q.replications());
        assertEquals(s.seed(), q.seed());
        // without a "quick" object the study is its own quick variant
        Figure5Scenario plain = new Figure5Scenario(5, 0.5, 1, 20, 0.99, new double[] {0.3}, new double[] {0.3},
                400, 4, 11L);
        assertEquals(plain, plain.quick());
        // quick sizes are checked like the full ones, and the message names the nested field
        Path f = tmp.resolve("quick.json");
        Files.writeString(f, "{\"model\": \"offloading-figure5\", \"K\": 5, \"f\": 0.5, \"buffer\": 20, \"discount\": 0.99,"
                + " \"rhos\": [0.3, 0.5], \"simulationRhos\": [0.5], \"horizon\": 1000, \"replications\": 3,"
                + " \"quick\": {\"rhos\": [0.3], \"simulationRhos\": [0.5], \"buffer\": 20, \"horizon\": 5}}");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Figure5Scenario.load(f));
        assertEquals("quick.horizon", e.field(), e.getMessage());
    }

    @Test
    void badFigure5FilesAreRefused() throws IOException {
        Path f = tmp.resolve("f5.json");
        Files.writeString(f, "{\"model\": \"offloading-figure5\", \"K\": 5, \"f\": 0.5, \"buffer\": 20, \"discount\": 0.99,"
                + " \"rhos\": [0.5, 1.5], \"simulationRhos\": [0.5], \"horizon\": 10, \"replications\": 3}");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Figure5Scenario.load(f));
        assertTrue(e.getMessage().contains("rhos"), e.getMessage());
        Files.writeString(f, "{\"model\": \"offloading\", \"rho\": 0.5}");
        assertThrows(ScenarioException.class, () -> Figure5Scenario.load(f));
    }
}
