package lbw.setupdelays;

import java.nio.file.Path;
import lbw.core.Check;
import lbw.core.InvalidParameterException;
import lbw.core.Limits;
import lbw.scenario.Fields;
import lbw.scenario.Scenario;
import lbw.scenario.Sizes;

/**
 * A setup-delay scenario file ({@code "model": "setup-delays"}) as a value: the model and the run parameters that the
 * CLI and the notebooks share.
 *
 * @param model          pools, task types, setup times
 * @param epsilon        soft-min weight of the myopic rule
 * @param capacityMargin {@code c~ = margin * c} for the proximal rule
 * @param horizon        time horizon of the dynamics
 * @param initialQueues  initial pool queues, or null for empty
 * @param sizes          the notebooks' study sizes ({@link #SIZES}; {@link Sizes#NONE} when the file gives none)
 */
public record SetupDelayScenario(SetupDelayModel model, double epsilon, double capacityMargin, double horizon,
                                 double[] initialQueues, Sizes sizes) {

    /** The shortest and longest simulated time of a notebook study. */
    public static final double MIN_STUDY_HORIZON = 1, MAX_STUDY_HORIZON = 1e5;

    /**
     * The study sizes the setup-delay notebooks read from the file's {@code "sizes"} (quick values under
     * {@code "quick"}): horizons of the walkthrough's dynamics (notebook 11), the pure-delay study (12, 19), the
     * stochastic system (13) and the random instances (14), their grids, seeds and instance counts.
     */
    public static final Sizes.Spec SIZES = new Sizes.Spec()
            .number("myopicHorizon", MIN_STUDY_HORIZON, MAX_STUDY_HORIZON)
            .number("otherStartsHorizon", MIN_STUDY_HORIZON, MAX_STUDY_HORIZON)
            .number("proximalHorizon", MIN_STUDY_HORIZON, MAX_STUDY_HORIZON)
            .number("marginSweepHorizon", MIN_STUDY_HORIZON, MAX_STUDY_HORIZON)
            .count("marginSweepSeeds", 1, 100)
            .number("pureDelayHorizon", MIN_STUDY_HORIZON, MAX_STUDY_HORIZON)
            .numbers("pureDelayEpsilons", 1e-4, 1e3)
            .numbers("pureDelayScales", 1e-2, 1e2)
            .number("stochasticHorizon", MIN_STUDY_HORIZON, MAX_STUDY_HORIZON)
            .numbers("stochasticScales", 1, 1e5)
            .count("fluidLimitSeeds", 1, 100)
            .number("exerciseFluidLimitHorizon", MIN_STUDY_HORIZON, MAX_STUDY_HORIZON)
            .count("randomInstances", 1, 1000)
            .number("randomHorizon", MIN_STUDY_HORIZON, MAX_STUDY_HORIZON)
            .count("randomSamples", 10, 100_000);

    /** A scenario without study sizes. */
    public SetupDelayScenario(SetupDelayModel model, double epsilon, double capacityMargin, double horizon,
                              double[] initialQueues) {
        this(model, epsilon, capacityMargin, horizon, initialQueues, Sizes.NONE);
    }

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
        sizes = sizes == null ? Sizes.NONE : sizes;
    }

    @Override
    public double[] initialQueues() {
        return initialQueues == null ? null : initialQueues.clone();
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
        Fields quick = in.has("quick") ? in.object("quick") : null;
        Sizes sizes = Sizes.read(in, quick, SIZES, "horizon");
        SetupDelayModel model = in.build(() -> new SetupDelayModel(c, r, tau));
        SetupDelayScenario full = in.build(() -> {
            SetupDelayScenario sc = new SetupDelayScenario(model, eps, margin, horizon, q0, sizes);
            sc.checkLimits();
            return sc;
        });
        Sizes.checkQuick(quick, () -> {
            SetupDelayScenario q = full.quick();
            q.checkLimits();
            return q;
        });
        return full;
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

    /** The same scenario with another horizon. */
    public SetupDelayScenario withHorizon(double h) {
        return new SetupDelayScenario(model, epsilon, capacityMargin, h, initialQueues, sizes);
    }

    /**
     * The quick-mode variant (the test command's {@code LBW_QUICK=1}): the horizon and the study sizes of the file's
     * {@code "quick"} object, the full values where it leaves them out.
     */
    public SetupDelayScenario quick() {
        return new SetupDelayScenario(model, epsilon, capacityMargin, sizes.quickField("horizon", horizon),
                initialQueues, sizes.quick());
    }
}
