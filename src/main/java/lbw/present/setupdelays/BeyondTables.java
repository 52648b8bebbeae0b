package lbw.present.setupdelays;

import java.util.Arrays;
import java.util.List;
import lbw.present.Tables;
import lbw.setupdelays.DualSolver;
import lbw.setupdelays.EntropicSolution;
import lbw.setupdelays.FullLoad;
import lbw.setupdelays.HardSwitching;
import lbw.setupdelays.LpSolution;
import lbw.setupdelays.ProximalEquilibrium;
import lbw.setupdelays.ProximalWeights;
import lbw.setupdelays.RandomInstanceStudy;
import lbw.setupdelays.SetupDelayModel;
import lbw.setupdelays.SetupQueueTrajectory;
import lbw.setupdelays.StaticLp;
import lbw.setupdelays.UntightenedDynamics;
import tech.tablesaw.api.Table;

/** Tables for the setup-delay studies past Figure 1 (the library computes; these only lay the numbers out). */
public final class BeyondTables {

    private BeyondTables() {
    }

    /** One row per run of the untightened/tightened comparison. */
    public static Table untightened(UntightenedDynamics.Study s) {
        int k = s.runs().size();
        String[] label = new String[k];
        String[] q0 = new String[k];
        String[] qT = new String[k];
        double[] waiting = new double[k];
        double[] dist = new double[k];
        double[] drift = new double[k];
        for (int r = 0; r < k; r++) {
            UntightenedDynamics.Run run = s.runs().get(r);
            label[r] = run.label();
            q0[r] = vector(run.initialQueues());
            qT[r] = vector(run.finalQueues());
            waiting[r] = run.waiting();
            dist[r] = run.routingDistance();
            drift[r] = run.lateQueueDrift();
        }
        return Tables.of("Saddle-point dynamics with c (24) and with c~ (26): where the pool queues end",
                "capacities in (24b)", label, "q(0)", q0, "q(T)", qT, "tasks waiting at T", waiting,
                "max |x(T) - x*|", dist, "max |q(T) - q(0.9 T)|", drift);
    }

    /** Lyapunov summary: V(0), V(T) and the largest increase between samples, one row per labelled run. */
    public static Table lyapunov(List<String> labels, List<double[]> values) {
        int k = labels.size();
        double[] v0 = new double[k];
        double[] vT = new double[k];
        double[] up = new double[k];
        for (int r = 0; r < k; r++) {
            double[] v = values.get(r);
            v0[r] = v[0];
            vT[r] = v[v.length - 1];
            up[r] = ProximalEquilibrium.largestIncrease(v);
        }
        return Tables.of("V(Z, nu) = |Z - Z^|^2/2 + |nu - nu^|^2/2 along trajectories of (24)", "run",
                labels.toArray(new String[0]), "V(0)", v0, "V(T)", vT, "largest increase between samples", up);
    }

    /**
     * Equilibria of the soft-min rule for each eps (from the dual) and of the hard rule (late averages of the Euler
     * runs), against the LP: queues, price of pool 1, routing of type 1.
     */
    public static Table hardAgainstSoft(SetupDelayModel model, double[] eps, List<HardSwitching.Trajectory> hard) {
        int k = eps.length + hard.size() + 1;
        int n = model.pools();
        String[] rule = new String[k];
        double[][] q = new double[n][k];
        double[] x11 = new double[k];
        double[] x12 = new double[k];
        double[] amp = new double[k];
        int r = 0;
        for (double e : eps) {
            EntropicSolution s = DualSolver.solve(model, e);
            rule[r] = "soft-min eps = " + e + " (dual (14))";
            double[] queues = s.queues();
            double[][] routing = s.routing();
            for (int j = 0; j < n; j++) {
                q[j][r] = queues[j];
            }
            x11[r] = routing[0][0];
            x12[r] = routing[0][1];
            amp[r] = 0;
            r++;
        }
        for (HardSwitching.Trajectory t : hard) {
            rule[r] = "hard rule (5), Euler h = " + t.step() + " (late mean)";
            double[] qm = t.lateMeanQueues(0.25);
            for (int j = 0; j < n; j++) {
                q[j][r] = qm[j];
            }
            double[][] xm = t.lateMeanRouting(0.25);
            x11[r] = xm[0][0];
            x12[r] = xm[0][1];
            amp[r] = t.lateAmplitude(0.25);
            r++;
        }
        LpSolution lp = StaticLp.solve(model);
        double[] lq = HardSwitching.lpEquilibriumQueues(model);
        rule[r] = "LP (10) with its prices (Theorem 2 at eps = 0)";
        for (int j = 0; j < n; j++) {
            q[j][r] = lq[j];
        }
        x11[r] = lp.routing()[0][0];
        x12[r] = lp.routing()[0][1];
        Object[] cols = new Object[2 * (n + 4)];
        int c = 0;
        cols[c++] = "rule";
        cols[c++] = rule;
        for (int j = 0; j < n; j++) {
            cols[c++] = "q" + (j + 1) + "*";
            cols[c++] = q[j];
        }
        cols[c++] = "x11";
        cols[c++] = x11;
        cols[c++] = "x12";
        cols[c++] = x12;
        cols[c++] = "late peak-to-peak of q";
        cols[c] = amp;
        return Tables.of("Equilibria of the myopic rule: soft-min (9) as eps -> 0 against the hard rule (5)",
                Arrays.copyOf(cols, c + 1));
    }

    /**
     * Proposition 3's argument in numbers: the dual (14) along {@code mu + t 1} from its maximizer, at full load
     * (flat) and for the strictly feasible model (slope {@code sum r - sum c}).
     */
    public static Table dualAlongOnes(FullLoad.Instance inst, FullLoad.Prices p, SetupDelayModel model,
                                      double epsilon, double[] t) {
        double[] mu = DualSolver.solve(model, epsilon).prices();
        double dFull = FullLoad.dualValue(inst, epsilon, p.prices());
        double dStrict = DualSolver.dualValue(model, epsilon, mu);
        double[] full = new double[t.length];
        double[] strict = new double[t.length];
        double[] slope = new double[t.length];
        for (int k = 0; k < t.length; k++) {
            double[] a = p.prices().clone();
            double[] b = mu.clone();
            for (int j = 0; j < a.length; j++) {
                a[j] += t[k];
                b[j] += t[k];
            }
            full[k] = FullLoad.dualValue(inst, epsilon, a) - dFull;
            strict[k] = DualSolver.dualValue(model, epsilon, b) - dStrict;
            slope[k] = t[k] * (model.totalRate() - model.totalCapacity());
        }
        return Tables.of("The dual (14) along the direction 1 from its maximizer", "t", t.clone(),
                "full load: D(mu^ + t 1) - D(mu^)", full, "strict: D(mu* + t 1) - D(mu*)", strict,
                "t (sum r - sum c), strict", slope);
    }

    /**
     * Remark 4: the weighted rule in the physical loop (26) against the unweighted rule in its own gradient flow and
     * in the physical loop, at the end of each run: routing, tasks in setup {@code sum tau x}, the setup state
     * {@code sum z}, against the optimum of (21).
     */
    public static Table remark4(SetupDelayModel model, ProximalEquilibrium eq, SetupQueueTrajectory weighted,
                                ProximalWeights.End own, ProximalWeights.End physical) {
        String[] rule = {"optimum of (21) (LP)", "weighted (paper), physical loop (26)",
            "unweighted ([4]), its own flow z' = x - z", "unweighted ([4]), physical loop z' = x - gamma z"};
        double[][][] x = {eq.routing(), weighted.finalRouting(), own.routing(), physical.routing()};
        double[][][] z = {eq.setupQueues(model), weighted.setup()[weighted.last()], own.setup(), physical.setup()};
        int m = model.types();
        int n = model.pools();
        Object[] cols = new Object[2 * (m * n + 3)];
        int c = 0;
        cols[c++] = "rule";
        cols[c++] = rule;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double[] v = new double[rule.length];
                for (int r = 0; r < rule.length; r++) {
                    v[r] = x[r][i][j];
                }
                cols[c++] = "x" + (i + 1) + (j + 1);
                cols[c++] = v;
            }
        }
        double[] cost = new double[rule.length];
        double[] sumZ = new double[rule.length];
        for (int r = 0; r < rule.length; r++) {
            cost[r] = DualSolver.setupCost(model, x[r]);
            for (double[] row : z[r]) {
                for (double v : row) {
                    sumZ[r] += v;
                }
            }
        }
        cols[c++] = "tasks in setup sum tau x";
        cols[c++] = cost;
        cols[c++] = "setup state sum z";
        cols[c] = sumZ;
        return Tables.of("Remark 4: the weighted proximal term against the unweighted one", cols);
    }

    /** Full-load runs: start, total at start and end, end state, the predicted member of the half-line. */
    public static Table fullLoad(FullLoad.Instance inst, FullLoad.Prices p, List<double[]> starts,
                                 List<FullLoad.Run> runs) {
        int k = runs.size();
        String[] q0 = new String[k];
        String[] qT = new String[k];
        String[] pred = new String[k];
        double[] tot0 = new double[k];
        double[] totT = new double[k];
        double[] shift = new double[k];
        double[] err = new double[k];
        double base = 0;
        double sumC = 0;
        double[] capacity = inst.capacity();
        double[] mu = p.prices();
        for (int j = 0; j < capacity.length; j++) {
            base += capacity[j] * (1 + mu[j]);
            sumC += capacity[j];
        }
        for (int r = 0; r < k; r++) {
            FullLoad.Run run = runs.get(r);
            q0[r] = vector(starts.get(r));
            qT[r] = vector(run.finalQueues());
            tot0[r] = Arrays.stream(starts.get(r)).sum();
            totT[r] = run.finalTotal();
            double[] predicted = FullLoad.equilibriumForTotal(inst, p, totT[r]);
            pred[r] = vector(predicted);
            shift[r] = (totT[r] - base) / sumC;
            double e = 0;
            double[] finalQueues = run.finalQueues();
            for (int j = 0; j < predicted.length; j++) {
                e = Math.max(e, Math.abs(predicted[j] - finalQueues[j]));
            }
            err[r] = e;
        }
        return Tables.of("Full load: the end state is the equilibrium q_j = c_j (1 + mu^_j + K) with the end total",
                "q(0)", q0, "sum q(0)", tot0, "sum q(T)", totT, "q(T)", qT, "K", shift,
                "c (1 + mu^ + K) for sum q(T)", pred, "max difference", err);
    }

    /** One row per random instance. */
    public static Table randomInstances(List<RandomInstanceStudy.Row> rows) {
        int k = rows.size();
        int[] idx = new int[k];
        String[] size = new String[k];
        double[] load = new double[k];
        double[] lp = new double[k];
        double[] mySetup = new double[k];
        double[] myWait = new double[k];
        double[] poa = new double[k];
        double[] myToLp = new double[k];
        double[] prCost = new double[k];
        double[] mySettle = new double[k];
        double[] prSettle = new double[k];
        double[] at = new double[k];
        for (int r = 0; r < k; r++) {
            RandomInstanceStudy.Row row = rows.get(r);
            idx[r] = row.index();
            size[r] = row.types() + " x " + row.pools();
            load[r] = row.load();
            lp[r] = row.lpCost();
            mySetup[r] = row.myopicSetup();
            myWait[r] = row.myopicWaiting();
            poa[r] = row.priceOfAnarchy();
            myToLp[r] = row.myopicToLp();
            prCost[r] = row.proximalCost();
            mySettle[r] = row.myopicSettling();
            prSettle[r] = row.proximalSettling();
            at[r] = row.proximalAtCheckpoint();
        }
        return Tables.of("Random instances: equilibria against the LP, price of anarchy, settling times",
                "instance", idx, "m x n", size, "load", load, "LP setup cost", lp, "myopic: in setup", mySetup,
                "myopic: waiting", myWait, "price of anarchy", poa, "max |x_myopic - x_LP|", myToLp,
                "proximal (c~) setup cost", prCost, "myopic settles at", mySettle, "proximal settles at", prSettle,
                "proximal distance at checkpoint", at);
    }

    /** The study in a few numbers. */
    public static Table randomSummary(List<RandomInstanceStudy.Row> rows, RandomInstanceStudy.Options o) {
        int far = 0;
        int unsettled = 0;
        double maxSettle = 0;
        double[] settle = new double[rows.size()];
        double[] poa = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            RandomInstanceStudy.Row row = rows.get(r);
            far += row.proximalFarAtCheckpoint() ? 1 : 0;
            unsettled += Double.isNaN(row.proximalSettling()) ? 1 : 0;
            settle[r] = Double.isNaN(row.proximalSettling()) ? Double.POSITIVE_INFINITY : row.proximalSettling();
            maxSettle = Math.max(maxSettle, settle[r]);
            poa[r] = row.priceOfAnarchy();
        }
        Arrays.sort(settle);
        Arrays.sort(poa);
        return Tables.of("Random-instance study: " + rows.size() + " instances, seed " + o.seed(), "quantity",
                new String[] {"proximal (26) farther than tolerance at t = " + o.checkpoint(),
                    "proximal (26) not settled by t = " + o.horizon(), "median proximal settling time",
                    "largest proximal settling time", "median price of anarchy", "largest price of anarchy"},
                "value", new double[] {(double) far / rows.size(), (double) unsettled / rows.size(),
                    settle[settle.length / 2], maxSettle, poa[poa.length / 2], poa[poa.length - 1]},
                "unit", new String[] {"fraction of instances", "fraction of instances", "time", "time", "ratio",
                    "ratio"});
    }

    private static String vector(double[] v) {
        StringBuilder sb = new StringBuilder("(");
        for (int j = 0; j < v.length; j++) {
            sb.append(j == 0 ? "" : ", ").append(Tables.format(v[j]));
        }
        return sb.append(')').toString();
    }
}
