package lbw.setupdelays;

import lbw.core.Check;
import lbw.core.InvalidParameterException;
import lbw.numerics.TransportationProblem;
import lbw.numerics.TransportationSolution;
import lbw.numerics.TransportationSolver;

/**
 * Problem (10) at {@code eps = 0} (and problem (21) at its optimum, where the proximal term vanishes) as what it is,
 * a transportation problem: task types ship their rates {@code r_i} to pools of capacity {@code c_j} at unit cost
 * {@code tau_ij}. Solved exactly by the network simplex {@link TransportationSolver}, whose node potentials are the
 * dual prices; the result carries the duality gap and the largest constraint violation, so every answer is
 * certified. A dense {@code m = n = 100} instance takes milliseconds and {@code m = n = 1000} well under a second.
 */
public final class StaticLp {

    private StaticLp() {
    }

    /** Solves with the model's own capacities. */
    public static LpSolution solve(SetupDelayModel model) {
        return solve(model, model.capacity());
    }

    /** Solves with capacities {@code cap} (e.g. {@code c~}); needs {@code sum r <= sum cap}. */
    public static LpSolution solve(SetupDelayModel model, double[] cap) {
        TransportationProblem p = problem(model, cap);
        TransportationSolution s = TransportationSolver.solve(p);
        return new LpSolution(cap.clone(), s.flow(), s.cost(), s.price(), s.dualValue(), s.gap(), s.primalViolation());
    }

    /** Largest violation of the routing constraints (10b) and capacity constraints (10c). */
    public static double violation(SetupDelayModel model, double[][] x, double[] cap) {
        return problem(model, cap).primalViolation(x);
    }

    private static TransportationProblem problem(SetupDelayModel model, double[] cap) {
        Check.nonNegative("capacity", Check.length("capacity", cap, model.pools(), "one per pool"));
        double sum = 0;
        for (double c : cap) {
            sum += c;
        }
        if (!(model.totalRate() <= sum)) {
            throw new InvalidParameterException("capacity", "capacities sum to " + sum
                    + ", below the total arrival rate " + model.totalRate() + ": LP (10) is infeasible");
        }
        return new TransportationProblem(model.arrivalRate(), cap, model.setupTime());
    }
}
