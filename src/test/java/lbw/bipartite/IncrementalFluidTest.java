package lbw.bipartite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fluid solver with incremental tie checks (warm-started tree flows, only the tiers an event touches) against
 * the solver it replaced ({@link ReferenceFluidInclusion}: a fresh maximum flow per tie check, every tier
 * restructured and restarted at every event), on seeded random systems from zero and from random states.
 */
class IncrementalFluidTest {

    /** Event times: the two locate the same crossings on slightly different RK4 segments. */
    static final double EVENT_TIME = 1e-6;
    /**
     * Event times and states in the larger systems: among hundreds of events a few gradients cross at a shallow
     * angle, where the two solvers' different RK4 segments move the crossing by about 1e-6 (the solver before the
     * warm starts and closed-form rates gave the same times to all printed digits).
     */
    static final double LARGE = 1e-5;
    /** States at the events and at the horizon. */
    static final double STATE = 1e-6;

    @Test
    void sameEventsAndStatesAsTheReferenceSolverOnRandomSystems() {
        compareWithReference(new SplittableRandom(11), 8, 10, 25, 20, EVENT_TIME, STATE);
    }

    /**
     * Larger systems, where tiers of tens of backends merge (warm-started maximum flows, the spanning tree by
     * flow, closed-form tier rates): still the reference's events and states.
     */
    @Test
    void sameEventsAndStatesAsTheReferenceSolverOnLargerSystems() {
        compareWithReference(new SplittableRandom(17), 3, 80, 60, 15, LARGE, LARGE);
    }

    /**
     * {@code trials} random systems of {@code min .. min + spread - 1} nodes a side, solved to {@code horizon} by
     * both solvers: the same events (kind, tiers before and after, time within {@code eventTime}), the same states
     * at the events (within {@code state}) and at the horizon (within {@link #STATE}).
     */
    private static void compareWithReference(SplittableRandom rnd, int trials, int min, int spread, double horizon,
            double eventTime, double state) {
        for (int trial = 0; trial < trials; trial++) {
            int n = min + rnd.nextInt(spread);
            BipartiteModel m = RandomInstances.create(n, n, 2 + rnd.nextInt(3), 0.5 + 0.3 * rnd.nextDouble(), rnd);
            double[] n0 = new double[n];
            if (trial % 2 == 1) {
                for (int b = 0; b < n; b++) {
                    n0[b] = 3 * rnd.nextDouble();
                }
            }
            FluidPath p = FluidInclusion.solve(m, n0, horizon);
            FluidPath q = ReferenceFluidInclusion.solve(m, n0, horizon);
            String id = "trial " + trial + " (" + n + " x " + n + ")";
            assertTrue(p.converged() && q.converged(), id);
            List<FluidInclusion.Event> ep = p.events();
            List<FluidInclusion.Event> eq = q.events();
            assertEquals(eq.size(), ep.size(), id + ": number of events");
            assertTrue(ep.size() > 3, id + ": a system with events");
            for (int i = 1; i < ep.size(); i++) {
                FluidInclusion.Event a = ep.get(i);
                FluidInclusion.Event b = eq.get(i);
                assertEquals(b.kind(), a.kind(), id + " event " + i);
                assertEquals(b.tiersBefore(), a.tiersBefore(), id + " event " + i);
                assertEquals(b.tiersAfter(), a.tiersAfter(), id + " event " + i);
                assertEquals(b.time(), a.time(), eventTime, id + " event " + i);
                double[] x = p.at(a.time());
                double[] y = q.at(b.time());
                for (int k = 0; k < n; k++) {
                    assertEquals(y[k], x[k], state, id + " event " + i + " backend " + k);
                }
            }
            double[] fp = p.finalWorkload();
            double[] fq = q.finalWorkload();
            for (int k = 0; k < n; k++) {
                assertEquals(fq[k], fp[k], STATE, id + " final backend " + k);
            }
            assertEquals(q.finalLyapunov(), p.finalLyapunov(), STATE, id);
            assertTrue(p.largestLyapunovIncrease() <= FluidInclusionTest.LYAPUNOV_SLACK, id);
            assertTrue(p.lemma10Residual() < 1e-9, id);
        }
    }

    @Test
    void largeSystemsKeepABoundedNumberOfStates() {
        BipartiteModel m = RandomInstances.create(300, 300, 3, 0.7, 5);
        FluidInclusion.Options o = FluidInclusion.Options.defaults();
        o = new FluidInclusion.Options(o.step(), o.relTol(), o.tieTol(), o.maxEvents(), o.maxRecords(), 30_000);
        FluidPath p = FluidInclusion.solve(m, new double[300], 5, o);
        assertTrue(p.converged());
        // 30,000 values / 300 backends = 100 states: 50 regular, 12 events, the start and the horizon
        assertTrue(p.times().length <= 100 / 2 + 100 / 8 + 2, "states kept: " + p.times().length);
        assertTrue(p.eventCount() > 100 / 8, "more events than stored states: " + p.eventCount());
        assertEquals(5, p.times()[p.times().length - 1], 1e-9);
    }
}
