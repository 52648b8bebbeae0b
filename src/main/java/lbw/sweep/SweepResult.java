package lbw.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A finished sweep: one row per (grid point, replication) in grid order, the replications innermost.
 *
 * <p>As columns ({@link #columns()}, the CSV, the Parquet file and {@link #table()}): one per grid field, then
 * {@code replication}, one per collected key, and {@code error}. A collected value that is a number in every row
 * is a number column; true/false values a boolean column; anything else (lists, objects, text) its JSON text.
 */
public record SweepResult(Sweep sweep, List<SweepRow> rows) {

    public SweepResult {
        rows = List.copyOf(rows);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).index() != i) {
                throw new IllegalArgumentException("row " + i + " has index " + rows.get(i).index());
            }
        }
    }

    /** The number of grid points. */
    public int points() {
        return sweep.points();
    }

    /** The number of rows that failed. */
    public int failed() {
        return (int) rows.stream().filter(SweepRow::failed).count();
    }

    /** The JSON printed on stdout: {@code {"model": "sweep", "points": N, "failed": k, "rows": [...]}}. */
    public ObjectNode json() {
        ObjectNode o = SweepRow.JSON.createObjectNode();
        o.put("model", Sweep.MODEL);
        o.put("points", points());
        o.put("failed", failed());
        ArrayNode a = o.putArray("rows");
        rows.forEach(r -> a.add(r.json()));
        return o;
    }

    /** The type of a column. */
    public enum Type { INTEGER, NUMBER, BOOLEAN, TEXT }

    /** One column: its name, type and the value of each row ({@code null} where missing). */
    public record Column(String name, Type type, List<Object> values) {
    }

    /** The rows as typed columns. */
    public List<Column> columns() {
        List<Column> cols = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Sweep.Axis a : sweep.axes()) {
            String path = a.path();
            cols.add(column(unique(names, path), rows.stream().map(r -> r.point().get(path)).toList()));
        }
        List<Object> reps = new ArrayList<>();
        rows.forEach(r -> reps.add((long) r.replication()));
        cols.add(new Column(unique(names, "replication"), Type.INTEGER, reps));
        for (String key : sweep.collect()) {
            cols.add(column(unique(names, key), rows.stream().map(r -> r.values() == null ? null : r.values().get(key)).toList()));
        }
        List<Object> errors = new ArrayList<>();
        rows.forEach(r -> errors.add(r.error()));
        cols.add(new Column(unique(names, "error"), Type.TEXT, errors));
        return cols;
    }

    private static String unique(Set<String> names, String name) {
        String n = name;
        for (int i = 2; !names.add(n); i++) {
            n = name + " (" + i + ")";
        }
        return n;
    }

    private static Column column(String name, List<JsonNode> nodes) {
        boolean allInt = true;
        boolean allNum = true;
        boolean allBool = true;
        for (JsonNode n : nodes) {
            if (n == null || n.isNull()) {
                continue;
            }
            allInt &= n.isIntegralNumber() && n.canConvertToLong();
            allNum &= n.isNumber();
            allBool &= n.isBoolean();
        }
        Type type = allInt && allNum ? Type.INTEGER : allNum ? Type.NUMBER : allBool ? Type.BOOLEAN : Type.TEXT;
        List<Object> values = new ArrayList<>(nodes.size());
        for (JsonNode n : nodes) {
            values.add(n == null || n.isNull() ? null : switch (type) {
                case INTEGER -> n.longValue();
                case NUMBER -> n.doubleValue();
                case BOOLEAN -> n.booleanValue();
                case TEXT -> n.isTextual() ? n.asText() : n.toString();
            });
        }
        return new Column(name, type, values);
    }

    /** The rows as a Tablesaw table, for notebooks (integer columns become int or double columns). */
    public Table table() {
        Table t = Table.create("sweep of " + sweep.innerModel() + ": " + rows.size() + " rows");
        for (Column c : columns()) {
            List<Object> v = c.values();
            switch (c.type()) {
                case INTEGER -> {
                    boolean small = v.stream().allMatch(x -> x == null || Math.abs((Long) x) < Integer.MAX_VALUE);
                    if (small) {
                        IntColumn col = IntColumn.create(c.name());
                        v.forEach(x -> { if (x == null) col.appendMissing(); else col.append(((Long) x).intValue()); });
                        t.addColumns(col);
                    } else {
                        DoubleColumn col = DoubleColumn.create(c.name());
                        v.forEach(x -> { if (x == null) col.appendMissing(); else col.append(((Long) x).doubleValue()); });
                        t.addColumns(col);
                    }
                }
                case NUMBER -> {
                    DoubleColumn col = DoubleColumn.create(c.name());
                    v.forEach(x -> { if (x == null) col.appendMissing(); else col.append((Double) x); });
                    t.addColumns(col);
                }
                case BOOLEAN -> {
                    BooleanColumn col = BooleanColumn.create(c.name());
                    v.forEach(x -> { if (x == null) col.appendMissing(); else col.append((Boolean) x); });
                    t.addColumns(col);
                }
                case TEXT -> {
                    StringColumn col = StringColumn.create(c.name());
                    v.forEach(x -> col.append(x == null ? "" : (String) x));
                    t.addColumns(col);
                }
            }
        }
        return t;
    }

    /** The file name of the CSV that {@code --out DIR} writes. */
    public static final String CSV = "sweep-rows.csv";

    /**
     * The rows as CSV (RFC 4180: a header line, then one line per row; empty cells for missing values; numbers in
     * Java's shortest round-trip form, so they read back bit for bit).
     */
    public String csv() {
        List<Column> cols = columns();
        StringBuilder w = new StringBuilder();
        for (int c = 0; c < cols.size(); c++) {
            w.append(c > 0 ? "," : "").append(csv(cols.get(c).name()));
        }
        w.append('\n');
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < cols.size(); c++) {
                Object v = cols.get(c).values().get(r);
                w.append(c > 0 ? "," : "").append(v == null ? "" : csv(v.toString()));
            }
            w.append('\n');
        }
        return w.toString();
    }

    /** Writes {@link #csv()} to a file. */
    public void writeCsv(Path file) {
        try {
            Files.writeString(file, csv(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csv(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
