package lbw.numerics;

/**
 * The stationary distribution of a small continuous-time Markov chain by the Grassmann-Taksar-Heyman state
 * reduction: states are eliminated from the last, each elimination folding the paths through the removed state into
 * the rates among the others, then the distribution is built back up. Only additions, multiplications and divisions
 * of non-negative numbers occur, so the result is accurate to round-off even when probabilities span hundreds of
 * orders of magnitude. Zero rates are skipped, so banded chains (birth-death-like level processes) cost
 * {@code O(k^2)} rather than {@code O(k^3)}.
 */
public final class Gth {

    private Gth() {
    }

    /**
     * Overwrites the top-left {@code k x k} block of {@code rates} (off-diagonal transition rates; the diagonal is
     * ignored) and writes the stationary distribution into {@code pi[0..k)}. Returns false, leaving {@code pi}
     * unspecified, when some state cannot reach a lower-numbered one (the chain is not irreducible in the way the
     * reduction needs), e.g. a state with no outgoing rate.
     */
    public static boolean stationary(double[][] rates, int k, double[] pi) {
        for (int m = k - 1; m > 0; m--) {
            double[] row = rates[m];
            double s = 0;
            for (int j = 0; j < m; j++) {
                s += row[j];
            }
            if (!(s > 0) || !Double.isFinite(s)) {
                return false;
            }
            for (int i = 0; i < m; i++) {
                double[] ri = rates[i];
                double f = ri[m];
                if (f == 0) {
                    continue;
                }
                f /= s;
                ri[m] = f;
                for (int j = 0; j < m; j++) {
                    double v = row[j];
                    if (v != 0 && i != j) {
                        ri[j] += f * v;
                    }
                }
            }
        }
        pi[0] = 1;
        double total = 1;
        for (int m = 1; m < k; m++) {
            double v = 0;
            for (int i = 0; i < m; i++) {
                v += pi[i] * rates[i][m];
            }
            pi[m] = v;
            total += v;
        }
        for (int m = 0; m < k; m++) {
            pi[m] /= total;
        }
        return true;
    }
}
