package lbw.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import tech.tablesaw.api.Table;

/**
 * What solving a scenario produces, independent of how it is shown: named values (a tree of {@link Section}s),
 * tables, charts, notes and convergence facts. The command line writes the values as JSON, the tables as CSV and
 * the charts as PNG; any other caller can read the same values by their dotted keys.
 *
 * <pre>{@code
 * Report r = new Report("mmc");
 * r.values().put("meanWait", 0.53);               // {"model": "mmc", "meanWait": 0.53}
 * Section o = r.values().section("optimum");      // {"optimum": {...}}
 * o.put("workload", new double[] {1.5, 2.0});
 * o.converged("converged", true);                 // a boolean that convergence() also lists
 * r.table("mmc-sweep", sweep);                    // --out DIR writes mmc-sweep.csv
 * r.chart("mmc-response", plot);                  // --out DIR writes mmc-response.png
 * r.number("optimum.workload.1");                 // 2.0
 * }</pre>
 *
 * <p>The root section starts with {@code "model"}. Notes for the reader live under the root key {@code "notes"}
 * (a list of text, see {@link #notes(List)}).
 */
public final class Report {

    private final String model;
    private final Section values;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, Plot> charts = new LinkedHashMap<>();
    private final Map<String, Boolean> convergence = new LinkedHashMap<>();

    /** An empty report for the model named {@code model}; its values start with {@code "model": model}. */
    public Report(String model) {
        this.model = model;
        this.values = new Section(this, "");
        values.put("model", model);
    }

    public String model() {
        return model;
    }

    /** The root of the named values. */
    public Section values() {
        return values;
    }

    /** Adds a table that {@code --out DIR} writes as {@code name.csv}. */
    public Report table(String name, Table table) {
        tables.put(checkedName(name, tables), table.copy());
        return this;
    }

    /** Adds a chart that {@code --out DIR} draws as {@code name.png}. */
    public Report chart(String name, Plot plot) {
        charts.put(checkedName(name, charts), plot);
        return this;
    }

    /** Writes the notes for the reader as the root key {@code "notes"} (written even when empty). */
    public Report notes(List<String> notes) {
        values.put("notes", notes);
        return this;
    }

    /** The notes under the root key {@code "notes"}, or an empty list. */
    @SuppressWarnings("unchecked")
    public List<String> notes() {
        Object n = values.get("notes");
        return n instanceof List<?> l ? (List<String>) l : List.of();
    }

    public Map<String, Table> tables() {
        return Collections.unmodifiableMap(tables);
    }

    public Map<String, Plot> charts() {
        return Collections.unmodifiableMap(charts);
    }

    /** Every convergence fact by dotted key (e.g. {@code "solver.converged" -> true}), in the order reported. */
    public Map<String, Boolean> convergence() {
        return Collections.unmodifiableMap(convergence);
    }

    /** True when every solver and iteration behind this report converged. */
    public boolean converged() {
        return !convergence.containsValue(false);
    }

    /**
     * The value at a dotted key: section names, then the key, with list and array positions as numbers
     * ({@code "stochastic.0.averageTotal"}, {@code "optimum.workload.1"}, {@code "lp.routing.0.1"}); {@code null} if
     * there is no such value.
     */
    public Object get(String dottedKey) {
        Object node = values;
        for (String part : dottedKey.split("\\.", -1)) {
            node = step(node, part);
            if (node == NONE) {
                return null;
            }
        }
        return node;
    }

    /** The finite number at a dotted key (see {@link #get}), or empty if it is absent, not a number or not finite. */
    public OptionalDouble number(String dottedKey) {
        Object v = get(dottedKey);
        if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
            return OptionalDouble.of(n.doubleValue());
        }
        return OptionalDouble.empty();
    }

    /**
     * Every number, boolean and text leaf by dotted key, in report order: arrays and lists are expanded by position,
     * tables by {@code column.row}. Non-finite numbers appear as {@code null}.
     */
    public Map<String, Object> flatten() {
        Map<String, Object> out = new LinkedHashMap<>();
        flatten("", values, out);
        return Collections.unmodifiableMap(out);
    }

    void registerConvergence(String dottedKey, boolean converged) {
        convergence.put(dottedKey, converged);
    }

    private static final Object NONE = new Object();

    private static Object step(Object node, String part) {
        if (node instanceof Section s) {
            return s.has(part) ? s.get(part) : NONE;
        }
        if (node instanceof Table t) {
            return t.columnNames().contains(part) ? t.column(part) : NONE;
        }
        int i;
        try {
            i = Integer.parseInt(part);
        } catch (NumberFormatException e) {
            return NONE;
        }
        if (i < 0) {
            return NONE;
        }
        if (node instanceof double[] d) {
            return i < d.length ? (Object) d[i] : NONE;
        }
        if (node instanceof long[] l) {
            return i < l.length ? (Object) l[i] : NONE;
        }
        if (node instanceof double[][] m) {
            return i < m.length ? m[i] : NONE;
        }
        if (node instanceof List<?> l) {
            return i < l.size() ? l.get(i) : NONE;
        }
        if (node instanceof tech.tablesaw.columns.Column<?> c) {
            return i < c.size() ? c.get(i) : NONE;
        }
        return NONE;
    }

    private static void flatten(String prefix, Object v, Map<String, Object> out) {
        String p = prefix.isEmpty() ? "" : prefix + ".";
        if (v instanceof Section s) {
            s.forEach((k, x) -> flatten(p + k, x, out));
        } else if (v instanceof double[] d) {
            for (int i = 0; i < d.length; i++) {
                flatten(p + i, d[i], out);
            }
        } else if (v instanceof long[] l) {
            for (int i = 0; i < l.length; i++) {
                out.put(p + i, l[i]);
            }
        } else if (v instanceof double[][] m) {
            for (int i = 0; i < m.length; i++) {
                flatten(p + i, m[i], out);
            }
        } else if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                flatten(p + i, l.get(i), out);
            }
        } else if (v instanceof Table t) {
            for (tech.tablesaw.columns.Column<?> c : t.columns()) {
                for (int r = 0; r < c.size(); r++) {
                    flatten(p + c.name() + "." + r, c.get(r), out);
                }
            }
        } else if (v instanceof Double d) {
            out.put(prefix, Double.isFinite(d) ? d : null);
        } else if (v instanceof Float f) {
            flatten(prefix, f.doubleValue(), out);
        } else if (v instanceof Integer i) {
            out.put(prefix, i.longValue());
        } else {
            out.put(prefix, v);
        }
    }

    private static String checkedName(String name, Map<String, ?> existing) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("name '" + name + "': use letters, digits, '.', '_' and '-' only");
        }
        if (existing.containsKey(name)) {
            throw new IllegalArgumentException("name '" + name + "': already in the report");
        }
        return name;
    }
}
