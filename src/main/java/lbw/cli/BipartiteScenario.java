package lbw.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lbw.bipartite.Equilibrium;
import lbw.bipartite.FluidOptimum;
import lbw.bipartite.GmsrSimulation;
import lbw.bipartite.FluidInclusion;
import lbw.bipartite.FluidPath;
import lbw.bipartite.RoutingRule;
import lbw.bipartite.ScenarioSpec;
import lbw.bipartite.StochasticPath;
import lbw.present.bipartite.BipartiteCharts;
import lbw.scenario.Fields;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.Table;

/**
 * {@code "model": "bipartite"}: GMSR on a bipartite frontend/backend graph (Zhang et al.). Keys:
 * {@code arrivalRate} [F], {@code serviceRate} [B] ({@code {"family": "saturating", "max", "half"}} or
 * {@code {"family": "exponential", "max", "scale"}}), {@code edges} [[f, b], ...] zero-based,
 * {@code initialWorkload} [B], {@code horizon}, {@code scales} [c, ...], {@code seed} (scale i uses seed + i).
 * Prints {@code optimum} (workload, routing, total and certificates), {@code fluid} (final state of the
 * differential inclusion at the horizon) and {@code stochastic} (per scale the second-half time average of
 * N_b / c and the uniform distance to the fluid path).
 */
final class BipartiteScenario implements ScenarioSolver {

    @Override
    public String model() {
        return "bipartite";
    }

    @Override
    public String description() {
        return "GMSR load balancing on a bipartite graph: fluid optimum, fluid inclusion, stochastic system at scales c";
    }

    @Override
    public Solution solve(Fields in) {
        ScenarioSpec s = ScenarioSpec.read(in);
        Equilibrium opt = FluidOptimum.solve(s.model());
        FluidPath fluid = FluidInclusion.solve(s.model(), s.initialWorkload(), s.horizon());
        List<StochasticPath> paths = new ArrayList<>();
        for (int i = 0; i < s.scales().length; i++) {
            paths.add(GmsrSimulation.run(s.model(), RoutingRule.GMSR, s.initialWorkload(),
                    new GmsrSimulation.Options(s.scales()[i], s.horizon(), s.seedFor(i), 2000)));
        }

        ObjectNode json = Json.object();
        json.put("model", model());
        ObjectNode o = json.putObject("optimum");
        o.set("workload", Json.array(opt.workload()));
        o.set("routing", Json.matrix(opt.routing()));
        Json.put(o, "total", opt.total());
        Json.put(o, "kktResidual", opt.kktResidual());
        Json.put(o, "gap", opt.gap());
        o.put("levels", opt.parts());
        o.put("converged", opt.converged());
        ObjectNode f = json.putObject("fluid");
        Json.put(f, "horizon", s.horizon());
        f.set("final", Json.array(fluid.finalWorkload()));
        f.set("finalRouting", Json.matrix(fluid.finalRouting()));
        Json.put(f, "lyapunovFinal", fluid.finalLyapunov());
        Json.put(f, "largestLyapunovIncrease", fluid.largestLyapunovIncrease());
        f.put("events", fluid.eventCount());
        f.put("converged", fluid.converged());
        ArrayNode st = json.putArray("stochastic");
        for (StochasticPath p : paths) {
            ObjectNode e = st.addObject();
            Json.put(e, "scale", p.scale());
            e.put("seed", p.seed());
            e.put("periods", p.steps());
            e.set("timeAverage", Json.array(p.timeAverage()));
            Json.put(e, "averageTotal", p.averageTotal());
            if (p.hasBackendPaths()) {
                Json.put(e, "distanceToFluid", p.distanceTo(fluid));
            }
        }

        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put("bipartite-optimum", opt.summary());
        tables.put("bipartite-fluid-events", fluid.eventTable());
        Map<String, Chart<?, ?>> charts = new LinkedHashMap<>();
        if (paths.stream().allMatch(StochasticPath::hasBackendPaths)) {
            charts.put("bipartite-workloads", BipartiteCharts.workloads("GMSR: stochastic paths and the fluid solution",
                    fluid, paths));
        }
        return new Solution(json, tables, charts);
    }
}
