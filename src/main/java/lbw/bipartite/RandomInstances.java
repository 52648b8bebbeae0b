package lbw.bipartite;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random test systems: every frontend joins {@code degree} distinct backends chosen uniformly, a backend
 * left without a frontend gets one at random; each backend is saturating or exponential (fair coin) with
 * {@code max} and {@code half}/{@code scale} uniform in [0.5, 2.5]; arrival rates uniform in [0.2, 1.2], scaled so
 * that their total is {@code load} times the total supremum of the service rates. Infeasible draws (a frontend set
 * asking too much of its neighbourhood) are redrawn.
 */
public final class RandomInstances {

    private RandomInstances() {
    }

    /** A random system; same arguments, same system. */
    public static BipartiteModel create(int frontends, int backends, int degree, double load, long seed) {
        return create(frontends, backends, degree, load, new SplittableRandom(seed));
    }

    /** A random system drawn from {@code rnd} (for a sequence of systems from one stream). */
    public static BipartiteModel create(int frontends, int backends, int degree, double load, SplittableRandom rnd) {
        lbw.core.Check.positive("frontends", frontends);
        lbw.core.Check.positive("backends", backends);
        lbw.core.Check.positive("degree", degree);
        lbw.core.Check.openInterval("load", load, 0, 1);
        for (int attempt = 0; attempt < 1000; attempt++) {
            List<int[]> edges = new ArrayList<>();
            boolean[] hit = new boolean[backends];
            int d = Math.min(degree, backends);
            int[] pick = new int[d];
            for (int f = 0; f < frontends; f++) {
                for (int i = 0; i < d; i++) {
                    int b;
                    boolean dup;
                    do {
                        b = rnd.nextInt(backends);
                        dup = false;
                        for (int j = 0; j < i; j++) {
                            dup |= pick[j] == b;
                        }
                    } while (dup);
                    pick[i] = b;
                    edges.add(new int[] {f, b});
                    hit[b] = true;
                }
            }
            for (int b = 0; b < backends; b++) {
                if (!hit[b]) {
                    edges.add(new int[] {rnd.nextInt(frontends), b});
                }
            }
            ServiceRate[] l = new ServiceRate[backends];
            double sup = 0;
            for (int b = 0; b < backends; b++) {
                double max = 0.5 + 2 * rnd.nextDouble();
                double p = 0.5 + 2 * rnd.nextDouble();
                l[b] = rnd.nextBoolean() ? ServiceRate.saturating(max, p) : ServiceRate.exponential(max, p);
                sup += max;
            }
            double[] lambda = new double[frontends];
            double sum = 0;
            for (int f = 0; f < frontends; f++) {
                lambda[f] = 0.2 + rnd.nextDouble();
                sum += lambda[f];
            }
            for (int f = 0; f < frontends; f++) {
                lambda[f] *= load * sup / sum;
            }
            try {
                return new BipartiteModel(lambda, l, edges.toArray(new int[0][]));
            } catch (lbw.core.InvalidParameterException e) {
                // infeasible draw: redraw
            }
        }
        throw new lbw.core.InvalidParameterException("load", load, "no feasible random system found in 1000 draws");
    }
}
