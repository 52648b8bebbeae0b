/**
 * What a model hands to the command line: a {@link lbw.report.ModelDescriptor} per model (found through
 * {@link java.util.ServiceLoader}) reads a scenario file and returns a {@link lbw.report.Report} of named values,
 * tables, charts, notes and convergence facts. The package sits above the models' shared core and below the
 * presentation layer: it uses Tablesaw for tables but never XChart; charts are {@link lbw.report.Plot} descriptions
 * that {@code lbw.present} draws.
 */
package lbw.report;
