package lbw.sweep;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one thing a sweep needs from the models: a scenario as a JSON tree in, the model's {@code solve} output as a
 * JSON tree out. {@link #prepare} reads and checks the scenario (bad input: a {@link lbw.scenario.ScenarioException}
 * naming the field) and returns the work, which runs only when asked; so every grid point is checked before any
 * point is solved.
 *
 * <p>Implementations are stateless and serializable: an executor ships the runner to its workers (Spark) and calls
 * it from many threads at once (the local executor).
 */
public interface ScenarioRunner extends Serializable {

    /** Reads and checks {@code scenario} (whose {@code "model"} names the model); returns the solve, not yet run. */
    Supplier<ObjectNode> prepare(String source, ObjectNode scenario);

    /**
     * What did not converge in a solve's output, in words (empty when everything met its tolerance): such a row keeps
     * its values and is counted as failed, so that no unconverged number passes for a converged one.
     */
    default List<String> misses(ObjectNode output) {
        return List.of();
    }
}
