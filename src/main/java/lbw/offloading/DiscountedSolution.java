package lbw.offloading;

import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The result of a discounted solve: the value function, the greedy (optimal) policy and the convergence facts.
 *
 * @param method     "value iteration", "Gauss-Seidel value iteration" or "policy evaluation"
 * @param mdp        the compiled model
 * @param discount   gamma
 * @param values     V, indexed by state (a copy is returned)
 * @param policy     the greedy policy with respect to V (for an evaluation: the evaluated policy)
 * @param iterations sweeps done
 * @param residual   the sup-norm change of the last sweep
 * @param tolerance  the stopping threshold it was compared with
 * @param converged  whether the residual fell below the threshold within the sweep budget
 */
public record DiscountedSolution(String method, UniformizedMdp mdp, double discount, double[] values, Policy policy,
                                 int iterations, double residual, double tolerance, boolean converged)
        implements Summarizable {

    public DiscountedSolution {
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** V at one state. */
    public double value(int n0, int i2, int i1, int n2) {
        return values[mdp.space().index(n0, i2, i1, n2)];
    }

    @Override
    public Table summary() {
        OffloadingModel m = mdp.model();
        return Tables.of(method + ", buffer " + mdp.space().buffer(),
                "quantity", new String[] {"rho", "K", "f", "lambda", "within the paper's assumption f > 1/K", "states", "discount", "sweeps", "last change",
                        "stopping threshold", "converged", "V(0,0,0,0)"},
                "value", new String[] {fmt(m.rho()), fmt(m.k()), fmt(m.f()), fmt(m.lambda()),
                        m.withinAssumption() ? "yes" : "NO (allowed; the paper's theorems need not apply)",
                        Integer.toString(mdp.size()), fmt(discount), Integer.toString(iterations), fmt(residual),
                        fmt(tolerance), Boolean.toString(converged), fmt(value(0, 0, 0, 0))});
    }

    private static String fmt(double v) {
        return Tables.format(v);
    }
}
