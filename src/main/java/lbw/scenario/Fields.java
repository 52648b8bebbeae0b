package lbw.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import lbw.core.InvalidParameterException;

/**
 * Typed, checked access to a JSON object of scenario parameters. Every getter names the field path and the reason
 * when the value is missing or of the wrong kind; {@link #finish()} refuses fields that nobody read, so a typo in a
 * field name is an error rather than a silently ignored setting.
 */
public final class Fields {

    private final String source;
    private final String path;
    private final ObjectNode node;
    private final Set<String> read = new LinkedHashSet<>();
    private final List<Fields> nested = new ArrayList<>();

    Fields(String source, String path, ObjectNode node) {
        this.source = source;
        this.path = path;
        this.node = node;
    }

    /** The file these fields come from. */
    public String source() {
        return source;
    }

    /** A {@link ScenarioException} about a field of this object. */
    public ScenarioException error(String field, String reason) {
        return new ScenarioException(source, fieldPath(field), reason);
    }

    /**
     * Whether the field is present. A field given as {@code null} counts as present, so that reading it is refused
     * rather than silently replaced by a default.
     */
    public boolean has(String field) {
        return node.has(field);
    }

    public double number(String field) {
        return toNumber(field, require(field));
    }

    public double number(String field, double defaultValue) {
        return has(field) ? number(field) : markRead(field, defaultValue);
    }

    public Optional<Double> optionalNumber(String field) {
        if (!has(field)) {
            read.add(field);
            return Optional.empty();
        }
        return Optional.of(number(field));
    }

    public int integer(String field) {
        return toInt(field, require(field));
    }

    public int integer(String field, int defaultValue) {
        return has(field) ? integer(field) : markRead(field, defaultValue);
    }

    public long longInteger(String field, long defaultValue) {
        if (!has(field)) {
            return markRead(field, defaultValue);
        }
        JsonNode v = require(field);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw error(field, "must be a whole number, found " + describe(v));
        }
        return v.longValue();
    }

    public boolean bool(String field, boolean defaultValue) {
        if (!has(field)) {
            return markRead(field, defaultValue);
        }
        JsonNode v = require(field);
        if (!v.isBoolean()) {
            throw error(field, "must be true or false, found " + describe(v));
        }
        return v.booleanValue();
    }

    public String text(String field) {
        JsonNode v = require(field);
        if (!v.isTextual()) {
            throw error(field, "must be a string, found " + describe(v));
        }
        return v.asText();
    }

    public String text(String field, String defaultValue) {
        return has(field) ? text(field) : markRead(field, defaultValue);
    }

    public double[] numbers(String field) {
        JsonNode v = requireArray(field);
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = toNumber(field + "[" + i + "]", v.get(i));
        }
        return out;
    }

    public Optional<double[]> optionalNumbers(String field) {
        if (!has(field)) {
            read.add(field);
            return Optional.empty();
        }
        return Optional.of(numbers(field));
    }

    public int[] integers(String field) {
        JsonNode v = requireArray(field);
        int[] out = new int[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = toInt(field + "[" + i + "]", v.get(i));
        }
        return out;
    }

    public double[][] numberMatrix(String field) {
        JsonNode v = requireArray(field);
        double[][] out = new double[v.size()][];
        for (int i = 0; i < out.length; i++) {
            JsonNode row = v.get(i);
            String rowPath = field + "[" + i + "]";
            if (!row.isArray()) {
                throw error(rowPath, "must be an array of numbers, found " + describe(row));
            }
            out[i] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                out[i][j] = toNumber(rowPath + "[" + j + "]", row.get(j));
            }
        }
        return out;
    }

    public int[][] integerMatrix(String field) {
        JsonNode v = requireArray(field);
        int[][] out = new int[v.size()][];
        for (int i = 0; i < out.length; i++) {
            JsonNode row = v.get(i);
            String rowPath = field + "[" + i + "]";
            if (!row.isArray()) {
                throw error(rowPath, "must be an array of whole numbers, found " + describe(row));
            }
            out[i] = new int[row.size()];
            for (int j = 0; j < row.size(); j++) {
                out[i][j] = toInt(rowPath + "[" + j + "]", row.get(j));
            }
        }
        return out;
    }

    /** A nested object; {@link #finish()} on this object checks it for unknown fields too. */
    public Fields object(String field) {
        JsonNode v = require(field);
        if (!v.isObject()) {
            throw error(field, "must be an object, found " + describe(v));
        }
        Fields f = new Fields(source, fieldPath(field), (ObjectNode) v);
        nested.add(f);
        return f;
    }

    /** An array of objects; each element is read through its own {@link Fields}. */
    public List<Fields> objects(String field) {
        JsonNode v = requireArray(field);
        List<Fields> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isObject()) {
                throw error(field + "[" + i + "]", "must be an object, found " + describe(e));
            }
            Fields f = new Fields(source, fieldPath(field + "[" + i + "]"), (ObjectNode) e);
            nested.add(f);
            out.add(f);
        }
        return out;
    }

    /**
     * Runs a model constructor and turns its {@link InvalidParameterException} into a {@link ScenarioException}
     * about the field of the same name (or the one {@code fieldOf} maps it to).
     */
    public <T> T build(java.util.function.Supplier<T> constructor, Function<String, String> fieldOf) {
        try {
            return constructor.get();
        } catch (InvalidParameterException e) {
            String field = fieldOf.apply(e.parameter());
            String index = e.path().startsWith(e.parameter()) ? e.path().substring(e.parameter().length()) : "";
            if (index.contains(" ")) {
                index = "";
            }
            throw new ScenarioException(source, fieldPath((field == null ? e.parameter() : field) + index), e.reason());
        }
    }

    /** {@link #build(java.util.function.Supplier, Function)} where parameter names are the field names. */
    public <T> T build(java.util.function.Supplier<T> constructor) {
        return build(constructor, Function.identity());
    }

    /** Refuses every field of this object, and of the nested objects read from it, that no getter read. */
    public void finish() {
        Set<String> unknown = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!read.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            String first = unknown.iterator().next();
            throw error(first, "unknown field" + (unknown.size() > 1 ? " (also unknown: " + String.join(", ",
                    unknown.stream().skip(1).toList()) + ")" : "") + "; known fields: " + String.join(", ", read));
        }
        for (Fields f : nested) {
            f.finish();
        }
    }

    private JsonNode require(String field) {
        read.add(field);
        JsonNode v = node.get(field);
        if (v == null) {
            throw error(field, "is missing");
        }
        if (v.isNull()) {
            throw error(field, "is null: give a value (fields with a default may be left out, never null)");
        }
        return v;
    }

    private JsonNode requireArray(String field) {
        JsonNode v = require(field);
        if (!v.isArray()) {
            throw error(field, "must be an array, found " + describe(v));
        }
        return v;
    }

    private <T> T markRead(String field, T value) {
        read.add(field);
        return value;
    }

    private double toNumber(String field, JsonNode v) {
        if (v == null || !v.isNumber()) {
            throw error(field, "must be a number, found " + describe(v));
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            throw error(field, "must be a finite number");
        }
        return d;
    }

    private int toInt(String field, JsonNode v) {
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
            throw error(field, "must be a whole number, found " + describe(v));
        }
        return v.intValue();
    }

    private String fieldPath(String field) {
        return path.isEmpty() ? field : path + (field.startsWith("[") ? "" : ".") + field;
    }

    private static String describe(JsonNode v) {
        if (v == null || v.isNull()) {
            return "null";
        }
        String text = v.toString();
        String kind = v.isTextual() ? "a string" : v.isArray() ? "an array" : v.isObject() ? "an object"
                : v.isBoolean() ? "a boolean" : v.isNumber() ? "the number" : "a " + v.getNodeType().toString().toLowerCase();
        return kind + " " + (text.length() > 40 ? text.substring(0, 37) + "..." : text);
    }
}
