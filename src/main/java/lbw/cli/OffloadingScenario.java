package lbw.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import lbw.offloading.DiscountedSolution;
import lbw.offloading.DiscountedSolver;
import lbw.offloading.OffloadingModel;
import lbw.offloading.OffloadingSetup;
import lbw.offloading.Policy;
import lbw.offloading.PolicyPerformance;
import lbw.offloading.StationaryAnalysis;
import lbw.offloading.Structure;
import lbw.offloading.StructureReport;
import lbw.offloading.UniformizedMdp;
import lbw.present.offloading.PolicyTables;
import lbw.scenario.Fields;
import tech.tablesaw.api.Table;

/**
 * {@code "model": "offloading"}: the computation-offloading CTMDP of Jeff and Modiano. Keys: {@code rho}, {@code K},
 * {@code f}, optional {@code mu0} (1), {@code buffer} (40, at least 30 so that n2 <= 10 lies inside the window
 * buffer/3) and {@code discount} (0.99). Solves the discounted problem (Gauss-Seidel value iteration), checks the
 * structure on the window, and evaluates the optimal policy, Offload-Only and Non-Idling by the stationary
 * distribution of the truncated chain.
 */
final class OffloadingScenario implements ScenarioSolver {

    /** Thresholds are reported for n2 = 0..10. */
    static final int THRESHOLD_ROWS = 10;

    @Override
    public String model() {
        return "offloading";
    }

    @Override
    public String description() {
        return "computation-offloading CTMDP: optimal SM1/SM2 policy, thresholds, structure checks, mean delays";
    }

    @Override
    public java.util.function.Supplier<Solution> prepare(Fields in) {
        OffloadingSetup setup = OffloadingSetup.read(in);
        in.finish();
        if (setup.buffer() < 3 * THRESHOLD_ROWS) {
            throw in.error("buffer", "= " + setup.buffer() + ": must be at least " + 3 * THRESHOLD_ROWS
                    + " so that the reported thresholds (n2 <= " + THRESHOLD_ROWS + ") lie inside the window buffer/3");
        }
        return () -> solve(setup);
    }

    private Solution solve(OffloadingSetup setup) {
        OffloadingModel m = setup.model();
        UniformizedMdp mdp = setup.compile();
        DiscountedSolution sol = DiscountedSolver.gaussSeidel(mdp, setup.options());
        int window = Structure.defaultWindow(setup.buffer());
        StructureReport st = Structure.check(sol.policy(), window);
        java.util.List<String> notes = new java.util.ArrayList<>();
        PolicyPerformance opt = stationary(mdp, sol.policy(), notes);
        PolicyPerformance non = stationary(mdp, Policy.nonIdling(mdp.space()), notes);
        PolicyPerformance off = m.offloadOnlyStable() ? stationary(mdp, Policy.offloadOnly(mdp.space()), notes) : null;

        ObjectNode json = Json.object();
        json.put("model", model());
        ObjectNode par = json.putObject("parameters");
        par.put("rho", m.rho());
        par.put("K", m.k());
        par.put("f", m.f());
        par.put("mu0", m.mu0());
        par.put("lambda", m.lambda());
        par.put("buffer", setup.buffer());
        par.put("discount", setup.discount());
        par.put("states", mdp.size());
        json.put("withinAssumption", m.withinAssumption());
        if (!m.withinAssumption()) {
            notes.add(0, "f <= 1/K: outside the paper's assumption f > 1/K; its theorems need not apply");
        }
        ObjectNode solver = json.putObject("solver");
        solver.put("method", sol.method());
        solver.put("iterations", sol.iterations());
        Json.put(solver, "residual", sol.residual());
        Json.put(solver, "tolerance", sol.tolerance());
        solver.put("converged", sol.converged());
        json.put("window", window);
        ObjectNode th = json.putObject("thresholds");
        th.set("cloudBusySM1", thresholds(st.busyThresholds(THRESHOLD_ROWS)));
        th.set("cloudIdleSM1", thresholds(st.idleThresholds(THRESHOLD_ROWS)));
        ObjectNode s = json.putObject("structure");
        s.put("cloudFirst", st.cloudFirst());
        s.put("noSM1OutsideSc", st.noSm1OutsideSc());
        s.put("switchType", st.switchType());
        s.put("urgencyMonotone", st.urgencyMonotone());
        s.put("singleThreshold", st.singleThreshold());
        ArrayNode v = s.putArray("violations");
        st.violations().forEach(v::add);
        ObjectNode d = json.putObject("delay");
        ObjectNode loss = json.putObject("lossProbability");
        ObjectNode conv = json.putObject("stationaryConverged");
        String[] names = {"optimal", "offloadOnly", "nonIdling"};
        PolicyPerformance[] perf = {opt, off, non};
        for (int i = 0; i < names.length; i++) {
            if (perf[i] == null) {
                d.putNull(names[i]);
                loss.putNull(names[i]);
                conv.putNull(names[i]);
            } else {
                Json.put(d, names[i], perf[i].meanDelay());
                Json.put(loss, names[i], perf[i].lossProbability());
                conv.put(names[i], perf[i].converged());
            }
        }
        ArrayNode notesJson = json.putArray("notes");
        notes.forEach(notesJson::add);

        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put("offloading-policy-i1-1", PolicyTables.grid(sol.policy(), 1, window));
        tables.put("offloading-policy-i1-0", PolicyTables.grid(sol.policy(), 0, window));
        tables.put("offloading-thresholds", st.thresholds());
        return new Solution(json, tables, Map.of());
    }

    /** The stationary performance, or null (with a note) if the policy's chain has an absorbing idle state. */
    private static PolicyPerformance stationary(UniformizedMdp mdp, Policy p, java.util.List<String> notes) {
        try {
            return StationaryAnalysis.solve(mdp, p);
        } catch (IllegalStateException e) {
            notes.add(p.name() + ": no stationary delay: " + e.getMessage());
            return null;
        }
    }

    private static ArrayNode thresholds(Integer[] t) {
        ArrayNode a = Json.object().arrayNode();
        for (Integer x : t) {
            if (x == null) {
                a.addNull();
            } else {
                a.add(x);
            }
        }
        return a;
    }
}
