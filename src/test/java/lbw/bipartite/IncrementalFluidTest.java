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
    /** States at the events and at the horizon. */
    static final double STATE = 1e-6;

    @Test
    void sameEventsAndStatesAsTheReferenceSolverOnRandomSystems() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int trial = 0; trial < 8; trial++) {
            int n = 10 + rnd.nextInt(25);
            BipartiteModel m = RandomInstances.create(n, n, 2 + rnd.nextInt(3), 0.5 + 0.3 * rnd.nextDouble(), rnd);
            double[] n0 = new double[n];
            if (trial % 2 == 1) {
                for (int b = 0; b < n; b++) {
                    n0[b] = 3 * rnd.nextDouble();
                }
            }
            FluidPath p = FluidInclusion.solve(m, n0, 20);
            FluidPath q = ReferenceFluidInclusion.solve(m, n0, 20);
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
                assertEquals(b.time(), a.time(), EVENT_TIME, id + " event " + i);
                double[] x = p.at(a.time());
                double[] y = q.at(b.time());
                for (int k = 0; k < n; k++) {
                    assertEquals(y[k], x[k], STATE, id + " event " + i + " backend " + k);
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
