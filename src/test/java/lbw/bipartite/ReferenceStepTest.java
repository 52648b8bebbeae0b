package lbw.bipartite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The optimised {@link StochasticEngine} against a plain, obviously-correct implementation of one period, written
 * from the documented model only: the model's own {@link ServiceRate} methods, {@code y = N / c}, neighbour lists
 * built from the edge list, an arg-max over doubles that lists the tied backends, and three
 * {@link SplittableRandom} streams (departures, arrivals, routing) seeded by the first three {@code nextLong()}
 * of {@code new SplittableRandom(seed)}. Both must produce the same N after every period, bit for bit. (The
 * reference computes its doubles through the model's formulas, e.g. {@code expm1}, the engine through cheaper
 * equivalent ones; they may differ in the last bit, so exact agreement over these paths also shows that no
 * decision came within a rounding error.)
 */
class ReferenceStepTest {

    /** The plain reference system. */
    static final class Reference {
        final BipartiteModel m;
        final RoutingRule rule;
        final double c;
        final int[][] neighbours;
        final SplittableRandom departures;
        final SplittableRandom arrivals;
        final SplittableRandom routing;
        int[] n;
        long tieEvents;

        Reference(BipartiteModel m, RoutingRule rule, double c, double[] initial, long seed) {
            this.m = m;
            this.rule = rule;
            this.c = c;
            SplittableRandom root = new SplittableRandom(seed);
            departures = new SplittableRandom(root.nextLong());
            arrivals = new SplittableRandom(root.nextLong());
            routing = new SplittableRandom(root.nextLong());
            List<List<Integer>> adj = new ArrayList<>();
            for (int f = 0; f < m.frontends(); f++) {
                adj.add(new ArrayList<>());
            }
            for (int[] e : m.edges()) {
                adj.get(e[0]).add(e[1]);
            }
            neighbours = new int[m.frontends()][];
            for (int f = 0; f < m.frontends(); f++) {
                neighbours[f] = adj.get(f).stream().mapToInt(Integer::intValue).sorted().toArray();
            }
            n = new int[m.backends()];
            for (int b = 0; b < n.length; b++) {
                n[b] = (int) Math.rint(initial[b] * c);
            }
        }

        double index(int b) {
            double y = n[b] / c;
            ServiceRate l = m.rate(b);
            return switch (rule.kind()) {
                case GMSR -> l.derivative(y);
                case LATENCY -> -l.latency(y);
                default -> -n[b];
            };
        }

        void step() {
            int nb = m.backends();
            double[] index = new double[nb];
            int[] next = n.clone();
            for (int b = 0; b < nb; b++) {
                index[b] = index(b);
                double mean = m.rate(b).value(n[b] / c);
                double u = departures.nextDouble();
                int d = (int) Math.floor(mean) + (u < mean - Math.floor(mean) ? 1 : 0);
                next[b] -= Math.min(d, n[b]);
            }
            for (int f = 0; f < m.frontends(); f++) {
                double lambda = m.arrivalRate()[f];
                int chunks = (int) Math.ceil(lambda / 20.0);
                double l = lambda / chunks;
                int w = 0;
                for (int i = 0; i < chunks; i++) {
                    double u = arrivals.nextDouble();
                    int k = 0;
                    double p = Math.exp(-l);
                    double acc = p;
                    while (u > acc && k < 200) {
                        k++;
                        p *= l * (1.0 / k);
                        acc += p;
                    }
                    w += k;
                }
                if (w == 0) {
                    continue;
                }
                int[] nbr = neighbours[f];
                int pick;
                if (rule.kind() == RoutingRule.Kind.RANDOM || rule.kind() == RoutingRule.Kind.POWER_OF_D) {
                    pick = nbr[(int) (routing.nextDouble() * nbr.length)];
                    for (int s = 1; s < rule.d(); s++) {
                        int cand = nbr[(int) (routing.nextDouble() * nbr.length)];
                        if (index[cand] > index[pick]) {
                            pick = cand;
                        }
                    }
                } else {
                    double best = Double.NEGATIVE_INFINITY;
                    for (int b : nbr) {
                        best = Math.max(best, index[b]);
                    }
                    List<Integer> tied = new ArrayList<>();
                    for (int b : nbr) {
                        if (index[b] == best) {
                            tied.add(b);
                        }
                    }
                    if (tied.size() > 1) {
                        tieEvents++;
                        pick = tied.get((int) (routing.nextDouble() * tied.size()));
                    } else {
                        pick = tied.get(0);
                    }
                }
                next[pick] += w;
            }
            n = next;
        }
    }

    /** The arg-max path the engine takes on this model (checked before a test relies on covering it). */
    static StochasticEngine.ArgMax argMax(BipartiteModel m) {
        return new StochasticEngine(m, RoutingRule.GMSR, 1, new double[m.backends()], 1).argMax();
    }

    static long compare(BipartiteModel m, RoutingRule rule, double c, double[] initial, long seed, int steps) {
        StochasticEngine e = new StochasticEngine(m, rule, c, initial, seed);
        Reference r = new Reference(m, rule, c, initial, seed);
        for (int s = 1; s <= steps; s++) {
            e.step();
            r.step();
            int[] got = new int[m.backends()];
            for (int b = 0; b < got.length; b++) {
                got[b] = e.workload(b);
            }
            assertArrayEquals(r.n, got, rule.label() + ", period " + s);
        }
        return r.tieEvents;
    }

    static double[] randomInitial(SplittableRandom rnd, int nb, double max) {
        double[] y = new double[nb];
        for (int b = 0; b < nb; b++) {
            y[b] = max * rnd.nextDouble();
        }
        return y;
    }

    @Test
    void randomMixedSystemsEveryRule() {
        SplittableRandom rnd = new SplittableRandom(17);
        for (int trial = 0; trial < 4; trial++) {
            BipartiteModel m = RandomInstances.create(30, 20, 3 + trial, 0.8, rnd);
            double[] n0 = randomInitial(rnd, 20, 3);
            for (RoutingRule rule : new RoutingRule[] {RoutingRule.GMSR, RoutingRule.LATENCY, RoutingRule.JSQ,
                    RoutingRule.RANDOM, RoutingRule.powerOf(2)}) {
                compare(m, rule, 7, n0, 100 + trial, 300);
            }
        }
    }

    @Test
    void benchmarkShapedSystem() {
        // the benchmark's kind of system (degree exactly 10, c = 100), smaller: the slot-by-slot arg-max
        BipartiteModel m = RandomInstances.create(2_000, 2_000, 10, 0.7, 5);
        double[] n0 = new double[m.backends()];
        Arrays.fill(n0, 1.0);
        assertEquals(StochasticEngine.ArgMax.PADDED_KEYS, argMax(m));
        compare(m, RoutingRule.GMSR, 100, n0, 42, 200);
    }

    @Test
    void identicalBackendsExerciseTheTieBreaking() {
        // every backend the same function: equal workloads give exactly equal indices, so ties are frequent
        int nf = 12;
        int nb = 6;
        List<int[]> edges = new ArrayList<>();
        for (int f = 0; f < nf; f++) {
            for (int j = 0; j < 3; j++) {
                edges.add(new int[] {f, (f + 2 * j) % nb});
            }
        }
        ServiceRate[] l = new ServiceRate[nb];
        Arrays.fill(l, ServiceRate.saturating(1.5, 1));
        double[] lambda = new double[nf];
        Arrays.fill(lambda, 0.5);
        BipartiteModel m = new BipartiteModel(lambda, l, edges.toArray(new int[0][]));
        for (RoutingRule rule : new RoutingRule[] {RoutingRule.GMSR, RoutingRule.LATENCY, RoutingRule.JSQ}) {
            long ties = compare(m, rule, 3, new double[nb], 5, 400);
            assertTrue(ties > 100, rule.label() + ": only " + ties + " tie events");
        }
    }

    @Test
    void customFamilyAndMeansAboveTwenty() {
        // a user-supplied family (the generic backend loop) and arrival means above 20 (several Poisson chunks)
        ServiceRate custom = ServiceRate.custom("expo", y -> 30 * (1 - Math.exp(-y / 2)), y -> 15 * Math.exp(-y / 2),
                y -> -7.5 * Math.exp(-y / 2), 30);
        ServiceRate[] l = {custom, ServiceRate.saturating(30, 1), ServiceRate.exponential(30, 3), custom};
        BipartiteModel m = new BipartiteModel(new double[] {45, 25, 0.7},
                l, new int[][] {{0, 0}, {0, 1}, {0, 2}, {1, 2}, {1, 3}, {2, 3}, {2, 0}});
        for (RoutingRule rule : new RoutingRule[] {RoutingRule.GMSR, RoutingRule.LATENCY, RoutingRule.JSQ}) {
            compare(m, rule, 4, new double[] {0, 1, 2, 3}, 9, 300);
        }
    }

    @Test
    void departureMeansAbove1024() {
        // means l(N/c) of thousands of jobs per period: the departure decision outside its integer fast path
        // (backend 3: means between 1023 and 1024, the top of the integer path)
        ServiceRate[] l = {ServiceRate.saturating(3000, 1), ServiceRate.exponential(2500, 2),
            ServiceRate.saturating(800, 3), ServiceRate.saturating(1024, 1)};
        BipartiteModel m = new BipartiteModel(new double[] {2500, 1900},
                l, new int[][] {{0, 0}, {0, 1}, {1, 1}, {1, 2}, {1, 3}});
        for (RoutingRule rule : new RoutingRule[] {RoutingRule.GMSR, RoutingRule.JSQ}) {
            compare(m, rule, 5, new double[] {2000, 3000, 500, 3000}, 11, 200);
        }
    }

    @Test
    void unevenDegreesUseTheUnpaddedLists() {
        // one frontend of degree 300 among 200 of degree 2: padding would multiply the lists by 40
        SplittableRandom rnd = new SplittableRandom(6);
        int nb = 400;
        List<int[]> edges = new ArrayList<>();
        for (int b = 0; b < 300; b++) {
            edges.add(new int[] {0, b});
        }
        for (int f = 1; f <= 200; f++) {
            edges.add(new int[] {f, 2 * (f - 1)});
            edges.add(new int[] {f, 2 * (f - 1) + 1});
        }
        ServiceRate[] l = new ServiceRate[nb];
        for (int b = 0; b < nb; b++) {
            l[b] = b % 2 == 0 ? ServiceRate.saturating(0.5 + 2 * rnd.nextDouble(), 0.5 + 2 * rnd.nextDouble())
                    : ServiceRate.exponential(0.5 + 2 * rnd.nextDouble(), 0.5 + 2 * rnd.nextDouble());
        }
        double[] lambda = new double[201];
        Arrays.fill(lambda, 0.6);
        lambda[0] = 30;
        BipartiteModel m = new BipartiteModel(lambda, l, edges.toArray(new int[0][]));
        assertEquals(StochasticEngine.ArgMax.LIST_KEYS, argMax(m));
        for (RoutingRule rule : new RoutingRule[] {RoutingRule.GMSR, RoutingRule.LATENCY, RoutingRule.JSQ}) {
            compare(m, rule, 20, randomInitial(rnd, nb, 2), 13, 150);
        }
    }

    @Test
    void highDegreeUsesTheExactPath() {
        // one frontend with 5,000 neighbours: too many for the position bits of the 32-bit keys
        int nb = 5000;
        List<int[]> edges = new ArrayList<>();
        for (int b = 0; b < nb; b++) {
            edges.add(new int[] {0, b});
            edges.add(new int[] {1 + b % 3, b});
        }
        ServiceRate[] l = new ServiceRate[nb];
        for (int b = 0; b < nb; b++) {
            l[b] = b % 2 == 0 ? ServiceRate.saturating(1 + b % 7, 1) : ServiceRate.exponential(1 + b % 5, 2);
        }
        BipartiteModel m = new BipartiteModel(new double[] {40, 5, 5, 5}, l, edges.toArray(new int[0][]));
        assertEquals(StochasticEngine.ArgMax.EXACT, argMax(m));
        compare(m, RoutingRule.GMSR, 10, new double[nb], 3, 20);
    }

    @Test
    void moreThan65536BackendsUse32BitNeighbours() {
        SplittableRandom rnd = new SplittableRandom(4);
        int nb = 70_000;
        int nf = 7_000;
        List<int[]> edges = new ArrayList<>();
        for (int b = 0; b < nb; b++) {
            edges.add(new int[] {b % nf, b});
        }
        ServiceRate[] l = new ServiceRate[nb];
        for (int b = 0; b < nb; b++) {
            l[b] = ServiceRate.saturating(0.5 + rnd.nextDouble(), 0.5 + rnd.nextDouble());
        }
        double[] lambda = new double[nf];
        Arrays.fill(lambda, 3.0);
        BipartiteModel m = new BipartiteModel(lambda, l, edges.toArray(new int[0][]));
        assertEquals(StochasticEngine.ArgMax.LIST_KEYS, argMax(m), "no 16-bit padded lists above 65,535 backends");
        compare(m, RoutingRule.GMSR, 5, randomInitial(rnd, nb, 1), 8, 5);
    }
}
