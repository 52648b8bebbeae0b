package lbw.bipartite;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random test instances. */
final class RandomModels {

    private RandomModels() {
    }

    /**
     * F frontends each joined to {@code degree} distinct random backends (every backend then gets at least one
     * frontend), saturating or exponential rates with random parameters, arrival rates scaled so that the total is
     * {@code load} times the total supremum.
     */
    static BipartiteModel random(SplittableRandom rnd, int nf, int nb, int degree, double load) {
        while (true) {
            List<int[]> edges = new ArrayList<>();
            boolean[] hit = new boolean[nb];
            for (int f = 0; f < nf; f++) {
                int d = Math.min(degree, nb);
                int[] perm = rnd.ints(0, nb).distinct().limit(d).toArray();
                for (int b : perm) {
                    edges.add(new int[] {f, b});
                    hit[b] = true;
                }
            }
            for (int b = 0; b < nb; b++) {
                if (!hit[b]) {
                    edges.add(new int[] {rnd.nextInt(nf), b});
                }
            }
            ServiceRate[] l = new ServiceRate[nb];
            double sup = 0;
            for (int b = 0; b < nb; b++) {
                double max = 0.5 + 2 * rnd.nextDouble();
                double p = 0.5 + 2 * rnd.nextDouble();
                l[b] = rnd.nextBoolean() ? ServiceRate.saturating(max, p) : ServiceRate.exponential(max, p);
                sup += max;
            }
            double[] lambda = new double[nf];
            double sum = 0;
            for (int f = 0; f < nf; f++) {
                lambda[f] = 0.2 + rnd.nextDouble();
                sum += lambda[f];
            }
            for (int f = 0; f < nf; f++) {
                lambda[f] *= load * sup / sum;
            }
            try {
                return new BipartiteModel(lambda, l, edges.toArray(new int[0][]));
            } catch (lbw.core.InvalidParameterException e) {
                // infeasible draw: try again
            }
        }
    }
}
