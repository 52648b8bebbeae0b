package lbw.bipartite;

import java.util.ArrayList;
import java.util.List;
import lbw.report.AbstractDescriptor;
import lbw.report.Plot;
import lbw.report.Report;
import lbw.report.Section;

/**
 * {@code "model": "bipartite"}: GMSR on a bipartite frontend/backend graph (Zhang et al.). Keys:
 * {@code arrivalRate} [F], {@code serviceRate} [B] ({@code {"family": "saturating", "max", "half"}} or
 * {@code {"family": "exponential", "max", "scale"}}), {@code edges} [[f, b], ...] zero-based,
 * {@code initialWorkload} [B], {@code horizon}, {@code scales} [c, ...], {@code seed} (scale i uses seed + i),
 * optionally {@code changes} (the system changes at given times: {@link Regimes}) and {@code quick}.
 * Reports {@code optimum} (workload, routing, total and certificates, of the first regime), {@code regimes} (per
 * regime its start, end, optimum and the fluid state at its end), {@code fluid} (final state of the
 * differential inclusion at the horizon) and {@code stochastic} (per scale the time average of N_b / c over the
 * second half of the last regime and the uniform distance to the fluid path).
 */
public final class BipartiteDescriptor extends AbstractDescriptor<BipartiteScenario> {

    /**
     * Each stochastic path is also printed at this many evenly spaced times (t = 0, T/50, ..., T), so that
     * replications can be averaged time by time (confidence bands, notebook 40).
     */
    static final int PATH_POINTS = 51;

    /** At most this many samples kept from each stochastic path. */
    private static final int SAMPLES = 2000;
    /** At most this many points of the fluid path in the chart. */
    private static final int FLUID_POINTS = 1500;

    public BipartiteDescriptor() {
        super(BipartiteScenario.MODEL,
                "GMSR load balancing on a bipartite graph: fluid optimum, fluid inclusion, stochastic system at scales c",
                BipartiteScenario::read);
    }

    @Override
    public Report solve(BipartiteScenario s) {
        Regimes regimes = s.regimes();
        List<Equilibrium> optima = regimes.optima();
        Equilibrium opt = optima.get(0);
        Regimes.RegimeFluid through = regimes.fluid(s.initialWorkload());
        FluidPath fluid = through.path();
        List<StochasticPath> paths = new ArrayList<>();
        for (int i = 0; i < s.scales().length; i++) {
            paths.add(GmsrSimulation.run(regimes, RoutingRule.GMSR, s.initialWorkload(),
                    new GmsrSimulation.Options(s.scales()[i], s.horizon(), s.seedFor(i), SAMPLES)));
        }

        Report report = new Report(name());
        Section o = report.values().section("optimum");
        o.put("workload", opt.workload());
        o.put("routing", opt.routing());
        o.put("total", opt.total());
        o.put("kktResidual", opt.kktResidual());
        o.put("gap", opt.gap());
        o.put("levels", opt.parts());
        o.converged("converged", opt.converged());
        Section.Items rs = report.values().list("regimes");
        for (Regimes.Regime r : regimes.list()) {
            Section e = rs.add();
            e.put("start", r.start());
            e.put("end", r.end());
            Section ro = e.section("optimum");
            ro.put("workload", optima.get(r.index()).workload());
            ro.put("total", optima.get(r.index()).total());
            ro.converged("converged", optima.get(r.index()).converged());
            e.put("fluidEnd", through.endOf(r.index()));
        }
        Section f = report.values().section("fluid");
        f.put("horizon", s.horizon());
        f.put("final", fluid.finalWorkload());
        f.put("finalRouting", fluid.finalRouting());
        f.put("lyapunovFinal", fluid.finalLyapunov());
        f.put("largestLyapunovIncrease", fluid.largestLyapunovIncrease());
        f.put("events", fluid.eventCount());
        f.converged("converged", fluid.converged());
        Section.Items st = report.values().list("stochastic");
        for (StochasticPath p : paths) {
            Section e = st.add();
            e.put("scale", p.scale());
            e.put("seed", p.seed());
            e.put("periods", p.steps());
            e.put("timeAverage", p.timeAverage());
            e.put("averageTotal", p.averageTotal());
            if (p.hasBackendPaths()) {
                e.put("distanceToFluid", p.distanceTo(fluid));
                Section path = e.section("path");
                double[] t = new double[PATH_POINTS];
                for (int k = 0; k < t.length; k++) {
                    t[k] = p.horizon() * k / (PATH_POINTS - 1);
                }
                path.put("t", t);
                path.put("workload", p.sampledAt(t));
            }
        }

        report.table("bipartite-optimum", opt.summary());
        report.table("bipartite-fluid-events", fluid.eventTable());
        if (paths.stream().allMatch(StochasticPath::hasBackendPaths)) {
            Plot chart = workloads("GMSR: stochastic paths and the fluid solution", fluid, paths);
            if (regimes.count() > 1) {
                optimumSteps(chart, regimes, optima);
            }
            report.chart("bipartite-workloads", chart);
        }
        return report;
    }

    /** Normalised workloads against time: one hue per backend, one line per scale, the fluid path as reference. */
    static Plot workloads(String title, FluidPath fluid, List<StochasticPath> paths) {
        Plot p = new Plot(title, "time t", "workload N_b / c").legend(Plot.Legend.OUTSIDE_E);
        int nb = fluid.model().backends();
        for (StochasticPath path : paths) {
            for (int b = 0; b < nb; b++) {
                p.line("b" + (b + 1) + ", c = " + format(path.scale()), path.times(), path.backend(b), b);
            }
        }
        double[][] thin = Plot.thin(fluid.times(), fluid.workload(), FLUID_POINTS);
        for (int b = 0; b < nb; b++) {
            p.reference("b" + (b + 1) + ", fluid", thin[0], thin[1 + b]);
        }
        return p;
    }

    /** Each backend's optimum, regime by regime, as a dashed step line in the backend's hue. */
    static void optimumSteps(Plot p, Regimes regimes, List<Equilibrium> optima) {
        int nb = optima.get(0).workload().length;
        for (int b = 0; b < nb; b++) {
            double[] x = new double[2 * regimes.count()];
            double[] y = new double[x.length];
            for (Regimes.Regime r : regimes.list()) {
                x[2 * r.index()] = r.start();
                x[2 * r.index() + 1] = r.end();
                y[2 * r.index()] = optima.get(r.index()).workload()[b];
                y[2 * r.index() + 1] = y[2 * r.index()];
            }
            p.dashed("b" + (b + 1) + ", optimum", x, y, b);
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
