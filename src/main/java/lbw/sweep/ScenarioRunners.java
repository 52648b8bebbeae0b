package lbw.sweep;

import java.util.ServiceLoader;

/** Finds the {@link ScenarioRunner} that solves inner scenarios (registered through {@link ServiceLoader}). */
final class ScenarioRunners {

    private ScenarioRunners() {
    }

    static ScenarioRunner find() {
        return ServiceLoader.load(ScenarioRunner.class, ScenarioRunner.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no ScenarioRunner registered in "
                        + "META-INF/services/lbw.sweep.ScenarioRunner: the model registry is not on the class path"));
    }
}
