package lbw.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import lbw.core.Work;
import lbw.scenario.ScenarioException;

/**
 * A checked sweep, ready to run row by row anywhere: the sweep, the runner that solves one inner scenario, and
 * whether the inner model takes a {@code "seed"} (then every row gets its derived seed). This is what an executor
 * ships to its workers; {@link #run(int)} is all a worker calls.
 */
public record SweepPlan(Sweep sweep, ScenarioRunner runner, boolean seeded) implements Serializable {

    /**
     * Checks every grid point as a scenario before anything runs (bad input: a {@link ScenarioException} naming the
     * inner field, its value and the grid point), and finds out whether the inner model takes a seed.
     */
    public static SweepPlan check(Sweep sweep, ScenarioRunner runner) {
        boolean seeded = takesSeed(sweep, runner);
        if (!seeded && sweep.replications() > 1) {
            throw new ScenarioException(sweep.source(), "replications", "= " + sweep.replications() + " but model '"
                    + sweep.innerModel() + "' takes no seed, so every replication would give the same numbers");
        }
        for (int p = 0; p < sweep.points(); p++) {
            int row = p * sweep.replications();
            try {
                runner.prepare(sweep.source(), sweep.scenario(row, seeded));
            } catch (ScenarioException e) {
                throw new ScenarioException(sweep.source(), "scenario" + (e.field().isEmpty() ? "" : "." + e.field()),
                        e.reason() + " (grid point " + p + ": " + sweep.describePoint(p) + ")");
            }
        }
        return new SweepPlan(sweep, runner, seeded);
    }

    /** A model takes a seed when its scenario names one, or when adding one is accepted. */
    private static boolean takesSeed(Sweep sweep, ScenarioRunner runner) {
        ObjectNode plain = sweep.scenario(0, false);
        if (plain.has("seed")) {
            return true;
        }
        try {
            runner.prepare(sweep.source(), sweep.scenario(0, true));
            return true;
        } catch (ScenarioException e) {
            return false;
        }
    }

    /**
     * Solves row 0 and checks the collected keys against its output before any other row runs (an unknown key: a
     * {@link ScenarioException} about {@code collect[i]} listing the keys the output has). When row 0 fails at run
     * time there is no output to check against; its row carries the error, and so would any row missing a key.
     */
    public SweepRow probe() {
        ObjectNode output;
        try {
            output = runner.prepare(sweep.source(), sweep.scenario(0, seeded)).get();
        } catch (Work.Cancelled e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return run(0);
        }
        List<String> keys = sweep.collect();
        for (int i = 0; i < keys.size(); i++) {
            if (Sweep.at(output, keys.get(i)) == null) {
                throw new ScenarioException(sweep.source(), "collect[" + i + "]", "'" + keys.get(i) + "' is not a key of "
                        + "the output of model '" + sweep.innerModel() + "'; its keys: " + String.join(", ", leaves(output)));
            }
        }
        return new SweepRow(0, sweep.point(0), 0, collect(output), convergence(output));
    }

    /** The dotted paths of an output's values (objects are descended into, lists are not). */
    static List<String> leaves(JsonNode node) {
        List<String> out = new ArrayList<>();
        leaves(node, "", out);
        return out;
    }

    private static void leaves(JsonNode node, String prefix, List<String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            if (e.getValue().isObject() && !e.getValue().isEmpty()) {
                leaves(e.getValue(), path, out);
            } else {
                out.add(path);
            }
        }
    }

    /** Solves one row; a failure at run time becomes the row's error, in words. */
    public SweepRow run(int row) {
        int point = row / sweep.replications();
        int replication = row % sweep.replications();
        ObjectNode values = null;
        String error = null;
        try {
            Supplier<ObjectNode> solve = runner.prepare(sweep.source(), sweep.scenario(row, seeded));
            ObjectNode output = solve.get();
            values = collect(output);
            error = convergence(output);
        } catch (ScenarioException e) {
            error = e.field().isEmpty() ? e.reason() : "field '" + e.field() + "': " + e.reason();
        } catch (Work.Cancelled e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            error = words(e);
        }
        return new SweepRow(row, sweep.point(point), replication, values, error);
    }

    /** Null when the output met every tolerance, else "did not converge: ..." naming what missed. */
    private String convergence(ObjectNode output) {
        List<String> misses = runner.misses(output);
        return misses.isEmpty() ? null : "did not converge: " + String.join("; ", misses);
    }

    /** The collected keys of one solve's output; a key the output lacks is an error of this row. */
    ObjectNode collect(ObjectNode output) {
        ObjectNode values = SweepRow.JSON.createObjectNode();
        for (String key : sweep.collect()) {
            JsonNode v = Sweep.at(output, key);
            if (v == null) {
                throw new MissingKeyException(key);
            }
            values.set(key, v.deepCopy());
        }
        return values;
    }

    /** A collected key that a solve's output does not have. */
    static final class MissingKeyException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String key;

        MissingKeyException(String key) {
            super("the output has no key '" + key + "'");
            this.key = key;
        }
    }

    static String words(Throwable e) {
        String kind = e instanceof StackOverflowError ? "stack overflow"
                : e instanceof OutOfMemoryError ? "out of memory"
                : e instanceof ArithmeticException ? "arithmetic error"
                : e.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
        String m = e.getMessage();
        if (e instanceof MissingKeyException || e instanceof IllegalStateException || e instanceof IllegalArgumentException) {
            return m == null ? kind : m;
        }
        return m == null ? kind : kind + ": " + m;
    }
}
