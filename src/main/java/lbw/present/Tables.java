package lbw.present;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Saving and rendering Tablesaw tables (CSV, HTML); building and number formatting live in {@link lbw.table.Tables}. */
public final class Tables {

    private Tables() {
    }

    /** A table of equal-length columns (see {@link lbw.table.Tables#of}). */
    public static Table of(String name, Object... namesAndColumns) {
        return lbw.table.Tables.of(name, namesAndColumns);
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
                boolean numeric = c.type().equals(tech.tablesaw.api.ColumnType.DOUBLE)
                        || c.type().equals(tech.tablesaw.api.ColumnType.INTEGER)
                        || c.type().equals(tech.tablesaw.api.ColumnType.LONG)
                        || c.type().equals(tech.tablesaw.api.ColumnType.FLOAT);
                sb.append(numeric ? "<td style=\"text-align:right\">" : "<td>")
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

    /** Numbers to six significant digits (see {@link lbw.table.Tables#format}). */
    public static String format(Object value) {
        return lbw.table.Tables.format(value);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
