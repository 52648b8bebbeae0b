package lbw.present;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Building, formatting and saving Tablesaw tables. */
public final class Tables {

    private Tables() {
    }

    /** A table of equal-length numeric columns: {@code Tables.of("rates", "t", t, "x11", x11)}. */
    public static Table of(String name, Object... namesAndColumns) {
        if (namesAndColumns.length % 2 != 0) {
            throw new IllegalArgumentException("namesAndColumns: expected name, values pairs");
        }
        Table t = Table.create(name);
        for (int k = 0; k < namesAndColumns.length; k += 2) {
            String col = (String) namesAndColumns[k];
            Object v = namesAndColumns[k + 1];
            if (v instanceof double[] d) {
                t.addColumns(DoubleColumn.create(col, d));
            } else if (v instanceof int[] i) {
                t.addColumns(IntColumn.create(col, i));
            } else if (v instanceof String[] s) {
                t.addColumns(StringColumn.create(col, s));
            } else {
                throw new IllegalArgumentException("column '" + col + "': expected double[], int[] or String[], found "
                        + (v == null ? "null" : v.getClass().getSimpleName()));
            }
        }
        return t;
    }

    /** Writes a table as CSV (numbers in full precision), creating parent folders. */
    public static Path writeCsv(Table table, Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            table.write().csv(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Renders a table as a self-contained HTML table (no JavaScript), at most {@code maxRows} rows. */
    public static String toHtml(Table table, int maxRows) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("<table class=\"lbw-table\">");
        if (table.name() != null && !table.name().isBlank()) {
            sb.append("<caption>").append(escape(table.name())).append("</caption>");
        }
        sb.append("<thead><tr>");
        for (Column<?> c : table.columns()) {
            sb.append("<th>").append(escape(c.name())).append("</th>");
        }
        sb.append("</tr></thead><tbody>");
        int rows = table.rowCount();
        int shown = Math.min(rows, maxRows);
        for (int r = 0; r < shown; r++) {
            sb.append("<tr>");
            for (Column<?> c : table.columns()) {
                sb.append(isNumeric(c) ? "<td style=\"text-align:right\">" : "<td>")
                        .append(escape(format(c.get(r)))).append("</td>");
            }
            sb.append("</tr>");
        }
        if (shown < rows) {
            sb.append("<tr><td colspan=\"").append(table.columnCount()).append("\">... ")
                    .append(rows - shown).append(" more rows</td></tr>");
        }
        sb.append("</tbody></table>");
        return sb.toString();
    }

    /** Renders a table as a Markdown table, at most {@code maxRows} rows (a last line says how many were cut). */
    public static String toMarkdown(Table table, int maxRows) {
        StringBuilder sb = new StringBuilder(256);
        sb.append('|');
        for (Column<?> c : table.columns()) {
            sb.append(' ').append(cell(c.name())).append(" |");
        }
        sb.append("\n|");
        for (Column<?> c : table.columns()) {
            sb.append(isNumeric(c) ? "---:|" : "---|");
        }
        sb.append('\n');
        int shown = Math.min(table.rowCount(), maxRows);
        for (int r = 0; r < shown; r++) {
            sb.append('|');
            for (Column<?> c : table.columns()) {
                sb.append(' ').append(cell(format(c.get(r)))).append(" |");
            }
            sb.append('\n');
        }
        if (shown < table.rowCount()) {
            sb.append("\n(").append(table.rowCount() - shown).append(" more rows in the CSV file)\n");
        }
        return sb.toString();
    }

    private static boolean isNumeric(Column<?> c) {
        return c.type().equals(tech.tablesaw.api.ColumnType.DOUBLE) || c.type().equals(tech.tablesaw.api.ColumnType.INTEGER)
                || c.type().equals(tech.tablesaw.api.ColumnType.LONG) || c.type().equals(tech.tablesaw.api.ColumnType.FLOAT);
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    /** Numbers to six significant digits, everything else as text; missing values as an empty cell. */
    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            if (d.isNaN()) {
                return "";
            }
            if (d.isInfinite()) {
                return d > 0 ? "inf" : "-inf";
            }
            double a = Math.abs(d);
            if (a != 0 && (a < 1e-4 || a >= 1e9)) {
                return String.format(Locale.ROOT, "%.5e", d);
            }
            return new java.math.BigDecimal(d).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Float f) {
            return format(f.doubleValue());
        }
        return value.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
