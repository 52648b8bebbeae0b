package lbw.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Supplier;
import lbw.scenario.Scenario;
import lbw.scenario.ScenarioException;
import lbw.sweep.ScenarioRunner;

/**
 * The sweep's seam to the models: a scenario JSON tree in, the same JSON that {@code workbench solve} prints out.
 * Registered for {@link java.util.ServiceLoader} in {@code META-INF/services/lbw.sweep.ScenarioRunner}.
 */
public final class CliScenarioRunner implements ScenarioRunner {

    private static final long serialVersionUID = 1L;

    @Override
    public Supplier<ObjectNode> prepare(String source, ObjectNode scenario) {
        Scenario s = Scenario.parse(source, scenario.toString());
        Supplier<Solution> solve = solverFor(s).prepare(s.fields());
        return () -> solve.get().json();
    }

    @Override
    public List<String> misses(ObjectNode output) {
        return Convergence.misses(output);
    }

    /** The solver of the model a scenario names; an unknown model is bad input. */
    static ScenarioSolver solverFor(Scenario scenario) {
        String model = scenario.model();
        return Solvers.find(model).orElseThrow(() -> new ScenarioException(scenario.source(), "model",
                "unknown model '" + model + "'; known models: "
                        + String.join(", ", Solvers.all().stream().map(ScenarioSolver::model).toList())));
    }
}
