/**
 * Building tables of results with Tablesaw, below the models: result records use {@link lbw.table.Tables} to show
 * their numbers and implement {@link lbw.table.Summarizable}. Saving and rendering tables (CSV, HTML) belongs to
 * {@code lbw.present}.
 */
package lbw.table;
