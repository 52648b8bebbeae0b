package lbw.offloading;

import java.util.Arrays;
import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The sup-norm change per sweep of value iteration and of Gauss-Seidel value iteration from V = 0
 * ({@link Sweeps#convergence}); a method's entries are NaN after it stopped.
 *
 * @param discount       gamma
 * @param threshold      the stopping threshold on the change per sweep
 * @param valueIteration the change per sweep of value iteration (Jacobi)
 * @param gaussSeidel    the change per sweep of Gauss-Seidel value iteration
 */
public record ConvergenceTrace(double discount, double threshold, double[] valueIteration, double[] gaussSeidel)
        implements Summarizable {

    public ConvergenceTrace {
        if (valueIteration.length != gaussSeidel.length) {
            throw new IllegalArgumentException("valueIteration has " + valueIteration.length + " sweeps, gaussSeidel "
                    + gaussSeidel.length + ": both run over the same sweeps");
        }
        valueIteration = valueIteration.clone();
        gaussSeidel = gaussSeidel.clone();
    }

    @Override
    public double[] valueIteration() {
        return valueIteration.clone();
    }

    @Override
    public double[] gaussSeidel() {
        return gaussSeidel.clone();
    }

    /** The sweep numbers 1, 2, ... of the trace. */
    public double[] sweeps() {
        double[] s = new double[valueIteration.length];
        Arrays.setAll(s, i -> i + 1);
        return s;
    }

    /** The sweeps value iteration ran (its last change is below the threshold if it stopped). */
    public int valueIterationSweeps() {
        return ran(valueIteration);
    }

    /** The sweeps Gauss-Seidel ran. */
    public int gaussSeidelSweeps() {
        return ran(gaussSeidel);
    }

    private static int ran(double[] v) {
        int n = 0;
        while (n < v.length && !Double.isNaN(v[n])) {
            n++;
        }
        return n;
    }

    /** Columns sweep, value iteration, Gauss-Seidel, stopping threshold. */
    public Table table() {
        double[] thr = new double[valueIteration.length];
        Arrays.fill(thr, threshold);
        return Tables.of("Convergence from V = 0 (gamma = " + discount + ")", "sweep", sweeps(),
                "value iteration", valueIteration(), "Gauss-Seidel", gaussSeidel(), "stopping threshold", thr);
    }

    @Override
    public Table summary() {
        return table();
    }
}
