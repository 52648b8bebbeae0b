package lbw.setupdelays;

import lbw.core.Check;
import lbw.core.Copies;

/**
 * The hard myopic rule (5): every task of type {@code i} goes to a pool with the smallest delay-to-service
 * {@code tau_ij + mu_j(q)}, ties to the lowest pool index, on the queue model (2). The paper replaces it by the
 * soft-min (9) because its field is discontinuous; this class integrates it as it is, with forward Euler at a fixed
 * step {@code h}. Once a dispatcher is indifferent between pools the rule switches at every step (chattering) and
 * the queues move within {@code O(h)} of a sliding surface; the rates averaged over a sample interval are the
 * Filippov (sliding-mode) rates, and as {@code h -> 0} the averaged path converges to the Filippov solution.
 *
 * <p>At {@code eps = 0} Theorem 2 says what it should settle on: the LP (10) routing with queues
 * {@code q*_j = sum_i x*_ij + c_j mu*_j}, {@code mu*} the LP prices (see {@link #lpEquilibriumQueues}). The soft-min
 * equilibria tend to it as {@code eps -> 0}.
 */
public final class HardSwitching {

    private HardSwitching() {
    }

    /**
     * A sampled Euler path of the hard rule.
     *
     * @param step        Euler step {@code h}
     * @param times       sample times
     * @param queues      {@code q_j} at the sample times
     * @param meanRouting the routing {@code x_ij} averaged over the Euler steps of the interval ending at each sample
     *                    (at {@code t = 0}: the routing chosen at the initial state)
     * @param switches    how many times some dispatcher changed its pool
     */
    public record Trajectory(double step, double[] times, double[][] queues, double[][][] meanRouting, long switches) {

        /** Copies the arrays, so that the record is a value. */
        public Trajectory {
            times = times.clone();
            queues = Copies.deep(queues);
            meanRouting = Copies.deep(meanRouting);
        }

        @Override
        public double[] times() {
            return times.clone();
        }

        @Override
        public double[][] queues() {
            return Copies.deep(queues);
        }

        @Override
        public double[][][] meanRouting() {
            return Copies.deep(meanRouting);
        }

        public int last() {
            return times.length - 1;
        }

        private int lateStart(double fraction) {
            Check.openInterval("fraction", fraction, 0, 1);
            int k = last();
            double from = times[last()] * (1 - fraction);
            while (k > 0 && times[k - 1] >= from) {
                k--;
            }
            return k;
        }

        /** Queues averaged over the samples in the last {@code fraction} of the horizon. */
        public double[] lateMeanQueues(double fraction) {
            int from = lateStart(fraction);
            double[] q = new double[queues[0].length];
            for (int k = from; k <= last(); k++) {
                for (int j = 0; j < q.length; j++) {
                    q[j] += queues[k][j] / (last() - from + 1);
                }
            }
            return q;
        }

        /** Routing averaged over the last {@code fraction} of the horizon. */
        public double[][] lateMeanRouting(double fraction) {
            int from = Math.max(1, lateStart(fraction));
            double[][] x = new double[meanRouting[0].length][meanRouting[0][0].length];
            for (int k = from; k <= last(); k++) {
                for (int i = 0; i < x.length; i++) {
                    for (int j = 0; j < x[i].length; j++) {
                        x[i][j] += meanRouting[k][i][j] / (last() - from + 1);
                    }
                }
            }
            return x;
        }

        /** Largest peak-to-peak range of a queue over the last {@code fraction} of the horizon (the chattering). */
        public double lateAmplitude(double fraction) {
            int from = lateStart(fraction);
            double amp = 0;
            for (int j = 0; j < queues[0].length; j++) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (int k = from; k <= last(); k++) {
                    lo = Math.min(lo, queues[k][j]);
                    hi = Math.max(hi, queues[k][j]);
                }
                amp = Math.max(amp, hi - lo);
            }
            return amp;
        }
    }

    /**
     * Integrates (2) under rule (5) from {@code q0} (empty if null) with Euler step {@code step} (at most 0.5, so
     * that the service term keeps queues non-negative), sampling every {@code sampleStep} (a multiple of the step is
     * used: {@code max(1, round(sampleStep / step))} steps).
     */
    public static Trajectory simulate(SetupDelayModel model, double[] q0, double horizon, double step,
                                      double sampleStep) {
        Check.positive("horizon", horizon);
        if (!(step > 0 && step <= 0.5)) {
            throw new lbw.core.InvalidParameterException("step", step, "the Euler step must be in (0, 0.5]");
        }
        Check.positive("sampleStep", sampleStep);
        int m = model.types();
        int n = model.pools();
        double[] q = q0 == null ? new double[n]
                : Check.nonNegative("initialQueues", Check.length("initialQueues", q0, n, "one per pool"));
        long steps = Math.round(Math.ceil(horizon / step - 1e-9));
        long every = Math.max(1, Math.round(sampleStep / step));
        int samples = (int) ((steps + every - 1) / every) + 1;
        double[] times = new double[samples];
        double[][] queues = new double[samples][];
        double[][][] routing = new double[samples][m][n];
        int[] choice = new int[m];
        double[] inflow = new double[n];
        double[] mu = new double[n];
        long switches = 0;
        choose(model, q, mu, choice);
        queues[0] = q.clone();
        for (int i = 0; i < m; i++) {
            routing[0][i][choice[i]] = model.r(i);
        }
        int s = 0;
        double[][] acc = new double[m][n];
        long inInterval = 0;
        for (long k = 1; k <= steps; k++) {
            int[] before = choice.clone();
            choose(model, q, mu, choice);
            java.util.Arrays.fill(inflow, 0);
            for (int i = 0; i < m; i++) {
                if (k > 1 && choice[i] != before[i]) {
                    switches++;
                }
                inflow[choice[i]] += model.r(i);
                acc[i][choice[i]] += model.r(i);
            }
            for (int j = 0; j < n; j++) {
                q[j] = Math.max(0.0, q[j] + step * (inflow[j] - Math.min(q[j], model.c(j))));
            }
            inInterval++;
            if (k % every == 0 || k == steps) {
                s++;
                times[s] = Math.min(horizon, k * step);
                queues[s] = q.clone();
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        routing[s][i][j] = acc[i][j] / inInterval;
                    }
                    java.util.Arrays.fill(acc[i], 0);
                }
                inInterval = 0;
            }
        }
        return new Trajectory(step, times, queues, routing, switches);
    }

    private static void choose(SetupDelayModel model, double[] q, double[] mu, int[] choice) {
        int n = model.pools();
        for (int j = 0; j < n; j++) {
            mu[j] = Math.max(0.0, q[j] / model.c(j) - 1.0);
        }
        for (int i = 0; i < model.types(); i++) {
            int best = 0;
            double bestDelay = model.tau(i, 0) + mu[0];
            for (int j = 1; j < n; j++) {
                double d = model.tau(i, j) + mu[j];
                if (d < bestDelay) {
                    bestDelay = d;
                    best = j;
                }
            }
            choice[i] = best;
        }
    }

    /**
     * The equilibrium queues Theorem 2 gives at {@code eps = 0}: {@code q*_j = sum_i x*_ij + c_j mu*_j} with the LP
     * (10) routing and prices (when the LP prices are unique, the hard rule's only equilibrium).
     */
    public static double[] lpEquilibriumQueues(SetupDelayModel model) {
        LpSolution lp = StaticLp.solve(model);
        double[] q = new double[model.pools()];
        double[][] routing = lp.routing();
        double[] prices = lp.prices();
        for (int j = 0; j < q.length; j++) {
            for (double[] row : routing) {
                q[j] += row[j];
            }
            q[j] += model.c(j) * prices[j];
        }
        return q;
    }
}
