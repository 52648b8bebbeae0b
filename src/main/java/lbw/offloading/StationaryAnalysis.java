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
 *
 * <p>Plain Gauss-Seidel needs about a thousand sweeps at buffer 200: it removes local imbalance fast but moves mass
 * between distant queue lengths slowly. With {@link Options#aggregation()} (the default) every sweep is preceded by
 * two iterative aggregation-disaggregation steps (Takahashi's method): the states are grouped by the base-queue
 * length {@code n0}, the chain of groups weighted by the current {@code pi} is solved exactly (by GTH state
 * reduction, which has no subtractions), and each group's mass is rescaled to its exact share; then the same by the
 * SM2 queue length {@code n2}. The fixed point is the same stationary distribution and the stopping rule is the same
 * residual, so the results agree with plain Gauss-Seidel within the tolerance, in tens of sweeps instead of
 * thousands.
 *
 * <p>The sweeps and aggregation steps run over a compact numbering of the states that can carry mass: with
 * aggregation those reachable from the empty state (the others would be set to zero by the first aggregation
 * step), without it every idle state. Dropping the others only removes terms that are exact zeros, so the numbers
 * are the same bit for bit as sweeping the whole state space, at about half the work.
 */
public final class StationaryAnalysis {

    /**
     * @param tolerance     stop when the balance residual {@code ||pi Q||_1 / Lambda} (checked every 10 sweeps, or
     *                      every sweep with aggregation) is below it
     * @param maxIterations sweep budget
     * @param aggregation   precede every sweep by aggregation-disaggregation steps over {@code n0} and {@code n2}
     */
    public record Options(double tolerance, int maxIterations, boolean aggregation) {
        public static final Options DEFAULT = new Options(1e-12, 500_000, true);

        /** The same options with plain Gauss-Seidel sweeps (no aggregation), as before aggregation was added. */
        public Options withoutAggregation() {
            return new Options(tolerance, maxIterations, false);
        }

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
        Moves moves = Moves.of(mdp, policy);
        int live = 0;
        for (int x = 0; x < n; x++) {
            if (policy.action(x) == StateSpace.IDLE) {
                if (moves.out[x] == 0) {
                    throw new IllegalStateException("the chain under " + policy.name() + " is stuck in " + sp.label(x)
                            + ": no event leaves it (the policy idles with nothing in service)");
                }
                live++;
            }
        }
        // The states the sweeps visit, numbered compactly in state order: with aggregation those reachable from
        // the empty state (the others carry no mass after the first aggregation step), else every idle state.
        // Dropping the others changes no sum: their terms are exact zeros.
        boolean[] keep = options.aggregation() ? reachableFromEmpty(n, moves, policy) : idleStates(policy);
        int[] compact = new int[n];
        int[] state = compactNumbering(keep, compact);
        int kept = state.length;
        Chain chain = Chain.of(kept, moves, compact);
        double[] pi = new double[kept];
        double[] outRate = new double[kept];
        for (int i = 0; i < kept; i++) {
            pi[i] = 1.0 / live;
            outRate[i] = moves.out[state[i]];
        }
        int it = 0;
        double change = Double.POSITIVE_INFINITY;
        int groups = sp.buffer() + 1;
        Aggregation byBase = options.aggregation() ? new Aggregation(state, groups, sp::n0) : null;
        Aggregation byCloud = options.aggregation() ? new Aggregation(state, groups, sp::n2) : null;
        while (it < options.maxIterations() && !(change < options.tolerance())) {
            lbw.core.Work.checkCancelled(); // interrupt or SIGTERM stops the loop here
            if (byBase != null) {
                byBase.apply(pi, chain);
                byCloud.apply(pi, chain);
            }
            chain.sweep(pi, outRate);
            it++;
            if (options.aggregation() || it % 10 == 0 || it == 1) {
                change = chain.residual(pi, outRate) / mdp.uniformRate;
            }
        }
        double res = chain.residual(pi, outRate) / mdp.uniformRate;
        return performance(mdp, policy, state, pi, it, res, change < options.tolerance());
    }

    /** The long-run measures of the distribution {@code pi} over the visited states {@code state}. */
    private static PolicyPerformance performance(UniformizedMdp mdp, Policy policy, int[] state, double[] pi, int it,
                                                 double res, boolean converged) {
        StateSpace sp = mdp.space();
        double[] full = new double[mdp.size()];
        double jobs = 0, loss = 0, sm2 = 0, edge = 0;
        int big = sp.buffer();
        int edgeAt = big - big / 4;
        for (int i = 0; i < state.length; i++) {
            int x = state[i];
            full[x] = pi[i];
            if (pi[i] == 0) {
                continue;
            }
            jobs += pi[i] * mdp.cost[x];
            if (sp.n0(x) == big) {
                loss += pi[i];
            }
            if (mdp.local[x] != x) {
                sm2 += pi[i] * mdp.muL2;
            }
            if (sp.n0(x) >= edgeAt || sp.n2(x) >= edgeAt) {
                edge += pi[i];
            }
        }
        double thr = mdp.lambda * (1 - loss);
        return new PolicyPerformance(policy.name(), mdp.model().rho(), big, jobs, thr, loss, jobs / thr, sm2 / thr,
                edge, it, res, converged, full);
    }

    /**
     * The chain's moves between post-decision (idle) states: from x, each event of positive rate leads to
     * {@code e x}, after which the policy acts until it idles; moves back to x itself are dropped. Listed by source
     * state, events in the order arrival, local completion, the two cloud clocks; {@code out[x]} is their total rate.
     */
    private record Moves(int count, int[] from, int[] to, double[] rate, double[] out) {

        static Moves of(UniformizedMdp mdp, Policy policy) {
            int n = mdp.size();
            int[] settle = settle(mdp, policy);
            int[] from = new int[4 * n];
            int[] to = new int[4 * n];
            double[] rate = new double[4 * n];
            double[] out = new double[n];
            int m = 0;
            for (int x = 0; x < n; x++) {
                if (policy.action(x) != StateSpace.IDLE) {
                    continue;
                }
                m = add(x, mdp.arrival[x], mdp.lambda, settle, from, to, rate, out, m);
                m = add(x, mdp.local[x], mdp.muL2, settle, from, to, rate, out, m);
                m = add(x, mdp.cloudA[x], mdp.muC1, settle, from, to, rate, out, m);
                m = add(x, mdp.cloudB[x], mdp.rateB, settle, from, to, rate, out, m);
            }
            return new Moves(m, from, to, rate, out);
        }

        private static int add(int x, int target, double r, int[] settle, int[] from, int[] to, double[] rate,
                               double[] out, int m) {
            if (target == x || r == 0) {
                return m;
            }
            int z = settle[target];
            if (z == x) {
                return m;
            }
            from[m] = x;
            to[m] = z;
            rate[m] = r;
            out[x] += r;
            return m + 1;
        }

        /** Where the policy leaves each state: it acts (at most a few times) until it idles. */
        private static int[] settle(UniformizedMdp mdp, Policy policy) {
            int n = mdp.size();
            int[] settle = new int[n];
            for (int s = 0; s < n; s++) {
                int z = s;
                for (int guard = 0; policy.action(z) != StateSpace.IDLE; guard++) {
                    if (guard > 3) {
                        throw new IllegalStateException("policy keeps assigning from " + mdp.space().label(s));
                    }
                    z = policy.post(z);
                }
                settle[s] = z;
            }
            return settle;
        }
    }

    private static boolean[] idleStates(Policy policy) {
        int n = policy.space().size();
        boolean[] idle = new boolean[n];
        for (int x = 0; x < n; x++) {
            idle[x] = policy.action(x) == StateSpace.IDLE;
        }
        return idle;
    }

    /** Numbers the kept states 0, 1, ... in state order into {@code compact} (-1 elsewhere); returns the inverse. */
    private static int[] compactNumbering(boolean[] keep, int[] compact) {
        int kept = 0;
        for (int x = 0; x < keep.length; x++) {
            compact[x] = keep[x] ? kept++ : -1;
        }
        int[] state = new int[kept];
        for (int x = 0; x < keep.length; x++) {
            if (compact[x] >= 0) {
                state[compact[x]] = x;
            }
        }
        return state;
    }

    /**
     * The transitions among the visited states, by target (CSR): state {@code y}'s incoming transitions are
     * {@code start[y]..start[y+1]}, from {@code inFrom} at rate {@code inRate}, in the order they were listed.
     */
    private record Chain(int[] start, int[] inFrom, double[] inRate) {

        static Chain of(int kept, Moves moves, int[] compact) {
            int m = moves.count();
            int[] from = moves.from(), to = moves.to();
            double[] rate = moves.rate();
            int[] start = new int[kept + 1];
            for (int k = 0; k < m; k++) {
                if (compact[from[k]] >= 0 && compact[to[k]] >= 0) {
                    start[compact[to[k]] + 1]++;
                }
            }
            for (int i = 0; i < kept; i++) {
                start[i + 1] += start[i];
            }
            int[] inFrom = new int[start[kept]];
            double[] inRate = new double[start[kept]];
            int[] fill = java.util.Arrays.copyOf(start, kept);
            for (int k = 0; k < m; k++) {
                int x = compact[from[k]];
                int y = compact[to[k]];
                if (x >= 0 && y >= 0) {
                    int pos = fill[y]++;
                    inFrom[pos] = x;
                    inRate[pos] = rate[k];
                }
            }
            return new Chain(start, inFrom, inRate);
        }

        /** One Gauss-Seidel sweep of the balance equations in state order, then normalization. */
        void sweep(double[] pi, double[] out) {
            int kept = pi.length;
            double total = 0;
            for (int y = 0; y < kept; y++) {
                double inflow = 0;
                for (int k = start[y]; k < start[y + 1]; k++) {
                    inflow += pi[inFrom[k]] * inRate[k];
                }
                double p = inflow / out[y];
                pi[y] = p;
                total += p;
            }
            for (int y = 0; y < kept; y++) {
                pi[y] /= total;
            }
        }

        /** {@code sum_y |sum_x pi(x) q(x,y) - pi(y) q(y)|}, the total imbalance of the balance equations. */
        double residual(double[] pi, double[] out) {
            double sum = 0;
            for (int y = 0; y < pi.length; y++) {
                double inflow = 0;
                for (int k = start[y]; k < start[y + 1]; k++) {
                    inflow += pi[inFrom[k]] * inRate[k];
                }
                sum += Math.abs(inflow - pi[y] * out[y]);
            }
            return sum;
        }
    }

    /**
     * One aggregation-disaggregation step over a partition of the visited states into groups: the chain of groups
     * with rates {@code sum_{x in G} pi(x|G) q(x, H)} is solved exactly and every group's mass set to its share.
     */
    private static final class Aggregation {
        /** Compact index of each visited state's (non-empty) group. */
        final int[] group;
        final int groups;
        final double[] mass;
        final int[] count;
        final double[][] rates;
        final double[] share;
        final double[] weight;
        final double[] factor;

        Aggregation(int[] state, int groupCount, java.util.function.IntUnaryOperator groupOf) {
            int kept = state.length;
            int[] raw = new int[kept];
            int[] rawCount = new int[groupCount];
            for (int i = 0; i < kept; i++) {
                raw[i] = groupOf.applyAsInt(state[i]);
                rawCount[raw[i]]++;
            }
            int[] index = new int[groupCount];
            int k = 0;
            for (int g = 0; g < groupCount; g++) {
                index[g] = rawCount[g] > 0 ? k++ : -1;
            }
            groups = k;
            group = new int[kept];
            count = new int[k];
            for (int i = 0; i < kept; i++) {
                group[i] = index[raw[i]];
                count[group[i]]++;
            }
            mass = new double[k];
            rates = new double[k][k];
            share = new double[k];
            factor = new double[k];
            weight = new double[kept];
        }

        void apply(double[] pi, Chain chain) {
            int kept = pi.length;
            java.util.Arrays.fill(mass, 0.0);
            for (int x = 0; x < kept; x++) {
                mass[group[x]] += pi[x];
            }
            for (int x = 0; x < kept; x++) {
                int g = group[x];
                weight[x] = mass[g] > 0 ? pi[x] / mass[g] : 1.0 / count[g];
            }
            for (int i = 0; i < groups; i++) {
                java.util.Arrays.fill(rates[i], 0, groups, 0.0);
            }
            final int[] start = chain.start(), inFrom = chain.inFrom();
            final double[] inRate = chain.inRate();
            for (int y = 0; y < kept; y++) {
                int h = group[y];
                for (int e = start[y]; e < start[y + 1]; e++) {
                    int x = inFrom[e];
                    int g = group[x];
                    if (g != h) {
                        rates[g][h] += weight[x] * inRate[e];
                    }
                }
            }
            if (!lbw.numerics.Gth.stationary(rates, groups, share)) {
                return;
            }
            for (int g = 0; g < groups; g++) {
                factor[g] = mass[g] > 0 ? share[g] / mass[g] : 0;
            }
            for (int x = 0; x < kept; x++) {
                int g = group[x];
                pi[x] = mass[g] > 0 ? pi[x] * factor[g] : share[g] / count[g];
            }
        }
    }

    /**
     * The states reachable from the empty state along the chain's transitions: the others carry no stationary mass
     * (aggregation sets them to zero at once, where sweeps alone let their mass decay geometrically). If the policy
     * acts in the empty state, every idle state counts.
     */
    private static boolean[] reachableFromEmpty(int n, Moves moves, Policy policy) {
        int m = moves.count();
        int[] from = moves.from(), to = moves.to();
        boolean[] reach = new boolean[n];
        if (policy.action(0) != StateSpace.IDLE) {
            for (int x = 0; x < n; x++) {
                reach[x] = policy.action(x) == StateSpace.IDLE;
            }
            return reach;
        }
        int[] start = offsets(n, m, from);
        int[] adj = new int[m];
        int[] fill = start.clone();
        for (int k = 0; k < m; k++) {
            adj[fill[from[k]]++] = to[k];
        }
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        queue[tail++] = 0;
        reach[0] = true;
        while (head < tail) {
            int x = queue[head++];
            for (int k = start[x]; k < start[x + 1]; k++) {
                if (!reach[adj[k]]) {
                    reach[adj[k]] = true;
                    queue[tail++] = adj[k];
                }
            }
        }
        return reach;
    }

    /** Row offsets of transitions {@code k < m} grouped by {@code key[k]} (group i: start[i] to start[i+1]). */
    private static int[] offsets(int n, int m, int[] key) {
        int[] start = new int[n + 1];
        for (int k = 0; k < m; k++) {
            start[key[k] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        return start;
    }
}
