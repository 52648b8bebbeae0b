package lbw.bipartite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lbw.scenario.Scenario;
import lbw.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

/** The bipartite notebooks' study sizes and quick values, read beside the model and the quick scales. */
class StudySizesTest {

    @Test
    void theNModelFileGivesTheRuleStudySizesInBothModes() {
        BipartiteScenario s = BipartiteScenario.load("bipartite-n-model.json");
        BipartiteScenario q = s.quick();
        assertArrayEquals(s.scales(), q.scales(), 0.0, "no quick scales: the scales stay");
        assertEquals(2000, s.sizes().number("ruleHorizon"), 0.0);
        assertEquals(500, q.sizes().number("ruleHorizon"), 0.0);
        assertEquals(20, q.sizes().count("randomSize"));
        assertTrue(q.sizes().numbers("distanceScales").length < s.sizes().numbers("distanceScales").length);
        assertTrue(!s.sizes().has("fluidHorizon"), "a size of the other file");
    }

    @Test
    void quickScalesAndQuickSizesAreEachOptional() {
        String head = "{\"model\": \"bipartite\", \"arrivalRate\": [0.4, 0.6], \"serviceRate\": ["
                + "{\"family\": \"saturating\", \"max\": 1, \"half\": 1}, {\"family\": \"saturating\", \"max\": 1, "
                + "\"half\": 2}], \"edges\": [[0, 0], [1, 0], [1, 1]], \"initialWorkload\": [2, 1], \"horizon\": 20, "
                + "\"scales\": [10, 100], \"sizes\": {\"fluidHorizon\": 40}, ";
        BipartiteScenario both = Scenario.parse("b.json", head + "\"quick\": {\"scales\": [10], \"sizes\": "
                + "{\"fluidHorizon\": 5}}}").read(BipartiteScenario::read);
        assertArrayEquals(new double[] {10}, both.quick().scales(), 0.0);
        assertEquals(5, both.quick().sizes().number("fluidHorizon"), 0.0);
        BipartiteScenario scalesOnly = Scenario.parse("b.json", head + "\"quick\": {\"scales\": [10]}}")
                .read(BipartiteScenario::read);
        assertEquals(40, scalesOnly.quick().sizes().number("fluidHorizon"), 0.0);
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenario.parse("b.json", head
                + "\"quick\": {\"sizes\": {\"fluidHorizon\": -1}}}").read(BipartiteScenario::read));
        assertEquals("quick.sizes.fluidHorizon", e.field(), e.getMessage());
    }
}
