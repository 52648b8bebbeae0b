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

    /** Numbers to six significant digits (see {@link lbw.table.Tables#format}). */
    public static String format(Object value) {
        return lbw.table.Tables.format(value);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
