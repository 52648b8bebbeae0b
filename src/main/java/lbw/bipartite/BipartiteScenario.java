package lbw.bipartite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lbw.core.Check;
import lbw.core.InvalidParameterException;
import lbw.core.Limits;
import lbw.core.Workbench;
import lbw.scenario.Fields;
import lbw.scenario.Scenario;
import lbw.scenario.Sizes;

/**
 * A bipartite scenario file (model {@code "bipartite"}), read the same way by the CLI, the notebooks and the
 * tests. Keys: {@code arrivalRate} [F], {@code serviceRate} [B] of {@code {"family": "saturating", "max", "half"}}
 * or {@code {"family": "exponential", "max", "scale"}}, {@code edges} [[f, b], ...] (zero-based),
 * {@code initialWorkload} [B], {@code horizon}, {@code scales} [c, ...], {@code seed}; optionally {@code changes}
 * [{@code {"time", "arrivalRate", "serviceRate", "addEdges", "removeEdges"}}, ...] (see {@link Regimes}) and
 * {@code quick} {@code {"scales": [c, ...]}}, the smaller scales of quick mode ({@link #quick()}).
 *
 * @param model      the system of the first regime (the whole horizon when there are no changes)
 * @param changes    the changes, in time order (none for a system that does not change)
 * @param quickScales the scales of quick mode, or null to use {@code scales}
 * @param sizes      the notebooks' study sizes ({@link #SIZES}; {@link Sizes#NONE} when the file gives none)
 */
public record BipartiteScenario(BipartiteModel model, double[] initialWorkload, double horizon, double[] scales,
        long seed, List<Change> changes, double[] quickScales, Sizes sizes) {

    /**
     * The study sizes the bipartite notebooks read from the file's {@code "sizes"} (quick values under
     * {@code "quick"}): fluid horizons (notebooks 20, 23), the scales and horizons of the convergence and rule
     * studies (21, 22, 23, 29), the random system of the rule comparison and the grid steps of the Pigou search (22,
     * 29).
     */
    public static final Sizes.Spec SIZES = new Sizes.Spec()
            .number("fluidHorizon", 0.01, 1e5)
            .number("lyapunovHorizon", 0.01, 1e5)
            .numbers("reachScales", 0.01, 1e4)
            .numbers("distanceScales", 1, 1e7)
            .number("cloudHorizon", 1, 1e5)
            .number("ruleHorizon", 1, 1e5)
            .count("randomSize", 2, 5_000)
            .number("randomScale", 1, 1e7)
            .number("randomHorizon", 1, 1e5)
            .number("pigouStep", 1e-3, 1)
            .number("pigouHalfStep", 1e-3, 1)
            .numbers("exerciseScales", 1, 1e7)
            .number("exerciseRuleHorizon", 1, 1e5);

    /** A scenario without study sizes. */
    public BipartiteScenario(BipartiteModel model, double[] initialWorkload, double horizon, double[] scales,
            long seed, List<Change> changes, double[] quickScales) {
        this(model, initialWorkload, horizon, scales, seed, changes, quickScales, Sizes.NONE);
    }

    /** Copies the arrays, so that the record is a value. */
    public BipartiteScenario {
        initialWorkload = initialWorkload.clone();
        scales = scales.clone();
        changes = List.copyOf(changes);
        quickScales = quickScales == null ? null : quickScales.clone();
        sizes = sizes == null ? Sizes.NONE : sizes;
    }

    /** A scenario without changes and without quick-mode sizes. */
    public BipartiteScenario(BipartiteModel model, double[] initialWorkload, double horizon, double[] scales,
            long seed) {
        this(model, initialWorkload, horizon, scales, seed, List.of(), null);
    }

    /** Valid ranges of the scenario fields (docs/limits.md). */
    public static final double MIN_RATE = 1e-6, MAX_RATE = 1e6;
    /** Range of a service curve's {@code half} or {@code scale} (the workload at which it bends). */
    public static final double MIN_SHAPE = 1e-3, MAX_SHAPE = 1e3;
    public static final double MAX_WORKLOAD = 1e6;
    public static final double MIN_HORIZON = 1e-2, MAX_HORIZON = 1e5;
    public static final double MIN_SCALE = 1, MAX_SCALE = 1e7;
    public static final int MAX_NODES = 5000;
    public static final int MAX_SCALES = 20;

    /**
     * Refuses, naming the field that drives the size, a scenario beyond the work or memory limits: the fluid
     * optimum and inclusion cost about 3 F B (F + B) steps and keep a few dense F x B matrices; each stochastic
     * path costs about 30 (F + B + edges) steps per period, round(horizon x c) periods.
     */
    public static void checkLimits(BipartiteModel m, double horizon, double[] scales) {
        checkLimits(m, horizon, scales, 1);
    }

    /** {@link #checkLimits(BipartiteModel, double, double[])} for a scenario of {@code regimes} regimes (an optimum each). */
    public static void checkLimits(BipartiteModel m, double horizon, double[] scales, int regimes) {
        double f = m.frontends();
        double b = m.backends();
        Limits.check("serviceRate", String.format(java.util.Locale.ROOT, "%d frontends x %d backends",
                m.frontends(), m.backends()) + (regimes > 1 ? " in " + regimes + " regimes" : ""),
                3 * f * b * (f + b) * regimes, f * b * 8 * 8);
        double periods = 0;
        for (double c : scales) {
            periods += Math.round(horizon * c);
        }
        Limits.check("scales", String.format(java.util.Locale.ROOT, "%.3g periods (horizon x scales) of %d nodes "
                + "and %d edges", periods, m.frontends() + m.backends(), m.edges().length),
                periods * 30 * (f + b + m.edges().length), 0);
    }

    /** Reads the fields; every error names its field ({@link lbw.scenario.Scenario#read} refuses unread ones). */
    public static BipartiteScenario read(Fields in) {
        double[] lambda = in.numbers("arrivalRate");
        List<Fields> rates = in.objects("serviceRate");
        int[][] edges = in.integerMatrix("edges");
        double[] initial = in.numbers("initialWorkload");
        double horizon = in.number("horizon");
        double[] scales = in.numbers("scales");
        long seed = in.longInteger("seed", 1L);
        List<Fields> changeFields = in.has("changes") ? in.objects("changes") : List.of();
        Fields quickFields = in.has("quick") ? in.object("quick") : null;
        double[] quickScales = quickFields == null || !quickFields.has("scales") ? null : quickFields.numbers("scales");
        Sizes sizes = Sizes.read(in, quickFields, SIZES);
        List<ServiceRate> l = serviceRates(rates);
        List<Change> changes = new ArrayList<>();
        for (Fields c : changeFields) {
            double t = c.number("time");
            double[] a = c.has("arrivalRate") ? c.numbers("arrivalRate") : null;
            List<ServiceRate> r = c.has("serviceRate") ? serviceRates(c.objects("serviceRate")) : null;
            int[][] add = c.has("addEdges") ? c.integerMatrix("addEdges") : null;
            int[][] remove = c.has("removeEdges") ? c.integerMatrix("removeEdges") : null;
            // A misspelt key (say "removeEdge") would otherwise surface as "changes nothing" or as the
            // infeasibility it causes: name it first.
            c.finish();
            changes.add(new Change(t, a, r, add, remove));
        }
        if (lambda.length > MAX_NODES) {
            throw in.error("arrivalRate", "has " + lambda.length + " frontends; at most " + MAX_NODES);
        }
        if (l.size() > MAX_NODES) {
            throw in.error("serviceRate", "has " + l.size() + " backends; at most " + MAX_NODES);
        }
        BipartiteModel m = in.build(() -> {
            Check.within("arrivalRate", lambda, MIN_RATE, MAX_RATE);
            return new BipartiteModel(lambda, l, edges);
        });
        if (initial.length != m.backends()) {
            throw in.error("initialWorkload", "has " + initial.length + " entries but needs " + m.backends()
                    + " (one per backend)");
        }
        in.build(() -> {
            Check.within("initialWorkload", initial, 0, MAX_WORKLOAD);
            Check.within("horizon", horizon, MIN_HORIZON, MAX_HORIZON);
            checkScales(scales, horizon, 0);
            return null;
        });
        Regimes regimes = in.build(() -> Regimes.of(m, changes, horizon));
        in.build(() -> {
            checkScales(scales, horizon, regimes.last().start());
            return null;
        });
        if (quickScales != null) {
            quickFields.build(() -> {
                checkScales(quickScales, horizon, regimes.last().start());
                return null;
            });
        }
        in.build(() -> {
            checkLimits(m, horizon, scales, regimes.count());
            return null;
        });
        return new BipartiteScenario(m, initial, horizon, scales, seed, changes, quickScales, sizes);
    }

    /** The service-rate entries {@code {"family": ..., ...}} of a {@code serviceRate} list. */
    private static List<ServiceRate> serviceRates(List<Fields> rates) {
        List<ServiceRate> l = new ArrayList<>();
        for (Fields r : rates) {
            String family = r.text("family");
            ServiceRate rate = switch (family) {
                case "saturating" -> {
                    double max = r.number("max");
                    double half = r.number("half");
                    yield r.build(() -> {
                        Check.within("max", max, MIN_RATE, MAX_RATE);
                        Check.within("half", half, MIN_SHAPE, MAX_SHAPE);
                        return ServiceRate.saturating(max, half);
                    });
                }
                case "exponential" -> {
                    double max = r.number("max");
                    double scale = r.number("scale");
                    yield r.build(() -> {
                        Check.within("max", max, MIN_RATE, MAX_RATE);
                        Check.within("scale", scale, MIN_SHAPE, MAX_SHAPE);
                        return ServiceRate.exponential(max, scale);
                    });
                }
                default -> throw r.error("family", "unknown family '" + family
                        + "': use \"saturating\" (max, half) or \"exponential\" (max, scale)");
            };
            l.add(rate);
        }
        return l;
    }

    /**
     * Checks a list of scales: at least one, increasing, in range, each giving at least 2 periods in the last regime
     * (from {@code lastStart} to the horizon).
     */
    private static void checkScales(double[] scales, double horizon, double lastStart) {
        if (scales.length == 0) {
            throw new InvalidParameterException("scales", "must list at least one scale c");
        }
        if (scales.length > MAX_SCALES) {
            throw new InvalidParameterException("scales", "has " + scales.length + " scales; at most " + MAX_SCALES);
        }
        Check.increasing("scales", Check.within("scales", scales, MIN_SCALE, MAX_SCALE));
        for (int i = 0; i < scales.length; i++) {
            if (Math.round(horizon * scales[i]) < 2) {
                throw new InvalidParameterException("scales[" + i + "]", "= " + scales[i]
                        + ": horizon times scale gives fewer than 2 periods");
            }
            if (Math.round(horizon * scales[i]) - Math.round(lastStart * scales[i]) < 2) {
                throw new InvalidParameterException("scales[" + i + "]", "= " + scales[i] + ": the last regime, from t = "
                        + lastStart + ", gets fewer than 2 periods (1/c each)");
            }
        }
    }

    /** Loads {@code data/<fileName>} (see {@link Workbench#data}). */
    public static BipartiteScenario load(String fileName) {
        return load(Workbench.data(fileName));
    }

    /** The scenario model name, {@code "bipartite"}. */
    public static final String MODEL = "bipartite";

    /** Loads a scenario file, checking that its model is "bipartite". */
    public static BipartiteScenario load(Path file) {
        return Scenario.load(file, MODEL, BipartiteScenario::read);
    }

    /** The seed used for the i-th scale: {@code seed + i}. */
    public long seedFor(int i) {
        return seed + i;
    }

    /** The same scenario from another initial state. */
    public BipartiteScenario withInitial(double... n0) {
        return new BipartiteScenario(model, n0, horizon, scales, seed, changes, quickScales, sizes);
    }

    /** The same scenario with other scales. */
    public BipartiteScenario withScales(double... c) {
        return new BipartiteScenario(model, initialWorkload, horizon, c, seed, changes, quickScales, sizes);
    }

    /**
     * The quick-mode variant (the test command's {@code LBW_QUICK=1}): the scales of the file's {@code "quick"}
     * object; the scenario itself when the file gives none.
     */
    public BipartiteScenario quick() {
        if (quickScales == null && sizes.quick().equals(sizes)) {
            return this;
        }
        return new BipartiteScenario(model, initialWorkload, horizon, quickScales == null ? scales : quickScales, seed,
                changes, null, sizes.quick());
    }

    /** {@link #quick()} when {@link Workbench#quick()} is on, else this scenario. */
    public BipartiteScenario sized() {
        return Workbench.quick() ? quick() : this;
    }

    /** The regimes: one for a scenario without changes. */
    public Regimes regimes() {
        return Regimes.of(model, changes, horizon);
    }

    @Override
    public double[] initialWorkload() {
        return initialWorkload.clone();
    }

    @Override
    public double[] scales() {
        return scales.clone();
    }

    @Override
    public double[] quickScales() {
        return quickScales == null ? null : quickScales.clone();
    }
}
