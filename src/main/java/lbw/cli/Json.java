package lbw.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import lbw.report.Report;
import lbw.report.Section;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes any {@link Report}'s values as the JSON that {@code solve} prints: sections become objects (keys in the order
 * the model put them), arrays and matrices become arrays, tables become objects of columns, and numbers that are not
 * finite become {@code null}.
 */
public final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Json() {
    }

    /** Matrices with more entries than this are printed in sparse form (their nonzero entries only). */
    public static final int SPARSE_ABOVE = 2500;

    /** The report's values as a JSON object. */
    public static ObjectNode of(Report report) {
        return section(report.values(), "");
    }

    /**
     * The matrices of a report that {@link #of} prints in sparse form, by the file name ({@code matrix-PATH.csv})
     * under which {@code --out} writes them in full.
     */
    public static java.util.Map<String, double[][]> largeMatrices(Report report) {
        java.util.Map<String, double[][]> out = new java.util.LinkedHashMap<>();
        collect(report.values(), "", out);
        return out;
    }

    private static void collect(Section s, String path, java.util.Map<String, double[][]> out) {
        s.forEach((key, value) -> {
            String p = path.isEmpty() ? key : path + "." + key;
            if (value instanceof Section sub) {
                collect(sub, p, out);
            } else if (value instanceof double[][] m && isLarge(m)) {
                out.put(fileName(p), m);
            }
        });
    }

    static String fileName(String path) {
        return "matrix-" + path.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
    }

    private static boolean isLarge(double[][] m) {
        long n = 0;
        for (double[] row : m) {
            n += row.length;
        }
        return n > SPARSE_ABOVE;
    }

    /**
     * A large matrix as {@code {"rows", "columns", "nonzero", "entries": [[i, j, value], ...], "fullTable"}}: the
     * nonzero entries only (a routing matrix on a sparse graph is mostly zeros), with where {@code --out} writes
     * the full matrix.
     */
    private static ObjectNode sparse(double[][] m, String path) {
        ObjectNode o = F.objectNode();
        o.put("rows", m.length);
        o.put("columns", m.length == 0 ? 0 : m[0].length);
        o.put("format", "sparse: [row, column, value] for each nonzero entry (zero-based)");
        ArrayNode entries = F.arrayNode();
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                if (m[i][j] != 0) {
                    ArrayNode e = entries.addArray();
                    e.add(i);
                    e.add(j);
                    e.add(node(m[i][j], ""));
                }
            }
        }
        o.put("nonzero", entries.size());
        o.set("entries", entries);
        o.put("fullTable", fileName(path) + " (written with --out DIR)");
        return o;
    }

    /** The report's values as indented JSON text. */
    public static String write(Report report) {
        try {
            return MAPPER.writeValueAsString(of(report));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode section(Section s, String path) {
        ObjectNode o = F.objectNode();
        s.forEach((key, value) -> o.set(key, node(value, path.isEmpty() ? key : path + "." + key)));
        return o;
    }

    private static com.fasterxml.jackson.databind.JsonNode node(Object v) {
        return node(v, "");
    }

    private static com.fasterxml.jackson.databind.JsonNode node(Object v, String path) {
        if (v == null) {
            return F.nullNode();
        }
        if (v instanceof Section s) {
            return section(s, path);
        }
        if (v instanceof Double d) {
            return Double.isFinite(d) ? F.numberNode(d) : F.nullNode();
        }
        if (v instanceof Long l) {
            return F.numberNode(l);
        }
        if (v instanceof Boolean b) {
            return F.booleanNode(b);
        }
        if (v instanceof String t) {
            return F.textNode(t);
        }
        if (v instanceof double[] d) {
            ArrayNode a = F.arrayNode();
            for (double x : d) {
                a.add(node(x));
            }
            return a;
        }
        if (v instanceof long[] l) {
            ArrayNode a = F.arrayNode();
            for (long x : l) {
                a.add(x);
            }
            return a;
        }
        if (v instanceof double[][] m && isLarge(m) && !path.isEmpty()) {
            return sparse(m, path);
        }
        if (v instanceof double[][] m) {
            ArrayNode a = F.arrayNode();
            for (double[] row : m) {
                a.add(node(row));
            }
            return a;
        }
        if (v instanceof List<?> list) {
            ArrayNode a = F.arrayNode();
            for (Object x : list) {
                a.add(node(x));
            }
            return a;
        }
        if (v instanceof Table t) {
            return columns(t);
        }
        throw new IllegalArgumentException("a report value of type " + v.getClass().getName() + " cannot be written as JSON");
    }

    /** A table as an object of columns; numbers stay numbers, missing or non-finite values become null. */
    private static ObjectNode columns(Table table) {
        ObjectNode o = F.objectNode();
        for (Column<?> c : table.columns()) {
            ArrayNode a = o.putArray(c.name());
            for (int r = 0; r < c.size(); r++) {
                Object v = c.get(r);
                if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
                    a.add(n.doubleValue());
                } else if (v == null || v instanceof Number) {
                    a.addNull();
                } else {
                    a.add(v.toString());
                }
            }
        }
        return o;
    }
}
