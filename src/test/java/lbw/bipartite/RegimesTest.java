package lbw.bipartite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import lbw.core.InvalidParameterException;
import lbw.core.Workbench;
import lbw.scenario.Scenario;
import lbw.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

/** A bipartite system that changes: validation of {@code changes}, the fluid and stochastic paths through regimes. */
class RegimesTest {

    /**
     * How close a regime's fluid end state must be to that regime's optimum (max over backends). Each regime of
     * data/bipartite-under-change.json lasts at least 20 time units; the slowest, the slowdown at t = 40, ends about
     * 6e-4 from its optimum.
     */
    static final double FLUID_TOL = 1e-3;
    /**
     * A regime's first recorded state against the last one's end: the solver records each backend at its tier's
     * common gradient, found by Newton's method from the given workloads, so the state comes back to within a few
     * units in the last place (about 1e-16 of values near 1), not always bit for bit.
     */
    static final double JOIN_TOL = 1e-13;
    /**
     * The stochastic time average at c = 1000 over t = 80..100 against the last regime's optimum: fluctuations of
     * N/c are of order 1/sqrt(c) = 0.03 and are averaged over 20 time units; 0.05 per backend is generous.
     */
    static final double STOCHASTIC_TOL = 0.05;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BipartiteScenario UNDER_CHANGE = BipartiteScenario.load("bipartite-under-change.json");

    @Test
    void everyRegimeEndsAtItsOwnOptimum() {
        Regimes r = UNDER_CHANGE.regimes();
        assertEquals(4, r.count());
        assertArrayEquals(new double[] {20, 40, 60}, r.changeTimes());
        List<Equilibrium> opt = r.optima();
        Regimes.RegimeFluid fluid = r.fluid(UNDER_CHANGE.initialWorkload());
        assertTrue(fluid.converged());
        for (int i = 0; i < r.count(); i++) {
            assertTrue(opt.get(i).converged());
            double[] end = fluid.endOf(i);
            for (int b = 0; b < end.length; b++) {
                assertEquals(opt.get(i).workload()[b], end[b], FLUID_TOL, "regime " + i + ", backend " + b);
            }
        }
        // Each change moves the optimum: consecutive optima differ by far more than the tolerance.
        for (int i = 1; i < r.count(); i++) {
            assertTrue(maxDiff(opt.get(i).workload(), opt.get(i - 1).workload()) > 0.1, "change " + i);
        }
        // The joined path is continuous: the state at each change time is the end of the regime before it.
        FluidPath p = fluid.path();
        assertEquals(0, p.times()[0]);
        assertEquals(100, p.times()[p.times().length - 1], 1e-9);
        for (int i = 1; i < r.count(); i++) {
            assertArrayEquals(fluid.endOf(i - 1), fluid.pieces().get(i).initialWorkload(), JOIN_TOL);
            assertEquals(r.get(i).start(), fluid.pieces().get(i).times()[0], 0);
        }
        assertArrayEquals(fluid.endOf(3), p.finalWorkload(), 0);
        assertEquals(3, p.events().stream().filter(e -> e.kind().equals("change")).count());
        assertEquals(p.eventCount(), fluid.pieces().stream().mapToInt(FluidPath::eventCount).sum());
        assertTrue(TierEvents.of(p).stream().noneMatch(c -> c.kind().equals("change")), "a change is not a tier event");
    }

    @Test
    void theStochasticAverageAtLargeScaleIsTheLastRegimesOptimum() {
        Regimes r = UNDER_CHANGE.regimes();
        double[] last = r.optima().get(3).workload();
        StochasticPath p = GmsrSimulation.run(r, RoutingRule.GMSR, UNDER_CHANGE.initialWorkload(),
                new GmsrSimulation.Options(1000, 100, 13, 500));
        for (int b = 0; b < last.length; b++) {
            assertEquals(last[b], p.timeAverage()[b], STOCHASTIC_TOL, "backend " + b);
        }
        // The first regime's optimum is far from it: the average really is over the last regime.
        assertTrue(maxDiff(r.optima().get(0).workload(), p.timeAverage()) > 0.5);
    }

    @Test
    void withoutChangesTheResultsAreThoseOfTheSingleModelSolvers() {
        BipartiteScenario s = BipartiteScenario.load("bipartite-n-model.json");
        Regimes r = s.regimes();
        assertEquals(1, r.count());
        FluidPath direct = FluidInclusion.solve(s.model(), s.initialWorkload(), s.horizon());
        FluidPath through = r.fluid(s.initialWorkload()).path();
        assertArrayEquals(direct.times(), through.times(), 0);
        assertArrayEquals(direct.finalWorkload(), through.finalWorkload(), 0);
        GmsrSimulation.Options o = new GmsrSimulation.Options(100, s.horizon(), s.seedFor(2), 2000);
        StochasticPath a = GmsrSimulation.run(s.model(), RoutingRule.GMSR, s.initialWorkload(), o);
        StochasticPath b = GmsrSimulation.run(r, RoutingRule.GMSR, s.initialWorkload(), o);
        assertArrayEquals(a.timeAverage(), b.timeAverage(), 0);
        assertArrayEquals(a.total(), b.total(), 0);
        // The path the stochastic engine gave for this scenario before changes existed (c = 100, seed 2026): the
        // second-half time average, bit for bit.
        assertArrayEquals(new double[] {1.4523070771691322, 1.4536025589764094}, a.timeAverage(), 0);
    }

    @Test
    void aChangeThatChangesNothingLeavesThePathAsItWas() {
        BipartiteScenario s = BipartiteScenario.load("bipartite-n-model.json");
        Regimes none = s.regimes();
        Regimes same = Regimes.of(s.model(), List.of(Change.arrivals(12.5, s.model().arrivalRate()),
                Change.serviceRates(30, s.model().serviceRate())), s.horizon());
        assertEquals(3, same.count());
        GmsrSimulation.Options o = new GmsrSimulation.Options(100, s.horizon(), 5, 5001);
        StochasticPath a = GmsrSimulation.run(none, RoutingRule.GMSR, s.initialWorkload(), o);
        StochasticPath b = GmsrSimulation.run(same, RoutingRule.GMSR, s.initialWorkload(), o);
        assertArrayEquals(a.times(), b.times(), 0);
        for (int k = 0; k < a.times().length; k++) {
            assertArrayEquals(a.workload()[k], b.workload()[k], 0, "sample " + k);
        }
        // The fluid inclusion restarted at the change times follows the same path (RK4 on a grid that restarts).
        FluidPath fa = none.fluid(s.initialWorkload()).path();
        FluidPath fb = same.fluid(s.initialWorkload()).path();
        for (double t = 0; t <= s.horizon(); t += 0.25) {
            assertArrayEquals(fa.at(t), fb.at(t), 1e-6, "t = " + t);
        }
        assertArrayEquals(fa.finalWorkload(), fb.finalWorkload(), 1e-9);
    }

    @Test
    void theStochasticEngineSwitchesAtTheChangePeriod() {
        // f0 reaches b0 and b1, f1 (almost no arrivals) reaches both too. At t = 5 the edge f0-b0 fails: from the
        // change period on no job reaches b0, so its queue only drains.
        BipartiteModel m = new BipartiteModel(new double[] {0.8, 1e-6}, List.of(ServiceRate.saturating(2, 1),
                ServiceRate.saturating(2, 1)), new int[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
        Regimes edge = Regimes.of(m, List.of(Change.edges(5, null, new int[][] {{0, 0}})), 10);
        assertArrayEquals(new int[][] {{0, 1}, {1, 0}, {1, 1}}, edge.last().model().edges());
        onlyDrainsAfter(edge, 5);
        // The same through the rates: f0's rate drops to almost nothing at t = 5.
        Regimes rate = Regimes.of(m, List.of(Change.arrivals(5, 1e-6, 1e-6)), 10);
        onlyDrainsAfter(rate, 5);
    }

    private static void onlyDrainsAfter(Regimes r, double change) {
        StochasticPath p = GmsrSimulation.run(r, RoutingRule.GMSR, new double[] {0, 0},
                new GmsrSimulation.Options(10, 10, 1, 1000));
        double[] t = p.times();
        double[] b0 = p.backend(0);
        boolean grew = false;
        for (int k = 1; k < t.length; k++) {
            if (t[k] > change + 1e-9) {
                assertTrue(b0[k] <= b0[k - 1], "b0 only drains after the change (t = " + t[k] + ")");
            } else {
                grew |= b0[k] > b0[k - 1];
            }
        }
        assertTrue(grew, "b0 received jobs before the change");
    }

    @Test
    void theScenarioReportsEveryRegime() {
        lbw.report.Report rep = new BipartiteDescriptor().solve(UNDER_CHANGE.quick());
        assertTrue(rep.converged());
        assertEquals(null, rep.get("regimes.4"));
        assertEquals(60, rep.number("regimes.3.start").getAsDouble());
        assertEquals(100, rep.number("regimes.3.end").getAsDouble());
        List<Equilibrium> opt = UNDER_CHANGE.regimes().optima();
        assertEquals(opt.get(2).total(), rep.number("regimes.2.optimum.total").getAsDouble(), 0);
        assertEquals(opt.get(3).workload()[1], rep.number("regimes.3.optimum.workload.1").getAsDouble(), 0);
        for (int b = 0; b < 3; b++) {
            assertEquals(rep.number("fluid.final." + b).getAsDouble(), rep.number("regimes.3.fluidEnd." + b)
                    .getAsDouble(), 0);
            assertEquals(opt.get(0).workload()[b], rep.number("optimum.workload." + b).getAsDouble(), 0);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Validation: one line naming the field

    @Test
    void changesAreRefusedNamingTheField() {
        assertRefused("changes[0].removeEdges[0]: edge [2, 0] is not in the graph at t = 60",
                changes("[{\"time\": 60, \"removeEdges\": [[2, 0]]}]"));
        assertRefused("changes[1].removeEdges[0]: edge [2, 2] is not in the graph at t = 70",
                changes("[{\"time\": 60, \"removeEdges\": [[2, 2]]}, {\"time\": 70, \"removeEdges\": [[2, 2]]}]"));
        assertRefused("changes[0].addEdges[0]: edge [0, 1] is already in the graph at t = 10",
                changes("[{\"time\": 10, \"addEdges\": [[0, 1]]}]"));
        assertRefused("changes[0].addEdges[0]: backend 3 is out of range: there are 3 backends (zero-based)",
                changes("[{\"time\": 10, \"addEdges\": [[0, 3]]}]"));
        assertRefused("changes[0].addEdges[1]: must be a pair [frontend, backend]",
                changes("[{\"time\": 10, \"addEdges\": [[0, 2], [1]]}]"));
        assertRefused("changes[0].removeEdges[1]: edge [0, 0] is removed twice by this change",
                changes("[{\"time\": 10, \"removeEdges\": [[0, 0], [0, 0]]}]"));
        assertRefused("changes[0].removeEdges: frontend 0 would have no backend left at t = 10",
                changes("[{\"time\": 10, \"removeEdges\": [[0, 0], [0, 1]]}]"));
        assertRefused("changes[1].time: = 20: must be after the previous change's time 30",
                changes("[{\"time\": 30, \"arrivalRate\": [1, 1, 1]}, {\"time\": 20, \"arrivalRate\": [1, 1, 1]}]"));
        assertRefused("changes[0].time: = 100: must be before the horizon 100",
                changes("[{\"time\": 100, \"arrivalRate\": [1, 1, 1]}]"));
        assertRefused("changes[0].time: = 0: must be after t = 0", changes("[{\"time\": 0, \"arrivalRate\": [1, 1, 1]}]"));
        assertRefused("changes[0].arrivalRate: has 2 entries but needs 3 (one per frontend)",
                changes("[{\"time\": 10, \"arrivalRate\": [1, 1]}]"));
        assertRefused("changes[0].arrivalRate[1]: changes[0].arrivalRate[1] = -1.0",
                changes("[{\"time\": 10, \"arrivalRate\": [1, -1, 1]}]"));
        assertRefused("changes[0].serviceRate: has 1 entries but needs 3 (one per backend)",
                changes("[{\"time\": 10, \"serviceRate\": [{\"family\": \"saturating\", \"max\": 2, \"half\": 1}]}]"));
        assertRefused("changes[0].serviceRate[0].family: unknown family 'linear'",
                changes("[{\"time\": 10, \"serviceRate\": [{\"family\": \"linear\"}]}]"));
        assertRefused("changes[0].arrivalRate: the system from t = 10 on: infeasible (Assumption 2)",
                changes("[{\"time\": 10, \"arrivalRate\": [0.5, 6, 0.7]}]"));
        assertRefused("changes[0]: changes nothing", changes("[{\"time\": 10}]"));
        assertRefused("changes[0].removeEdge: unknown field", changes("[{\"time\": 10, \"removeEdge\": [[0, 0]]}]"));
        assertRefused("changes[0].time: is missing", changes("[{\"arrivalRate\": [1, 1, 1]}]"));
        // The last regime must get at least 2 periods at every scale.
        ObjectNode late = base();
        late.set("changes", read("[{\"time\": 99.95, \"arrivalRate\": [1, 1, 1]}]"));
        assertRefused("scales[0]: = 10.0: the last regime, from t = 99.95, gets fewer than 2 periods", late.toString());
    }

    @Test
    void theLibraryRefusesTheSameWay() {
        BipartiteModel m = UNDER_CHANGE.model();
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> Regimes.of(m,
                List.of(Change.edges(10, null, new int[][] {{2, 0}})), 100));
        assertEquals("changes[0].removeEdges[0]: edge [2, 0] is not in the graph at t = 10", e.getMessage());
        assertThrows(InvalidParameterException.class, () -> GmsrSimulation.run(UNDER_CHANGE.regimes(),
                RoutingRule.GMSR, UNDER_CHANGE.initialWorkload(), new GmsrSimulation.Options(10, 50, 1, 10)));
    }

    private static String changes(String list) {
        ObjectNode o = base();
        o.set("changes", read(list));
        return o.toString();
    }

    private static ObjectNode base() {
        try {
            return (ObjectNode) JSON.readTree(Workbench.data("bipartite-under-change.json").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ArrayNode read(String json) {
        try {
            return (ArrayNode) JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Refused with one line {@code c.json: field 'FIELD': REASON...}, {@code expected} written "FIELD: REASON...". */
    private static void assertRefused(String expected, String text) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> Scenario.parse("c.json", text).read(BipartiteScenario::read));
        String msg = e.getMessage();
        int cut = expected.indexOf(": ");
        String want = "c.json: field '" + expected.substring(0, cut) + "': " + expected.substring(cut + 2);
        assertTrue(msg.startsWith(want), "expected '" + want + "...', found: " + msg);
        assertEquals(1, msg.lines().count(), msg);
    }

    private static double maxDiff(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }
}
