package lbw.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import tech.tablesaw.api.Table;

/**
 * An ordered group of named values in a {@link Report}: numbers, whole numbers, booleans, text, arrays, matrices,
 * tables written as columns, nested sections and lists of sections. Keys keep the order they were put in, and the
 * command line writes them in that order.
 *
 * <p>The stored values are immutable: arrays are copied in. {@link #entries()} hands them out as
 * {@link Double}, {@link Long}, {@link Boolean}, {@link String}, {@code double[]} (a copy), {@code long[]},
 * {@code double[][]}, {@code List<Long>} (whole numbers that may be missing), {@code List<String>}, {@link Table},
 * {@link Section}, {@code List<Section>} or {@code null}. Numbers that are not finite are kept and written as
 * {@code null}.
 */
public final class Section {

    private final Report owner;
    private final String path;
    private final Map<String, Object> entries = new LinkedHashMap<>();

    Section(Report owner, String path) {
        this.owner = owner;
        this.path = path;
    }

    /** The dotted path of this section from the report's root ({@code ""} for the root). */
    public String path() {
        return path;
    }

    public Section put(String key, double value) {
        return add(key, value);
    }

    public Section put(String key, long value) {
        return add(key, value);
    }

    public Section put(String key, boolean value) {
        return add(key, value);
    }

    public Section put(String key, String value) {
        return add(key, value);
    }

    public Section put(String key, double[] values) {
        return add(key, values.clone());
    }

    public Section put(String key, int[] values) {
        return add(key, Arrays.stream(values).asLongStream().toArray());
    }

    public Section put(String key, double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return add(key, copy);
    }

    /** Whole numbers some of which may be missing ({@code null}), e.g. thresholds that do not exist. */
    public Section put(String key, Integer[] values) {
        List<Long> list = new ArrayList<>(values.length);
        for (Integer v : values) {
            list.add(v == null ? null : v.longValue());
        }
        return add(key, Collections.unmodifiableList(list));
    }

    public Section put(String key, List<String> texts) {
        return add(key, List.copyOf(texts));
    }

    /** A table written as an object of columns ({@code {"rho": [...], "policy": [...]}}). */
    public Section put(String key, Table table) {
        return add(key, table.copy());
    }

    /** A value that does not exist (for example the delay of a policy that is unstable at this load). */
    public Section putNull(String key) {
        return add(key, null);
    }

    /**
     * A convergence fact: written as the boolean {@code key}, and listed by {@link Report#convergence()} under this
     * section's dotted path, so callers can refuse or flag numbers from a solver that did not converge.
     */
    public Section converged(String key, boolean converged) {
        add(key, converged);
        owner.registerConvergence(dotted(key), converged);
        return this;
    }

    /** A nested section, created at the end of this one. */
    public Section section(String key) {
        Section s = new Section(owner, dotted(key));
        add(key, s);
        return s;
    }

    /** A list of sections (for example one per simulated scale); add its elements with {@link Items#add()}. */
    public Items list(String key) {
        Items items = new Items(dotted(key));
        add(key, items.elements);
        return items;
    }

    /** The value under {@code key} (see the class comment for its types), or {@code null}. */
    public Object get(String key) {
        return entries.get(key);
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The entries in the order they were put. */
    public Map<String, Object> entries() {
        Map<String, Object> copy = new LinkedHashMap<>();
        entries.forEach((k, v) -> copy.put(k, copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }

    private static Object copyOf(Object v) {
        if (v instanceof double[] d) {
            return d.clone();
        }
        if (v instanceof long[] l) {
            return l.clone();
        }
        if (v instanceof double[][] m) {
            double[][] c = new double[m.length][];
            for (int i = 0; i < m.length; i++) {
                c[i] = m[i].clone();
            }
            return c;
        }
        return v instanceof Table t ? t.copy() : v;
    }

    /** Visits every entry in order (arrays as stored: do not modify them). */
    public void forEach(BiConsumer<String, Object> visitor) {
        entries.forEach(visitor);
    }

    private String dotted(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private Section add(String key, Object value) {
        if (key == null || key.isEmpty() || key.contains(".")) {
            throw new IllegalArgumentException("key '" + key + "': must be non-empty and contain no '.'");
        }
        if (entries.containsKey(key)) {
            throw new IllegalArgumentException("key '" + dotted(key) + "': already in the report");
        }
        entries.put(key, value);
        return this;
    }

    /** A list of sections inside a section; element {@code i} has the dotted path {@code key.i}. */
    public final class Items {
        private final String path;
        private final List<Section> elements = new ArrayList<>();

        private Items(String path) {
            this.path = path;
        }

        /** Appends a new, empty section and returns it. */
        public Section add() {
            Section s = new Section(owner, path + "." + elements.size());
            elements.add(s);
            return s;
        }
    }
}
