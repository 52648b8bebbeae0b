package lbw.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Supplier;
import lbw.report.ModelDescriptor;
import lbw.report.Models;
import lbw.scenario.Scenario;
import lbw.scenario.ScenarioException;
import lbw.sweep.ScenarioRunner;

/**
 * The sweep's seam to the models: a scenario JSON tree in, the same JSON that {@code workbench solve} prints out
 * (the model's {@link lbw.report.Report} as {@link Json#of}). Reading and checking ({@link ModelDescriptor#read},
 * then {@link Scenario#read} refusing unread fields) happens in {@link #prepare}; solving when the returned supplier
 * is called. Registered for {@link java.util.ServiceLoader} in {@code META-INF/services/lbw.sweep.ScenarioRunner}.
 */
public final class CliScenarioRunner implements ScenarioRunner {

    private static final long serialVersionUID = 1L;

    @Override
    public Supplier<ObjectNode> prepare(String source, ObjectNode scenario) {
        Scenario s = Scenario.parse(source, scenario.toString());
        return prepare(descriptorFor(s), s);
    }

    private static <S> Supplier<ObjectNode> prepare(ModelDescriptor<S> model, Scenario scenario) {
        S input = scenario.read(model::read);
        return () -> Json.of(model.solve(input));
    }

    @Override
    public List<String> misses(ObjectNode output) {
        return Convergence.misses(output);
    }

    /** The descriptor of the model a scenario names; an unknown model is bad input. */
    static ModelDescriptor<?> descriptorFor(Scenario scenario) {
        String model = scenario.model();
        return Models.find(model).orElseThrow(() -> new ScenarioException(scenario.source(), "model",
                "unknown model '" + model + "'; known models: " + Models.names() + ", " + lbw.sweep.Sweep.MODEL));
    }
}
