package lbw.setupdelays;

import java.util.List;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * Computed quantities beside the values a paper states, matched by name ({@link Studies#compare}).
 *
 * @param title the comparison's title
 * @param rows  one per computed quantity, in the order computed
 */
public record StatedComparison(String title, List<Row> rows) {

    /**
     * One computed quantity.
     *
     * @param quantity its name, e.g. {@code LP eps=0 x11}
     * @param computed the computed value
     * @param stated   the value the paper states for it, NaN where it states none
     */
    public record Row(String quantity, double computed, double stated) {

        /** Whether the paper states a value for this quantity. */
        public boolean isStated() {
            return !Double.isNaN(stated);
        }

        /** {@code computed - stated} (NaN where nothing is stated). */
        public double difference() {
            return computed - stated;
        }
    }

    public StatedComparison {
        rows = List.copyOf(rows);
    }

    /** The row of a quantity by name. */
    public Row row(String quantity) {
        return rows.stream().filter(r -> r.quantity().equals(quantity)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + quantity + "' is not a computed quantity"));
    }

    /** The quantities the paper states a value for. */
    public List<Row> stated() {
        return rows.stream().filter(Row::isStated).toList();
    }

    /** The largest {@code |computed - stated|} over the stated quantities (0 if none is stated). */
    public double largestDifference() {
        return stated().stream().mapToDouble(r -> Math.abs(r.difference())).max().orElse(0);
    }

    /** Every row: quantity, computed, paper states (NaN where none), computed - stated. */
    public Table table() {
        return table(title, rows);
    }

    /** The stated quantities only, with the same columns as {@link #table()}. */
    public Table statedTable(String name) {
        return table(name, stated());
    }

    /** The quantities the paper states no number for: quantity and computed value. */
    public Table computedOnlyTable(String name) {
        List<Row> only = rows.stream().filter(r -> !r.isStated()).toList();
        return Tables.of(name, "quantity", only.stream().map(Row::quantity).toArray(String[]::new),
                "computed", only.stream().mapToDouble(Row::computed).toArray());
    }

    private static Table table(String name, List<Row> rows) {
        return Tables.of(name, "quantity", rows.stream().map(Row::quantity).toArray(String[]::new),
                "computed", rows.stream().mapToDouble(Row::computed).toArray(),
                "paper states", rows.stream().mapToDouble(Row::stated).toArray(),
                "computed - stated", rows.stream().mapToDouble(Row::difference).toArray());
    }
}
