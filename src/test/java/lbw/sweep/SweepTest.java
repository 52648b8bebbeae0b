package lbw.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import lbw.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

/** The sweep scenario: reading, grid order, seeds, checks before work, failing rows, executors agreeing. */
class SweepTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A model for tests: {@code {"model": "square", "x": number, "seed": optional}}; solve gives
     * {@code {"y": x*x, "seed": seed, "draw": a uniform from seed}} and fails at run time when x = 13.
     */
    static final class SquareRunner implements ScenarioRunner {
        private static final long serialVersionUID = 1L;

        @Override
        public Supplier<ObjectNode> prepare(String source, ObjectNode s) {
            if (!s.get("model").asText().equals("square")) {
                throw new ScenarioException(source, "model", "unknown model");
            }
            s.fieldNames().forEachRemaining(n -> {
                if (!Set.of("model", "x", "seed").contains(n)) {
                    throw new ScenarioException(source, n, "unknown field");
                }
            });
            JsonNode x = s.get("x");
            if (x == null || !x.isNumber() || x.doubleValue() < 0) {
                throw new ScenarioException(source, "x", "= " + x + ": must be a number >= 0");
            }
            long seed = s.has("seed") ? s.get("seed").longValue() : 1;
            double v = x.doubleValue();
            return () -> {
                if (v == 13) {
                    throw new IllegalStateException("thirteen is unlucky");
                }
                ObjectNode o = JSON.createObjectNode();
                o.put("y", v * v);
                o.put("seed", seed);
                o.put("draw", new java.util.SplittableRandom(seed).nextDouble());
                return o;
            };
        }
    }

    private static Sweep sweep(String json) {
        return Sweep.parse("t.json", json);
    }

    private static SweepResult run(Sweep s, SweepExecutor ex) {
        return s.run(ex, new SquareRunner());
    }

    @Test
    void rangesHitTheirDecimalValuesAndKeepWholeNumbersWhole() {
        Sweep s = sweep("{\"model\": \"sweep\", \"scenario\": {\"model\": \"square\", \"x\": 1}, \"grid\": {"
                + "\"x\": {\"from\": 0.1, \"to\": 0.5, \"steps\": 5}, \"k\": {\"from\": 2, \"to\": 10, \"steps\": 5}},"
                + " \"collect\": [\"y\"]}");
        List<JsonNode> xs = s.axes().get(0).values();
        double[] expected = {0.1, 0.2, 0.3, 0.4, 0.5};
        for (int i = 0; i < 5; i++) {
            assertEquals(expected[i], xs.get(i).doubleValue(), 0.0, "the double nearest the decimal, exactly");
        }
        Sweep mixed = sweep("{\"model\": \"sweep\", \"scenario\": {\"model\": \"square\", \"x\": 1}, \"grid\": {"
                + "\"x\": {\"from\": 2, \"to\": 5, \"steps\": 3}}, \"collect\": [\"y\"]}");
        assertEquals("[2.0, 3.5, 5.0]", mixed.axes().get(0).values().toString(), "not all whole: all doubles");
        List<JsonNode> ks = s.axes().get(1).values();
        assertTrue(ks.stream().allMatch(JsonNode::isIntegralNumber));
        assertEquals(List.of(2L, 4L, 6L, 8L, 10L), ks.stream().map(JsonNode::longValue).toList());
        assertEquals(25, s.points());
    }

    @Test
    void rowsGoInGridOrderLastFieldFastestReplicationsInnermost() {
        Sweep s = sweep("{\"model\": \"sweep\", \"scenario\": {\"model\": \"square\", \"x\": 1, \"seed\": 5},"
                + " \"grid\": {\"x\": [1, 2, 3]}, \"replications\": 2, \"collect\": [\"y\"]}");
        SweepResult r = run(s, SweepExecutor.local(1));
        assertEquals(6, r.rows().size());
        int[] xs = {1, 1, 2, 2, 3, 3};
        for (int i = 0; i < 6; i++) {
            SweepRow row = r.rows().get(i);
            assertEquals(xs[i], row.point().get("x").intValue());
            assertEquals(i % 2, row.replication());
            assertEquals(xs[i] * xs[i], row.values().get("y").doubleValue(), 0.0);
        }
        Sweep two = sweep("{\"model\": \"sweep\", \"scenario\": {\"model\": \"m\", \"a\": 0, \"b\": 0}, \"grid\": {"
                + "\"a\": [1, 2], \"b\": [7, 8, 9]}, \"collect\": [\"y\"]}");
        assertEquals("{\"a\":1,\"b\":8}", two.point(1).toString());
        assertEquals("{\"a\":2,\"b\":7}", two.point(3).toString());
        assertEquals(6, two.points());
    }

    @Test
    void dottedPathsReachNestedFieldsAndListElements() {
        Sweep s = sweep("{\"model\": \"sweep\", \"scenario\": {\"model\": \"m\", \"a\": {\"b\": 1}, \"l\": [1, 2, 3]},"
                + " \"grid\": {\"a.b\": [5, 6], \"l.2\": [7, 8]}, \"collect\": [\"y\"]}");
        assertEquals(4, s.points());
        ObjectNode third = s.scenario(2, false);
        assertEquals(6, third.at("/a/b").intValue());
        assertEquals(7, third.at("/l/2").intValue());
        assertEquals(1, third.at("/l/0").intValue());
        assertEquals("{\"a.b\":6,\"l.2\":7}", s.point(2).toString());
    }

    @Test
    void seedsDependOnlyOnSeedPointAndReplication() {
        Set<Long> seen = new HashSet<>();
        for (int p = 0; p < 200; p++) {
            for (int r = 0; r < 20; r++) {
                long s = Seeds.derive(11, p, r);
                assertTrue(s >= 0 && s < (1L << 53), "53 bits: " + s);
                assertTrue(seen.add(s), "distinct");
                assertEquals(s, Seeds.derive(11, p, r));
            }
        }
        assertTrue(Seeds.derive(11, 0, 0) != Seeds.derive(12, 0, 0));
        // mix is SplitMix64's finalizer: mix(0) = 0 and the published first output of SplitMix64 seeded with 0.
        assertEquals(0L, Seeds.mix(0));
        assertEquals(0xE220A8397B1DCDAFL, Seeds.mix(0x9E3779B97F4A7C15L));
    }

    @Test
    void everyRowGetsItsDerivedSeedAndExecutorsAgreeBitForBit() throws Exception {
        Sweep s = sweep("{\"model\": \"sweep\", \"scenario\": {\"model\": \"square\", \"x\": 0}, \"grid\": {"
                + "\"x\": {\"from\": 0, \"to\": 3, \"steps\": 31}}, \"replications\": 3, \"seed\": 42,"
                + " \"collect\": [\"y\", \"seed\", \"draw\"]}");
        SweepResult one = run(s, SweepExecutor.local(1));
        for (SweepRow row : one.rows()) {
            assertEquals(Seeds.derive(42, row.index() / 3, row.replication()), row.values().get("seed").longValue());
        }
        String expected = JSON.writeValueAsString(one.json());
        for (int workers : new int[] {2, 3, 8}) {
            assertEquals(expected, JSON.writeValueAsString(run(s, SweepExecutor.local(workers)).json()), workers + " workers");
        }
    }

    @Test
    void aFailingRowKeepsItsPlaceWithTheErrorInWords() {
        Sweep s = sweep("{\"model\": \"sweep\", \"scenario\": {\"model\": \"square\", \"x\": 0}, \"grid\": {"
                + "\"x\": [12, 13, 14]}, \"collect\": [\"y\"]}");
        SweepResult r = run(s, SweepExecutor.local(2));
        assertEquals(1, r.failed());
        assertEquals("thirteen is unlucky", r.rows().get(1).error());
        assertNull(r.rows().get(1).values());
        assertEquals(196.0, r.rows().get(2).values().get("y").doubleValue(), 0.0);
        assertEquals(1, r.json().get("failed").intValue());
    }

    @Test
    void everyPointIsCheckedBeforeAnyRuns() {
        Sweep s = sweep("{\"model\": \"sweep\", \"scenario\": {\"model\": \"square\", \"x\": 0}, \"grid\": {"
                + "\"x\": [1, 2, -3]}, \"collect\": [\"y\"]}");
        int[] solved = {0};
        ScenarioRunner counting = (source, sc) -> {
            Supplier<ObjectNode> inner = new SquareRunner().prepare(source, sc);
            return () -> {
                solved[0]++;
                return inner.get();
            };
        };
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> s.run(SweepExecutor.local(1), counting));
        assertEquals("t.json: field 'scenario.x': = -3: must be a number >= 0 (grid point 2: x = -3)", e.getMessage());
        assertEquals(0, solved[0], "nothing solved");
    }

    @Test
    void unknownCollectKeysAreRefusedBeforeTheSweepRuns() {
        Sweep s = sweep("{\"model\": \"sweep\", \"scenario\": {\"model\": \"square\", \"x\": 0}, \"grid\": {"
                + "\"x\": [1, 2]}, \"collect\": [\"y\", \"z\"]}");
        ScenarioException e = assertThrows(ScenarioException.class, () -> run(s, SweepExecutor.local(1)));
        assertEquals("collect[1]", e.field());
        assertTrue(e.reason().contains("'z' is not a key") && e.reason().contains("its keys: y, seed, draw"), e.reason());
    }

    @Test
    void theQuickVariantTakesItsGridReplicationsAndScenarioFieldsFromQuick() {
        Sweep full = sweep("{\"model\": \"sweep\", \"scenario\": {\"model\": \"square\", \"x\": 0, \"z\": 1},"
                + " \"grid\": {\"x\": [1, 2, 3]}, \"replications\": 4, \"seed\": 9, \"collect\": [\"y\"],"
                + " \"quick\": {\"grid\": {\"x\": [2]}, \"replications\": 2, \"scenario\": {\"z\": 5}}}");
        assertEquals(12, full.rows());
        Sweep q = full.quick();
        assertEquals(2, q.rows());
        assertEquals(2, q.replications());
        assertEquals(9, q.seed(), "the seed is the file's");
        assertEquals(5, q.scenario(0, false).get("z").asInt(), "quick scenario fields are merged in");
        assertEquals(2, q.scenario(0, false).get("x").asInt());
        assertEquals(1, full.scenario(0, false).get("z").asInt(), "the full sweep keeps its own");
        assertEquals(q, q.quick(), "a quick variant is its own quick variant");
        Sweep plain = sweep("{\"model\": \"sweep\", \"scenario\": {\"model\": \"square\", \"x\": 0},"
                + " \"grid\": {\"x\": [1]}, \"collect\": [\"y\"]}");
        assertEquals(plain, plain.quick());
    }

    @Test
    void badSweepFieldsNameTheFieldAndValue() {
        String base = "{\"model\": \"sweep\", \"scenario\": {\"model\": \"square\", \"x\": 0}, \"grid\": GRID,"
                + " \"collect\": [\"y\"]EXTRA}";
        String[][] cases = {
            {"{\"x\": 3}", "", "grid.x", "must be a list of values or a range"},
            {"{\"x\": []}", "", "grid.x", "empty list"},
            {"{\"x\": {\"from\": 0, \"to\": 1}}", "", "grid.x.steps", "must be a whole number >= 1"},
            {"{\"x\": {\"from\": 0, \"to\": 1, \"steps\": 1}}", "", "grid.x.steps", "give at least 2 steps"},
            {"{\"x\": {\"from\": 0, \"to\": 1, \"step\": 0.1}}", "", "grid.x.step", "unknown field"},
            {"{\"model\": [\"a\"]}", "", "grid.model", "cannot be varied"},
            {"{\"seed\": [1, 2]}", "", "grid.seed", "use \"replications\""},
            {"{\"a.b\": [1]}", "", "grid.a.b", "no object or list at 'a'"},
            {"{\"x\": [1]}", ", \"replications\": 0", "replications", "from 1 to 1000000"},
            {"{\"x\": [1]}", ", \"seed\": 1.5", "seed", "whole number"},
            {"{\"x\": [1]}", ", \"colect\": 1", "colect", "unknown field"},
            {"{\"x\": {\"from\": 0, \"to\": 1, \"steps\": 2000}, \"y\": {\"from\": 0, \"to\": 1, \"steps\": 2000}}", "",
                "grid", "more than 2000000 rows"},
            {"{\"x\": [1]}", ", \"quick\": 5", "quick", "must be an object"},
            {"{\"x\": [1]}", ", \"quick\": {\"seed\": 2}", "quick.seed", "unknown field"},
            {"{\"x\": [1]}", ", \"quick\": {\"grid\": {\"x\": []}}", "quick.grid.x", "empty list"},
            {"{\"x\": [1]}", ", \"quick\": {\"replications\": 0}", "quick.replications", "from 1 to 1000000"},
            {"{\"x\": [1]}", ", \"quick\": {\"scenario\": 3}", "quick.scenario", "must be an object"},
        };
        for (String[] c : cases) {
            ScenarioException e = assertThrows(ScenarioException.class,
                    () -> sweep(base.replace("GRID", c[0]).replace("EXTRA", c[1])), c[0] + c[1]);
            assertEquals(c[2], e.field(), e.getMessage());
            assertTrue(e.reason().contains(c[3]), e.getMessage());
        }
        assertThrows(ScenarioException.class, () -> sweep("{\"model\": \"sweep\", \"scenario\": {\"model\": \"sweep\"},"
                + " \"grid\": {}, \"collect\": [\"y\"]}"));
    }

    @Test
    void replicationsOfAModelWithoutSeedAreRefused() {
        ScenarioRunner unseeded = (source, sc) -> {
            if (sc.has("seed")) {
                throw new ScenarioException(source, "seed", "unknown field");
            }
            return new SquareRunner().prepare(source, sc);
        };
        Sweep s = sweep("{\"model\": \"sweep\", \"scenario\": {\"model\": \"square\", \"x\": 0}, \"grid\": {"
                + "\"x\": [1, 2]}, \"replications\": 2, \"collect\": [\"y\"]}");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> s.run(SweepExecutor.local(1), unseeded));
        assertEquals("replications", e.field());
        Sweep once = sweep("{\"model\": \"sweep\", \"scenario\": {\"model\": \"square\", \"x\": 0}, \"grid\": {"
                + "\"x\": [1, 2]}, \"collect\": [\"y\"]}");
        assertEquals(0, once.run(SweepExecutor.local(1), unseeded).failed());
    }

    @Test
    void progressReachesTheWorkListenerAndInterruptingStopsTheSweep() {
        Sweep s = sweep("{\"model\": \"sweep\", \"scenario\": {\"model\": \"square\", \"x\": 0}, \"grid\": {"
                + "\"x\": {\"from\": 0, \"to\": 1, \"steps\": 40}}, \"collect\": [\"y\"]}");
        java.util.List<Long> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        String[] summary = new String[1];
        lbw.core.Work.Listener listener = new lbw.core.Work.Listener() {
            @Override
            public void started(lbw.core.Work w) {
            }

            @Override
            public void progressed(lbw.core.Work w) {
                seen.add(w.done());
            }

            @Override
            public void finished(lbw.core.Work w, boolean cancelled) {
                summary[0] = (cancelled ? "cancelled: " : "") + w.summary();
            }
        };
        ScenarioRunner slow = (source, sc) -> {
            Supplier<ObjectNode> inner = new SquareRunner().prepare(source, sc);
            return () -> {
                try {
                    Thread.sleep(15);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return inner.get();
            };
        };
        lbw.core.Work.Listener before = lbw.core.Work.setListener(listener);
        try {
            SweepResult r = s.run(SweepExecutor.local(2), slow);
            assertEquals(40, r.rows().size());
            assertTrue(!seen.isEmpty() && seen.stream().allMatch(n -> n >= 1 && n <= 40), seen.toString());
            assertTrue(summary[0].startsWith("sweep of square: 40 rows, 0 failed, in "), summary[0]);

            Thread.currentThread().interrupt();
            assertThrows(lbw.core.Work.Cancelled.class, () -> s.run(SweepExecutor.local(2), slow));
            Thread.interrupted();
        } finally {
            lbw.core.Work.setListener(before);
        }
    }
}
