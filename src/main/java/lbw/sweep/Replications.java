package lbw.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Confidence bands from the replications of one grid point: for a collected key whose value is a number, a list of
 * numbers or a list of lists (e.g. a path: one list per backend, one number per time), the mean over replications
 * and a two-sided Student-t interval, entry by entry.
 */
public final class Replications {

    private Replications() {
    }

    /**
     * A band: {@code mean[i][k]} and its interval {@code [low[i][k], high[i][k]]} at level {@code level}, over
     * {@code n} replications ({@code halfWidth = t(level, n-1) * sd / sqrt(n)}).
     */
    public record Band(double[][] mean, double[][] low, double[][] high, int n, double level) {
    }

    /** The 95% band of {@code key} over the replications of grid point {@code point}. */
    public static Band band(SweepResult result, int point, String key) {
        return band(result, point, key, 0.95);
    }

    /**
     * The band of {@code key} over the replications of grid point {@code point} at {@code level}; failed rows are
     * refused (a band over the rows that happened to succeed would be biased).
     */
    public static Band band(SweepResult result, int point, String key, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level = " + level + ": must lie strictly between 0 and 1");
        }
        Sweep s = result.sweep();
        if (point < 0 || point >= s.points()) {
            throw new IllegalArgumentException("point = " + point + ": the sweep has points 0.." + (s.points() - 1));
        }
        if (!s.collect().contains(key)) {
            throw new IllegalArgumentException("'" + key + "' is not collected; collected: " + s.collect());
        }
        int n = s.replications();
        if (n < 2) {
            throw new IllegalArgumentException("a band needs at least 2 replications, the sweep has " + n);
        }
        List<double[][]> samples = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            SweepRow row = result.rows().get(point * n + r);
            if (row.failed()) {
                throw new IllegalStateException("row " + row.index() + " (point " + point + ", replication " + r
                        + ") failed: " + row.error());
            }
            samples.add(matrix(key, row.values().get(key)));
        }
        double[][] first = samples.get(0);
        double q = new TDistribution(n - 1).inverseCumulativeProbability(0.5 + level / 2);
        double[][] mean = new double[first.length][];
        double[][] low = new double[first.length][];
        double[][] high = new double[first.length][];
        for (int i = 0; i < first.length; i++) {
            int cols = first[i].length;
            mean[i] = new double[cols];
            low[i] = new double[cols];
            high[i] = new double[cols];
            for (double[][] m : samples) {
                if (m.length != first.length || m[i].length != cols) {
                    throw new IllegalStateException("'" + key + "' has different shapes in different replications");
                }
            }
            for (int k = 0; k < cols; k++) {
                double sum = 0;
                for (double[][] m : samples) {
                    sum += m[i][k];
                }
                double mu = sum / n;
                double ss = 0;
                for (double[][] m : samples) {
                    ss += (m[i][k] - mu) * (m[i][k] - mu);
                }
                double half = q * Math.sqrt(ss / (n - 1) / n);
                mean[i][k] = mu;
                low[i][k] = mu - half;
                high[i][k] = mu + half;
            }
        }
        return new Band(mean, low, high, n, level);
    }

    /**
     * For numeric keys: one row per grid point and key with the mean over replications and its 95% band
     * ({@code point, key, replications, mean, low, high}).
     */
    public static Table table(SweepResult result, String... keys) {
        StringColumn point = StringColumn.create("point");
        StringColumn key = StringColumn.create("key");
        IntColumn n = IntColumn.create("replications");
        DoubleColumn mean = DoubleColumn.create("mean");
        DoubleColumn low = DoubleColumn.create("95% low");
        DoubleColumn high = DoubleColumn.create("95% high");
        Sweep s = result.sweep();
        for (int p = 0; p < s.points(); p++) {
            for (String k : keys) {
                Band b = band(result, p, k);
                if (b.mean().length != 1 || b.mean()[0].length != 1) {
                    throw new IllegalArgumentException("'" + k + "' is not a number: use band() for lists");
                }
                point.append(s.describePoint(p));
                key.append(k);
                n.append(b.n());
                mean.append(b.mean()[0][0]);
                low.append(b.low()[0][0]);
                high.append(b.high()[0][0]);
            }
        }
        return Table.create("Means over " + s.replications() + " replications with 95% bands", point, key, n, mean,
                low, high);
    }

    /** A number as [[x]], a list as [[x0, x1, ...]], a list of lists as itself. */
    static double[][] matrix(String key, JsonNode v) {
        if (v != null && v.isNumber()) {
            return new double[][] {{v.doubleValue()}};
        }
        if (v == null || !v.isArray() || v.isEmpty()) {
            throw new IllegalStateException("'" + key + "' is not a number or a list of numbers: " + v);
        }
        if (v.get(0).isArray()) {
            double[][] m = new double[v.size()][];
            for (int i = 0; i < m.length; i++) {
                m[i] = vector(key, v.get(i));
            }
            return m;
        }
        return new double[][] {vector(key, v)};
    }

    private static double[] vector(String key, JsonNode v) {
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            if (!v.get(i).isNumber()) {
                throw new IllegalStateException("'" + key + "' holds a non-number: " + v.get(i));
            }
            out[i] = v.get(i).doubleValue();
        }
        return out;
    }
}
