package lbw.table;

import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Building Tablesaw tables from arrays and formatting numbers for them. */
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
}
