package lbw.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Study sizes and their quick values: read, checked against the model's declaration, refused by field name. */
class SizesTest {

    private static final Sizes.Spec SPEC = new Sizes.Spec().number("horizon", 1, 100).count("seeds", 1, 10)
            .numbers("grid", 0.1, 10);

    /** A reader with one field of its own ({@code T}) that {@code "quick"} may also give. */
    private record Model(double t, Sizes sizes) {
        Model {
            lbw.core.Check.within("T", t, 1, 50);
        }

        Model quick() {
            return new Model(sizes.quickField("T", t), sizes.quick());
        }

        static Model read(Fields in) {
            double t = in.number("T");
            Fields q = in.has("quick") ? in.object("quick") : null;
            Sizes s = Sizes.read(in, q, SPEC, "T");
            Model full = in.build(() -> new Model(t, s));
            Sizes.checkQuick(q, full::quick);
            return full;
        }
    }

    private static Model read(String json) {
        return Scenario.parse("s.json", "{\"model\": \"m\", " + json + "}").read(Model::read);
    }

    private static String refusal(String json) {
        return assertThrows(ScenarioException.class, () -> read(json)).getMessage();
    }

    private static final String SIZES = "\"sizes\": {\"horizon\": 40, \"seeds\": 3, \"grid\": [0.5, 1, 2]}";

    @Test
    void quickValuesReplaceTheFullOnesAndTheRestKeepTheirs() {
        Model m = read("\"T\": 30, " + SIZES + ", \"quick\": {\"T\": 10, \"sizes\": {\"horizon\": 8, \"grid\": [1]}}");
        assertEquals(40, m.sizes().number("horizon"), 0.0);
        assertEquals(3, m.sizes().count("seeds"));
        assertArrayEquals(new double[] {0.5, 1, 2}, m.sizes().numbers("grid"), 0.0);
        Model q = m.quick();
        assertEquals(10, q.t(), 0.0);
        assertEquals(8, q.sizes().number("horizon"), 0.0);
        assertEquals(3, q.sizes().count("seeds"), "left out of quick: the full value");
        assertArrayEquals(new double[] {1}, q.sizes().numbers("grid"), 0.0);
        assertEquals(q.sizes(), q.quick().sizes(), "quick of quick is quick");
        assertEquals(30, read("\"T\": 30, " + SIZES).quick().t(), 0.0, "no quick object: the full values");
    }

    @Test
    void aFileWithoutSizesReadsButASizeIsThenMissingByName() {
        Model m = read("\"T\": 30");
        assertFalse(m.sizes().present());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> m.sizes().number("horizon"));
        assertTrue(e.getMessage().contains("\"horizon\""), e.getMessage());
        IllegalArgumentException u = assertThrows(IllegalArgumentException.class,
                () -> read("\"T\": 30, " + SIZES).sizes().number("horizn"));
        assertTrue(u.getMessage().contains("horizn") && u.getMessage().contains("horizon, seeds, grid"), u.getMessage());
        assertThrows(IllegalArgumentException.class, () -> read("\"T\": 30, " + SIZES).sizes().count("horizon"),
                "a number is not a count");
    }

    @Test
    void badSizesAreRefusedNamingTheField() {
        assertTrue(refusal("\"T\": 30, \"sizes\": {\"horizon\": 1e12, \"seeds\": 3, \"grid\": [1]}")
                .startsWith("s.json: field 'sizes.horizon': "), "range");
        assertTrue(refusal("\"T\": 30, \"sizes\": {\"horizon\": 40, \"seeds\": 2.5, \"grid\": [1]}")
                .contains("field 'sizes.seeds': must be a whole number"));
        assertTrue(refusal("\"T\": 30, \"sizes\": {\"horizon\": 40, \"seeds\": 3, \"grid\": [1, -2]}")
                .contains("field 'sizes.grid[1]'"));
        assertTrue(refusal("\"T\": 30, \"sizes\": {\"horizon\": 40, \"seeds\": 3, \"grid\": []}")
                .contains("field 'sizes.grid': has 0 entries"));
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> read("\"T\": 30, \"sizes\": {\"horizon\": 40, \"grid\": [1]}").sizes().count("seeds"));
        assertTrue(missing.getMessage().contains("\"seeds\""), "a size the file leaves out: " + missing.getMessage());
        assertTrue(refusal("\"T\": 30, \"sizes\": {\"horizon\": 40, \"seeds\": 3, \"grid\": [1], \"extra\": 1}")
                .contains("field 'sizes.extra': unknown field"));
        assertTrue(refusal("\"T\": 30, " + SIZES + ", \"quick\": {\"sizes\": {\"horizon\": -1}}")
                .contains("field 'quick.sizes.horizon'"));
        assertTrue(refusal("\"T\": 30, " + SIZES + ", \"quick\": {\"sizes\": {\"horizon2\": 1}}")
                .contains("field 'quick.sizes.horizon2': unknown field"));
        assertTrue(refusal("\"T\": 30, " + SIZES + ", \"quick\": {\"T\": 1e9}").contains("field 'quick.T'"),
                "the model's own check of its quick variant names the quick field");
        assertTrue(refusal("\"T\": 30, " + SIZES + ", \"quick\": {\"epsilon\": 1}")
                .contains("field 'quick.epsilon': unknown field"));
        assertTrue(refusal("\"T\": 30, \"quick\": {\"sizes\": {\"horizon\": 5}}")
                .contains("needs its full value"));
        assertTrue(refusal("\"T\": 30, \"quick\": 5").contains("field 'quick': must be an object"));
    }
}
