package lbw.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The models the scenario CLI knows, by the name a scenario file gives in {@code "model"}. */
public final class Solvers {

    private static final Map<String, ScenarioSolver> BY_MODEL = new LinkedHashMap<>();

    static {
        register(new QueueingScenario());
        register(new SetupDelaysScenario());
        register(new OffloadingScenario());
        register(new OffloadingFigure5Scenario());
        register(new BipartiteScenario());
    }

    private Solvers() {
    }

    private static void register(ScenarioSolver s) {
        BY_MODEL.put(s.model(), s);
    }

    public static Optional<ScenarioSolver> find(String model) {
        return Optional.ofNullable(BY_MODEL.get(model));
    }

    public static List<ScenarioSolver> all() {
        return Collections.unmodifiableList(List.copyOf(BY_MODEL.values()));
    }
}
