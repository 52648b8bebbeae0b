package lbw.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import lbw.core.Check;
import org.junit.jupiter.api.Test;

class FieldsTest {

    private static Fields fields(String json) {
        return Scenario.parse("s.json", json).fields();
    }

    @Test
    void readsTypedValues() {
        Fields f = fields("{\"model\":\"m\",\"a\":1.5,\"n\":3,\"v\":[1,2],\"m\":[[1,2],[3,4]],\"o\":{\"x\":2}}");
        assertEquals(1.5, f.number("a"));
        assertEquals(3, f.integer("n"));
        assertArrayEquals(new double[] {1, 2}, f.numbers("v"));
        assertArrayEquals(new double[] {3, 4}, f.numberMatrix("m")[1]);
        assertEquals(7.0, f.number("missing", 7.0));
        Fields o = f.object("o");
        assertEquals(2.0, o.number("x"));
        o.finish();
        f.finish();
    }

    @Test
    void namesTheFieldAndTheReason() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> fields("{\"a\":\"x\"}").number("a"));
        assertEquals("s.json: field 'a': must be a number, found a string \"x\"", e.getMessage());
        e = assertThrows(ScenarioException.class, () -> fields("{}").numbers("v"));
        assertEquals("v", e.field());
        assertTrue(e.reason().contains("missing"));
        e = assertThrows(ScenarioException.class, () -> fields("{\"v\":[1,true]}").numbers("v"));
        assertEquals("v[1]", e.field());
        e = assertThrows(ScenarioException.class, () -> fields("{\"n\":2.5}").integer("n"));
        assertTrue(e.reason().contains("whole number"));
        e = assertThrows(ScenarioException.class, () -> fields("{\"o\":[{\"x\":\"y\"}]}").objects("o").get(0).number("x"));
        assertEquals("o[0].x", e.field());
    }

    @Test
    void unknownFieldsAreErrors() {
        Fields f = fields("{\"model\":\"m\",\"a\":1,\"typo\":2}");
        f.number("a");
        ScenarioException e = assertThrows(ScenarioException.class, f::finish);
        assertEquals("typo", e.field());
        assertTrue(e.reason().startsWith("unknown field"), e.reason());
    }

    @Test
    void modelValidationBecomesAFieldError() {
        Fields f = fields("{\"capacity\":[1,-3]}");
        double[] c = f.numbers("capacity");
        ScenarioException e = assertThrows(ScenarioException.class, () -> f.build(() -> Check.positive("capacity", c)));
        assertEquals("capacity[1]", e.field(), "the field with its index path");
        assertEquals("s.json: field 'capacity[1]': capacity[1] = -3.0: must be positive", e.getMessage());
    }

    @Test
    void fileLevelProblemsNameTheFile() {
        String malformed = assertThrows(ScenarioException.class, () -> Scenario.parse("s.json", "{\"a\":")).getMessage();
        assertTrue(malformed.startsWith("s.json: malformed JSON at line 1, column "), malformed);
        assertTrue(!malformed.contains("\n"), "one line: " + malformed);
        assertTrue(assertThrows(ScenarioException.class, () -> Scenario.parse("s.json", "[1]")).getMessage()
                .contains("expected a JSON object"));
        assertTrue(assertThrows(ScenarioException.class, () -> Scenario.parse("s.json", "{\"a\":1,\"a\":2}")).getMessage()
                .contains("Duplicate field 'a'"));
        assertEquals("no such file", assertThrows(ScenarioException.class,
                () -> Scenario.load(Path.of("does-not-exist.json"))).reason());
        assertEquals("model", assertThrows(ScenarioException.class, () -> Scenario.parse("s.json", "{}").model()).field());
    }
}
