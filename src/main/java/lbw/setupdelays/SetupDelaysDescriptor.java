package lbw.setupdelays;

import lbw.report.AbstractDescriptor;
import lbw.report.Plot;
import lbw.report.Report;
import lbw.report.Section;

/**
 * {@code "model": "setup-delays"}: Paganini and Goldsztajn's load balancing under heterogeneous setup delays. Keys:
 * {@code capacity} [n], {@code arrivalRate} [m], {@code setupTime} [m][n], {@code epsilon}, {@code capacityMargin}
 * ({@code c~ = margin * c}), {@code horizon}, optional {@code initialQueues} [n]. Runs {@link Figure1#compute} and
 * reports the LP (10) at eps = 0, the myopic equilibrium (15) from the dual (14) with the state of dynamics (9) at the
 * horizon, and the equilibrium of dynamics (26) (problem (21) with {@code c~} and its queues, Theorem 6) with the state
 * of (26) at the horizon under {@code proximal.atHorizon}, its distance to the equilibrium and whether it is within
 * tolerance ({@code converged}).
 */
public final class SetupDelaysDescriptor extends AbstractDescriptor<SetupDelayScenario> {

    public SetupDelaysDescriptor() {
        super(SetupDelayScenario.MODEL,
                "load balancing under setup delays: LP (10), myopic equilibrium (9)/(15), proximal rule (21)/(26)",
                SetupDelayScenario::read);
    }

    @Override
    public Report solve(SetupDelayScenario sc) {
        double horizon = sc.horizon();
        Figure1 fig = Figure1.compute(sc, OdeOptions.defaults().withSampleStep(Math.max(horizon / 400, 1e-3)));
        SetupDelayModel model = sc.model();
        LpSolution lp = fig.lp();
        EntropicSolution my = fig.myopic();
        MyopicTrajectory myDyn = fig.myopicDynamics();
        SetupQueueTrajectory prDyn = fig.proximalDynamics();

        Report report = new Report(name());
        Section jl = report.values().section("lp");
        jl.put("routing", lp.routing());
        jl.put("cost", lp.cost());
        jl.put("prices", lp.prices());
        jl.put("dualValue", lp.dualValue());
        jl.put("gap", lp.gap());

        Section jm = report.values().section("myopic");
        jm.put("epsilon", sc.epsilon());
        jm.put("routing", my.routing());
        jm.put("queues", my.queues());
        jm.put("prices", my.prices());
        jm.put("setupCost", my.setupCost());
        jm.put("primalValue", my.primalValue());
        jm.put("dualValue", my.dualValue());
        jm.put("gap", my.gap());
        jm.put("complementarySlackness", my.complementarySlackness());
        jm.put("capacityViolation", my.capacityViolation());
        jm.put("iterations", my.iterations());
        jm.put("residual", my.residual());
        jm.converged("converged", my.converged());
        Section jmd = jm.section("dynamics");
        jmd.put("horizon", horizon);
        jmd.put("queues", myDyn.finalQueues());
        jmd.put("routing", myDyn.finalRouting());
        jmd.put("distanceToEquilibrium", fig.myopicDistance());
        jmd.converged("converged", fig.myopicSettled());

        ProximalEquilibrium eq = fig.proximalEquilibrium();
        Section jp = report.values().section("proximal");
        jp.put("capacityMargin", sc.capacityMargin());
        jp.put("capacity", sc.tightenedCapacity());
        jp.put("routing", eq.routing());
        jp.put("queues", eq.queues());
        jp.put("cost", eq.cost());
        jp.put("prices", eq.prices());
        jp.put("gap", eq.gap());
        Section jh = jp.section("atHorizon");
        jh.put("horizon", horizon);
        jh.put("routing", prDyn.finalRouting());
        jh.put("queues", prDyn.finalQueues());
        jh.put("prices", prDyn.finalPrices());
        jh.put("setupCost", DualSolver.setupCost(model, prDyn.finalRouting()));
        jh.put("distanceToEquilibrium", eq.distance(prDyn, prDyn.last()));
        jh.put("tolerance", eq.tolerance(model));
        jh.converged("converged", eq.converged(model, prDyn));
        jh.put("virtualQueueUndershoot", prDyn.virtualQueueUndershoot());

        report.table("setup-delays-myopic-trajectory", myDyn.table());
        report.table("setup-delays-proximal-trajectory", prDyn.table());
        report.chart("setup-delays-routing", routingPlot(myDyn, prDyn));
        report.chart("setup-delays-queues", queuesPlot(myDyn, prDyn, model.capacity()));
        return report;
    }

    /** Figure 1a: routing rates {@code x_ij(t)}, one hue per pair, myopic solid and proximal dashed. */
    static Plot routingPlot(MyopicTrajectory myopic, SetupQueueTrajectory proximal) {
        Plot p = new Plot("Figure 1a: routing rates", "t", "x_ij(t)").legend(Plot.Legend.OUTSIDE_E);
        routing(p, Plot.Style.LINE, "myopic", myopic.times(), myopic.routing());
        routing(p, Plot.Style.DASHED, "proximal", proximal.times(), proximal.routing());
        return p;
    }

    /** One series per pair {@code (i, j)} of a routing path {@code x[t][i][j]}, hue {@code i n + j}. */
    private static void routing(Plot p, Plot.Style style, String policy, double[] t, double[][][] x) {
        int m = x[0].length;
        int n = x[0][0].length;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                p.add(new Plot.Series(policy + " x" + SetupDelayModel.pairIndex(i, j, m, n), t,
                        Trajectories.column(x, i, j), null, style, i * n + j));
            }
        }
    }

    /** Figure 1b: pool queues {@code q_j(t)}, one hue per pool, myopic solid, proximal dashed, capacities as references. */
    static Plot queuesPlot(MyopicTrajectory myopic, SetupQueueTrajectory proximal, double[] capacity) {
        Plot p = new Plot("Figure 1b: tasks at each pool", "t", "q_j(t)").legend(Plot.Legend.OUTSIDE_E);
        int n = capacity.length;
        queues(p, Plot.Style.LINE, "myopic", myopic.times(), myopic.queues());
        queues(p, Plot.Style.DASHED, "proximal", proximal.times(), proximal.queues());
        double[] t = {0, myopic.times()[myopic.last()]};
        for (int j = 0; j < n; j++) {
            p.reference("c" + (j + 1), t, new double[] {capacity[j], capacity[j]});
        }
        return p;
    }

    /** One series per pool {@code j} of a queue path {@code q[t][j]}, hue {@code j}. */
    private static void queues(Plot p, Plot.Style style, String policy, double[] t, double[][] q) {
        for (int j = 0; j < q[0].length; j++) {
            p.add(new Plot.Series(policy + " q" + (j + 1), t, Trajectories.column(q, j), null, style, j));
        }
    }
}
