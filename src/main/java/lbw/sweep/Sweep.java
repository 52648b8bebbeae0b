package lbw.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import lbw.core.Work;
import lbw.core.Workbench;
import lbw.scenario.Scenario;
import lbw.scenario.ScenarioException;

/**
 * A sweep scenario ({@code "model": "sweep"}): an inner scenario, a grid over some of its fields, a number of
 * replications, a seed and the output keys to collect. Read and checked by {@link #read}; nothing here solves.
 *
 * <pre>{@code
 * {"model": "sweep",
 *  "scenario": {"model": "offloading", "rho": 0.5, "K": 5, "f": 0.5, "mu0": 1, "buffer": 30, "discount": 0.99},
 *  "grid": {"rho": [0.3, 0.6], "K": {"from": 2, "to": 10, "steps": 5}},
 *  "replications": 1, "seed": 11,
 *  "collect": ["delay.optimal", "thresholds.cloudBusySM1"]}
 * }</pre>
 *
 * Grid points are numbered in grid order, the last grid field varying fastest; rows are numbered point by point with
 * the replications innermost: row {@code r} is point {@code r / replications}, replication {@code r % replications}.
 */
public final class Sweep implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The value of {@code "model"} that makes a scenario file a sweep. */
    public static final String MODEL = "sweep";
    /** The most rows (points times replications) a sweep may have: the rows are held in memory. */
    public static final long MAX_ROWS = 2_000_000;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Set<String> FIELDS = Set.of("model", "description", "scenario", "grid", "replications", "seed",
            "collect", "quick");
    /** What a sweep's {@code "quick"} object may set: the scenario's fields (merged), the grid and the replications. */
    private static final Set<String> QUICK_FIELDS = Set.of("scenario", "grid", "replications");

    /** One grid field: a dotted path into the inner scenario and its values, in order. */
    public record Axis(String path, List<JsonNode> values) implements Serializable {
        public Axis {
            values = List.copyOf(values);
        }
    }

    private final String source;
    private final ObjectNode scenario;
    private final List<Axis> axes;
    private final int replications;
    private final long seed;
    private final List<String> collect;
    private final int points;
    /** The quick-mode variant (the file's {@code "quick"} object), or null when the file gives none. */
    private Sweep quickVariant;

    private Sweep(String source, ObjectNode scenario, List<Axis> axes, int replications, long seed, List<String> collect) {
        this.source = source;
        this.scenario = scenario;
        this.axes = List.copyOf(axes);
        this.replications = replications;
        this.seed = seed;
        this.collect = List.copyOf(collect);
        long n = 1;
        for (Axis a : axes) {
            n *= a.values().size();
        }
        this.points = (int) n;
    }

    /** Reads a sweep scenario (the whole file's JSON); bad input is a {@link ScenarioException} naming the field. */
    public static Sweep read(String source, ObjectNode root) {
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!FIELDS.contains(name)) {
                throw new ScenarioException(source, name, "unknown field; known fields: scenario, grid, replications, "
                        + "seed, collect, quick, description");
            }
        }
        JsonNode model = root.get("model");
        if (model == null || !model.isTextual() || !model.asText().equals(MODEL)) {
            throw new ScenarioException(source, "model", "must be \"" + MODEL + "\" for a sweep");
        }
        JsonNode inner = root.get("scenario");
        if (inner == null || inner.isNull()) {
            throw new ScenarioException(source, "scenario", "is missing: the scenario to sweep, e.g. {\"model\": \"offloading\", ...}");
        }
        if (!inner.isObject()) {
            throw new ScenarioException(source, "scenario", "must be an object (a scenario), found " + describe(inner));
        }
        JsonNode innerModel = inner.get("model");
        if (innerModel == null || !innerModel.isTextual()) {
            throw new ScenarioException(source, "scenario.model", "is missing or not a string: name the model to sweep");
        }
        if (innerModel.asText().equals(MODEL)) {
            throw new ScenarioException(source, "scenario.model", "a sweep cannot sweep a sweep: put all fields in one grid");
        }
        ObjectNode template = ((ObjectNode) inner).deepCopy();
        template.remove("description");

        List<Axis> axes = readGrid(source, root.get("grid"), template);
        int replications = wholeNumber(source, root, "replications", 1, 1, 1_000_000);
        long seed = 1;
        JsonNode s = root.get("seed");
        if (s != null && !s.isNull()) {
            if (!s.isIntegralNumber() || !s.canConvertToLong()) {
                throw new ScenarioException(source, "seed", "must be a whole number, found " + describe(s));
            }
            seed = s.longValue();
        }
        List<String> collect = readCollect(source, root.get("collect"));
        long rows = replications;
        for (Axis a : axes) {
            rows *= a.values().size();
            if (rows > MAX_ROWS) {
                throw new ScenarioException(source, "grid", "more than " + MAX_ROWS
                        + " rows (grid points times replications): split the sweep into several files");
            }
        }
        Sweep sweep = new Sweep(source, template, axes, replications, seed, collect);
        JsonNode quick = root.get("quick");
        if (quick != null) {
            sweep.quickVariant = readQuick(source, root, quick);
        }
        return sweep;
    }

    /**
     * The quick-mode variant: the sweep with the scenario fields of {@code "quick"."scenario"} merged into its
     * scenario and {@code "quick"."grid"} and {@code "quick"."replications"} in place of its own, checked like the
     * full sweep; an error names the field inside {@code "quick"}.
     */
    private static Sweep readQuick(String source, ObjectNode root, JsonNode quick) {
        if (!quick.isObject()) {
            throw new ScenarioException(source, "quick", "must be an object (the quick-mode scenario fields, grid and "
                    + "replications), found " + describe(quick));
        }
        ObjectNode merged = root.deepCopy();
        merged.remove("quick");
        for (Iterator<Map.Entry<String, JsonNode>> it = quick.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!QUICK_FIELDS.contains(e.getKey())) {
                throw new ScenarioException(source, "quick." + e.getKey(), "unknown field; known fields: scenario, grid, "
                        + "replications");
            }
            if (e.getKey().equals("scenario")) {
                if (!e.getValue().isObject()) {
                    throw new ScenarioException(source, "quick.scenario", "must be an object of scenario fields, found "
                            + describe(e.getValue()));
                }
                ((ObjectNode) merged.get("scenario")).setAll((ObjectNode) e.getValue().deepCopy());
            } else {
                merged.set(e.getKey(), e.getValue().deepCopy());
            }
        }
        try {
            return read(source, merged);
        } catch (ScenarioException e) {
            String field = e.field() == null ? "" : e.field();
            String head = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
            boolean fromQuick = quick.has(head) && (!head.equals("scenario")
                    || quick.get("scenario").has(field.length() > 9 ? field.substring(9).split("[.\\[]")[0] : ""));
            throw fromQuick ? new ScenarioException(source, "quick." + field, e.reason()) : e;
        }
    }

    /**
     * The quick-mode variant (the test command's {@code LBW_QUICK=1}): the sweep with the file's {@code "quick"}
     * scenario fields, grid and replications; the sweep itself when the file gives none.
     */
    public Sweep quick() {
        return quickVariant == null ? this : quickVariant;
    }

    private static List<Axis> readGrid(String source, JsonNode grid, ObjectNode template) {
        if (grid == null || grid.isNull()) {
            throw new ScenarioException(source, "grid", "is missing: an object of scenario fields to vary, e.g. "
                    + "{\"rho\": [0.3, 0.6]}");
        }
        if (!grid.isObject()) {
            throw new ScenarioException(source, "grid", "must be an object of scenario fields, found " + describe(grid));
        }
        List<Axis> axes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = grid.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = e.getKey();
            String field = "grid." + path;
            checkPath(source, field, path, template);
            JsonNode v = e.getValue();
            List<JsonNode> values = new ArrayList<>();
            if (v.isArray()) {
                if (v.isEmpty()) {
                    throw new ScenarioException(source, field, "is an empty list: give at least one value");
                }
                v.forEach(values::add);
            } else if (v.isObject()) {
                values = range(source, field, (ObjectNode) v);
            } else {
                throw new ScenarioException(source, field, "must be a list of values or a range {\"from\": a, \"to\": b, "
                        + "\"steps\": n}, found " + describe(v));
            }
            axes.add(new Axis(path, values));
        }
        return axes;
    }

    /** A path must name a field of an object that exists in the inner scenario (the field itself may be absent). */
    private static void checkPath(String source, String field, String path, ObjectNode template) {
        if (path.isEmpty() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
            throw new ScenarioException(source, field, "is not a field path: use dotted names such as \"rho\" or "
                    + "\"serviceRate.1.max\"");
        }
        String[] parts = path.split("\\.");
        if (parts[0].equals("model")) {
            throw new ScenarioException(source, field, "the inner model cannot be varied: write one sweep per model");
        }
        if (parts.length == 1 && parts[0].equals("seed")) {
            throw new ScenarioException(source, field, "seeds are derived from the sweep's \"seed\" for every point and "
                    + "replication: use \"replications\" instead of a grid of seeds");
        }
        JsonNode node = template;
        for (int i = 0; i < parts.length - 1; i++) {
            node = child(node, parts[i]);
            if (node == null || !(node.isObject() || node.isArray())) {
                throw new ScenarioException(source, field, "the scenario has no object or list at '"
                        + String.join(".", java.util.Arrays.copyOf(parts, i + 1)) + "'");
            }
        }
        String last = parts[parts.length - 1];
        if (node.isArray() && child(node, last) == null) {
            throw new ScenarioException(source, field, "'" + last + "' is not an index of the list at '"
                    + path.substring(0, path.length() - last.length() - 1) + "' (size " + node.size() + ")");
        }
    }

    private static List<JsonNode> range(String source, String field, ObjectNode r) {
        for (Iterator<String> it = r.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!Set.of("from", "to", "steps").contains(name)) {
                throw new ScenarioException(source, field + "." + name, "unknown field; a range has from, to and steps");
            }
        }
        BigDecimal from = decimal(source, field + ".from", r.get("from"));
        BigDecimal to = decimal(source, field + ".to", r.get("to"));
        JsonNode stepsNode = r.get("steps");
        if (stepsNode == null || !stepsNode.isIntegralNumber() || !stepsNode.canConvertToInt() || stepsNode.intValue() < 1) {
            throw new ScenarioException(source, field + ".steps", "must be a whole number >= 1 (the number of values, "
                    + "both ends included), found " + describe(stepsNode));
        }
        int steps = stepsNode.intValue();
        if (steps == 1 && from.compareTo(to) != 0) {
            throw new ScenarioException(source, field + ".steps", "= 1 but from = " + from + " differs from to = " + to
                    + ": give at least 2 steps");
        }
        if (steps > MAX_ROWS) {
            throw new ScenarioException(source, field + ".steps", "= " + steps + ": more than " + MAX_ROWS + " values");
        }
        List<BigDecimal> exact = new ArrayList<>();
        BigDecimal span = to.subtract(from);
        for (int i = 0; i < steps; i++) {
            exact.add(steps == 1 ? from : i == steps - 1 ? to
                    : from.add(span.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(steps - 1), MathContext.DECIMAL64)));
        }
        // Whole numbers stay whole (for fields such as K or buffer) when both ends are written whole and every value is.
        boolean whole = r.get("from").isIntegralNumber() && r.get("to").isIntegralNumber()
                && exact.stream().allMatch(v -> v.stripTrailingZeros().scale() <= 0);
        List<JsonNode> values = new ArrayList<>();
        for (BigDecimal v : exact) {
            values.add(whole ? numberNode(v.setScale(0, RoundingMode.UNNECESSARY)) : F.numberNode(v.doubleValue()));
        }
        return values;
    }

    private static JsonNode numberNode(BigDecimal whole) {
        try {
            return F.numberNode(whole.longValueExact());
        } catch (ArithmeticException e) {
            return F.numberNode(whole.doubleValue());
        }
    }

    private static BigDecimal decimal(String source, String field, JsonNode v) {
        if (v == null || !v.isNumber() || !Double.isFinite(v.doubleValue())) {
            throw new ScenarioException(source, field, "must be a finite number, found " + describe(v));
        }
        return v.isIntegralNumber() ? new BigDecimal(v.bigIntegerValue()) : new BigDecimal(v.asText());
    }

    private static List<String> readCollect(String source, JsonNode c) {
        if (c == null || c.isNull()) {
            throw new ScenarioException(source, "collect", "is missing: the output keys to keep per row, e.g. "
                    + "[\"delay.optimal\"]");
        }
        if (!c.isArray() || c.isEmpty()) {
            throw new ScenarioException(source, "collect", "must be a non-empty list of output keys, found " + describe(c));
        }
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < c.size(); i++) {
            JsonNode k = c.get(i);
            if (!k.isTextual() || k.asText().isBlank()) {
                throw new ScenarioException(source, "collect[" + i + "]", "must be an output key (a string), found "
                        + describe(k));
            }
            if (!keys.add(k.asText())) {
                throw new ScenarioException(source, "collect[" + i + "]", "'" + k.asText() + "' is listed twice");
            }
        }
        return List.copyOf(keys);
    }

    private static int wholeNumber(String source, ObjectNode root, String field, int def, int min, int max) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return def;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < min || v.intValue() > max) {
            throw new ScenarioException(source, field, "must be a whole number from " + min + " to " + max + ", found "
                    + describe(v));
        }
        return v.intValue();
    }

    /** Loads a sweep scenario file; bad input is a {@link ScenarioException} naming the file and the field. */
    public static Sweep load(Path file) {
        Scenario s = Scenario.load(file);
        return read(s.source(), s.json());
    }

    /** Reads a sweep scenario from JSON text; {@code source} names it in messages. */
    public static Sweep parse(String source, String json) {
        Scenario s = Scenario.parse(source, json);
        return read(s.source(), s.json());
    }

    /** Loads a sweep scenario from the project's {@code data/} folder, e.g. {@code load("offloading-sweep.json")}. */
    public static Sweep load(String dataFile) {
        return load(Workbench.data(dataFile));
    }

    /**
     * Checks every grid point (bad input: {@link ScenarioException}, nothing runs), solves row 0 here and checks the
     * collected keys against its output, then runs the other rows on {@code executor}. Rows that fail at run time
     * keep their place with the error in words. Progress goes to the {@link Work} listener (the CLI's terminal
     * line, the notebook's bar); interrupting the calling thread stops the sweep ({@link Work.Cancelled}).
     */
    public SweepResult run(SweepExecutor executor) {
        return run(executor, ScenarioRunners.find());
    }

    /** {@link #run(SweepExecutor)} with inner scenarios solved by {@code runner}. */
    public SweepResult run(SweepExecutor executor, ScenarioRunner runner) {
        SweepPlan plan = SweepPlan.check(this, runner);
        try (Work work = Work.start("sweep of " + innerModel() + " on " + executor.name(), rows(), "rows")) {
            SweepRow[] all = new SweepRow[rows()];
            all[0] = plan.probe();
            work.advance(1);
            int[] rest = new int[rows() - 1];
            for (int i = 0; i < rest.length; i++) {
                rest[i] = i + 1;
            }
            for (SweepRow r : runWatched(executor, plan, rest, work)) {
                if (r.index() <= 0 || r.index() >= all.length || all[r.index()] != null) {
                    throw new IllegalStateException(executor.name() + " returned row " + r.index() + " twice or out of range");
                }
                all[r.index()] = r;
            }
            for (int i = 0; i < all.length; i++) {
                if (all[i] == null) {
                    throw new IllegalStateException(executor.name() + " did not return row " + i);
                }
            }
            SweepResult result = new SweepResult(this, List.of(all));
            work.summary(String.format(java.util.Locale.ROOT, "sweep of %s: %d rows, %d failed, in %s on %s",
                    innerModel(), all.length, result.failed(), Work.seconds(work.elapsed()), executor.name()));
            return result;
        }
    }

    /**
     * Runs the executor on a helper thread while this thread, which owns {@code work}, turns the rows done into
     * progress every {@link Work#UPDATE_INTERVAL} and watches for cancellation.
     */
    private static List<SweepRow> runWatched(SweepExecutor executor, SweepPlan plan, int[] rows, Work work) {
        if (rows.length == 0) {
            return List.of();
        }
        AtomicLong done = new AtomicLong(work.done());
        ExecutorService driver = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sweep-driver");
            t.setDaemon(true);
            return t;
        });
        Future<List<SweepRow>> result = driver.submit(() -> executor.run(plan, rows, done::addAndGet));
        try {
            while (true) {
                try {
                    return result.get(Work.UPDATE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    work.advanceTo(done.get());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(executor, result);
            Work.checkCancelled();
            throw new Work.Cancelled("sweep interrupted after " + done.get() + " rows");
        } catch (Work.Cancelled e) {
            stop(executor, result);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            driver.shutdownNow();
        }
    }

    private static void stop(SweepExecutor executor, Future<?> running) {
        executor.cancel();
        running.cancel(true);
    }

    // -----------------------------------------------------------------------------------------------------------

    /** Where the sweep came from (the file name in messages). */
    public String source() {
        return source;
    }

    /** The inner model's name. */
    public String innerModel() {
        return scenario.get("model").asText();
    }

    public List<Axis> axes() {
        return axes;
    }

    public int replications() {
        return replications;
    }

    public long seed() {
        return seed;
    }

    public List<String> collect() {
        return collect;
    }

    /** The number of grid points (the product of the grid fields' sizes). */
    public int points() {
        return points;
    }

    /** The number of rows: points times replications. */
    public int rows() {
        return points * replications;
    }

    /** The grid values of point {@code p} as {@code {path: value, ...}} in grid order. */
    public ObjectNode point(int p) {
        checkIndex(p, points, "point");
        ObjectNode o = F.objectNode();
        int[] idx = coordinates(p);
        for (int a = 0; a < axes.size(); a++) {
            o.set(axes.get(a).path(), axes.get(a).values().get(idx[a]).deepCopy());
        }
        return o;
    }

    /** The grid point of each axis for point {@code p} (mixed radix, the last axis fastest). */
    private int[] coordinates(int p) {
        int[] idx = new int[axes.size()];
        int rest = p;
        for (int a = axes.size() - 1; a >= 0; a--) {
            int n = axes.get(a).values().size();
            idx[a] = rest % n;
            rest /= n;
        }
        return idx;
    }

    /** The seed of a row, derived from the sweep's seed, its point and its replication ({@link Seeds}). */
    public long seedOf(int row) {
        checkIndex(row, rows(), "row");
        return Seeds.derive(seed, row / replications, row % replications);
    }

    /**
     * The inner scenario of a row: the template with the point's values set and, when {@code seeded}, {@code "seed"}
     * set to the row's derived seed.
     */
    public ObjectNode scenario(int row, boolean seeded) {
        checkIndex(row, rows(), "row");
        ObjectNode s = scenario.deepCopy();
        int[] idx = coordinates(row / replications);
        for (int a = 0; a < axes.size(); a++) {
            set(s, axes.get(a).path(), axes.get(a).values().get(idx[a]).deepCopy());
        }
        if (seeded) {
            s.put("seed", seedOf(row));
        }
        return s;
    }

    /** Describes point {@code p} for a message: {@code rho = 0.3, K = 4}. */
    public String describePoint(int p) {
        StringBuilder sb = new StringBuilder();
        ObjectNode o = point(p);
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append(" = ").append(e.getValue());
        }
        return sb.length() == 0 ? "the scenario as given" : sb.toString();
    }

    /** The node a dotted path names, or null; numeric segments index lists. */
    public static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.", -1)) {
            node = child(node, part);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    private static JsonNode child(JsonNode node, String part) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            return node.get(part);
        }
        if (node.isArray() && part.matches("\\d{1,9}")) {
            int i = Integer.parseInt(part);
            return i < node.size() ? node.get(i) : null;
        }
        return null;
    }

    private static void set(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = child(node, parts[i]);
        }
        String last = parts[parts.length - 1];
        if (node instanceof ObjectNode o) {
            o.set(last, value);
        } else {
            ((ArrayNode) node).set(Integer.parseInt(last), value);
        }
    }

    private static void checkIndex(int i, int n, String what) {
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException(what + " " + i + " outside 0.." + (n - 1));
        }
    }

    static String describe(JsonNode v) {
        if (v == null || v.isNull()) {
            return "null";
        }
        String text = v.toString();
        String kind = v.isTextual() ? "a string" : v.isArray() ? "a list" : v.isObject() ? "an object"
                : v.isBoolean() ? "a boolean" : "the number";
        return kind + " " + (text.length() > 40 ? text.substring(0, 37) + "..." : text);
    }
}
