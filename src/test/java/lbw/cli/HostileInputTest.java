package lbw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lbw.core.Workbench;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input suite: every data file, mutated field by field (deleted, duplicated, null, extreme, tiny,
 * negative, wrong-typed, wrong-shaped; nested fields and first array elements included), plus the degenerate classes
 * that once crashed, hung or printed nonsense. Every run must end, within {@link #CAP}, in one of three ways:
 *
 * <ul>
 *   <li>status 0 with a sane result: JSON naming its model, every convergence flag true, and any {@code null}
 *       explained by a note;</li>
 *   <li>status 2 with exactly one line on stderr that names the file, nothing on stdout, and the existing
 *       {@code --out} folder untouched (each run passes {@code --force} on a folder holding a marker file);</li>
 *   <li>status 3 with the result printed and a line naming what did not converge.</li>
 * </ul>
 * Status 1 (an internal error) or running past the cap fails the case. Runs are in-process, so the suite stays fast.
 */
class HostileInputTest {

    /** Time cap per run (generous: the machine may be shared). */
    static final Duration CAP = Duration.ofSeconds(90);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @TempDir
    static Path dir;

    /** The data files, with the long studies shortened so that the many mutations that solve stay quick. */
    static List<Map.Entry<String, ObjectNode>> bases() throws IOException {
        List<Map.Entry<String, ObjectNode>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Workbench.home().resolve("data"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                ObjectNode o = (ObjectNode) JSON.readTree(p.toFile());
                String model = o.path("model").asText();
                if (model.equals("sweep")) {
                    // Sweeps: one grid point (in the quick grid too), at most two replications, so that the mutations
                    // that run stay quick.
                    ObjectNode grid = (ObjectNode) o.get("grid");
                    grid.fields().forEachRemaining(e -> {
                        if (e.getValue().isArray()) {
                            ArrayNode one = JSON.createArrayNode();
                            one.add(e.getValue().get(0));
                            e.setValue(one);
                        } else {
                            ((ObjectNode) e.getValue()).put("steps", 1);
                            ((ObjectNode) e.getValue()).set("to", e.getValue().get("from"));
                        }
                    });
                    if (o.path("replications").asInt(1) > 2) {
                        o.put("replications", 2);
                    }
                    if (o.path("quick").has("grid")) {
                        ((ObjectNode) o.get("quick")).set("grid", o.get("grid").deepCopy());
                    }
                    if (o.path("quick").has("replications")) {
                        ((ObjectNode) o.get("quick")).put("replications", 2);
                    }
                }
                if (model.equals("offloading-figure5")) {
                    o.set("rhos", JSON.valueToTree(new double[] {0.2, 0.5, 0.8}));
                    o.set("simulationRhos", JSON.valueToTree(new double[] {0.5}));
                    o.put("horizon", 200);
                    o.put("replications", 2);
                    o.put("buffer", 40);
                }
                if (model.startsWith("offloading")) {
                    o.put("buffer", 30);
                }
                if (model.equals("bipartite")) {
                    o.set("scales", JSON.valueToTree(new double[] {10, 100}));
                }
                out.add(Map.entry(p.getFileName().toString(), o));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicNode> everyDataFileMutatedFieldByField() throws IOException {
        List<DynamicNode> perFile = new ArrayList<>();
        for (Map.Entry<String, ObjectNode> base : bases()) {
            List<DynamicNode> cases = new ArrayList<>();
            cases.add(solveCase(base.getKey() + " as given", base.getValue().toString()));
            for (String path : fieldPaths(base.getValue(), "")) {
                if (path.equals("model")) {
                    continue;
                }
                for (Mutation m : MUTATIONS) {
                    ObjectNode copy = base.getValue().deepCopy();
                    String text = m.apply(copy, path);
                    if (text != null) {
                        cases.add(solveCase(path + " " + m.name, text));
                    }
                }
            }
            perFile.add(DynamicContainer.dynamicContainer(base.getKey(), cases));
        }
        return perFile.stream();
    }

    /** The classes of degenerate input named in issue 10, each as one representative file. */
    @TestFactory
    Stream<DynamicNode> degenerateClasses() {
        String off = "{\"model\": \"offloading\", \"rho\": 0.5, \"K\": 5, \"f\": 0.5, \"buffer\": 30";
        String fig5 = "{\"model\": \"offloading-figure5\", \"K\": 5, \"f\": 0.5, \"buffer\": 30, \"discount\": 0.99, "
                + "\"simulationRhos\": [0.5], \"horizon\": 200, \"replications\": 2";
        String mmc = "{\"model\": \"mmc\", \"arrivalRate\": 8, \"serviceRate\": 1, \"servers\": 10";
        String sd = "{\"model\": \"setup-delays\", \"capacity\": [15, 10], \"arrivalRate\": [16, 8], "
                + "\"setupTime\": [[1, 2], [2, 1]], \"epsilon\": 0.01, \"capacityMargin\": 0.99, \"horizon\": 60";
        String bp = "{\"model\": \"bipartite\", \"arrivalRate\": [0.4, 0.6], \"edges\": [[0, 0], [1, 0], [1, 1]], "
                + "\"initialWorkload\": [2, 1], \"horizon\": 20, \"seed\": 1";
        String rates = "\"serviceRate\": [{\"family\": \"saturating\", \"max\": 1, \"half\": 1}, "
                + "{\"family\": \"saturating\", \"max\": 1, \"half\": 2}]";
        return Stream.of(
                solveCase("offloading discount 1e-300", off + ", \"discount\": 1e-300}"),
                solveCase("offloading rho 1e-320", off.replace("0.5, \"K\"", "1e-320, \"K\"") + "}"),
                solveCase("offloading K 1e308", off.replace("\"K\": 5", "\"K\": 1e308") + "}"),
                solveCase("offloading buffer 1000", off.replace("\"buffer\": 30", "\"buffer\": 1000") + "}"),
                solveCase("offloading buffer 3500", off.replace("\"buffer\": 30", "\"buffer\": 3500") + "}"),
                solveCase("offloading buffer 2147483647", off.replace("\"buffer\": 30", "\"buffer\": 2147483647") + "}"),
                solveCase("offloading discount at its maximum 0.9999", off + ", \"discount\": 0.9999}"),
                solveCase("offloading rho at its minimum 0.001", off.replace("0.5, \"K\"", "0.001, \"K\"") + "}"),
                solveCase("offloading rho at its maximum 0.99", off.replace("0.5, \"K\"", "0.99, \"K\"") + "}"),
                solveCase("figure5 rhos []", fig5 + ", \"rhos\": []}"),
                solveCase("figure5 unsorted rhos", fig5 + ", \"rhos\": [0.8, 0.2, 0.2]}"),
                solveCase("figure5 horizon 1e-9", fig5.replace("\"horizon\": 200", "\"horizon\": 1e-9")
                        + ", \"rhos\": [0.2, 0.5]}"),
                solveCase("figure5 horizon 1e15", fig5.replace("\"horizon\": 200", "\"horizon\": 1e15")
                        + ", \"rhos\": [0.2, 0.5]}"),
                solveCase("figure5 replications 2e9", fig5.replace("\"replications\": 2", "\"replications\": 2000000000")
                        + ", \"rhos\": [0.2, 0.5]}"),
                solveCase("figure5 Offload-Only never stable", fig5.replace("\"simulationRhos\": [0.5]",
                        "\"simulationRhos\": [0.9]") + ", \"rhos\": [0.9, 0.95]}"),
                solveCase("mmc rates 1e308", mmc.replace("8, \"serviceRate\": 1", "1e308, \"serviceRate\": 1e308") + "}"),
                solveCase("mmc rates 1e-320", mmc.replace("8, \"serviceRate\": 1", "1e-320, \"serviceRate\": 1e-320")
                        + "}"),
                solveCase("mmc servers 2147483647", mmc.replace("\"servers\": 10", "\"servers\": 2147483647") + "}"),
                solveCase("mmc at its extremes", "{\"model\": \"mmc\", \"arrivalRate\": 1e-6, \"serviceRate\": 1e6, "
                        + "\"servers\": 1000000}"),
                solveCase("mmc utilization 1 - 1e-9", mmc.replace("\"arrivalRate\": 8", "\"arrivalRate\": 9.99999999")
                        + "}"),
                solveCase("setup delays capacity 1e308", sd.replace("[15, 10]", "[1e308, 1e308]") + "}"),
                solveCase("setup delays capacity 1e-320", sd.replace("[15, 10]", "[1e-320, 10]") + "}"),
                solveCase("setup delays epsilon 1e-300", sd.replace("0.01", "1e-300") + "}"),
                solveCase("setup delays horizon 1e12", sd.replace("\"horizon\": 60", "\"horizon\": 1e12") + "}"),
                solveCase("setup delays at the range limits", sd.replace("0.01", "0.0001")
                        .replace("\"horizon\": 60", "\"horizon\": 1e6").replace("[[1, 2], [2, 1]]",
                                "[[0.001, 1000], [1000, 0.001]]") + "}"),
                solveCase("setup delays 300 x 300", setupDelays(300, 60)),
                solveCase("setup delays quick horizon 1e12", sd + ", \"quick\": {\"horizon\": 1e12}}"),
                solveCase("setup delays quick horizon a string", sd + ", \"quick\": {\"horizon\": \"short\"}}"),
                solveCase("setup delays quick size without its full value", sd
                        + ", \"quick\": {\"sizes\": {\"myopicHorizon\": 40}}}"),
                solveCase("setup delays quick size undeclared", sd + ", " + SD_SIZES
                        + ", \"quick\": {\"sizes\": {\"walkthroughHorizon\": 40}}}"),
                solveCase("setup delays size 1e300", sd + ", " + SD_SIZES.replace("\"randomHorizon\": 10000",
                        "\"randomHorizon\": 1e300") + "}"),
                solveCase("setup delays 201 scales", sd + ", " + SD_SIZES.replace("[5, 50]",
                        "[" + String.join(", ", java.util.Collections.nCopies(201, "5")) + "]") + "}"),
                solveCase("setup delays sizes and quick as given", sd + ", " + SD_SIZES
                        + ", \"quick\": {\"horizon\": 30, \"sizes\": {\"stochasticScales\": [5]}}}"),
                solveCase("setup delays 12 x 12", setupDelays(12, 60)),
                solveCase("bipartite half 1e-300", bp + ", \"scales\": [10], " + rates.replace("\"half\": 1}",
                        "\"half\": 1e-300}") + "}"),
                solveCase("bipartite max 1e308", bp + ", \"scales\": [10], " + rates.replace("\"max\": 1,",
                        "\"max\": 1e308,") + "}"),
                solveCase("bipartite scales [1e9]", bp + ", \"scales\": [1e9], " + rates + "}"),
                solveCase("bipartite horizon 1e12", bp.replace("\"horizon\": 20", "\"horizon\": 1e12")
                        + ", \"scales\": [10], " + rates + "}"),
                solveCase("bipartite F = B = 10,000 at degree 2", bipartite(10_000)),
                solveCase("bipartite F = B = 70,000", bipartite(70_000)),
                solveCase("bipartite F = B = 300 (sparse output)", bipartite(300)),
                solveCase("bipartite changes []", bp + ", \"scales\": [10], " + rates + ", \"changes\": []}"),
                solveCase("bipartite changes 5", bp + ", \"scales\": [10], " + rates + ", \"changes\": 5}"),
                solveCase("bipartite changes removes a missing edge", bpChanges(bp, rates,
                        "{\"time\": 5, \"removeEdges\": [[0, 1]]}")),
                solveCase("bipartite changes removes a frontend's last edge", bpChanges(bp, rates,
                        "{\"time\": 5, \"removeEdges\": [[0, 0]]}")),
                solveCase("bipartite changes adds an edge twice", bpChanges(bp, rates,
                        "{\"time\": 5, \"addEdges\": [[0, 1], [0, 1]]}")),
                solveCase("bipartite changes edge [1e9, -1]", bpChanges(bp, rates,
                        "{\"time\": 5, \"addEdges\": [[1000000000, -1]]}")),
                solveCase("bipartite changes at the horizon", bpChanges(bp, rates,
                        "{\"time\": 20, \"arrivalRate\": [0.4, 0.5]}")),
                solveCase("bipartite changes out of order", bpChanges(bp, rates,
                        "{\"time\": 9, \"arrivalRate\": [0.4, 0.5]}, {\"time\": 3, \"arrivalRate\": [0.4, 0.6]}")),
                solveCase("bipartite changes surge beyond capacity", bpChanges(bp, rates,
                        "{\"time\": 5, \"arrivalRate\": [0.4, 1.7]}")),
                solveCase("bipartite changes nothing", bpChanges(bp, rates, "{\"time\": 5}")),
                solveCase("bipartite changes 200 (the maximum)", bpChanges(bp, rates, manyChanges(200))),
                solveCase("bipartite changes 201", bpChanges(bp, rates, manyChanges(201))),
                solveCase("bipartite changes last regime under 2 periods", bpChanges(bp, rates,
                        "{\"time\": 19.99, \"arrivalRate\": [0.4, 0.5]}")),
                solveCase("description 5", mmc + ", \"description\": 5}"),
                solveCase("description object", mmc + ", \"description\": {\"a\": [1, 2]}}"),
                solveCase("seed null", bp.replace("\"seed\": 1", "\"seed\": null") + ", \"scales\": [10], " + rates + "}"),
                solveCase("deeply nested array", mmc + ", \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}"),
                solveCase("a number with 2000 digits", mmc.replace("\"servers\": 10", "\"servers\": 1" + "0".repeat(2000))
                        + "}"),
                solveCase("not JSON at all", "\u0000\u0001 binary"),
                solveCase("empty file", ""));
    }

    /** Every study size a setup-delay file may give. */
    private static final String SD_SIZES = "\"sizes\": {\"myopicHorizon\": 100, \"otherStartsHorizon\": 40, \"proximalHorizon\": 150, "
                + "\"marginSweepHorizon\": 80, \"marginSweepSeeds\": 3, \"pureDelayHorizon\": 200, "
                + "\"pureDelayEpsilons\": [0.01, 1], \"pureDelayScales\": [1, 3], \"stochasticHorizon\": 30, "
                + "\"stochasticScales\": [5, 50], \"fluidLimitSeeds\": 4, \"exerciseFluidLimitHorizon\": 10, "
                + "\"randomInstances\": 40, \"randomHorizon\": 10000, \"randomSamples\": 4000}";

    /** Twelve task types and pools (two-digit indices) solve and give the same result structure as 2 x 2. */
    @org.junit.jupiter.api.Test
    void setupDelaysTwelveByTwelveMatchesTheSmallInstancesStructure() throws IOException {
        Path small = Workbench.data("setup-delays-figure1.json");
        Path big = Files.writeString(dir.resolve("sd12.json"), setupDelays(12, 60));
        JsonNode s = JSON.readTree(run(small).out());
        CliRun r = run(big);
        assertTrue(r.status() == Main.OK || r.status() == Main.NOT_CONVERGED, r.err());
        JsonNode b = JSON.readTree(r.out());
        assertEquals(shape(s, 2), shape(b, 12), "same keys, vectors of length n, m x n matrices");
        assertEquals(12, b.at("/lp/routing").size());
        assertEquals(12, b.at("/lp/routing/11").size());
        assertTrue(b.at("/lp/gap").asDouble() < 1e-6, "the LP is solved exactly");
        assertTrue(b.at("/myopic/converged").asBoolean(), "the myopic equilibrium converges");
    }

    private static CliRun run(Path file) {
        ByteArrayOutputStream so = new ByteArrayOutputStream();
        ByteArrayOutputStream se = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"solve", file.toString()}, new PrintStream(so, true, StandardCharsets.UTF_8),
                new PrintStream(se, true, StandardCharsets.UTF_8), dir);
        return new CliRun(status, so.toString(StandardCharsets.UTF_8), se.toString(StandardCharsets.UTF_8));
    }

    /** The result's shape: keys, and array lengths written as "n" when they equal the dimension. */
    private static String shape(JsonNode n, int dim) {
        if (n.isObject()) {
            StringBuilder sb = new StringBuilder("{");
            n.fieldNames().forEachRemaining(k -> sb.append(k).append(':').append(shape(n.get(k), dim)).append(','));
            return sb.append('}').toString();
        }
        if (n.isArray()) {
            String len = n.size() == dim ? "n" : Integer.toString(n.size());
            return "[" + len + ":" + (n.isEmpty() ? "" : shape(n.get(0), dim)) + "]";
        }
        return n.isNumber() || n.isNull() ? "number" : n.getNodeType().toString();
    }

    private static String setupDelays(int n, double horizon) {
        ObjectNode o = F.objectNode();
        o.put("model", "setup-delays");
        ArrayNode c = o.putArray("capacity");
        ArrayNode r = o.putArray("arrivalRate");
        ArrayNode tau = o.putArray("setupTime");
        for (int i = 0; i < n; i++) {
            c.add(10 + i % 7);
            r.add(8 + (i * 3) % 5);
            ArrayNode row = tau.addArray();
            for (int j = 0; j < n; j++) {
                row.add(i == j ? 1 : 1.5 + ((i * 7 + j * 3) % 5) / 4.0);
            }
        }
        o.put("epsilon", 0.05);
        o.put("capacityMargin", 0.99);
        o.put("horizon", horizon);
        return o.toString();
    }

    /** The bipartite base with scale 10 and the given {@code changes} entries. */
    private static String bpChanges(String bp, String rates, String entries) {
        return bp + ", \"scales\": [10], " + rates + ", \"changes\": [" + entries + "]}";
    }

    /** n changes of the N model's arrival rates, evenly spread over (0, 19), alternating between two loads. */
    private static String manyChanges(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append(i == 1 ? "" : ", ").append("{\"time\": ").append(19.0 * i / (n + 1))
                    .append(", \"arrivalRate\": [0.4, ").append(i % 2 == 0 ? 0.6 : 0.5).append("]}");
        }
        return sb.toString();
    }

    private static String bipartite(int n) {
        StringBuilder sb = new StringBuilder("{\"model\": \"bipartite\", \"arrivalRate\": [");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append(0.5);
        }
        sb.append("], \"serviceRate\": [");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"family\": \"saturating\", \"max\": 1, \"half\": 1}");
        }
        sb.append("], \"edges\": [");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append('[').append(i).append(',').append(i).append("],[").append(i)
                    .append(',').append((i + 1) % n).append(']');
        }
        sb.append("], \"initialWorkload\": [");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append(1);
        }
        return sb.append("], \"horizon\": 5, \"scales\": [10], \"seed\": 3}").toString();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Mutations

    /** A named mutation of the field at a path; returns the file text, or null when it does not apply. */
    record Mutation(String name, Mutator m) {
        String apply(ObjectNode root, String path) {
            return m.apply(root, path);
        }
    }

    @FunctionalInterface
    interface Mutator {
        String apply(ObjectNode root, String path);
    }

    static final List<Mutation> MUTATIONS = List.of(
            new Mutation("deleted", (root, path) -> edit(root, path, (parent, key) -> remove(parent, key))),
            new Mutation("duplicated", (root, path) -> path.contains(".") || path.contains("[") ? null
                    : root.toString().replaceFirst("\\{", "{\"" + path + "\": " + root.get(path) + ", ")),
            new Mutation("null", (root, path) -> edit(root, path, (p, k) -> set(p, k, F.nullNode()))),
            new Mutation("1e308", (root, path) -> edit(root, path, (p, k) -> set(p, k, F.numberNode(1e308)))),
            new Mutation("-1e308", (root, path) -> edit(root, path, (p, k) -> set(p, k, F.numberNode(-1e308)))),
            new Mutation("1e-320", (root, path) -> edit(root, path, (p, k) -> set(p, k, F.numberNode(1e-320)))),
            new Mutation("0", (root, path) -> edit(root, path, (p, k) -> set(p, k, F.numberNode(0)))),
            new Mutation("-1", (root, path) -> edit(root, path, (p, k) -> set(p, k, F.numberNode(-1)))),
            new Mutation("2147483647", (root, path) -> edit(root, path, (p, k) -> set(p, k,
                    F.numberNode(Integer.MAX_VALUE)))),
            new Mutation("1e15", (root, path) -> edit(root, path, (p, k) -> set(p, k, F.numberNode(1e15)))),
            new Mutation("0.5", (root, path) -> edit(root, path, (p, k) -> set(p, k, F.numberNode(0.5)))),
            new Mutation("as text", (root, path) -> edit(root, path, (p, k) -> set(p, k, F.textNode("12\nx")))),
            new Mutation("as boolean", (root, path) -> edit(root, path, (p, k) -> set(p, k, F.booleanNode(true)))),
            new Mutation("as object", (root, path) -> edit(root, path, (p, k) -> set(p, k, F.objectNode()))),
            new Mutation("as empty array", (root, path) -> edit(root, path, (p, k) -> set(p, k, F.arrayNode()))),
            new Mutation("wrapped in an array", (root, path) -> edit(root, path,
                    (p, k) -> set(p, k, F.arrayNode().add(get(p, k).deepCopy())))),
            new Mutation("doubled in length", (root, path) -> edit(root, path, (p, k) -> {
                JsonNode v = get(p, k);
                if (!v.isArray()) {
                    return false;
                }
                ArrayNode a = ((ArrayNode) v).deepCopy();
                a.addAll(((ArrayNode) v).deepCopy());
                return set(p, k, a);
            })));

    interface Edit {
        boolean apply(JsonNode parent, String key);
    }

    /** Applies an edit to the field at a dotted path with [i] indices; null when the edit does not apply. */
    private static String edit(ObjectNode root, String path, Edit e) {
        JsonNode parent = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            parent = step(parent, parts[i]);
        }
        String last = parts[parts.length - 1];
        int br = last.indexOf('[');
        if (br >= 0) {
            parent = parent.get(last.substring(0, br));
            last = last.substring(br);
        }
        return e.apply(parent, last) ? root.toString() : null;
    }

    private static JsonNode step(JsonNode node, String part) {
        int br = part.indexOf('[');
        if (br < 0) {
            return node.get(part);
        }
        JsonNode n = node.get(part.substring(0, br));
        for (String idx : part.substring(br + 1, part.length() - 1).split("\\]\\[")) {
            n = n.get(Integer.parseInt(idx));
        }
        return n;
    }

    private static JsonNode get(JsonNode parent, String key) {
        return key.startsWith("[") ? step(F.objectNode().set("x", parent), "x" + key) : parent.get(key);
    }

    private static boolean set(JsonNode parent, String key, JsonNode value) {
        if (key.startsWith("[")) {
            String[] idx = key.substring(1, key.length() - 1).split("\\]\\[");
            JsonNode n = parent;
            for (int i = 0; i < idx.length - 1; i++) {
                n = n.get(Integer.parseInt(idx[i]));
            }
            ((ArrayNode) n).set(Integer.parseInt(idx[idx.length - 1]), value);
        } else {
            ((ObjectNode) parent).set(key, value);
        }
        return true;
    }

    private static boolean remove(JsonNode parent, String key) {
        if (key.startsWith("[")) {
            String[] idx = key.substring(1, key.length() - 1).split("\\]\\[");
            JsonNode n = parent;
            for (int i = 0; i < idx.length - 1; i++) {
                n = n.get(Integer.parseInt(idx[i]));
            }
            ((ArrayNode) n).remove(Integer.parseInt(idx[idx.length - 1]));
        } else {
            ((ObjectNode) parent).remove(key);
        }
        return true;
    }

    /** Every field path: top-level fields, nested object fields, and the first element (and row) of arrays. */
    static List<String> fieldPaths(JsonNode node, String prefix) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                String p = prefix.isEmpty() ? k : prefix + "." + k;
                out.add(p);
                out.addAll(fieldPaths(node.get(k), p));
            }
        } else if (node.isArray() && !node.isEmpty()) {
            String p = prefix + "[0]";
            out.add(p);
            out.addAll(fieldPaths(node.get(0), p));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------------------
    // One run and its contract

    private static final java.util.concurrent.atomic.AtomicInteger COUNTER = new java.util.concurrent.atomic.AtomicInteger();

    static DynamicTest solveCase(String name, String text) {
        return DynamicTest.dynamicTest(name, () -> {
            Path caseDir = Files.createDirectories(dir.resolve("case" + COUNTER.incrementAndGet()));
            Path file = Files.writeString(caseDir.resolve("s.json"), text);
            Path out = Files.createDirectories(caseDir.resolve("out"));
            Files.writeString(out.resolve("marker.txt"), "before");
            ByteArrayOutputStream so = new ByteArrayOutputStream();
            ByteArrayOutputStream se = new ByteArrayOutputStream();
            int status = assertTimeoutPreemptively(CAP, () -> Main.run(new String[] {"solve", "s.json", "--out", "out",
                    "--force"}, new PrintStream(so, true, StandardCharsets.UTF_8),
                    new PrintStream(se, true, StandardCharsets.UTF_8), caseDir), name + " ran past " + CAP);
            String stdout = so.toString(StandardCharsets.UTF_8);
            String stderr = se.toString(StandardCharsets.UTF_8);
            List<String> dirs = listing(caseDir);
            assertEquals(List.of("out", "s.json"), dirs, "no temporary folder left: " + dirs);
            switch (status) {
                case Main.BAD_INPUT -> {
                    assertEquals("", stdout, "nothing on stdout");
                    assertTrue(stderr.endsWith("\n") && stderr.indexOf('\n') == stderr.length() - 1,
                            "exactly one line: " + stderr);
                    assertTrue(stderr.startsWith("s.json: "), "names the file: " + stderr);
                    assertEquals(List.of("marker.txt"), listing(out), "--out untouched on refusal");
                }
                case Main.OK -> {
                    JsonNode j = JSON.readTree(stdout);
                    assertTrue(j.path("model").isTextual(), "names its model");
                    assertEquals(List.of(), Convergence.misses(j), "status 0 means everything converged");
                    if (j.path("model").asText().equals("sweep")) {
                        // A sweep's rows carry "error": null by format; status 0 means no row failed.
                        assertEquals(0, j.path("failed").asInt(-1), "status 0: no failed row");
                    } else if (hasNull(j)) {
                        assertTrue(j.path("notes").size() > 0, "a null needs a note explaining it: " + stdout);
                    }
                    assertFalse(listing(out).contains("marker.txt"), "--force replaced the folder");
                    assertTrue(stderr.lines().count() <= 1, stderr);
                }
                case Main.NOT_CONVERGED -> {
                    JsonNode j = JSON.readTree(stdout);
                    if (j.path("model").asText().equals("sweep")) {
                        assertTrue(j.path("failed").asInt() > 0, "status 3: some rows failed");
                        assertTrue(stderr.contains(" rows failed"), stderr);
                    } else {
                        assertFalse(Convergence.misses(j).isEmpty(), "status 3 names a converged: false");
                        assertTrue(stderr.contains("did not converge: "), stderr);
                    }
                }
                default -> fail("status " + status + ": " + stderr);
            }
        });
    }

    private static boolean hasNull(JsonNode n) {
        if (n.isNull()) {
            return true;
        }
        for (JsonNode c : n) {
            if (hasNull(c)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> listing(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
