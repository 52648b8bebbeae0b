package lbw.setupdelays;

import java.nio.file.Path;
import lbw.core.Check;
import lbw.core.InvalidParameterException;
import lbw.core.Limits;
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

    /** Valid ranges of the scenario fields (docs/limits.md). */
    public static final double MIN_RATE = 1e-3, MAX_RATE = 1e6;
    public static final double MIN_SETUP_TIME = 1e-3, MAX_SETUP_TIME = 1e3;
    public static final double MIN_EPSILON = 1e-4, MAX_EPSILON = 1e3;
    public static final double MIN_MARGIN = 0.5, MAX_MARGIN = 0.9999;
    public static final double MIN_HORIZON = 1e-2, MAX_HORIZON = 1e6;
    public static final double MAX_INITIAL_QUEUE = 1e7;
    /** The most task types or pools. */
    public static final int MAX_DIMENSION = 200;

    public SetupDelayScenario {
        checkRanges(model);
        Check.within("epsilon", epsilon, MIN_EPSILON, MAX_EPSILON);
        Check.within("horizon", horizon, MIN_HORIZON, MAX_HORIZON);
        Check.within("capacityMargin", capacityMargin, MIN_MARGIN, MAX_MARGIN);
        model.tightenedCapacity(capacityMargin);
        if (initialQueues != null) {
            initialQueues = Check.within("initialQueues", Check.length("initialQueues", initialQueues,
                    model.pools(), "one per pool"), 0, MAX_INITIAL_QUEUE);
        }
    }

    /** Checks the model's dimensions and numbers against the valid ranges. */
    public static void checkRanges(SetupDelayModel model) {
        double[] c = model.capacity();
        double[] r = model.arrivalRate();
        if (c.length > MAX_DIMENSION) {
            throw new InvalidParameterException("capacity", "has " + c.length + " pools; at most " + MAX_DIMENSION);
        }
        if (r.length > MAX_DIMENSION) {
            throw new InvalidParameterException("arrivalRate", "has " + r.length + " task types; at most "
                    + MAX_DIMENSION);
        }
        Check.within("capacity", c, MIN_RATE, MAX_RATE);
        Check.within("arrivalRate", r, MIN_RATE, MAX_RATE);
        double[][] tau = model.setupTime();
        for (int i = 0; i < tau.length; i++) {
            for (int j = 0; j < tau[i].length; j++) {
                Check.within("setupTime[" + i + "][" + j + "]", tau[i][j], MIN_SETUP_TIME, MAX_SETUP_TIME);
            }
        }
    }

    /**
     * Refuses, naming {@code setupTime}, a scenario beyond the work or memory limits: the two dynamics integrate
     * m x n routing rates (and as many setup queues) over about 4e4 + 400 x horizon x stiffness steps, where the
     * stiffness grows with 1 / (shortest setup time) and 1 / sqrt(epsilon / 0.01); the trajectories keep about 400
     * samples of each.
     */
    public void checkLimits() {
        double mn = (double) model.types() * model.pools();
        double fastest = Double.POSITIVE_INFINITY;
        for (double[] row : model.setupTime()) {
            for (double t : row) {
                fastest = Math.min(fastest, t);
            }
        }
        double stiffness = Math.max(1, 1 / fastest) * Math.max(1, Math.sqrt(0.01 / epsilon));
        Limits.check("setupTime", String.format(java.util.Locale.ROOT, "%d task types x %d pools over horizon %.3g "
                + "(shortest setup time %.3g, epsilon %.3g)", model.types(), model.pools(), horizon, fastest,
                epsilon), mn * (4e4 + 400 * horizon * stiffness) * 50, mn * 400 * 8 * 8);
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
        return in.build(() -> {
            SetupDelayScenario sc = new SetupDelayScenario(model, eps, margin, horizon, q0);
            sc.checkLimits();
            return sc;
        });
    }

    /** The scenario model name, {@code "setup-delays"}. */
    public static final String MODEL = "setup-delays";

    /** Loads a scenario file, e.g. {@code SetupDelayScenario.load(Workbench.data("setup-delays-figure1.json"))}. */
    public static SetupDelayScenario load(Path file) {
        return Scenario.load(file, MODEL, SetupDelayScenario::read);
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
