package lbw.setupdelays;

import java.util.SplittableRandom;
import lbw.core.Check;
import lbw.core.InvalidParameterException;

/**
 * The load-balancing system of Paganini and Goldsztajn: {@code n} server pools with capacities {@code c_j}
 * (unit-rate servers), {@code m} task types with arrival rates {@code r_i}, and mean setup times {@code tau_ij} of a
 * type-{@code i} task at pool {@code j} ({@code gamma_ij = 1 / tau_ij}).
 *
 * <p>The constructor refuses wrong dimensions, non-positive numbers and infeasible load: the theorems need strict
 * feasibility {@code sum_i r_i < sum_j c_j} (Proposition 1 / Remark 5), so equality is refused too.
 *
 * @param capacity    pool capacities {@code c_j}, length {@code n}
 * @param arrivalRate task arrival rates {@code r_i}, length {@code m}
 * @param setupTime   setup times {@code tau_ij}, {@code m x n}
 */
public record SetupDelayModel(double[] capacity, double[] arrivalRate, double[][] setupTime) {

    public SetupDelayModel {
        capacity = Check.positive("capacity", capacity);
        arrivalRate = Check.positive("arrivalRate", arrivalRate);
        setupTime = Check.matrix("setupTime", setupTime, arrivalRate.length, capacity.length,
                "one row per task type, one column per pool");
        for (int i = 0; i < setupTime.length; i++) {
            for (int j = 0; j < setupTime[i].length; j++) {
                Check.positive("setupTime[" + i + "][" + j + "]", setupTime[i][j]);
            }
        }
        double r = sum(arrivalRate);
        double c = sum(capacity);
        if (!(r < c)) {
            throw new InvalidParameterException("arrivalRate", "total arrival rate " + r
                    + " must be below the total capacity " + c + " (strict feasibility, Proposition 1 and Remark 5)");
        }
    }

    /**
     * The one-based index pair of x_ij (zero-based i, j) as names use it: {@code "12"} while both dimensions are
     * below 10, {@code "1_12"} otherwise, so that x_{1,11} and x_{11,1} never share a name.
     */
    public static String pairIndex(int i, int j, int m, int n) {
        return m < 10 && n < 10 ? "" + (i + 1) + (j + 1) : (i + 1) + "_" + (j + 1);
    }

    /** Number of task types {@code m}. */
    public int types() {
        return arrivalRate.length;
    }

    /** Number of pools {@code n}. */
    public int pools() {
        return capacity.length;
    }

    /** {@code gamma_ij = 1 / tau_ij}. */
    public double gamma(int i, int j) {
        return 1.0 / setupTime[i][j];
    }

    public double totalRate() {
        return sum(arrivalRate);
    }

    public double totalCapacity() {
        return sum(capacity);
    }

    /** Defensive copies (records expose their arrays). */
    @Override
    public double[] capacity() {
        return capacity.clone();
    }

    @Override
    public double[] arrivalRate() {
        return arrivalRate.clone();
    }

    @Override
    public double[][] setupTime() {
        double[][] t = new double[setupTime.length][];
        for (int i = 0; i < t.length; i++) {
            t[i] = setupTime[i].clone();
        }
        return t;
    }

    double c(int j) {
        return capacity[j];
    }

    double r(int i) {
        return arrivalRate[i];
    }

    double tau(int i, int j) {
        return setupTime[i][j];
    }

    /** The same arrivals and setup times with other capacities (validated again). */
    public SetupDelayModel withCapacity(double[] newCapacity) {
        return new SetupDelayModel(newCapacity, arrivalRate, setupTime);
    }

    /**
     * The tightened capacities {@code c~ = margin * c} of Section 5.4, checked against Theorem 6's conditions
     * {@code 0 < c~_j < c_j} and {@code sum r < sum c~}.
     */
    public double[] tightenedCapacity(double margin) {
        Check.openInterval("capacityMargin", margin, 0, 1);
        double[] ct = new double[capacity.length];
        for (int j = 0; j < ct.length; j++) {
            ct[j] = margin * capacity[j];
        }
        double r = totalRate();
        double s = sum(ct);
        if (!(r < s)) {
            throw new InvalidParameterException("capacityMargin", margin, "the tightened capacities margin * c sum to "
                    + s + ", which must exceed the total arrival rate " + r + " (Theorem 6)");
        }
        return ct;
    }

    /**
     * A random strictly feasible instance: capacities uniform in [5, 15], setup times uniform in [0.5, 3], and
     * arrival rates uniform then scaled to total {@code load * sum c}.
     */
    public static SetupDelayModel random(int m, int n, double load, long seed) {
        Check.positive("m", m);
        Check.positive("n", n);
        Check.openInterval("load", load, 0, 1);
        SplittableRandom rng = new SplittableRandom(seed);
        double[] c = new double[n];
        for (int j = 0; j < n; j++) {
            c[j] = 5 + 10 * rng.nextDouble();
        }
        double[] r = new double[m];
        for (int i = 0; i < m; i++) {
            r[i] = 0.5 + rng.nextDouble();
        }
        double scale = load * sum(c) / sum(r);
        for (int i = 0; i < m; i++) {
            r[i] *= scale;
        }
        double[][] tau = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                tau[i][j] = 0.5 + 2.5 * rng.nextDouble();
            }
        }
        return new SetupDelayModel(c, r, tau);
    }

    static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
