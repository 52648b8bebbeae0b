package lbw.cli;

import java.util.function.Supplier;
import lbw.scenario.Fields;

/**
 * One model's entry in the scenario CLI: reads the scenario's fields (closing them with {@link Fields#finish()}
 * before any work, so bad input is refused before anything runs), solves, and returns the JSON, tables and charts.
 */
public interface ScenarioSolver {

    /** The value of {@code "model"} that selects this solver, e.g. {@code "setup-delays"}. */
    String model();

    /** One line for {@code workbench solve --help}. */
    String description();

    /**
     * Reads and validates the fields (throws {@link lbw.scenario.ScenarioException} on bad input) and returns the
     * solve, not yet run: a sweep checks every grid point this way before it solves any.
     */
    Supplier<Solution> prepare(Fields fields);

    /** Reads, validates and solves; throws {@link lbw.scenario.ScenarioException} on bad input. */
    default Solution solve(Fields fields) {
        return prepare(fields).get();
    }
}
