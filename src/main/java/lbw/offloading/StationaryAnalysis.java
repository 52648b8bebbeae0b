package lbw.offloading;

import lbw.core.Check;
import lbw.core.InvalidParameterException;

/**
 * The stationary distribution of the truncated continuous-time chain under a policy, and the mean delay by Little's
 * law. The chain lives on post-decision states: from x, each event e of positive rate leads to {@code e x}, after
 * which the policy acts (repeatedly, until it idles). The global balance equations
 * {@code pi(y) q(y) = sum_x pi(x) q(x, y)} are solved by Gauss-Seidel sweeps in state order over a sparse list of
 * incoming transitions, normalizing after each sweep, until the residual {@code ||pi Q||_1 / Lambda} falls below
 * the tolerance.
 */
public final class StationaryAnalysis {

    /**
     * @param tolerance     stop when the balance residual {@code ||pi Q||_1 / Lambda} (checked every 10 sweeps) is below it
     * @param maxIterations sweep budget
     */
    public record Options(double tolerance, int maxIterations) {
        public static final Options DEFAULT = new Options(1e-12, 500_000);

        public Options {
            Check.positive("tolerance", tolerance);
            Check.positive("maxIterations", maxIterations);
        }
    }

    private StationaryAnalysis() {
    }

    /** The stationary performance of a policy with the default options. */
    public static PolicyPerformance solve(UniformizedMdp mdp, Policy policy) {
        return solve(mdp, policy, Options.DEFAULT);
    }

    public static PolicyPerformance solve(UniformizedMdp mdp, Policy policy, Options options) {
        StateSpace sp = mdp.space();
        if (!policy.space().equals(sp)) {
            throw new InvalidParameterException("policy", "is on buffer " + policy.space().buffer()
                    + " but the model on buffer " + sp.buffer());
        }
        int n = mdp.size();
        int[] settle = new int[n];
        for (int s = 0; s < n; s++) {
            int z = s;
            for (int guard = 0; policy.action(z) != StateSpace.IDLE; guard++) {
                if (guard > 3) {
                    throw new IllegalStateException("policy keeps assigning from " + sp.label(s));
                }
                z = policy.post(z);
            }
            settle[s] = z;
        }
        // Outgoing moves of each post-decision state (an idle state), then the incoming lists (CSR).
        int[] from = new int[4 * n];
        int[] to = new int[4 * n];
        double[] rate = new double[4 * n];
        double[] out = new double[n];
        int m = 0;
        for (int x = 0; x < n; x++) {
            if (policy.action(x) != StateSpace.IDLE) {
                continue;
            }
            int[] targets = {mdp.arrival[x], mdp.local[x], mdp.cloudA[x], mdp.cloudB[x]};
            double[] rates = {mdp.lambda, mdp.muL2, mdp.muC1, mdp.rateB};
            for (int e = 0; e < 4; e++) {
                if (targets[e] == x || rates[e] == 0) {
                    continue;
                }
                int z = settle[targets[e]];
                if (z == x) {
                    continue;
                }
                from[m] = x;
                to[m] = z;
                rate[m] = rates[e];
                out[x] += rates[e];
                m++;
            }
        }
        int[] start = new int[n + 1];
        for (int k = 0; k < m; k++) {
            start[to[k] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] inFrom = new int[m];
        double[] inRate = new double[m];
        int[] fill = start.clone();
        for (int k = 0; k < m; k++) {
            int pos = fill[to[k]]++;
            inFrom[pos] = from[k];
            inRate[pos] = rate[k];
        }
        double[] pi = new double[n];
        int live = 0;
        for (int x = 0; x < n; x++) {
            if (policy.action(x) == StateSpace.IDLE) {
                if (out[x] == 0) {
                    throw new IllegalStateException("the chain under " + policy.name() + " is stuck in " + sp.label(x)
                            + ": no event leaves it (the policy idles with nothing in service)");
                }
                live++;
            }
        }
        for (int x = 0; x < n; x++) {
            pi[x] = policy.action(x) == StateSpace.IDLE ? 1.0 / live : 0;
        }
        int it = 0;
        double change = Double.POSITIVE_INFINITY;
        while (it < options.maxIterations() && !(change < options.tolerance())) {
            lbw.core.Work.checkCancelled(); // interrupt or SIGTERM stops the loop here
            double total = 0;
            for (int y = 0; y < n; y++) {
                if (out[y] == 0) {
                    continue;
                }
                double inflow = 0;
                for (int k = start[y]; k < start[y + 1]; k++) {
                    inflow += pi[inFrom[k]] * inRate[k];
                }
                double p = inflow / out[y];
                pi[y] = p;
                total += p;
            }
            for (int y = 0; y < n; y++) {
                pi[y] /= total;
            }
            it++;
            if (it % 10 == 0 || it == 1) {
                change = residual(pi, out, start, inFrom, inRate, n) / mdp.uniformRate;
            }
        }
        double res = residual(pi, out, start, inFrom, inRate, n) / mdp.uniformRate;
        double jobs = 0, loss = 0, sm2 = 0, edge = 0;
        int big = sp.buffer();
        int edgeAt = big - big / 4;
        for (int x = 0; x < n; x++) {
            if (pi[x] == 0) {
                continue;
            }
            jobs += pi[x] * mdp.cost[x];
            if (sp.n0(x) == big) {
                loss += pi[x];
            }
            if (mdp.local[x] != x) {
                sm2 += pi[x] * mdp.muL2;
            }
            if (sp.n0(x) >= edgeAt || sp.n2(x) >= edgeAt) {
                edge += pi[x];
            }
        }
        double thr = mdp.lambda * (1 - loss);
        return new PolicyPerformance(policy.name(), mdp.model().rho(), big, jobs, thr, loss, jobs / thr, sm2 / thr,
                edge, it, res, change < options.tolerance(), pi);
    }

    /** {@code sum_y |sum_x pi(x) q(x,y) - pi(y) q(y)|}, the total imbalance of the balance equations. */
    private static double residual(double[] pi, double[] out, int[] start, int[] inFrom, double[] inRate, int n) {
        double sum = 0;
        for (int y = 0; y < n; y++) {
            double inflow = 0;
            for (int k = start[y]; k < start[y + 1]; k++) {
                inflow += pi[inFrom[k]] * inRate[k];
            }
            double r = Math.abs(inflow - pi[y] * out[y]);
            sum += r;
        }
        return sum;
    }
}
