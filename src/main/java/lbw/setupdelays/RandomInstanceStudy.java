package lbw.setupdelays;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import lbw.core.Check;

/**
 * The setup-delay model beyond the paper's 2 x 2 example: random instances with 2-6 task types and 2-6 pools, drawn
 * from one seed. For each: the equilibria against the LP (10), the price of anarchy of the myopic rule, and how long
 * the myopic dynamics (9) and the proximal dynamics (26) take to settle on their equilibria.
 */
public final class RandomInstanceStudy {

    private RandomInstanceStudy() {
    }

    /**
     * Options of the study.
     *
     * @param instances     number of random instances
     * @param seed          the seed of the instance stream (instance {@code k} uses the {@code k}-th draw)
     * @param minSize       smallest number of types and of pools (at least 2)
     * @param maxSize       largest number of types and of pools
     * @param minLoad       smallest load {@code sum r / sum c}
     * @param maxLoad       largest load (below 1)
     * @param epsilon       entropy weight of the myopic rule
     * @param margin        {@code c~ = margin c} of the proximal rule
     * @param checkpoint    the horizon at which the "still far from equilibrium" fraction is read (e.g. 200)
     * @param horizon       how long each dynamics is integrated (at least {@code checkpoint})
     * @param samples       samples per trajectory (settling times are resolved to {@code horizon / samples})
     */
    public record Options(int instances, long seed, int minSize, int maxSize, double minLoad, double maxLoad,
                          double epsilon, double margin, double checkpoint, double horizon, int samples) {

        public Options {
            Check.positive("instances", instances);
            if (minSize < 2 || maxSize < minSize) {
                throw new lbw.core.InvalidParameterException("minSize", minSize,
                        "need 2 <= minSize <= maxSize (maxSize = " + maxSize + ")");
            }
            Check.openInterval("minLoad", minLoad, 0, 1);
            Check.openInterval("maxLoad", maxLoad, minLoad, 1);
            Check.positive("epsilon", epsilon);
            Check.openInterval("margin", margin, 0, 1);
            Check.positive("checkpoint", checkpoint);
            if (!(horizon >= checkpoint)) {
                throw new lbw.core.InvalidParameterException("horizon", horizon, "must be at least the checkpoint "
                        + checkpoint);
            }
            Check.positive("samples", samples);
        }

        /** 40 instances of 2-6 types and pools, loads 0.5-0.95, eps = 0.01, c~ = 0.99 c, checkpoint 200, horizon 10,000. */
        public static Options defaults() {
            return new Options(40, 2025, 2, 6, 0.5, 0.95, 0.01, 0.99, 200, 10_000, 4000);
        }

        public Options withInstances(int k) {
            return new Options(k, seed, minSize, maxSize, minLoad, maxLoad, epsilon, margin, checkpoint, horizon,
                    samples);
        }

        public Options withHorizon(double h, int s) {
            return new Options(instances, seed, minSize, maxSize, minLoad, maxLoad, epsilon, margin, checkpoint, h, s);
        }
    }

    /**
     * One instance's results.
     *
     * @param index              instance number (0-based)
     * @param model              the instance
     * @param load               {@code sum r / sum c}
     * @param lpCost             LP (10) optimum: tasks in setup under the central planner
     * @param myopicSetup        tasks in setup at the myopic equilibrium (15)
     * @param myopicWaiting      tasks waiting at the myopic equilibrium, {@code sum_j c_j mu*_j}
     * @param priceOfAnarchy     {@code (myopicSetup + myopicWaiting) / lpCost}: tasks delayed (in setup or waiting)
     *                           under the myopic rule per task delayed under the planner
     * @param myopicToLp         largest {@code |x_ij|} difference between the myopic equilibrium and the LP routing
     * @param proximalCost       tasks in setup at the proximal equilibrium (problem (21) with {@code c~})
     * @param myopicSettling     first time after which (9) stays within tolerance of its equilibrium (NaN: never)
     * @param proximalSettling   the same for (26) and {@link ProximalEquilibrium}
     * @param proximalAtCheckpoint distance of (26) to its equilibrium at the checkpoint time
     * @param proximalAtHorizon  distance of (26) to its equilibrium at the horizon
     * @param tolerance          the settling tolerance ({@link ProximalEquilibrium#tolerance})
     */
    public record Row(int index, SetupDelayModel model, double load, double lpCost, double myopicSetup,
                      double myopicWaiting, double priceOfAnarchy, double myopicToLp, double proximalCost,
                      double myopicSettling, double proximalSettling, double proximalAtCheckpoint,
                      double proximalAtHorizon, double tolerance) {

        public int types() {
            return model.types();
        }

        public int pools() {
            return model.pools();
        }

        /** Whether (26) is still farther than the tolerance from its equilibrium at the checkpoint. */
        public boolean proximalFarAtCheckpoint() {
            return proximalAtCheckpoint > tolerance;
        }
    }

    /** The instances of the study, without solving them. */
    public static List<SetupDelayModel> instances(Options o) {
        SplittableRandom rng = new SplittableRandom(o.seed());
        List<SetupDelayModel> list = new ArrayList<>();
        for (int k = 0; k < o.instances(); k++) {
            int m = o.minSize() + rng.nextInt(o.maxSize() - o.minSize() + 1);
            int n = o.minSize() + rng.nextInt(o.maxSize() - o.minSize() + 1);
            double load = o.minLoad() + (o.maxLoad() - o.minLoad()) * rng.nextDouble();
            list.add(SetupDelayModel.random(m, n, load, rng.nextLong()));
        }
        return list;
    }

    /** Runs the study; {@code progress} (may be null) is told after each instance. */
    public static List<Row> run(Options o, java.util.function.IntConsumer progress) {
        List<Row> rows = new ArrayList<>();
        int k = 0;
        for (SetupDelayModel model : instances(o)) {
            rows.add(solve(k, model, o));
            if (progress != null) {
                progress.accept(k + 1);
            }
            k++;
        }
        return rows;
    }

    /** One instance. */
    public static Row solve(int index, SetupDelayModel model, Options o) {
        LpSolution lp = StaticLp.solve(model);
        EntropicSolution my = DualSolver.solve(model, o.epsilon());
        double waiting = 0;
        double[] myPrices = my.prices();
        for (int j = 0; j < model.pools(); j++) {
            waiting += model.c(j) * myPrices[j];
        }
        ProximalEquilibrium eq = ProximalEquilibrium.solve(model, model.tightenedCapacity(o.margin()));
        double tol = eq.tolerance(model);
        OdeOptions ode = OdeOptions.defaults().withSampleStep(o.horizon() / o.samples());
        MyopicTrajectory myDyn = MyopicDynamics.simulate(model, o.epsilon(), null, o.horizon(), ode);
        double[][] myDynQueues = myDyn.queues();
        double[][][] myDynRouting = myDyn.routing();
        double[] myQueues = my.queues();
        double[][] myRouting = my.routing();
        double mySettle = Trajectories.settlingTime(myDyn.times(), s -> Math.max(
                Trajectories.maxAbsDiff(myDynQueues[s], myQueues),
                Trajectories.maxAbsDiff(myDynRouting[s], myRouting)), tol);
        SetupQueueTrajectory pr = SetupQueueDynamics.proximal(model, eq.capacity(), null, o.horizon(), ode);
        double prSettle = eq.settlingTime(pr, tol);
        int at = 0;
        double[] prTimes = pr.times();
        while (at < pr.last() && prTimes[at] < o.checkpoint() - 1e-9) {
            at++;
        }
        return new Row(index, model, model.totalRate() / model.totalCapacity(), lp.cost(), my.setupCost(), waiting,
                (my.setupCost() + waiting) / lp.cost(), Trajectories.maxAbsDiff(my.routing(), lp.routing()),
                eq.cost(), mySettle, prSettle, eq.distance(pr, at), eq.distance(pr, pr.last()), tol);
    }
}
