package lbw.offloading;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        Table t = DelayStudy.exact(s);
        double[] opt = t.doubleColumn("optimal").asDoubleArray();
        double[] avg = t.doubleColumn("averageOptimal").asDoubleArray();
        double[] off = t.doubleColumn("offloadOnly").asDoubleArray();
        double[] non = t.doubleColumn("nonIdling").asDoubleArray();
        assertTrue(Double.isNaN(off[1]), "rho = 0.9 >= K/(1+K): Offload-Only is not drawn");
        assertEquals(OffloadOnlyExact.truncatedMeanDelay(OffloadingModel.ofLoad(0.3, 5, 0.5), 20), off[0], SOLVE);
        for (int i = 0; i < 2; i++) {
            assertTrue(avg[i] <= opt[i] + SOLVE && avg[i] <= non[i] + SOLVE);
        }
        Table check = DelayStudy.offloadOnlyCheck(s);
        assertEquals(1, check.rowCount());
        assertEquals(check.doubleColumn("stationary solve").get(0), check.doubleColumn("M/M/1/(N+1) formula").get(0), SOLVE);
        assertEquals(6, DelayStudy.claims(t, s).rowCount());
    }

    @Test
    void simulatedPointsCarryTheirExactValue() {
        Figure5Scenario s = new Figure5Scenario(5, 0.5, 1, 20, 0.99, new double[] {0.3}, new double[] {0.3},
                400, 4, 11L);
        Table t = DelayStudy.simulated(s, 1.0);
        assertEquals(3, t.rowCount(), "optimal, Non-Idling and Offload-Only at a stable load");
        for (int i = 0; i < 3; i++) {
            double d = Math.abs(t.doubleColumn("simulated").get(i) - t.doubleColumn("exact").get(i));
            assertTrue(d < 4 * t.doubleColumn("halfWidth").get(i), t.print());
        }
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
