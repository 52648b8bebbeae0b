package lbw.setupdelays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lbw.core.Workbench;
import org.junit.jupiter.api.Test;

/** The notebooks' study sizes and their quick values come from the scenario file, next to the model. */
class ScenarioSizesTest {

    @Test
    void quickModeTakesTheFilesQuickValuesAndKeepsTheModel() {
        SetupDelayScenario full = SetupDelayScenario.load(Workbench.data("setup-delays-figure1.json"));
        SetupDelayScenario quick = full.quick();
        assertEquals(60, full.horizon(), 0.0);
        assertEquals(30, quick.horizon(), 0.0);
        assertEquals(full.model(), quick.model());
        assertEquals(full.epsilon(), quick.epsilon(), 0.0);
        for (String horizon : new String[] {"myopicHorizon", "proximalHorizon", "pureDelayHorizon", "stochasticHorizon",
            "randomHorizon"}) {
            assertTrue(quick.sizes().number(horizon) < full.sizes().number(horizon), horizon + " is shorter in quick mode");
        }
        assertArrayEquals(new double[] {5, 50, 500, 2000}, full.sizes().numbers("stochasticScales"), 0.0);
        assertTrue(quick.sizes().count("randomInstances") < full.sizes().count("randomInstances"));
        assertEquals(full.withHorizon(30).sizes(), full.sizes(), "another horizon keeps the sizes");
    }
}
