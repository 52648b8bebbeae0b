package lbw.offloading;

import lbw.core.Check;
import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * Average-cost optimal control by relative value iteration on the uniformized chain (past the paper, which uses a
 * discounted criterion): {@code h_{k+1} = T h_k - (T h_k)(0)} with the undiscounted operator
 * {@code T h(s) = min_x [|x| + (1/Lambda) sum_e rate_e h(e x)]}. The odd-even bounds
 * {@code min(T h - h) <= g* <= max(T h - h)} bracket the optimal mean number in system g*; iteration stops when
 * their gap is below the tolerance. The chain is aperiodic (the empty state has a self-loop), so the gap closes.
 */
public final class AverageCostSolver {

    /**
     * @param tolerance     stop when {@code max(Th - h) - min(Th - h)} is below it
     * @param maxIterations sweep budget
     * @param tieTolerance  ties in the greedy policy, broken toward idle, SM1, SM2, both
     */
    public record Options(double tolerance, int maxIterations, double tieTolerance) {
        public static final Options DEFAULT = new Options(1e-9, 2_000_000, 1e-11);

        public Options {
            Check.positive("tolerance", tolerance);
            Check.positive("maxIterations", maxIterations);
            Check.nonNegative("tieTolerance", tieTolerance);
        }
    }

    /**
     * @param gain       the optimal mean number of jobs in system (midpoint of the final bounds)
     * @param lowerBound lower bound on the gain
     * @param upperBound upper bound on the gain
     * @param bias       the relative values h (h at the empty state is 0)
     * @param policy     the greedy (average-cost optimal) policy
     */
    public record Solution(double gain, double lowerBound, double upperBound, double[] bias, Policy policy,
                           int iterations, boolean converged) implements Summarizable {
        public Solution {
            bias = bias.clone();
        }

        @Override
        public double[] bias() {
            return bias.clone();
        }

        @Override
        public Table summary() {
            return Tables.of("Relative value iteration",
                    "quantity", new String[] {"optimal mean jobs", "lower bound", "upper bound", "sweeps", "converged"},
                    "value", new String[] {Tables.format(gain), Tables.format(lowerBound), Tables.format(upperBound),
                            Integer.toString(iterations), Boolean.toString(converged)});
        }
    }

    private AverageCostSolver() {
    }

    public static Solution solve(UniformizedMdp mdp) {
        return solve(mdp, Options.DEFAULT);
    }

    public static Solution solve(UniformizedMdp mdp, Options options) {
        int n = mdp.size();
        double[] h = new double[n];
        double[] ring = BlockSweeps.newRing(mdp.space());
        double[] bounds = new double[2];
        double lo = Double.NEGATIVE_INFINITY, hi = Double.POSITIVE_INFINITY;
        int it = 0;
        while (it < options.maxIterations() && !(hi - lo < options.tolerance())) {
            lbw.core.Work.checkCancelled(); // interrupt or SIGTERM stops the loop here
            BlockSweeps.jacobi(mdp, h, ring, 1.0, bounds);
            lo = bounds[0];
            hi = bounds[1];
            double ref = h[0];
            for (int s = 0; s < n; s++) {
                h[s] -= ref;
            }
            it++;
        }
        Policy p = DiscountedSolver.greedy(mdp, h, 1.0, options.tieTolerance(), "average-cost optimal");
        return new Solution((lo + hi) / 2, lo, hi, h, p, it, hi - lo < options.tolerance());
    }
}
