package lbw.setupdelays;

import java.nio.file.Path;
import lbw.core.Check;
import lbw.scenario.Fields;
import lbw.scenario.Scenario;

/**
 * A setup-delay scenario file ({@code "model": "setup-delays"}) as a value: the model and the run parameters that the
 * CLI and the notebooks share.
 *
 * @param model          pools, task types, setup times
 * @param epsilon        soft-min weight of the myopic rule
 * @param capacityMargin {@code c~ = margin * c} for the proximal rule
 * @param horizon        time horizon of the dynamics
 * @param initialQueues  initial pool queues, or null for empty
 */
public record SetupDelayScenario(SetupDelayModel model, double epsilon, double capacityMargin, double horizon,
                                 double[] initialQueues) {

    public SetupDelayScenario {
        Check.positive("epsilon", epsilon);
        Check.positive("horizon", horizon);
        model.tightenedCapacity(capacityMargin);
        if (initialQueues != null) {
            initialQueues = Check.nonNegative("initialQueues", Check.length("initialQueues", initialQueues,
                    model.pools(), "one per pool"));
        }
    }

    /** Reads the scenario's fields ({@link lbw.scenario.Scenario#read} refuses the fields it did not read). */
    public static SetupDelayScenario read(Fields in) {
        double[] c = in.numbers("capacity");
        double[] r = in.numbers("arrivalRate");
        double[][] tau = in.numberMatrix("setupTime");
        double eps = in.number("epsilon");
        double margin = in.number("capacityMargin");
        double horizon = in.number("horizon");
        double[] q0 = in.optionalNumbers("initialQueues").orElse(null);
        SetupDelayModel model = in.build(() -> new SetupDelayModel(c, r, tau));
        return in.build(() -> new SetupDelayScenario(model, eps, margin, horizon, q0));
    }

    /** Loads a scenario file, e.g. {@code SetupDelayScenario.load(Workbench.data("setup-delays-figure1.json"))}. */
    public static SetupDelayScenario load(Path file) {
        return Scenario.load(file, "setup-delays", SetupDelayScenario::read);
    }

    /** The tightened capacities {@code c~}. */
    public double[] tightenedCapacity() {
        return model.tightenedCapacity(capacityMargin);
    }

    /** The same scenario with another horizon (e.g. shorter in quick mode). */
    public SetupDelayScenario withHorizon(double h) {
        return new SetupDelayScenario(model, epsilon, capacityMargin, h, initialQueues);
    }
}
