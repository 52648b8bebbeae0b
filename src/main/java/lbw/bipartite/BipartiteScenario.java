package lbw.bipartite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lbw.core.Check;
import lbw.core.Limits;
import lbw.core.Workbench;
import lbw.scenario.Fields;
import lbw.scenario.Scenario;

/**
 * A bipartite scenario file (model {@code "bipartite"}), read the same way by the CLI, the notebooks and the
 * tests. Keys: {@code arrivalRate} [F], {@code serviceRate} [B] of {@code {"family": "saturating", "max", "half"}}
 * or {@code {"family": "exponential", "max", "scale"}}, {@code edges} [[f, b], ...] (zero-based),
 * {@code initialWorkload} [B], {@code horizon}, {@code scales} [c, ...], {@code seed}.
 */
public record BipartiteScenario(BipartiteModel model, double[] initialWorkload, double horizon, double[] scales,
        long seed) {

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
        double f = m.frontends();
        double b = m.backends();
        Limits.check("serviceRate", String.format(java.util.Locale.ROOT, "%d frontends x %d backends",
                m.frontends(), m.backends()), 3 * f * b * (f + b), f * b * 8 * 8);
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
        if (scales.length == 0) {
            throw in.error("scales", "must list at least one scale c");
        }
        if (scales.length > MAX_SCALES) {
            throw in.error("scales", "has " + scales.length + " scales; at most " + MAX_SCALES);
        }
        in.build(() -> {
            Check.within("initialWorkload", initial, 0, MAX_WORKLOAD);
            Check.within("horizon", horizon, MIN_HORIZON, MAX_HORIZON);
            Check.increasing("scales", Check.within("scales", scales, MIN_SCALE, MAX_SCALE));
            return null;
        });
        for (int i = 0; i < scales.length; i++) {
            if (Math.round(horizon * scales[i]) < 2) {
                throw in.error("scales[" + i + "]", "= " + scales[i] + ": horizon times scale gives fewer than 2 periods");
            }
        }
        in.build(() -> {
            checkLimits(m, horizon, scales);
            return null;
        });
        return new BipartiteScenario(m, initial.clone(), horizon, scales.clone(), seed);
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
        return new BipartiteScenario(model, n0.clone(), horizon, scales, seed);
    }
}
