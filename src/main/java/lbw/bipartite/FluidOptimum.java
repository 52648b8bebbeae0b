package lbw.bipartite;

/**
 * The fluid optimum of problem (1): minimise the total workload {@code sum_b N_b} over routings that balance every
 * backend, {@code sum_f lambda_f x_fb = l_b(N_b)}. By Lemma 4 it is GMSR's fluid equilibrium. Solved exactly as
 * the equilibrium of the price {@code 1 / l_b'(N_b)} ({@link RoutingCost#OPTIMAL}).
 */
public final class FluidOptimum {

    private FluidOptimum() {
    }

    /** The optimum with default options. */
    public static Equilibrium solve(BipartiteModel m) {
        return EquilibriumSolver.solve(m, RoutingCost.OPTIMAL, EquilibriumSolver.Options.defaults());
    }

    /** The optimum. */
    public static Equilibrium solve(BipartiteModel m, EquilibriumSolver.Options o) {
        return EquilibriumSolver.solve(m, RoutingCost.OPTIMAL, o);
    }
}
