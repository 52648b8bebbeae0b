package lbw.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import lbw.present.setupdelays.SetupDelayCharts;
import lbw.scenario.Fields;
import lbw.setupdelays.DualSolver;
import lbw.setupdelays.EntropicSolution;
import lbw.setupdelays.LpSolution;
import lbw.setupdelays.MyopicDynamics;
import lbw.setupdelays.MyopicTrajectory;
import lbw.setupdelays.OdeOptions;
import lbw.setupdelays.ProximalEquilibrium;
import lbw.setupdelays.SetupDelayModel;
import lbw.setupdelays.SetupDelayScenario;
import lbw.setupdelays.SetupQueueDynamics;
import lbw.setupdelays.SetupQueueTrajectory;
import lbw.setupdelays.StaticLp;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.Table;

/**
 * {@code "model": "setup-delays"}: Paganini and Goldsztajn's load balancing under heterogeneous setup delays. Keys:
 * {@code capacity} [n], {@code arrivalRate} [m], {@code setupTime} [m][n], {@code epsilon}, {@code capacityMargin}
 * ({@code c~ = margin * c}), {@code horizon}, optional {@code initialQueues} [n]. Prints the LP (10) at eps = 0, the
 * myopic equilibrium (15) from the dual (14) with the state of dynamics (9) at the horizon, and the equilibrium of
 * dynamics (26) (problem (21) with {@code c~} and its queues, Theorem 6) with the state of (26) at the horizon under
 * {@code proximal.atHorizon}, its distance to the equilibrium and whether it is within tolerance ({@code converged}).
 */
final class SetupDelaysScenario implements ScenarioSolver {

    @Override
    public String model() {
        return "setup-delays";
    }

    @Override
    public String description() {
        return "load balancing under setup delays: LP (10), myopic equilibrium (9)/(15), proximal rule (21)/(26)";
    }

    @Override
    public Solution solve(Fields in) {
        SetupDelayScenario sc = SetupDelayScenario.read(in);
        SetupDelayModel model = sc.model();
        double[] c = model.capacity();
        double eps = sc.epsilon();
        double margin = sc.capacityMargin();
        double horizon = sc.horizon();
        double[] q0 = sc.initialQueues();
        double[] cTilde = sc.tightenedCapacity();

        LpSolution lp = StaticLp.solve(model);
        EntropicSolution my = DualSolver.solve(model, eps);
        OdeOptions o = OdeOptions.defaults().withSampleStep(Math.max(horizon / 400, 1e-3));
        MyopicTrajectory myDyn = MyopicDynamics.simulate(model, eps, q0, horizon, o);
        SetupQueueTrajectory prDyn = SetupQueueDynamics.proximal(model, cTilde, q0, horizon, o);

        ObjectNode json = Json.object();
        json.put("model", model());
        ObjectNode jl = json.putObject("lp");
        jl.set("routing", Json.matrix(lp.routing()));
        Json.put(jl, "cost", lp.cost());
        jl.set("prices", Json.array(lp.prices()));
        Json.put(jl, "dualValue", lp.dualValue());
        Json.put(jl, "gap", lp.gap());

        ObjectNode jm = json.putObject("myopic");
        Json.put(jm, "epsilon", eps);
        jm.set("routing", Json.matrix(my.routing()));
        jm.set("queues", Json.array(my.queues()));
        jm.set("prices", Json.array(my.prices()));
        Json.put(jm, "setupCost", my.setupCost());
        Json.put(jm, "primalValue", my.primalValue());
        Json.put(jm, "dualValue", my.dualValue());
        Json.put(jm, "gap", my.gap());
        Json.put(jm, "complementarySlackness", my.complementarySlackness());
        Json.put(jm, "capacityViolation", my.capacityViolation());
        jm.put("iterations", my.iterations());
        Json.put(jm, "residual", my.residual());
        jm.put("converged", my.converged());
        ObjectNode jmd = jm.putObject("dynamics");
        Json.put(jmd, "horizon", horizon);
        jmd.set("queues", Json.array(myDyn.finalQueues()));
        jmd.set("routing", Json.matrix(myDyn.finalRouting()));
        double myDistance = Math.max(maxDiff(myDyn.finalQueues(), my.queues()),
                maxDiff(myDyn.finalRouting(), my.routing()));
        Json.put(jmd, "distanceToEquilibrium", myDistance);
        jmd.put("converged", myDistance <= ProximalEquilibrium.CONVERGENCE_TOLERANCE * max(c));

        ProximalEquilibrium eq = ProximalEquilibrium.solve(model, cTilde);
        ObjectNode jp = json.putObject("proximal");
        Json.put(jp, "capacityMargin", margin);
        jp.set("capacity", Json.array(cTilde));
        jp.set("routing", Json.matrix(eq.routing()));
        jp.set("queues", Json.array(eq.queues()));
        Json.put(jp, "cost", eq.cost());
        jp.set("prices", Json.array(eq.prices()));
        Json.put(jp, "gap", eq.gap());
        ObjectNode jh = jp.putObject("atHorizon");
        Json.put(jh, "horizon", horizon);
        jh.set("routing", Json.matrix(prDyn.finalRouting()));
        jh.set("queues", Json.array(prDyn.finalQueues()));
        jh.set("prices", Json.array(prDyn.finalPrices()));
        Json.put(jh, "setupCost", DualSolver.setupCost(model, prDyn.finalRouting()));
        Json.put(jh, "distanceToEquilibrium", eq.distance(prDyn, prDyn.last()));
        Json.put(jh, "tolerance", eq.tolerance(model));
        jh.put("converged", eq.converged(model, prDyn));
        Json.put(jh, "virtualQueueUndershoot", prDyn.virtualQueueUndershoot());

        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put("setup-delays-myopic-trajectory", myDyn.table());
        tables.put("setup-delays-proximal-trajectory", prDyn.table());
        Map<String, Chart<?, ?>> charts = new LinkedHashMap<>();
        charts.put("setup-delays-routing", SetupDelayCharts.routing(myDyn, prDyn));
        charts.put("setup-delays-queues", SetupDelayCharts.queues(myDyn, prDyn, c));
        return new Solution(json, tables, charts);
    }

    private static double max(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static double maxDiff(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }

    private static double maxDiff(double[][] a, double[][] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, maxDiff(a[i], b[i]));
        }
        return d;
    }
}
