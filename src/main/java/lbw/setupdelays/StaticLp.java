package lbw.setupdelays;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * Problem (10) at {@code eps = 0} (and problem (21) at its optimum, where the proximal term vanishes) as a linear
 * program, solved with Commons Math's {@link SimplexSolver}; the dual LP is solved independently so that the result
 * carries a duality gap. The dense tableau suits small and medium instances (a few thousand variables).
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
        int m = model.types();
        int n = model.pools();
        if (cap.length != n) {
            throw new IllegalArgumentException("capacities: need " + n + " entries");
        }
        double[] obj = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                obj[i * n + j] = model.tau(i, j);
            }
        }
        List<LinearConstraint> cons = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            double[] a = new double[m * n];
            for (int j = 0; j < n; j++) {
                a[i * n + j] = 1;
            }
            cons.add(new LinearConstraint(a, Relationship.EQ, model.r(i)));
        }
        for (int j = 0; j < n; j++) {
            double[] a = new double[m * n];
            for (int i = 0; i < m; i++) {
                a[i * n + j] = 1;
            }
            cons.add(new LinearConstraint(a, Relationship.LEQ, cap[j]));
        }
        PointValuePair p = new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(obj, 0),
                new LinearConstraintSet(cons), GoalType.MINIMIZE, new NonNegativeConstraint(true));
        double[][] x = new double[m][n];
        double[] xs = p.getPointRef();
        double cost = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                x[i][j] = Math.max(0.0, xs[i * n + j]);
                cost += model.tau(i, j) * x[i][j];
            }
        }
        // Dual LP in (u_1..u_m, mu_1..mu_n): max sum r u - sum cap mu, u_i - mu_j <= tau_ij, mu >= 0, u free.
        double[] dobj = new double[m + n];
        for (int i = 0; i < m; i++) {
            dobj[i] = model.r(i);
        }
        for (int j = 0; j < n; j++) {
            dobj[m + j] = -cap[j];
        }
        List<LinearConstraint> dcons = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double[] a = new double[m + n];
                a[i] = 1;
                a[m + j] = -1;
                dcons.add(new LinearConstraint(a, Relationship.LEQ, model.tau(i, j)));
            }
        }
        for (int j = 0; j < n; j++) {
            double[] a = new double[m + n];
            a[m + j] = 1;
            dcons.add(new LinearConstraint(a, Relationship.GEQ, 0));
        }
        PointValuePair d = new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(dobj, 0),
                new LinearConstraintSet(dcons), GoalType.MAXIMIZE, new NonNegativeConstraint(false));
        double[] mu = new double[n];
        for (int j = 0; j < n; j++) {
            mu[j] = Math.max(0.0, d.getPointRef()[m + j]);
        }
        double dual = d.getValue();
        return new LpSolution(cap.clone(), x, cost, mu, dual, cost - dual, violation(model, x, cap));
    }

    /** Largest violation of the routing constraints (10b) and capacity constraints (10c). */
    public static double violation(SetupDelayModel model, double[][] x, double[] cap) {
        double v = 0;
        for (int i = 0; i < model.types(); i++) {
            double s = 0;
            for (int j = 0; j < model.pools(); j++) {
                s += x[i][j];
                v = Math.max(v, -x[i][j]);
            }
            v = Math.max(v, Math.abs(s - model.r(i)));
        }
        for (int j = 0; j < model.pools(); j++) {
            double s = 0;
            for (int i = 0; i < model.types(); i++) {
                s += x[i][j];
            }
            v = Math.max(v, s - cap[j]);
        }
        return v;
    }
}
