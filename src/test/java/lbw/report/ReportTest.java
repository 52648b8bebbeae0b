package lbw.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The report's value tree: dotted keys, flattening, convergence facts, notes, and refusal of bad keys. */
class ReportTest {

    private static Report sample() {
        Report r = new Report("toy");
        Section v = r.values();
        v.put("rate", 0.5).put("servers", 3).put("stable", true);
        Section o = v.section("optimum");
        o.put("workload", new double[] {1.5, Double.NaN});
        o.put("routing", new double[][] {{1, 2}, {3, 4}});
        o.converged("converged", true);
        Section.Items items = v.list("runs");
        items.add().put("seed", 7L).converged("converged", false);
        items.add().put("seed", 8L);
        v.put("thresholds", new Integer[] {2, null});
        v.put("curve", Table.create("c", DoubleColumn.create("x", new double[] {0.1, 0.2}),
                StringColumn.create("who", new String[] {"a", "b"})));
        r.notes(List.of("first note"));
        return r;
    }

    @Test
    void dottedKeysReachEveryKindOfValue() {
        Report r = sample();
        assertEquals("toy", r.get("model"));
        assertEquals(0.5, r.number("rate").getAsDouble());
        assertEquals(3L, r.get("servers"));
        assertEquals(1.5, r.number("optimum.workload.0").getAsDouble());
        assertTrue(r.number("optimum.workload.1").isEmpty(), "NaN is not a number to callers");
        assertEquals(3.0, r.number("optimum.routing.1.0").getAsDouble());
        assertEquals(8L, r.get("runs.1.seed"));
        assertEquals(0.2, r.number("curve.x.1").getAsDouble());
        assertEquals("b", r.get("curve.who.1"));
        assertNull(r.get("thresholds.1"));
        assertNull(r.get("optimum.nothing"));
        assertNull(r.get("optimum.workload.5"));
        assertNull(r.get("rate.0"));
    }

    @Test
    void flattenListsEveryLeafInOrder() {
        Map<String, Object> flat = sample().flatten();
        assertEquals(List.of("model", "rate", "servers", "stable", "optimum.workload.0", "optimum.workload.1",
                "optimum.routing.0.0", "optimum.routing.0.1", "optimum.routing.1.0", "optimum.routing.1.1",
                "optimum.converged", "runs.0.seed", "runs.0.converged", "runs.1.seed", "thresholds.0", "thresholds.1",
                "curve.x.0", "curve.x.1", "curve.who.0", "curve.who.1", "notes.0"), List.copyOf(flat.keySet()));
        assertNull(flat.get("optimum.workload.1"));
        assertEquals(2L, flat.get("thresholds.0"));
        assertEquals(4.0, flat.get("optimum.routing.1.1"));
    }

    @Test
    void convergenceFactsAreCollectedByPath() {
        Report r = sample();
        assertEquals(Map.of("optimum.converged", true, "runs.0.converged", false), r.convergence());
        assertFalse(r.converged());
        assertTrue(new Report("empty").converged());
    }

    @Test
    void notesLiveUnderTheRootKey() {
        assertEquals(List.of("first note"), sample().notes());
        assertEquals(List.of(), new Report("none").notes());
    }

    @Test
    void valuesAreCopiedIn() {
        double[] w = {1, 2};
        Report r = new Report("copy");
        r.values().put("w", w);
        w[0] = 99;
        assertEquals(1.0, r.number("w.0").getAsDouble());
        ((double[]) r.values().entries().get("w"))[1] = 99;
        assertEquals(2.0, r.number("w.1").getAsDouble());
    }

    @Test
    void badKeysAndNamesAreRefused() {
        Report r = new Report("bad");
        assertThrows(IllegalArgumentException.class, () -> r.values().put("model", 1.0), "duplicate key");
        assertThrows(IllegalArgumentException.class, () -> r.values().put("a.b", 1.0), "dot in a key");
        assertThrows(IllegalArgumentException.class, () -> r.values().put("", 1.0), "empty key");
        r.table("t", Table.create("t"));
        assertThrows(IllegalArgumentException.class, () -> r.table("t", Table.create("t")), "duplicate table");
        assertThrows(IllegalArgumentException.class, () -> r.chart("../escape", new Plot("p", "x", "y")),
                "a chart name is a file name inside the output folder");
    }

    @Test
    void plotSeriesMustHaveMatchingLengths() {
        assertThrows(IllegalArgumentException.class,
                () -> new Plot("p", "x", "y").line("s", new double[] {1, 2}, new double[] {1}, 0));
        Plot p = new Plot("p", "x", "y").points("s", new double[] {1}, new double[] {2}, new double[] {0.1}, 3);
        assertEquals(Plot.Style.POINTS, p.series().get(0).style());
        assertEquals(3, p.series().get(0).hue());
    }
}
