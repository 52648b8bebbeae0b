package lbw.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import lbw.offloading.DelayStudy;
import lbw.present.offloading.DelayCharts;
import lbw.scenario.Fields;
import tech.tablesaw.api.Table;

/**
 * {@code "model": "offloading-figure5"}: the Figure 5 study of the offloading CTMDP - mean delay against rho for the
 * optimal policy, Offload-Only and Non-Idling (exact, from the stationary distribution of the truncated chain), with
 * simulation points. Keys: {@code K}, {@code f}, {@code mu0} (1), {@code buffer}, {@code discount}, {@code rhos},
 * {@code simulationRhos}, {@code horizon}, {@code replications}, {@code seed} (1).
 */
final class OffloadingFigure5Scenario implements ScenarioSolver {

    @Override
    public String model() {
        return DelayStudy.Setup.MODEL;
    }

    @Override
    public String description() {
        return "offloading Figure 5: mean delay against rho, optimal vs Offload-Only vs Non-Idling, with simulation";
    }

    @Override
    public java.util.function.Supplier<Solution> prepare(Fields in) {
        DelayStudy.Setup setup = DelayStudy.Setup.read(in);
        in.finish();
        return () -> solve(setup);
    }

    private Solution solve(DelayStudy.Setup setup) {
        Table exact = DelayStudy.exact(setup);
        Table simulated = DelayStudy.simulated(setup, 1.0);
        ObjectNode json = Json.object();
        json.put("model", model());
        json.set("exact", Json.columns(exact));
        json.set("simulated", Json.columns(simulated));
        json.set("claims", Json.columns(DelayStudy.claims(exact, setup)));
        return new Solution(json, Map.of("offloading-fig5-exact", exact, "offloading-fig5-simulated", simulated),
                Map.of("offloading-fig5", DelayCharts.figure5("Figure 5: mean delay against rho", exact, simulated)));
    }
}
