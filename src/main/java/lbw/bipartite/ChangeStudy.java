package lbw.bipartite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * GMSR under change (the paper's robustness claim, issue 13): how the fluid and stochastic systems follow the
 * optimum when the system changes, against expected-latency routing, and how long the fluid state takes to settle
 * again after a change of a given size.
 *
 * <p>Re-convergence is measured in one named way throughout: the <em>re-convergence time</em> of a regime is the
 * time from the change to the first recorded time after which the fluid state stays within {@code eps} of the new
 * optimum, in the largest difference over backends {@code max_b |N_b(t) - N_b*|}; NaN when the state is still
 * farther than eps at the end of the regime.
 */
public final class ChangeStudy {

    /** The default distance eps of re-convergence (workload units). */
    public static final double DEFAULT_EPS = 0.01;

    private ChangeStudy() {
    }

    /**
     * Tracking through the regimes of a scenario.
     *
     * @param regimes     the regimes
     * @param optima      each regime's fluid optimum (GMSR's fluid equilibrium)
     * @param latency     each regime's fixed point of expected-latency routing ({@link RoutingCost#LATENCY})
     * @param fluid       GMSR's fluid path regime by regime
     * @param gmsr        GMSR's stochastic paths, one per scale
     * @param latencyPath expected-latency routing's stochastic path at the largest scale
     * @param rows        per regime: the numbers of {@link #table()}
     * @param eps         the distance of re-convergence
     */
    public record Tracking(Regimes regimes, List<Equilibrium> optima, List<Equilibrium> latency,
            Regimes.RegimeFluid fluid, List<StochasticPath> gmsr, StochasticPath latencyPath, List<Row> rows,
            double eps) implements Summarizable {

        public Tracking {
            optima = List.copyOf(optima);
            latency = List.copyOf(latency);
            gmsr = List.copyOf(gmsr);
            rows = List.copyOf(rows);
        }

        /** One row per regime: OPT and what each policy reaches over the regime's second half, totals. */
        @Override
        public Table summary() {
            return table();
        }

        /**
         * Per regime: its span, OPT's total workload, GMSR's fluid total at the regime's end and its re-convergence
         * time, GMSR's stochastic total at each scale and expected-latency routing's (fluid fixed point, and
         * stochastic at the largest scale), the stochastic ones averaged over the recorded states of the regime's
         * second half.
         */
        public Table table() {
            int n = rows.size();
            String[] span = new String[n];
            double[] opt = new double[n];
            double[] fluidEnd = new double[n];
            double[] settle = new double[n];
            double[][] g = new double[gmsr.size()][n];
            double[] latFixed = new double[n];
            double[] lat = new double[n];
            for (int i = 0; i < n; i++) {
                Row r = rows.get(i);
                span[i] = Tables.format(r.start()) + " - " + Tables.format(r.end());
                opt[i] = r.optimumTotal();
                fluidEnd[i] = r.fluidEndTotal();
                settle[i] = r.reconvergence();
                for (int k = 0; k < g.length; k++) {
                    g[k][i] = r.gmsrTotal()[k];
                }
                latFixed[i] = r.latencyFixedTotal();
                lat[i] = r.latencyTotal();
            }
            List<Object> cols = new ArrayList<>(List.of("regime (t)", span, "OPT total", opt, "GMSR fluid at end",
                    fluidEnd, "GMSR fluid re-converges after (eps = " + Tables.format(eps) + ")", settle));
            for (int k = 0; k < g.length; k++) {
                cols.add("GMSR c = " + Tables.format(gmsr.get(k).scale()));
                cols.add(g[k]);
            }
            cols.add("LATENCY fixed point");
            cols.add(latFixed);
            cols.add("LATENCY c = " + Tables.format(latencyPath.scale()));
            cols.add(lat);
            return Tables.of("Total workload per regime: OPT, GMSR and expected-latency routing (stochastic: mean of "
                    + "the regime's second half; empty re-convergence: not within eps by the regime's end)",
                    cols.toArray());
        }
    }

    /**
     * One regime of a {@link Tracking}.
     *
     * @param reconvergence time from the regime's start until the fluid state stays within eps of its optimum (NaN:
     *                      not by the regime's end)
     * @param fluidEndDistance max_b |N_b - N_b*| at the regime's end
     * @param gmsrTotal     GMSR's stochastic total over the regime's second half, per scale
     * @param latencyTotal  expected-latency routing's stochastic total over the regime's second half
     */
    public record Row(int regime, double start, double end, double optimumTotal, double fluidEndTotal,
            double fluidEndDistance, double reconvergence, double[] gmsrTotal, double latencyFixedTotal,
            double latencyTotal) {

        public Row {
            gmsrTotal = gmsrTotal.clone();
        }

        @Override
        public double[] gmsrTotal() {
            return gmsrTotal.clone();
        }
    }

    /** {@link #track(BipartiteScenario, double)} at {@link #DEFAULT_EPS}. */
    public static Tracking track(BipartiteScenario s) {
        return track(s, DEFAULT_EPS);
    }

    /**
     * Follows a scenario's regimes: GMSR's fluid path and its stochastic paths at every scale of the scenario (scale
     * i with seed {@code seed + i}), expected-latency routing's stochastic path at the largest scale (seed
     * {@code seed + number of scales}), the optima and latency fixed points of every regime.
     */
    public static Tracking track(BipartiteScenario s, double eps) {
        lbw.core.Check.positive("eps", eps);
        Regimes regimes = s.regimes();
        List<Equilibrium> optima = regimes.optima();
        List<Equilibrium> latency = new ArrayList<>();
        for (Regimes.Regime r : regimes.list()) {
            latency.add(EquilibriumSolver.solve(r.model(), RoutingCost.LATENCY));
        }
        Regimes.RegimeFluid fluid = regimes.fluid(s.initialWorkload());
        double[] scales = s.scales();
        List<StochasticPath> gmsr = new ArrayList<>();
        for (int i = 0; i < scales.length; i++) {
            gmsr.add(GmsrSimulation.run(regimes, RoutingRule.GMSR, s.initialWorkload(), options(s, scales[i], i)));
        }
        StochasticPath lat = GmsrSimulation.run(regimes, RoutingRule.LATENCY, s.initialWorkload(),
                options(s, scales[scales.length - 1], scales.length));
        List<Row> rows = new ArrayList<>();
        for (Regimes.Regime r : regimes.list()) {
            int i = r.index();
            double[] opt = optima.get(i).workload();
            FluidPath piece = fluid.pieces().get(i);
            double mid = (r.start() + r.end()) / 2;
            double[] g = new double[gmsr.size()];
            for (int k = 0; k < g.length; k++) {
                g[k] = sum(gmsr.get(k).averageOver(mid, r.end()));
            }
            rows.add(new Row(i, r.start(), r.end(), optima.get(i).total(), sum(piece.finalWorkload()),
                    distance(piece.finalWorkload(), opt), reconvergence(piece, opt, eps), g, latency.get(i).total(),
                    sum(lat.averageOver(mid, r.end()))));
        }
        return new Tracking(regimes, optima, latency, fluid, gmsr, lat, rows, eps);
    }

    /** Enough samples that every regime's second half holds many recorded states. */
    private static GmsrSimulation.Options options(BipartiteScenario s, double c, int i) {
        return new GmsrSimulation.Options(c, s.horizon(), s.seedFor(i), 4000);
    }

    /**
     * The re-convergence time of a fluid path towards {@code target}: the time from the path's start to the first
     * recorded time after which max_b |N_b(t) - target_b| stays at most eps; NaN if the last recorded state is
     * farther than eps.
     */
    public static double reconvergence(FluidPath p, double[] target, double eps) {
        double[] t = p.times();
        double[][] w = p.workload();
        int last = -1;
        for (int i = t.length - 1; i >= 0; i--) {
            if (distance(w[i], target) > eps) {
                last = i;
                break;
            }
        }
        if (last == t.length - 1) {
            return Double.NaN;
        }
        return t[last + 1] - t[0];
    }

    /**
     * A surge of one size.
     *
     * @param factor        the factor on the frontend's arrival rate
     * @param arrivalRate   the frontend's rate after the surge
     * @param optimumShift  max_b |N*_b(after) - N*_b(before)|: the size of the change in workload units
     * @param totalBefore   OPT's total before the surge
     * @param totalAfter    OPT's total after it
     * @param reconvergence per eps of the sweep, the fluid re-convergence time from the old optimum (NaN: not within
     *                      the duration)
     */
    public record Surge(double factor, double arrivalRate, double optimumShift, double totalBefore, double totalAfter,
            double[] reconvergence) {

        public Surge {
            reconvergence = reconvergence.clone();
        }

        @Override
        public double[] reconvergence() {
            return reconvergence.clone();
        }
    }

    /**
     * Surges of several sizes.
     *
     * @param frontend the frontend whose rate is multiplied
     * @param eps      the distances of re-convergence
     * @param duration how long each fluid path runs after the surge
     */
    public record SurgeSweep(int frontend, double[] eps, double duration, List<Surge> surges) implements Summarizable {

        public SurgeSweep {
            eps = eps.clone();
            surges = List.copyOf(surges);
        }

        @Override
        public double[] eps() {
            return eps.clone();
        }

        /** The surge factors. */
        public double[] factors() {
            return surges.stream().mapToDouble(Surge::factor).toArray();
        }

        /** The sizes of the change, max_b |N*_b(after) - N*_b(before)|. */
        public double[] shifts() {
            return surges.stream().mapToDouble(Surge::optimumShift).toArray();
        }

        /** The re-convergence times at eps[k], one per surge. */
        public double[] reconvergence(int k) {
            return surges.stream().mapToDouble(s -> s.reconvergence()[k]).toArray();
        }

        /**
         * Per surge, the exponential rate at which the fluid state closes in on the new optimum, read off the first and
         * last eps: {@code ln(eps[0] / eps[last]) / (t(eps[last]) - t(eps[0]))} (NaN with fewer than two eps or when a
         * time is missing).
         */
        public double[] decayRates() {
            double[] out = new double[surges.size()];
            for (int i = 0; i < out.length; i++) {
                double[] t = surges.get(i).reconvergence();
                out[i] = eps.length < 2 ? Double.NaN
                        : Math.log(eps[0] / eps[eps.length - 1]) / (t[t.length - 1] - t[0]);
            }
            return out;
        }

        @Override
        public Table summary() {
            List<Object> cols = new ArrayList<>(List.of("factor", factors(), "rate after",
                    surges.stream().mapToDouble(Surge::arrivalRate).toArray(), "OPT total before",
                    surges.stream().mapToDouble(Surge::totalBefore).toArray(), "OPT total after",
                    surges.stream().mapToDouble(Surge::totalAfter).toArray(), "optimum shift max_b |dN*_b|", shifts()));
            for (int k = 0; k < eps.length; k++) {
                cols.add("re-converges after (eps = " + Tables.format(eps[k]) + ")");
                cols.add(reconvergence(k));
            }
            if (eps.length >= 2) {
                cols.add("decay rate ln(eps_1 / eps_2) / (t_2 - t_1)");
                cols.add(decayRates());
            }
            return Tables.of("Surges of frontend f" + (frontend + 1) + "'s rate: fluid re-convergence time from the old "
                    + "optimum (empty: not within " + Tables.format(duration) + ")", cols.toArray());
        }
    }

    /**
     * For each factor, the system {@code base} with frontend {@code frontend}'s arrival rate multiplied by it, from
     * the old optimum (the state GMSR holds before the surge): the size of the change and the fluid re-convergence
     * time at each eps. A factor that makes the system infeasible is refused (naming {@code factors[i]}).
     */
    public static SurgeSweep surges(BipartiteModel base, int frontend, double[] factors, double duration,
            double... eps) {
        if (frontend < 0 || frontend >= base.frontends()) {
            throw new lbw.core.InvalidParameterException("frontend", frontend + " is out of range: there are "
                    + base.frontends() + " frontends (zero-based)");
        }
        lbw.core.Check.positive("duration", duration);
        lbw.core.Check.notEmpty("eps", lbw.core.Check.positive("eps", eps));
        Equilibrium before = FluidOptimum.solve(base);
        List<Surge> out = new ArrayList<>();
        for (int i = 0; i < factors.length; i++) {
            lbw.core.Check.positive("factors[" + i + "]", factors[i]);
            double[] lambda = base.arrivalRate();
            lambda[frontend] *= factors[i];
            BipartiteModel after;
            try {
                after = new BipartiteModel(lambda, base.serviceRate(), base.edges());
            } catch (lbw.core.InvalidParameterException e) {
                throw new lbw.core.InvalidParameterException("factors[" + i + "]", "= " + factors[i] + ": "
                        + e.getMessage());
            }
            Equilibrium opt = FluidOptimum.solve(after);
            FluidPath p = FluidInclusion.solve(after, before.workload(), duration);
            double[] times = new double[eps.length];
            for (int k = 0; k < eps.length; k++) {
                times[k] = reconvergence(p, opt.workload(), eps[k]);
            }
            out.add(new Surge(factors[i], lambda[frontend], distance(opt.workload(), before.workload()),
                    before.total(), opt.total(), times));
        }
        return new SurgeSweep(frontend, eps, duration, out);
    }

    static double distance(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }

    private static double sum(double[] v) {
        return Arrays.stream(v).sum();
    }
}
