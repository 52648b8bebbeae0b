package lbw.setupdelays;

import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The computations behind the notebooks' tables, so that notebooks hold only calls: the eps sweep against bound
 * (7), the {@code c~} trade-off, the price of anarchy, the pure-delay study and the fluid-limit study.
 */
public final class Studies {

    private Studies() {
    }

    /**
     * Computed quantities beside the values a paper states, matched by name: one row per computed quantity, with the
     * stated value (NaN where the paper states none) and the difference. A stated name that is not among the
     * computed ones is refused, so a typo cannot silently drop a comparison.
     */
    public static StatedComparison compare(String title, java.util.Map<String, Double> computed,
                                           java.util.Map<String, Double> stated) {
        for (String name : stated.keySet()) {
            if (!computed.containsKey(name)) {
                throw new lbw.core.InvalidParameterException("stated", "'" + name + "' is not a computed quantity; "
                        + "known: " + String.join(", ", computed.keySet()));
            }
        }
        java.util.List<StatedComparison.Row> rows = new java.util.ArrayList<>();
        for (java.util.Map.Entry<String, Double> e : computed.entrySet()) {
            rows.add(new StatedComparison.Row(e.getKey(), e.getValue(), stated.getOrDefault(e.getKey(), Double.NaN)));
        }
        return new StatedComparison(title, rows);
    }

    /**
     * Entropy sweep: for each eps, the optimum of (10) via the dual, its setup cost, the LP optimum, and the bound
     * that (7) implies, {@code LP - eps sum_i r_i log n <= V_eps <= LP}, with the distance of the routing to the LP's.
     */
    public static EpsilonSweep epsilonSweep(SetupDelayModel model, double[] eps) {
        LpSolution lp = StaticLp.solve(model);
        double sumR = model.totalRate();
        double logn = Math.log(model.pools());
        int k = eps.length;
        double[] value = new double[k];
        double[] setup = new double[k];
        double[] lower = new double[k];
        double[] dist = new double[k];
        double[] gap = new double[k];
        double[] maxMu = new double[k];
        for (int s = 0; s < k; s++) {
            EntropicSolution e = DualSolver.solve(model, eps[s]);
            value[s] = e.primalValue();
            setup[s] = e.setupCost();
            lower[s] = lp.cost() - eps[s] * sumR * logn;
            dist[s] = Trajectories.maxAbsDiff(e.routing(), lp.routing());
            gap[s] = e.gap();
            double mx = 0;
            for (double v : e.prices()) {
                mx = Math.max(mx, v);
            }
            maxMu[s] = mx;
        }
        return new EpsilonSweep(eps, lp.cost(), lower, value, setup, dist, gap, maxMu);
    }

    /**
     * The {@code c~} trade-off: for each margin, the setup cost of problem (21) with {@code c~ = margin c}, the
     * equilibrium pool queues {@code q* = sum_i x*_ij} and the resulting tasks in the system (setup + pools); the
     * myopic equilibrium (15) at {@code eps} is the reference with its waiting tasks {@code sum_j c_j mu_j}.
     */
    public static MarginSweep marginSweep(SetupDelayModel model, double epsilon, double[] margins) {
        int k = margins.length;
        double[] setup = new double[k];
        double[] queued = new double[k];
        double[] waiting = new double[k];
        double[] total = new double[k];
        double[] maxUtil = new double[k];
        for (int s = 0; s < k; s++) {
            double[] ct = model.tightenedCapacity(margins[s]);
            LpSolution lp = StaticLp.solve(model, ct);
            setup[s] = lp.cost();
            double q = 0;
            double u = 0;
            double[][] x = lp.routing();
            for (int j = 0; j < model.pools(); j++) {
                double col = 0;
                for (double[] row : x) {
                    col += row[j];
                }
                q += col; // q*_j = sum_i gamma_ij z*_ij = sum_i x*_ij < c_j: no waiting
                u = Math.max(u, col / model.c(j));
            }
            queued[s] = q;
            waiting[s] = 0;
            total[s] = setup[s] + q;
            maxUtil[s] = u;
        }
        return new MarginSweep(margins, setup, queued, waiting, total, maxUtil);
    }

    /**
     * A slice of the dual function (14) through its maximizer: {@code D(mu* + (t - mu*_j) e_j)} for {@code t} on a
     * grid, with the partial derivative (29) {@code sum_i r_i delta_ij - c_j} by central differences beside.
     */
    public static DualSlice dualSlice(SetupDelayModel model, double epsilon, int pool, double[] grid) {
        EntropicSolution s = DualSolver.solve(model, epsilon);
        double[] d = new double[grid.length];
        double[] slope = new double[grid.length];
        double[] exact = new double[grid.length];
        double h = 1e-6;
        double optimum = s.prices()[pool];
        for (int k = 0; k < grid.length; k++) {
            double[] mu = s.prices().clone();
            mu[pool] = grid[k];
            d[k] = DualSolver.dualValue(model, epsilon, mu);
            double[] up = mu.clone();
            double[] dn = mu.clone();
            up[pool] += h;
            dn[pool] -= h;
            slope[k] = (DualSolver.dualValue(model, epsilon, up) - DualSolver.dualValue(model, epsilon, dn)) / (2 * h);
            double[][] x = DualSolver.routing(model, epsilon, mu);
            double col = -model.c(pool);
            for (double[] row : x) {
                col += row[pool];
            }
            exact[k] = col;
        }
        return new DualSlice(pool, optimum, grid, d, slope, exact);
    }

    /**
     * The {@code c~} trade-off where it bites: in the finite stochastic system of size {@code k} (proximal rule with
     * setup stages), the time-averaged tasks in setup and tasks waiting at pools over {@code [horizon/2, horizon]},
     * averaged over seeds 1..{@code seeds}, for each margin; the fluid setup cost of (21) beside.
     */
    public static Table marginSweepStochastic(SetupDelayModel model, double[] margins, double k, double horizon,
                                              int seeds) {
        int n = margins.length;
        double[] fluidSetup = new double[n];
        double[] setup = new double[n];
        double[] waiting = new double[n];
        double[] c = model.capacity();
        for (int s = 0; s < n; s++) {
            double[] ct = model.tightenedCapacity(margins[s]);
            fluidSetup[s] = StaticLp.solve(model, ct).cost();
            for (int seed = 1; seed <= seeds; seed++) {
                StochasticTrajectory t = StochasticSystem.proximal(model, ct, k, horizon, 0.1, seed);
                setup[s] += t.meanInSetup(horizon / 2) / seeds;
                waiting[s] += t.meanWaiting(c, horizon / 2) / seeds;
            }
        }
        return Tables.of("c~ trade-off in the stochastic system, k = " + k + ", " + seeds + " seeds, t in ["
                + horizon / 2 + ", " + horizon + "]", "margin", margins.clone(), "fluid setup cost (21)", fluidSetup,
                "tasks in setup (sim, /k)", setup, "tasks waiting (sim, /k)", waiting);
    }

    /**
     * Price of anarchy of the myopic rule: tasks in setup, at pools, and waiting ({@code sum_j c_j mu*_j}) at the
     * myopic equilibrium against the proximal one, and the mean waiting time per task (Little's law).
     */
    public static Table priceOfAnarchy(SetupDelayModel model, double epsilon, double margin) {
        EntropicSolution my = DualSolver.solve(model, epsilon);
        LpSolution pr = StaticLp.solve(model, model.tightenedCapacity(margin));
        double myWait = 0;
        double myQ = 0;
        double prQ = 0;
        double[] myPrices = my.prices();
        double[] myQueues = my.queues();
        double[][] prRouting = pr.routing();
        for (int j = 0; j < model.pools(); j++) {
            myWait += model.c(j) * myPrices[j];
            myQ += myQueues[j];
            for (double[] row : prRouting) {
                prQ += row[j];
            }
        }
        double r = model.totalRate();
        return Tables.of("myopic (eps = " + epsilon + ") against proximal (c~ = " + margin + " c) equilibria",
                "quantity", new String[] {"tasks in setup", "tasks at pools", "tasks waiting", "tasks in system",
                    "mean setup time per task", "mean waiting time per task", "mean delay to service per task"},
                "myopic", new double[] {my.setupCost(), myQ, myWait, my.setupCost() + myQ, my.setupCost() / r,
                    myWait / r, (my.setupCost() + myWait) / r},
                "proximal", new double[] {pr.cost(), prQ, 0, pr.cost() + prQ, pr.cost() / r, 0, pr.cost() / r});
    }

    /**
     * Pure-delay study: for each (eps, delay scale), the late peak-to-peak amplitude of {@code q(t)} under (3) and
     * its late distance to the equilibrium (15), with the step-halving difference as the numerical-error check.
     */
    public static Table pureDelaySweep(SetupDelayModel model, double[] eps, double[] scales, double horizon,
                                       double step) {
        int k = eps.length * scales.length;
        double[] e = new double[k];
        double[] sc = new double[k];
        double[] amp = new double[k];
        double[] dist = new double[k];
        double[] half = new double[k];
        String[] verdict = new String[k];
        int s = 0;
        for (double ep : eps) {
            for (double scale : scales) {
                EntropicSolution eq = DualSolver.solve(PureDelayDynamics.scaled(model, scale), ep);
                DelayTrajectory d = PureDelayDynamics.simulate(model, ep, scale, null, horizon, step, 0.1);
                DelayTrajectory d2 = PureDelayDynamics.simulate(model, ep, scale, null, horizon, step / 2, 0.1);
                e[s] = ep;
                sc[s] = scale;
                amp[s] = d.lateAmplitude(0.25);
                dist[s] = d.lateDistance(eq.queues(), 0.25);
                half[s] = Trajectories.maxAbsDiff(d.queues()[d.last()], d2.queues()[d2.last()]);
                verdict[s] = dist[s] < 1e-3 ? "converges" : amp[s] > 1e-2 ? "oscillates" : "slow";
                s++;
            }
        }
        return Tables.of("pure-delay model (3): late behaviour (last 25% of t <= " + horizon + ")", "eps", e,
                "delay scale", sc, "late amplitude", amp, "late distance to q*", dist, "step-halving change", half,
                "verdict", verdict);
    }

    /**
     * Fluid limit: sup-distance between the scaled stochastic path and the fluid path for each system size
     * {@code k}, averaged over {@code seeds} seeds (seed = 1..seeds), for the proximal and the myopic policy.
     */
    public static FluidLimit fluidLimit(SetupDelayModel model, double epsilon, double margin, double[] scales,
                                   double horizon, double sampleStep, int seeds) {
        double[] ct = model.tightenedCapacity(margin);
        OdeOptions o = OdeOptions.defaults().withSampleStep(sampleStep);
        MyopicTrajectory fm = MyopicDynamics.simulate(model, epsilon, null, horizon, o);
        SetupQueueTrajectory fp = SetupQueueDynamics.proximal(model, ct, null, horizon, o);
        int k = scales.length;
        double[] prox = new double[k];
        double[] my = new double[k];
        double[][] fluidProximal = fp.queues();
        double[][] fluidMyopic = fm.queues();
        for (int s = 0; s < k; s++) {
            for (int seed = 1; seed <= seeds; seed++) {
                prox[s] += StochasticSystem.proximal(model, ct, scales[s], horizon, sampleStep, seed)
                        .supDistance(fluidProximal) / seeds;
                my[s] += StochasticSystem.myopic(model, epsilon, scales[s], horizon, sampleStep, seed)
                        .supDistance(fluidMyopic) / seeds;
            }
        }
        return new FluidLimit(horizon, seeds, scales, prox, my);
    }
}
