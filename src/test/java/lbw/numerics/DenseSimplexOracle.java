package lbw.numerics;

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
 * The test oracle for {@link TransportationSolver}: the primal and the dual LP of a {@link TransportationProblem},
 * each solved independently with Commons Math's dense tableau {@link SimplexSolver} (the workbench's LP solver
 * before the network simplex). The tableau has {@code (m + n) x (m n)} entries, so keep instances small.
 */
public final class DenseSimplexOracle {

    /** Primal optimum, dual optimum and the dual point found by the dense simplex. */
    public record Result(double[][] flow, double cost, double[] rowPotential, double[] price, double dualValue) {
    }

    private DenseSimplexOracle() {
    }

    public static Result solve(TransportationProblem p) {
        int m = p.sources();
        int n = p.destinations();
        double[][] c = p.cost();
        double[] obj = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                obj[i * n + j] = c[i][j];
            }
        }
        List<LinearConstraint> cons = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            double[] a = new double[m * n];
            for (int j = 0; j < n; j++) {
                a[i * n + j] = 1;
            }
            cons.add(new LinearConstraint(a, Relationship.EQ, p.supply()[i]));
        }
        for (int j = 0; j < n; j++) {
            double[] a = new double[m * n];
            for (int i = 0; i < m; i++) {
                a[i * n + j] = 1;
            }
            cons.add(new LinearConstraint(a, Relationship.LEQ, p.capacity()[j]));
        }
        PointValuePair sol = new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(obj, 0),
                new LinearConstraintSet(cons), GoalType.MINIMIZE, new NonNegativeConstraint(true));
        double[][] x = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                x[i][j] = Math.max(0.0, sol.getPointRef()[i * n + j]);
            }
        }
        // Dual LP in (u_1..u_m, mu_1..mu_n): max sum s u - sum cap mu, u_i - mu_j <= cost_ij, mu >= 0, u free.
        double[] dobj = new double[m + n];
        for (int i = 0; i < m; i++) {
            dobj[i] = p.supply()[i];
        }
        for (int j = 0; j < n; j++) {
            dobj[m + j] = -p.capacity()[j];
        }
        List<LinearConstraint> dcons = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double[] a = new double[m + n];
                a[i] = 1;
                a[m + j] = -1;
                dcons.add(new LinearConstraint(a, Relationship.LEQ, c[i][j]));
            }
        }
        for (int j = 0; j < n; j++) {
            double[] a = new double[m + n];
            a[m + j] = 1;
            dcons.add(new LinearConstraint(a, Relationship.GEQ, 0));
        }
        PointValuePair d = new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(dobj, 0),
                new LinearConstraintSet(dcons), GoalType.MAXIMIZE, new NonNegativeConstraint(false));
        double[] u = new double[m];
        double[] mu = new double[n];
        System.arraycopy(d.getPointRef(), 0, u, 0, m);
        for (int j = 0; j < n; j++) {
            mu[j] = Math.max(0.0, d.getPointRef()[m + j]);
        }
        return new Result(x, p.objective(x), u, mu, d.getValue());
    }
}
