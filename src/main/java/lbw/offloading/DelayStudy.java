package lbw.offloading;

import lbw.core.Check;
import lbw.core.InvalidParameterException;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * Figure 5: mean delay against the load rho for the optimal policy, Offload-Only and Non-Idling at fixed K and f.
 * Exact values come from the stationary distribution of the truncated chain; simulation points with confidence
 * intervals from {@link Simulator}. Besides the paper's discounted-optimal policy (gamma fixed), the average-cost
 * optimal policy (relative value iteration) is shown, since a mean delay is an average-cost criterion.
 */
public final class DelayStudy {

    private DelayStudy() {
    }

    /**
     * The exact curves: columns rho, optimal (discounted), averageOptimal, offloadOnly (missing where
     * rho >= K/(1+K)), offloadOnlyMM1 (1/(K mu0 - lambda), untruncated), nonIdling, the loss probabilities of the
     * optimal and Non-Idling policies, T1(0) of the discounted-optimal policy, and whether every solve converged.
     */
    public static Table exact(Figure5Scenario setup) {
        double[] rhos = setup.rhos();
        int n = rhos.length;
        double[] opt = new double[n], avg = new double[n], off = new double[n], mm1 = new double[n], non = new double[n],
                lossOpt = new double[n], lossNon = new double[n], t1 = new double[n];
        String[] ok = new String[n];
        for (int i = 0; i < n; i++) {
            OffloadingSetup s = setup.at(rhos[i]);
            UniformizedMdp mdp = s.compile();
            DiscountedSolution d = DiscountedSolver.gaussSeidel(mdp, s.options());
            AverageCostSolver.Solution a = AverageCostSolver.solve(mdp);
            PolicyPerformance po = StationaryAnalysis.solve(mdp, d.policy());
            PolicyPerformance pa = StationaryAnalysis.solve(mdp, a.policy());
            PolicyPerformance pn = StationaryAnalysis.solve(mdp, Policy.nonIdling(mdp.space()));
            boolean conv = d.converged() && a.converged() && po.converged() && pa.converged() && pn.converged();
            opt[i] = po.meanDelay();
            avg[i] = pa.meanDelay();
            non[i] = pn.meanDelay();
            lossOpt[i] = po.lossProbability();
            lossNon[i] = pn.lossProbability();
            if (s.model().offloadOnlyStable()) {
                PolicyPerformance pf = StationaryAnalysis.solve(mdp, Policy.offloadOnly(mdp.space()));
                off[i] = pf.meanDelay();
                conv &= pf.converged();
            } else {
                off[i] = Double.NaN;
            }
            mm1[i] = s.model().offloadOnlyStable() ? OffloadOnlyExact.meanDelay(s.model()) : Double.NaN;
            int t = Structure.threshold(d.policy(), 1, 0, Structure.defaultWindow(s.buffer()));
            t1[i] = t == Policy.NEVER ? Double.NaN : t;
            ok[i] = Boolean.toString(conv);
        }
        return Tables.of("Mean delay against load, K = " + Tables.format(setup.k()) + ", f = " + Tables.format(setup.f())
                        + ", buffer " + setup.buffer(),
                "rho", rhos, "optimal", opt, "averageOptimal", avg, "offloadOnly", off, "offloadOnlyMM1", mm1,
                "nonIdling", non, "lossOptimal", lossOpt, "lossNonIdling", lossNon, "T1(0)", t1, "converged", ok);
    }

    /**
     * Simulation points: one row per (rho, policy) with the simulated mean delay, its confidence half-width, the
     * exact value, and whether the interval covers it. {@code horizonScale} shortens the runs (e.g. 0.1 in quick
     * mode). Offload-Only is simulated only where it is stable.
     */
    public static Table simulated(Figure5Scenario setup, double horizonScale) {
        Check.positive("horizonScale", horizonScale);
        double[] rhos = setup.simulationRhos();
        java.util.List<Double> r = new java.util.ArrayList<>();
        java.util.List<String> who = new java.util.ArrayList<>();
        java.util.List<Double> mean = new java.util.ArrayList<>(), half = new java.util.ArrayList<>(),
                exact = new java.util.ArrayList<>();
        java.util.List<String> covers = new java.util.ArrayList<>();
        double horizon = setup.horizon() * horizonScale;
        Simulator.Options o = new Simulator.Options(horizon, horizon / 10, setup.replications(), setup.seed(), 0.95);
        for (double rho : rhos) {
            OffloadingSetup s = setup.at(rho);
            UniformizedMdp mdp = s.compile();
            Policy opt = DiscountedSolver.gaussSeidel(mdp, s.options()).policy().named("optimal");
            java.util.List<Policy> ps = new java.util.ArrayList<>(java.util.List.of(opt, Policy.nonIdling(mdp.space())));
            if (s.model().offloadOnlyStable()) {
                ps.add(Policy.offloadOnly(mdp.space()));
            }
            for (Policy p : ps) {
                Simulator.Result sim = Simulator.simulate(s.model(), p, o);
                double ex = StationaryAnalysis.solve(mdp, p).meanDelay();
                r.add(rho);
                who.add(p.name());
                mean.add(sim.meanDelay());
                half.add(sim.halfWidth());
                exact.add(ex);
                covers.add(Math.abs(sim.meanDelay() - ex) <= sim.halfWidth() ? "yes" : "no");
            }
        }
        return Tables.of("Simulated mean delay, " + setup.replications() + " replications of " + Tables.format(horizon)
                        + " time units, 95% intervals",
                "rho", r.stream().mapToDouble(Double::doubleValue).toArray(), "policy", who.toArray(String[]::new),
                "simulated", mean.stream().mapToDouble(Double::doubleValue).toArray(),
                "halfWidth", half.stream().mapToDouble(Double::doubleValue).toArray(),
                "exact", exact.stream().mapToDouble(Double::doubleValue).toArray(), "covered", covers.toArray(String[]::new));
    }

    /**
     * Offload-Only on the truncated chain against the closed forms: the stationary solve, the M/M/1/(N+1) formula
     * and the untruncated M/M/1 delay {@code 1/(K mu0 - lambda)}, at each stable load of the setup.
     */
    public static Table offloadOnlyCheck(Figure5Scenario setup) {
        double edge = setup.k() / (1 + setup.k());
        double[] rhos = java.util.Arrays.stream(setup.rhos()).filter(r -> r < edge).toArray();
        int n = rhos.length;
        double[] chain = new double[n], trunc = new double[n], mm1 = new double[n];
        for (int i = 0; i < n; i++) {
            OffloadingSetup s = setup.at(rhos[i]);
            UniformizedMdp mdp = s.compile();
            chain[i] = StationaryAnalysis.solve(mdp, Policy.offloadOnly(mdp.space())).meanDelay();
            trunc[i] = OffloadOnlyExact.truncatedMeanDelay(s.model(), s.buffer());
            mm1[i] = OffloadOnlyExact.meanDelay(s.model());
        }
        return Tables.of("Offload-Only: truncated chain against M/M/1/(N+1) and M/M/1", "rho", rhos,
                "stationary solve", chain, "M/M/1/(N+1) formula", trunc, "M/M/1: 1/(K mu0 - lambda)", mm1);
    }

    /**
     * The paper's qualitative claims about Figure 5 checked on the exact curves: one row per claim with what the paper
     * says and what the computation shows.
     */
    public static Table claims(Table exact, Figure5Scenario setup) {
        double[] rho = exact.doubleColumn("rho").asDoubleArray();
        double[] opt = exact.doubleColumn("optimal").asDoubleArray();
        double[] avg = exact.doubleColumn("averageOptimal").asDoubleArray();
        double[] off = exact.doubleColumn("offloadOnly").asDoubleArray();
        double[] non = exact.doubleColumn("nonIdling").asDoubleArray();
        int n = rho.length;
        int optBest = 0, avgBest = 0;
        double worstOptGap = 0;
        for (int i = 0; i < n; i++) {
            double best = Double.isNaN(off[i]) ? non[i] : Math.min(off[i], non[i]);
            optBest += opt[i] <= best + 1e-9 ? 1 : 0;
            avgBest += avg[i] <= best + 1e-9 ? 1 : 0;
            worstOptGap = Math.max(worstOptGap, (opt[i] - avg[i]) / avg[i]);
        }
        double lowOff = (off[0] - opt[0]) / opt[0];
        double lowNon = (non[0] - opt[0]) / opt[0];
        double highNon = (non[n - 1] - opt[n - 1]) / opt[n - 1];
        double edge = setup.k() / (1 + setup.k());
        return Tables.of("Figure 5: the paper's statements against the computed curves",
                "statement", new String[] {
                        "the optimal policy outperforms both baselines at every rho",
                        "(same, for the average-cost optimal policy)",
                        "Offload-Only is close to optimal at low rho",
                        "Non-Idling is close to optimal at high rho",
                        "Offload-Only is unstable for rho >= K/(1+K)",
                        "discounted-optimal vs average-cost optimal delay"},
                "computed", new String[] {
                        optBest + " of " + n + " loads",
                        avgBest + " of " + n + " loads",
                        String.format("rho = %s: Offload-Only +%.2f%%, Non-Idling +%.2f%% above optimal", Tables.format(rho[0]), 100 * lowOff, 100 * lowNon),
                        String.format("rho = %s: Non-Idling +%.2f%% above optimal", Tables.format(rho[n - 1]), 100 * highNon),
                        "K/(1+K) = " + Tables.format(edge) + "; curve drawn only below it",
                        String.format("at most %.3f%% apart", 100 * worstOptGap)});
    }
}
