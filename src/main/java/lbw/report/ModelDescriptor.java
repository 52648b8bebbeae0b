package lbw.report;

import lbw.scenario.Fields;
import lbw.scenario.Scenario;

/**
 * One model as the command line sees it: its name in scenario files, a one-line description, the reader of its
 * scenario file and the pipeline that solves it into a {@link Report}.
 *
 * <p>A model package provides one implementation and names it in
 * {@code META-INF/services/lbw.report.ModelDescriptor}; {@link Models} finds it through {@link java.util.ServiceLoader}.
 * See {@code docs/adding-a-model.md} for a worked example.
 *
 * @param <S> the validated scenario the reader produces (for example {@code MMcScenario})
 */
public interface ModelDescriptor<S> {

    /** The value of {@code "model"} in a scenario file that selects this model, e.g. {@code "mmc"}. */
    String name();

    /** One line for {@code workbench models}. */
    String description();

    /**
     * Reads and validates the model's fields; every error is a {@link lbw.scenario.ScenarioException} naming the
     * field. Does not call {@link Fields#finish()}: {@link Scenario#read} does, once, after reading.
     */
    S read(Fields fields);

    /** Solves a validated scenario: the same library calls a notebook makes, collected in a {@link Report}. */
    Report solve(S scenario);

    /**
     * The whole pipeline for a loaded scenario file: read its fields, refuse fields nobody read
     * ({@link Scenario#read}), then solve. Bad input is refused before any work starts.
     */
    default Report run(Scenario scenario) {
        return solve(scenario.read(this::read));
    }
}
