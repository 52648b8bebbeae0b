package lbw.table;

import tech.tablesaw.api.Table;

/**
 * A result that can show its key numbers as a small table. The notebook kernel renders any {@code Summarizable}
 * through this table, so {@code display(result)} shows something useful.
 */
public interface Summarizable {

    /** The key numbers of this result, one row per quantity or per entity. */
    Table summary();
}
