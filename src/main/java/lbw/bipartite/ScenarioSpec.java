package lbw.bipartite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lbw.core.Workbench;
import lbw.scenario.Fields;
import lbw.scenario.Scenario;

/**
 * A bipartite scenario file (model {@code "bipartite"}), read the same way by the CLI, the notebooks and the
 * tests. Keys: {@code arrivalRate} [F], {@code serviceRate} [B] of {@code {"family": "saturating", "max", "half"}}
 * or {@code {"family": "exponential", "max", "scale"}}, {@code edges} [[f, b], ...] (zero-based),
 * {@code initialWorkload} [B], {@code horizon}, {@code scales} [c, ...], {@code seed}.
 */
public record ScenarioSpec(BipartiteModel model, double[] initialWorkload, double horizon, double[] scales,
        long seed) {

    /** Reads the fields; every error names its field ({@link lbw.scenario.Scenario#read} refuses unread ones). */
    public static ScenarioSpec read(Fields in) {
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
                    yield r.build(() -> ServiceRate.saturating(max, half));
                }
                case "exponential" -> {
                    double max = r.number("max");
                    double scale = r.number("scale");
                    yield r.build(() -> ServiceRate.exponential(max, scale));
                }
                default -> throw r.error("family", "unknown family '" + family
                        + "': use \"saturating\" (max, half) or \"exponential\" (max, scale)");
            };
            l.add(rate);
        }
        BipartiteModel m = in.build(() -> new BipartiteModel(lambda, l, edges));
        if (initial.length != m.backends()) {
            throw in.error("initialWorkload", "has " + initial.length + " entries but needs " + m.backends()
                    + " (one per backend)");
        }
        for (int b = 0; b < initial.length; b++) {
            if (!(initial[b] >= 0) || !Double.isFinite(initial[b])) {
                throw in.error("initialWorkload[" + b + "]", "= " + initial[b] + ": must be finite and non-negative");
            }
        }
        if (!(horizon > 0) || !Double.isFinite(horizon)) {
            throw in.error("horizon", "= " + horizon + ": must be positive");
        }
        if (scales.length == 0) {
            throw in.error("scales", "must list at least one scale c");
        }
        for (int i = 0; i < scales.length; i++) {
            if (!(scales[i] > 0) || !Double.isFinite(scales[i])) {
                throw in.error("scales[" + i + "]", "= " + scales[i] + ": scales must be positive");
            }
            if (Math.round(horizon * scales[i]) < 2) {
                throw in.error("scales[" + i + "]", "= " + scales[i] + ": horizon times scale gives fewer than 2 periods");
            }
        }
        return new ScenarioSpec(m, initial.clone(), horizon, scales.clone(), seed);
    }

    /** Loads {@code data/<fileName>} (see {@link Workbench#data}). */
    public static ScenarioSpec load(String fileName) {
        return load(Workbench.data(fileName));
    }

    /** Loads a scenario file, checking that its model is "bipartite". */
    public static ScenarioSpec load(Path file) {
        return Scenario.load(file, "bipartite", ScenarioSpec::read);
    }

    /** The seed used for the i-th scale: {@code seed + i}. */
    public long seedFor(int i) {
        return seed + i;
    }

    /** The same scenario from another initial state. */
    public ScenarioSpec withInitial(double... n0) {
        return new ScenarioSpec(model, n0.clone(), horizon, scales, seed);
    }
}
