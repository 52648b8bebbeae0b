package lbw.setupdelays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ProximalRoutingTest {

    private static final double TOL = 1e-9;

    /** Dispatcher i's part of cost (25). */
    private static double cost(SetupDelayModel m, int i, double[] x, double[] z, double[] nu) {
        double c = 0;
        double[] tau = m.setupTime()[i];
        for (int j = 0; j < x.length; j++) {
            double g = m.gamma(i, j);
            c += (tau[j] + nu[j]) * x[j] + (x[j] - g * z[j]) * (x[j] - g * z[j]) / (2 * g);
        }
        return c;
    }

    /**
     * x̄(Z, nu) is feasible for (21b) (non-negative, rows sum to r_i) and no feasible pairwise transfer of rate
     * between two pools lowers dispatcher i's cost (25): an independent check of the projection's optimality.
     */
    @Property(tries = 60, seed = "20261122")
    void rowsSumToRatesAndNoTransferImproves(@ForAll @IntRange(min = 1, max = 100_000) int seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int m = 1 + rng.nextInt(4);
        int n = 1 + rng.nextInt(6);
        SetupDelayModel model = SetupDelayModel.random(m, n, 0.8, seed);
        double[][] z = new double[m][n];
        double[] nu = new double[n];
        for (int j = 0; j < n; j++) {
            nu[j] = rng.nextBoolean() ? 0 : rng.nextDouble(0, 3);
            for (int i = 0; i < m; i++) {
                z[i][j] = rng.nextDouble(0, 10);
            }
        }
        double[][] x = new ProximalRouting(model).route(z, nu);
        double[] r = model.arrivalRate();
        for (int i = 0; i < m; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                assertTrue(x[i][j] >= 0);
                s += x[i][j];
            }
            assertEquals(r[i], s, TOL * (1 + r[i]));
            double best = cost(model, i, x[i], z[i], nu);
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    if (a == b || x[i][b] <= 0) {
                        continue;
                    }
                    double t = Math.min(x[i][b], 1e-3);
                    double[] y = x[i].clone();
                    y[a] += t;
                    y[b] -= t;
                    assertTrue(cost(model, i, y, z[i], nu) >= best - 1e-12, "transfer " + b + " -> " + a);
                }
            }
        }
    }
}
