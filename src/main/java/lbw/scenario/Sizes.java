package lbw.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import lbw.core.Check;
import lbw.core.InvalidParameterException;

/**
 * The study sizes a scenario file gives its notebooks (simulated horizons, seeds, grids), in full and in quick mode
 * ({@code LBW_QUICK=1}, the test command), so that the sizes are data like every other parameter:
 *
 * <pre>{@code
 * "sizes": {"pureDelayHorizon": 200, "epsilonGrid": [0.01, 0.03, 0.1, 0.3, 1]},
 * "quick": {"horizon": 30, "sizes": {"pureDelayHorizon": 80, "epsilonGrid": [0.01, 0.1, 1]}}
 * }</pre>
 *
 * The key {@code "quick"} holds the quick-mode values of the file's own fields (here {@code horizon}) and, under
 * {@code "sizes"}, of its study sizes; what it leaves out keeps its full value. Each model declares its sizes, their
 * kinds and ranges in a {@link Spec}; reading checks every value against it and names the field on error
 * ({@code field 'quick.sizes.epsilonGrid[1]': ...}), an undeclared size included. A notebook picks the mode once,
 * {@code if (Workbench.quick()) scenario = scenario.quick();}, and reads {@code scenario.sizes().number("...")}.
 */
public final class Sizes {

    /** The largest number of entries in a list size. */
    public static final int MAX_LIST = 200;

    /** No sizes (a scenario file without a {@code "sizes"} object). */
    public static final Sizes NONE = new Sizes(null, Map.of(), Map.of(), Map.of());

    private enum Kind { NUMBER, COUNT, NUMBERS }

    private record Rule(Kind kind, double min, double max) {
    }

    /** The sizes a model declares: name, kind (number, whole number or list of numbers) and range. */
    public static final class Spec {
        private final Map<String, Rule> rules = new LinkedHashMap<>();

        /** A number in {@code [min, max]}, e.g. a simulated horizon. */
        public Spec number(String name, double min, double max) {
            rules.put(name, new Rule(Kind.NUMBER, min, max));
            return this;
        }

        /** A whole number in {@code [min, max]}, e.g. a number of seeds. */
        public Spec count(String name, int min, int max) {
            rules.put(name, new Rule(Kind.COUNT, min, max));
            return this;
        }

        /** A list of 1 to {@link #MAX_LIST} numbers, each in {@code [min, max]}, e.g. a grid. */
        public Spec numbers(String name, double min, double max) {
            rules.put(name, new Rule(Kind.NUMBERS, min, max));
            return this;
        }
    }

    private final Spec spec;
    private final Map<String, double[]> values;
    private final Map<String, double[]> quickValues;
    private final Map<String, Double> quickFields;

    private Sizes(Spec spec, Map<String, double[]> values, Map<String, double[]> quickValues,
                  Map<String, Double> quickFields) {
        this.spec = spec;
        this.values = values;
        this.quickValues = quickValues;
        this.quickFields = quickFields;
    }

    /**
     * Reads the optional {@code "sizes"} object of {@code in} (each declared size optional, an undeclared one refused) and,
     * if {@code quick} (the file's {@code "quick"} object) is not null, its optional {@code "sizes"} and the
     * quick values of the file's fields named in {@code fields} (numbers; the model checks them by building its
     * quick variant through {@link #checkQuick}).
     */
    public static Sizes read(Fields in, Fields quick, Spec spec, String... fields) {
        Map<String, double[]> full = new LinkedHashMap<>();
        if (in.has("sizes")) {
            Fields s = in.object("sizes");
            for (Map.Entry<String, Rule> e : spec.rules.entrySet()) {
                if (s.has(e.getKey())) {
                    full.put(e.getKey(), value(s, e.getKey(), e.getValue()));
                }
            }
        }
        Map<String, double[]> q = new LinkedHashMap<>(full);
        Map<String, Double> qFields = new LinkedHashMap<>();
        if (quick != null) {
            if (quick.has("sizes")) {
                Fields s = quick.object("sizes");
                for (Map.Entry<String, Rule> e : spec.rules.entrySet()) {
                    if (s.has(e.getKey())) {
                        if (!full.containsKey(e.getKey())) {
                            throw s.error(e.getKey(), "a quick size needs its full value in the file's \"sizes\"");
                        }
                        q.put(e.getKey(), value(s, e.getKey(), e.getValue()));
                    }
                }
            }
            for (String f : fields) {
                if (quick.has(f)) {
                    qFields.put(f, quick.number(f));
                }
            }
        }
        return new Sizes(spec, Collections.unmodifiableMap(full), Collections.unmodifiableMap(q),
                Collections.unmodifiableMap(qFields));
    }

    private static double[] value(Fields s, String name, Rule r) {
        return switch (r.kind()) {
            case NUMBER -> {
                double v = s.number(name);
                s.build(() -> Check.within(name, v, r.min(), r.max()));
                yield new double[] {v};
            }
            case COUNT -> {
                int v = s.integer(name);
                s.build(() -> Check.within(name, v, (int) r.min(), (int) r.max()));
                yield new double[] {v};
            }
            case NUMBERS -> {
                double[] v = s.numbers(name);
                s.build(() -> {
                    if (v.length == 0 || v.length > MAX_LIST) {
                        throw new InvalidParameterException(name, "has " + v.length + " entries; give 1 to " + MAX_LIST);
                    }
                    return Check.within(name, v, r.min(), r.max());
                });
                yield v;
            }
        };
    }

    /**
     * Checks the quick variant of a model ({@code quickVariant} builds it) and names a refused value as a field of
     * the {@code "quick"} object; does nothing when the file has none.
     */
    public static <T> void checkQuick(Fields quick, Supplier<T> quickVariant) {
        if (quick != null) {
            quick.build(quickVariant);
        }
    }

    /** The quick-mode sizes: each size from {@code "quick"}, or its full value where quick leaves it out. */
    public Sizes quick() {
        return new Sizes(spec, quickValues, quickValues, quickFields);
    }

    /** The quick value of one of the file's own fields, or {@code fullValue} when {@code "quick"} leaves it out. */
    public double quickField(String field, double fullValue) {
        return quickFields.getOrDefault(field, fullValue);
    }

    /** Whether the file gives study sizes. */
    public boolean present() {
        return !values.isEmpty();
    }

    /** Whether the file gives the size {@code name}. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** A number size. */
    public double number(String name) {
        return get(name, Kind.NUMBER)[0];
    }

    /** A whole-number size. */
    public int count(String name) {
        return (int) get(name, Kind.COUNT)[0];
    }

    /** A list size (a copy). */
    public double[] numbers(String name) {
        return get(name, Kind.NUMBERS).clone();
    }

    private double[] get(String name, Kind kind) {
        Rule r = spec == null ? null : spec.rules.get(name);
        if (r == null) {
            throw new IllegalArgumentException("no study size '" + name + "'"
                    + (spec == null ? "" : "; the model declares: " + String.join(", ", spec.rules.keySet())));
        }
        if (r.kind() != kind) {
            throw new IllegalArgumentException("study size '" + name + "' is a " + r.kind().name().toLowerCase()
                    + ", not a " + kind.name().toLowerCase());
        }
        double[] v = values.get(name);
        if (v == null) {
            throw new IllegalStateException("the scenario file gives no study size \"" + name
                    + "\": add it to the file's \"sizes\" object");
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sizes other && same(values, other.values) && same(quickValues, other.quickValues)
                && quickFields.equals(other.quickFields);
    }

    private static boolean same(Map<String, double[]> a, Map<String, double[]> b) {
        return a.keySet().equals(b.keySet())
                && a.entrySet().stream().allMatch(e -> java.util.Arrays.equals(e.getValue(), b.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return values.keySet().hashCode() * 31 + quickFields.hashCode();
    }

    /** The sizes by name, lists written out, e.g. {@code {horizon=200, grid=[0.1, 0.3]}}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        values.forEach((k, v) -> {
            sb.append(sb.length() > 1 ? ", " : "").append(k).append('=');
            Rule r = spec.rules.get(k);
            sb.append(r.kind() == Kind.NUMBERS ? java.util.Arrays.toString(v)
                    : r.kind() == Kind.COUNT ? Long.toString((long) v[0]) : Double.toString(v[0]));
        });
        return sb.append('}').toString();
    }
}
