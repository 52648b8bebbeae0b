package lbw.offloading;

import java.nio.file.Path;
import lbw.core.Check;
import lbw.core.InvalidParameterException;
import lbw.present.Tables;
import lbw.scenario.Fields;
import lbw.scenario.Scenario;
import tech.tablesaw.api.Table;

/**
 * Figure 5: mean delay against the load rho for the optimal policy, Offload-Only and Non-Idling at fixed K and f.
 * Exact values come from the stationary distribution of the truncated chain; simulation points with confidence
 * intervals from {@link Simulator}. Besides the paper's discounted-optimal policy (gamma fixed), the average-cost
 * optimal policy (relative value iteration) is shown, since a mean delay is an average-cost criterion.
 */
public final class DelayStudy {

    /**
     * The settings of {@code data/offloading-figure5.json} (model "offloading-figure5"; PLACEHOLDER values).
     *
     * @param k              K
     * @param f              f
     * @param mu0            mu0
     * @param buffer         N
     * @param discount       gamma of the discounted problem
     * @param rhos           the loads of the exact curves
     * @param simulationRhos the loads with simulation points
     * @param horizon        simulated time per replication (reproduce mode)
     * @param replications   replications per point
     * @param seed           master seed
     */
    public record Setup(double k, double f, double mu0, int buffer, double discount, double[] rhos,
                        double[] simulationRhos, double horizon, int replications, long seed) {
        public Setup {
            rhos = rhos.clone();
            simulationRhos = simulationRhos.clone();
            if (rhos.length > MAX_POINTS) {
                throw new InvalidParameterException("rhos", "has " + rhos.length + " loads; at most " + MAX_POINTS);
            }
            if (simulationRhos.length > MAX_POINTS) {
                throw new InvalidParameterException("simulationRhos", "has " + simulationRhos.length
                        + " loads; at most " + MAX_POINTS);
            }
            Check.increasing("rhos", Check.within("rhos", rhos, OffloadingSetup.MIN_RHO, OffloadingSetup.MAX_RHO));
            for (int i = 0; i < simulationRhos.length; i++) {
                Check.within("simulationRhos[" + i + "]", simulationRhos[i], OffloadingSetup.MIN_RHO,
                        OffloadingSetup.MAX_RHO);
            }
            Check.increasing("simulationRhos", simulationRhos);
            if (k > 1) {
                Check.within("K", k, OffloadingSetup.MIN_K, OffloadingSetup.MAX_K);
            }
            if (mu0 > 0) {
                Check.within("mu0", mu0, OffloadingSetup.MIN_MU0, OffloadingSetup.MAX_MU0);
            }
            OffloadingSetup.checkRanges(OffloadingModel.ofLoad(0.5, k, f, mu0));
            new StateSpace(buffer);
            Check.within("discount", discount, OffloadingSetup.MIN_DISCOUNT, OffloadingSetup.MAX_DISCOUNT);
            Check.within("horizon", horizon, MIN_HORIZON, MAX_HORIZON);
            Check.within("replications", replications, 2, MAX_REPLICATIONS);
        }

        /** Valid ranges (docs/limits.md): simulated time per replication, replications, loads per list. */
        public static final double MIN_HORIZON = 100, MAX_HORIZON = 1e8;
        public static final int MAX_REPLICATIONS = 10_000;
        public static final int MAX_POINTS = 200;

        /**
         * Refuses a study beyond the work or memory limits: the exact curves cost about 2 offloading solves per
         * load (discounted and average-cost); simulation about 40 steps per event, at a total event rate of at most 3 (1+K) mu0.
         */
        public void checkLimits() {
            OffloadingSetup.checkLimits(buffer, discount, rhos, 2);
            double events = (double) simulationRhos.length * replications * horizon * 3 * (1 + k) * mu0;
            lbw.core.Limits.check("horizon", String.format(java.util.Locale.ROOT,
                    "%d simulation loads x %d replications x horizon %.3g", simulationRhos.length, replications,
                    horizon), events * 40, 0);
        }

        @Override
        public double[] rhos() {
            return rhos.clone();
        }

        @Override
        public double[] simulationRhos() {
            return simulationRhos.clone();
        }

        /**
         * The quick-mode variant (the test command): every third load of the exact curve (and the last), the
         * first two simulation loads, and a buffer of at most 40.
         */
        public Setup quick() {
            double[] r = java.util.stream.IntStream.range(0, rhos.length).filter(i -> i % 3 == 0 || i == rhos.length - 1)
                    .mapToDouble(i -> rhos[i]).toArray();
            double[] sr = java.util.Arrays.copyOf(simulationRhos, Math.min(2, simulationRhos.length));
            return new Setup(k, f, mu0, Math.min(buffer, 40), discount, r, sr, horizon, replications, seed);
        }

        public OffloadingSetup at(double rho) {
            return new OffloadingSetup(OffloadingModel.ofLoad(rho, k, f, mu0), buffer, discount);
        }

        /** The scenario model name, {@code "offloading-figure5"}. */
        public static final String MODEL = "offloading-figure5";

        public static Setup load(Path file) {
            return Scenario.load(file, MODEL, Setup::read);
        }

        /** Reads the Figure 5 keys (the caller closes the fields with {@link Fields#finish()}). */
        public static Setup read(Fields in) {
            double k = in.number("K"), f = in.number("f"), mu0 = in.number("mu0", 1.0);
            int buffer = in.integer("buffer");
            double discount = in.number("discount");
            double[] rhos = in.numbers("rhos");
            double[] sim = in.numbers("simulationRhos");
            double horizon = in.number("horizon");
            int reps = in.integer("replications");
            long seed = in.longInteger("seed", 1L);
            return in.build(() -> {
                Setup s = new Setup(k, f, mu0, buffer, discount, rhos, sim, horizon, reps, seed);
                s.checkLimits();
                return s;
            }, p -> p.equals("k") ? "K" : p);
        }
    }

    private DelayStudy() {
    }

    /**
     * The exact curves: columns rho, optimal (discounted), averageOptimal, offloadOnly (missing where
     * rho >= K/(1+K)), offloadOnlyMM1 (1/(K mu0 - lambda), untruncated), nonIdling, the loss probabilities of the
     * optimal and Non-Idling policies, T1(0) of the discounted-optimal policy, and whether every solve converged.
     */
    public static Table exact(Setup setup) {
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
    public static Table simulated(Setup setup, double horizonScale) {
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
    public static Table offloadOnlyCheck(Setup setup) {
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
    public static Table claims(Table exact, Setup setup) {
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
