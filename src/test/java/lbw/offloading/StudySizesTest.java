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

/** The offloading notebooks' study sizes and quick values, read from the configuration and Figure 5 files. */
class StudySizesTest {

    @TempDir
    Path tmp;

    @Test
    void configurationAGivesTheWalkthroughsGridsAndTheirQuickVersions() {
        OffloadingSetup a = OffloadingScenario.load(Workbench.data("offloading-config-a.json"));
        OffloadingSetup q = a.quick();
        assertEquals(a.model(), q.model());
        assertEquals(a.buffer(), q.buffer());
        for (String grid : new String[] {"thresholdRhos", "thresholdFs", "thresholdKs", "gridRhos", "gridKs", "gridFs"}) {
            assertTrue(q.sizes().numbers(grid).length < a.sizes().numbers(grid).length, grid);
        }
        assertFalse(OffloadingScenario.load(Workbench.data("offloading-config-c.json")).sizes().present(),
                "a configuration without sizes");
        assertEquals(a, a.withLoad(a.model().rho()).withBuffer(a.buffer()), "the sizes travel with the setup");
    }

    @Test
    void figure5VariantsComeInPairsInBothModes() throws IOException {
        Figure5Scenario s = Figure5Scenario.load(Workbench.data("offloading-figure5.json"));
        assertEquals(s.sizes().numbers("variantKs").length, s.sizes().numbers("variantFs").length);
        Figure5Scenario q = s.quick();
        assertArrayEquals(new double[] {0.2, 0.5, 0.8}, q.sizes().numbers("variantLoads"), 0.0);
        Path f = tmp.resolve("pairs.json");
        String head = "{\"model\": \"offloading-figure5\", \"K\": 5, \"f\": 0.5, \"buffer\": 20, \"discount\": 0.99,"
                + " \"rhos\": [0.3, 0.5], \"simulationRhos\": [0.5], \"horizon\": 1000, \"replications\": 3, ";
        Files.writeString(f, head + "\"sizes\": {\"variantKs\": [2, 5], \"variantFs\": [0.6]}}");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Figure5Scenario.load(f));
        assertEquals("sizes.variantFs", e.field(), e.getMessage());
        Files.writeString(f, head + "\"sizes\": {\"variantKs\": [2, 5], \"variantFs\": [0.6, 0.5]}, \"quick\": {"
                + "\"rhos\": [0.3], \"simulationRhos\": [0.5], \"buffer\": 20, \"horizon\": 500,"
                + " \"sizes\": {\"variantKs\": [2]}}}");
        e = assertThrows(ScenarioException.class, () -> Figure5Scenario.load(f));
        assertTrue(e.getMessage().contains("in quick mode"), e.getMessage());
    }
}
