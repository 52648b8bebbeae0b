package lbw.bipartite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Deferred split checks ({@link EventLocator}: a tier of at least {@code lazySize} backends is checked for a split
 * at the time of the next located event, and at the step's end only when no event comes first) against checks at
 * every step's end: the fluid solver with {@code lazySize = 2} (every tier that can split is deferred) and with
 * {@code lazySize = Integer.MAX_VALUE} (none is) on seeded random systems from N = 0 and from random states, and on
 * the scenario files' models. Both must find the same events at the same times and the same states.
 */
class LazySplitCheckTest {

    /** Every tier that can split (two or more backends) is checked lazily. */
    static final int ALL_LAZY = 2;
    /** No tier is checked lazily. */
    static final int NONE_LAZY = Integer.MAX_VALUE;
    /**
     * Event times (absolute; horizons 5-30, step 0.01). A deferred split is located by bisection on [from, first event]
     * instead of [from, step's end]: both bisect to 2^-50 of their interval (below 1e-17 here), so a time can differ
     * by that and the states after it by that times the drift; the tie checks themselves are the same calls.
     */
    static final double EVENT_TIME = 1e-9;
    /** Workloads at events and at the horizon, and the final V (absolute; workloads are of order 1-10). */
    static final double STATE = 1e-9;

    /** Solves compared, events compared, split events found by deferred checks, states with a tier of 2+ backends. */
    int systems;
    int events;
    int splits;
    int sharedStates;
    /** Largest differences seen: event times, workloads, final V. */
    double maxTime;
    double maxState;
    double maxV;

    @Test
    void deferredSplitChecksFindTheSameEventsOnRandomSystems() {
        SplittableRandom rnd = new SplittableRandom(20261126L);
        int[][] shapes = {{20, 20}, {30, 40}, {30, 60}, {80, 80}, {120, 150}, {200, 200}};
        int[] degrees = {2, 3, 4};
        double[] loads = {0.4, 0.5, 0.6};
        for (int s = 0; s < shapes.length; s++) {
            int nf = shapes[s][0];
            int nb = shapes[s][1];
            int trials = nb <= 80 ? 8 : 3;
            for (int trial = 0; trial < trials; trial++) {
                int degree = degrees[(s + trial) % degrees.length];
                double load = loads[(s + 2 * trial) % loads.length];
                BipartiteModel m = RandomInstances.create(nf, nb, degree, load, rnd.nextLong());
                double[] n0 = new double[nb];
                if (trial % 3 != 0) {
                    for (int b = 0; b < nb; b++) {
                        n0[b] = 3 * rnd.nextDouble();
                    }
                }
                double horizon = nb <= 80 ? 20 : 10;
                compare(m, n0, horizon, nf + " x " + nb + ", degree " + degree + ", load " + load + ", trial "
                        + trial + (trial % 3 != 0 ? " from a random state" : " from 0"));
            }
        }
        // not vacuous: many events, many states where some tier has two or more backends (its split check was
        // deferred in every step), and splits located by the deferred check
        assertEquals(38, systems);
        assertTrue(events >= 500, "events compared: " + events);
        assertTrue(splits >= 20, "split events located by deferred checks: " + splits);
        assertTrue(sharedStates >= 200, "recorded states with a tier of 2 or more backends: " + sharedStates);
        System.out.printf("LazySplitCheckTest: %d random systems, %d events (%d splits), %d states with a shared tier;"
                + " largest differences: time %.3g, state %.3g, V %.3g%n", systems, events, splits, sharedStates,
                maxTime, maxState, maxV);
    }

    @Test
    void deferredSplitChecksFindTheSameEventsOnTheScenarioModels() {
        String[] files = {"bipartite-figures1-4.json", "bipartite-cycle.json", "bipartite-n-model.json",
            "bipartite-split.json", "bipartite-under-change.json"};
        for (String file : files) {
            BipartiteScenario s = BipartiteScenario.load(file);
            compare(s.model(), s.initialWorkload(), Math.min(s.horizon(), 30), file);
        }
        assertEquals(files.length, systems);
        assertTrue(events >= 5, "events compared: " + events);
        assertTrue(sharedStates >= 10, "recorded states with a tier of 2 or more backends: " + sharedStates);
        System.out.printf("LazySplitCheckTest: %d scenario models, %d events (%d splits), %d states with a shared"
                + " tier; largest differences: time %.3g, state %.3g, V %.3g%n", systems, events, splits, sharedStates,
                maxTime, maxState, maxV);
    }

    /** Solves both ways and compares events (kind, tiers, time), states at the events, final N and final V. */
    private void compare(BipartiteModel m, double[] n0, double horizon, String id) {
        FluidInclusion.Options o = FluidInclusion.Options.defaults();
        FluidPath lazy = FluidInclusion.solve(m, n0, horizon, o, ALL_LAZY);
        FluidPath eager = FluidInclusion.solve(m, n0, horizon, o, NONE_LAZY);
        assertTrue(lazy.converged(), id + ": deferred checks converged");
        assertTrue(eager.converged(), id + ": checks at the step's end converged");
        assertEquals(eager.steps(), lazy.steps(), id + ": steps");
        List<FluidInclusion.Event> el = lazy.events();
        List<FluidInclusion.Event> ee = eager.events();
        assertEquals(ee.size(), el.size(), id + ": number of events");
        int nb = m.backends();
        for (int i = 0; i < el.size(); i++) {
            FluidInclusion.Event a = el.get(i);
            FluidInclusion.Event b = ee.get(i);
            String at = id + ", event " + i;
            assertEquals(b.kind(), a.kind(), at + ": kind");
            assertEquals(b.tiersBefore(), a.tiersBefore(), at + ": tiers before");
            assertEquals(b.tiersAfter(), a.tiersAfter(), at + ": tiers after");
            assertEquals(b.time(), a.time(), EVENT_TIME, at + ": time");
            maxTime = Math.max(maxTime, Math.abs(a.time() - b.time()));
            double[] x = lazy.at(a.time());
            double[] y = eager.at(b.time());
            for (int k = 0; k < nb; k++) {
                assertEquals(y[k], x[k], STATE, at + ", backend " + k);
                maxState = Math.max(maxState, Math.abs(x[k] - y[k]));
            }
            if (i > 0) {
                events++;
                splits += a.kind().equals("split") ? 1 : 0;
            }
        }
        double[] times = lazy.times();
        double[] times2 = eager.times();
        assertEquals(times2.length, times.length, id + ": recorded states");
        double[][] wl = lazy.workload();
        double[][] we = eager.workload();
        int[] tl = lazy.tiers();
        int[] te = eager.tiers();
        for (int r = 0; r < times.length; r++) {
            assertEquals(times2[r], times[r], EVENT_TIME, id + ": time of state " + r);
            assertEquals(te[r], tl[r], id + ": tiers at state " + r);
            for (int k = 0; k < nb; k++) {
                assertEquals(we[r][k], wl[r][k], STATE, id + ": state " + r + ", backend " + k);
                maxState = Math.max(maxState, Math.abs(we[r][k] - wl[r][k]));
            }
            // fewer tiers than backends: some tier has two or more backends, whose split check is deferred
            sharedStates += tl[r] < nb ? 1 : 0;
        }
        assertEquals(eager.finalLyapunov(), lazy.finalLyapunov(), STATE, id + ": final V");
        maxV = Math.max(maxV, Math.abs(eager.finalLyapunov() - lazy.finalLyapunov()));
        systems++;
    }
}
