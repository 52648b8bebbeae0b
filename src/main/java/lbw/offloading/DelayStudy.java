package lbw.offloading;

import lbw.core.Check;
import lbw.core.Work;
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
     * The exact curves: at every load the mean delays of the discounted-optimal policy, the average-cost optimal
     * policy, Offload-Only (where stable) and Non-Idling from the stationary distribution of the truncated chain,
     * Offload-Only's untruncated M/M/1 delay, two loss probabilities, T1(0), and whether every solve converged.
     */
    public static Figure5Curves exact(Figure5Scenario setup) {
        double[] rhos = setup.rhos();
        int n = rhos.length;
        double[] opt = new double[n], avg = new double[n], off = new double[n], mm1 = new double[n], non = new double[n],
                lossOpt = new double[n], lossNon = new double[n], t1 = new double[n];
        boolean[] ok = new boolean[n];
        try (Work work = Work.start("exact delays over " + n + " loads", n, "loads")) {
            for (int i = 0; i < n; i++) {
                work.advanceTo(i);
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
                ok[i] = conv;
            }
            work.advanceTo(n);
        }
        return new Figure5Curves(setup, rhos, opt, avg, off, mm1, non, lossOpt, lossNon, t1, ok);
    }

    /**
     * Simulation points: one per (rho, policy) with the simulated mean delay, its confidence half-width and the exact
     * value. {@code horizonScale} shortens the runs (e.g. 0.1 in quick mode). Offload-Only is simulated only where it
     * is stable.
     */
    public static Figure5Simulation simulated(Figure5Scenario setup, double horizonScale) {
        Check.positive("horizonScale", horizonScale);
        double[] rhos = setup.simulationRhos();
        java.util.List<Figure5Simulation.Point> points = new java.util.ArrayList<>();
        double horizon = setup.horizon() * horizonScale;
        Simulator.Options o = new Simulator.Options(horizon, horizon / 10, setup.replications(), setup.seed(), 0.95);
        try (Work work = Work.start("simulations at " + rhos.length + " loads", rhos.length, "loads")) {
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
                    points.add(new Figure5Simulation.Point(rho, p.name(), sim.meanDelay(), sim.halfWidth(), ex));
                }
                work.advance(1);
            }
        }
        return new Figure5Simulation(setup.replications(), horizon, o.confidence(), points);
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
     * The paper's qualitative claims about Figure 5 checked on the exact curves: each verdict with the numbers behind
     * it (see {@link Figure5Claims}).
     */
    public static Figure5Claims claims(Figure5Curves exact) {
        double[] rho = exact.rho();
        double[] opt = exact.optimal();
        double[] avg = exact.averageOptimal();
        double[] off = exact.offloadOnly();
        double[] non = exact.nonIdling();
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
        double k = exact.scenario().k();
        return new Figure5Claims(n, optBest, avgBest, rho[0], lowOff, lowNon, rho[n - 1], highNon, k / (1 + k),
                worstOptGap);
    }
}
