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
 * The warm-started tie check of a tier ({@link TieFlow}) against an independent maximum flow ({@link BipartiteFlow}):
 * on random tiers (connected pieces of random systems, sparse ones included so that Hall's condition fails), a
 * sequence of inflow vectors that change by small steps (answered by the spanning tree), by large ones (the tree
 * solution turns negative and is repaired by augmenting paths) and by steps towards infeasible inflows, some of them
 * ending near the tolerance. Every answer must be the maximum flow's (feasible iff its value is at least
 * {@code lambda (1 - relTol)}), every kept flow must route the inflows, and the same sequence must give the same
 * answers and flows bit for bit.
 */
class TieFlowTest {

    /** Random systems (one tier and one sequence of checks each). */
    static final int SEEDS = 200;
    /** Checks per tier. */
    static final int CHECKS = 40;
    /** Relative tolerances of the checks: the solver's (and a quarter of it, as restructuring uses) and coarser. */
    static final double[] REL_TOLS = {1e-9, 2.5e-10, 1e-6, 1e-3, 2e-2};
    /**
     * Borderline band: when the maximum flow is within this fraction of the arrival rate of the threshold
     * {@code lambda (1 - relTol)}, rounding may decide either way and a different answer is not counted as wrong.
     */
    static final double BORDER = 1e-12;
    /** Rounding allowed in flow balances, as a fraction of the arrival rate. */
    static final double ROUND = 1e-12;

    /** A tier: its frontends and backends (global), supplies, and its arcs (local ends and CSR edge). */
    record Tier(BipartiteModel.Graph g, double[] lambda, int[] fs, int[] bs, double[] sup, double lam, int[] af,
            int[] ab, int[] edge) {

        TieFlow tieFlow(double[] hint, boolean[] hintTree) {
            int[] localOfB = new int[g.nb()];
            Arrays.fill(localOfB, -1);
            return new TieFlow(g, lambda, fs, bs, localOfB, hint, hintTree);
        }
    }

    /** What one run of a sequence answered and kept (for the determinism check) and what it counted. */
    static final class Run {
        final List<Boolean> answers = new ArrayList<>();
        final List<long[]> flows = new ArrayList<>();
        final List<String> disagreements = new ArrayList<>();
        int checks;
        /** Seeds whose base check had no tree to extend. */
        int skipped;
        /** The most arcs with positive flow that a kept flow had. */
        int mostPositive;
        int feasible;
        int infeasible;
        int borderline;
        long treeSolves;
        long repairs;
        int repairedFeasible;
        int repairedInfeasible;
        long maxFlows;
        int nearThreshold;
        /** Kept flows that do not route their inflows. */
        final List<String> unrouted = new ArrayList<>();
    }

    @Test
    void tieChecksAgreeWithMaximumFlowAndKeepFeasibleFlows() {
        Run total = compare(0, SEEDS, 150, 40, CHECKS);
        // the test must not pass vacuously: every path and both answers, many times
        assertEquals(SEEDS * CHECKS, total.checks);
        assertTrue(total.repairs >= 500, "repairs " + total.repairs);
        assertTrue(total.repairedFeasible >= 100, "repaired and feasible " + total.repairedFeasible);
        assertTrue(total.repairedInfeasible >= 100, "repaired and infeasible " + total.repairedInfeasible);
        assertTrue(total.treeSolves >= 500, "tree solves " + total.treeSolves);
        assertTrue(total.feasible >= 1000 && total.infeasible >= 1000,
                "feasible " + total.feasible + ", infeasible " + total.infeasible);
        assertTrue(total.nearThreshold >= 100, "checks near the threshold " + total.nearThreshold);
        assertTrue(total.borderline <= total.checks / 1000, "borderline " + total.borderline);
    }

    /**
     * Large tiers (up to 3,000 frontends and backends), whose trees are built from flows ordered by buckets rather
     * than sorted (more than {@link TieFlow#SORTED} arcs with positive flow), against the same maximum flow.
     */
    @Test
    void largeTiersAgreeWithMaximumFlow() {
        Run total = compare(1000, 6, 3000, 3000, 12);
        assertTrue(total.mostPositive > TieFlow.SORTED, "most arcs with flow " + total.mostPositive);
        assertTrue(total.repairs >= 10 && total.treeSolves >= 10, "repairs " + total.repairs + ", tree solves "
                + total.treeSolves);
        assertTrue(total.feasible >= 10 && total.infeasible >= 5,
                "feasible " + total.feasible + ", infeasible " + total.infeasible);
    }

    /**
     * Checks extended from a smaller tier's check ({@link TieFlow#extend}: its arcs, flows, tree and leaf order
     * copied, the joining nodes' arcs appended) answer as the maximum flow does, over the same sequences of inflows.
     */
    @Test
    void extendedChecksAgreeWithMaximumFlow() {
        Run total = compare(2000, 120, 150, 40, 30, true);
        assertTrue(total.skipped <= 40, "seeds without a tree to extend " + total.skipped);
        assertTrue(total.checks >= 2000, "checks " + total.checks);
        assertTrue(total.repairs >= 100 && total.treeSolves >= 100,
                "repairs " + total.repairs + ", tree solves " + total.treeSolves);
        assertTrue(total.feasible >= 200 && total.infeasible >= 200,
                "feasible " + total.feasible + ", infeasible " + total.infeasible);
    }

    /**
     * Tier a grown by the nodes next to it (frontends of its backends and backends of its frontends, up to a quarter
     * of its size, at least one), after a's own nodes and in a's order.
     */
    static Tier grown(BipartiteModel m, Tier a, SplittableRandom rnd) {
        BipartiteModel.Graph g = m.graph();
        boolean[] inF = new boolean[g.nf()];
        boolean[] inB = new boolean[g.nb()];
        for (int f : a.fs) {
            inF[f] = true;
        }
        for (int b : a.bs) {
            inB[b] = true;
        }
        int room = Math.max(1, (a.fs.length + a.bs.length) / 4);
        List<Integer> addF = new ArrayList<>();
        List<Integer> addB = new ArrayList<>();
        for (int f : a.fs) {
            for (int e = g.fStart()[f]; e < g.fStart()[f + 1] && addF.size() + addB.size() < room; e++) {
                int b = g.fAdj()[e];
                if (!inB[b] && rnd.nextBoolean()) {
                    inB[b] = true;
                    addB.add(b);
                }
            }
        }
        for (int b : a.bs) {
            for (int p = g.bStart()[b]; p < g.bStart()[b + 1] && addF.size() + addB.size() < room; p++) {
                int f = g.bAdj()[p];
                if (!inF[f] && rnd.nextBoolean()) {
                    inF[f] = true;
                    addF.add(f);
                }
            }
        }
        int[] fs = java.util.stream.IntStream.concat(Arrays.stream(a.fs), addF.stream().mapToInt(Integer::intValue))
                .toArray();
        int[] bs = java.util.stream.IntStream.concat(Arrays.stream(a.bs), addB.stream().mapToInt(Integer::intValue))
                .toArray();
        return tierOf(m, fs, bs);
    }

    /**
     * Runs seeds {@code first .. first + count - 1} twice (the same answers and flows bit for bit), each a tier of up
     * to {@code big} nodes per side (one seed in four) or {@code small} (with {@code big == small}: systems of
     * {@code big / 2} to {@code big} nodes per side, degree 4-6), and {@code checks} checks; asserts that no
     * answer differs from the maximum flow's and that every kept flow routes its inflows.
     */
    static Run compare(int first, int count, int big, int small, int checks) {
        return compare(first, count, big, small, checks, false);
    }

    static Run compare(int first, int count, int big, int small, int checks, boolean extended) {
        Run total = new Run();
        for (int seed = first; seed < first + count; seed++) {
            Run a = run(seed, big, small, checks, extended);
            Run b = run(seed, big, small, checks, extended);
            if (a == null) {
                assertTrue(b == null, "seed " + seed + ": the same tiers");
                total.skipped++;
                continue;
            }
            assertEquals(a.answers, b.answers, "seed " + seed + ": same answers");
            assertEquals(a.flows.size(), b.flows.size());
            for (int i = 0; i < a.flows.size(); i++) {
                assertArrayEquals(a.flows.get(i), b.flows.get(i), "seed " + seed + " check " + i + ": same flow bits");
            }
            total.checks += a.checks;
            total.mostPositive = Math.max(total.mostPositive, a.mostPositive);
            total.feasible += a.feasible;
            total.infeasible += a.infeasible;
            total.borderline += a.borderline;
            total.treeSolves += a.treeSolves;
            total.repairs += a.repairs;
            total.repairedFeasible += a.repairedFeasible;
            total.repairedInfeasible += a.repairedInfeasible;
            total.maxFlows += a.maxFlows;
            total.nearThreshold += a.nearThreshold;
            total.unrouted.addAll(a.unrouted);
            total.disagreements.addAll(a.disagreements);
        }
        System.out.printf(java.util.Locale.ROOT,
                "TieFlowTest: %d checks, %d feasible, %d infeasible, %d tree solves, %d repairs (%d feasible, %d "
                        + "infeasible), %d maximum flows, %d with a deficit within a factor 10 of relTol, %d borderline, "
                        + "%d wrong answers, %d kept flows off their inflows%n",
                total.checks, total.feasible, total.infeasible, total.treeSolves, total.repairs,
                total.repairedFeasible, total.repairedInfeasible, total.maxFlows, total.nearThreshold,
                total.borderline, total.disagreements.size(), total.unrouted.size());
        total.disagreements.forEach(System.out::println);
        total.unrouted.forEach(System.out::println);
        assertTrue(total.disagreements.isEmpty(), total.disagreements.size() + " answers differ from the maximum flow: "
                + total.disagreements.subList(0, Math.min(5, total.disagreements.size())));
        assertTrue(total.unrouted.isEmpty(), total.unrouted.size() + " kept flows do not route their inflows: "
                + total.unrouted.subList(0, Math.min(5, total.unrouted.size())));
        return total;
    }

    /** One random tier and its sequence of checks, compared with the maximum flow check by check. */
    static Run run(long seed, int big, int small, int checks) {
        return run(seed, big, small, checks, false);
    }

    /**
     * With {@code extended}: the tier is a connected piece A grown by up to a quarter more nodes next to it (B), and
     * its check is A's check (built from a flow on A, so with a tree) extended by B ({@link TieFlow#extend}), as
     * when smaller tiers merge into a large one; null when A's check has no tree (the seed is skipped).
     */
    static Run run(long seed, int big, int small, int checks, boolean extended) {
        SplittableRandom rnd = new SplittableRandom(0x7E1EF10L + seed);
        boolean large = big == small;
        int nf = large ? big / 2 + rnd.nextInt(big / 2) : 1 + rnd.nextInt(seed % 4 == 0 ? big : small);
        int nb = large ? nf : 1 + rnd.nextInt(seed % 4 == 0 ? big : small);
        int degree = large ? 4 + rnd.nextInt(3) : 2 + rnd.nextInt(seed % 3 == 0 ? 5 : 2);
        double load = 0.2 + 0.3 * rnd.nextDouble();
        BipartiteModel m = RandomInstances.create(nf, nb, degree, load, rnd.split());
        Tier t = tier(m, rnd);
        TieFlow extendedTie = null;
        if (extended) {
            Tier a = t;
            t = grown(m, a, rnd);
            double[] aFlow = new double[a.af.length];
            feasibleInflows(a, rnd, aFlow);
            double[] aHint = new double[a.g.edgeCount()];
            for (int k = 0; k < a.af.length; k++) {
                aHint[a.edge[k]] = aFlow[k];
            }
            TieFlow aTie = a.tieFlow(aHint, null);
            // the joining nodes' flows (their arcs among themselves) and tree arcs, as a merging tier hands them on
            double[] hint = new double[t.g.edgeCount()];
            boolean[] hintTree = new boolean[t.g.edgeCount()];
            for (int k = 0; k < t.af.length; k++) {
                if (t.af[k] >= a.fs.length && t.ab[k] >= a.bs.length) {
                    hint[t.edge[k]] = rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble() * t.sup[t.af[k]];
                    hintTree[t.edge[k]] = rnd.nextBoolean();
                }
            }
            int[] localOfB = new int[t.g.nb()];
            int[] localOfF = new int[t.g.nf()];
            Arrays.fill(localOfB, -1);
            Arrays.fill(localOfF, -1);
            extendedTie = TieFlow.extend(aTie, t.g, t.lambda, t.fs, t.bs, localOfB, localOfF, hint, hintTree);
            if (extendedTie == null) {
                return null;
            }
            assertTrue(Arrays.stream(localOfB).allMatch(x -> x == -1) && Arrays.stream(localOfF).allMatch(x -> x == -1),
                    "extend leaves its scratch as it found it");
        }
        double relTol = REL_TOLS[(int) (seed % REL_TOLS.length)];
        double[] base = feasibleInflows(t, rnd, null);
        double[] hintByArc = new double[t.af.length];
        if (seed % 2 == 0) {
            feasibleInflows(t, rnd, hintByArc);
            base = inflowsOf(t, hintByArc);
        } else {
            // a vertex of the flow polytope: many zero flows, so that tree solutions turn negative readily
            BipartiteFlow mf = new BipartiteFlow(t.sup, base, t.af, t.ab);
            mf.solve();
            for (int k = 0; k < t.af.length; k++) {
                hintByArc[k] = mf.arcFlow(k);
            }
        }
        double[] hint = new double[t.g.edgeCount()];
        for (int k = 0; k < t.af.length; k++) {
            hint[t.edge[k]] = hintByArc[k];
        }
        // one seed in three starts from given spanning-tree arcs, as a merged tier starts from its parts' trees: here
        // random arcs (about one per node), joined by the others as the constructor does
        boolean[] hintTree = null;
        if (seed % 3 == 1) {
            hintTree = new boolean[t.g.edgeCount()];
            for (int k = 0; k < t.af.length; k++) {
                hintTree[t.edge[k]] = rnd.nextInt(t.af.length) < t.fs.length + t.bs.length;
            }
        }
        TieFlow tie = extended ? extendedTie : t.tieFlow(hint, hintTree);
        Run r = new Run();
        double lam = t.lam;
        double[] before = keptFlow(t, tie);
        for (int c = 0; c < checks; c++) {
            double[] cap = next(t, base, rnd, relTol);
            long tree0 = tie.treeSolves();
            long warm0 = tie.warmFlows();
            long max0 = tie.maxFlows();
            boolean answer = tie.check(cap, relTol);
            boolean repaired = tie.warmFlows() > warm0;
            r.treeSolves += tie.treeSolves() - tree0;
            r.repairs += tie.warmFlows() - warm0;
            r.maxFlows += tie.maxFlows() - max0;
            double v = new BipartiteFlow(t.sup, cap, t.af, t.ab).solve();
            double threshold = lam * (1 - relTol);
            boolean oracle = v >= threshold;
            boolean border = Math.abs(v - threshold) <= BORDER * lam;
            String where = "seed " + seed + " check " + c + " (" + t.fs.length + " frontends, " + t.bs.length
                    + " backends, " + t.af.length + " arcs, relTol " + relTol + ", "
                    + (repaired ? "repair" : tie.maxFlows() > max0 ? "maximum flow" : "tree") + ", maximum flow deficit "
                    + (lam - v) / lam + " lambda)";
            r.checks++;
            if (border) {
                r.borderline++;
            }
            if (lam - v >= relTol * lam / 10 && lam - v <= 10 * relTol * lam) {
                r.nearThreshold++;
            }
            if (answer != oracle && !border) {
                r.disagreements.add(where + ": tie check " + answer);
            }
            if (answer) {
                r.feasible++;
                if (repaired) {
                    r.repairedFeasible++;
                }
            } else {
                r.infeasible++;
                if (repaired) {
                    r.repairedInfeasible++;
                }
            }
            double[] kept = keptFlow(t, tie);
            r.mostPositive = Math.max(r.mostPositive, (int) Arrays.stream(kept).filter(x -> x > 0).count());
            if (answer) {
                String wrong = routingError(t, kept, cap, relTol);
                if (wrong != null) {
                    r.unrouted.add(where + ": " + wrong);
                }
                base = cap;
            } else {
                assertArrayEquals(bits(before), bits(kept), where + ": a failed check keeps the last flow");
            }
            before = kept;
            r.answers.add(answer);
            r.flows.add(bits(kept));
        }
        return r;
    }

    /**
     * The next inflows from the last feasible ones: a tiny relative jitter (the tree answers), a step towards other
     * feasible inflows (feasible; the tree solution often turns negative), a step of about relTol towards random
     * inflows (near the threshold), random inflows or inflows piled on a few backends (Hall's condition fails on
     * sparse tiers).
     */
    static double[] next(Tier t, double[] base, SplittableRandom rnd, double relTol) {
        int nb = t.bs.length;
        double[] cap = base.clone();
        switch (rnd.nextInt(6)) {
            case 0 -> {
                double size = Math.pow(10, -9 + 6 * rnd.nextDouble());
                for (int j = 0; j < nb; j++) {
                    cap[j] *= 1 + size * (2 * rnd.nextDouble() - 1);
                }
            }
            case 1 -> {
                double s = rnd.nextDouble();
                mix(cap, feasibleInflows(t, rnd, null), s * s);
            }
            case 2 -> mix(cap, randomInflows(t, rnd), relTol * Math.pow(10, -1 + 2.5 * rnd.nextDouble()));
            case 3 -> mix(cap, randomInflows(t, rnd), rnd.nextDouble());
            case 4 -> {
                double[] piled = new double[nb];
                int few = 1 + rnd.nextInt(Math.max(1, nb / 3));
                for (int i = 0; i < few; i++) {
                    piled[rnd.nextInt(nb)] += rnd.nextDouble();
                }
                mix(cap, piled, Math.pow(rnd.nextDouble(), 3));
            }
            default -> mix(cap, feasibleInflows(t, rnd, null), 0.01 * rnd.nextDouble());
        }
        return normalize(cap, t.lam);
    }

    /** {@code cap = (1 - s) cap + s other}, with {@code other} scaled to the same total first. */
    static void mix(double[] cap, double[] other, double s) {
        double a = 0;
        double b = 0;
        for (int j = 0; j < cap.length; j++) {
            a += cap[j];
            b += other[j];
        }
        double scale = b > 0 ? a / b : 0;
        for (int j = 0; j < cap.length; j++) {
            cap[j] = (1 - s) * cap[j] + s * scale * other[j];
        }
    }

    /** Scales non-negative inflows to the tier's arrival rate. */
    static double[] normalize(double[] cap, double lam) {
        double sum = 0;
        for (double y : cap) {
            assertTrue(y >= 0, "inflows are non-negative");
            sum += y;
        }
        for (int j = 0; j < cap.length; j++) {
            cap[j] *= lam / sum;
        }
        return cap;
    }

    /** Exponential weights over the backends (feasible or not). */
    static double[] randomInflows(Tier t, SplittableRandom rnd) {
        double[] w = new double[t.bs.length];
        for (int j = 0; j < w.length; j++) {
            w[j] = -Math.log(1 - rnd.nextDouble());
        }
        return normalize(w, t.lam);
    }

    /**
     * Feasible inflows: every frontend splits its supply over its arcs with random weights (about a third of them
     * zero); the flow by arc is written to {@code byArc} when given.
     */
    static double[] feasibleInflows(Tier t, SplittableRandom rnd, double[] byArc) {
        double[] x = byArc != null ? byArc : new double[t.af.length];
        double[] out = new double[t.fs.length];
        for (int k = 0; k < t.af.length; k++) {
            x[k] = rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble();
            out[t.af[k]] += x[k];
        }
        for (int k = 0; k < t.af.length; k++) {
            if (out[t.af[k]] == 0) {
                x[k] = 1; // a frontend whose weights all came out zero splits evenly
            }
        }
        Arrays.fill(out, 0);
        for (int k = 0; k < t.af.length; k++) {
            out[t.af[k]] += x[k];
        }
        for (int k = 0; k < t.af.length; k++) {
            x[k] *= t.sup[t.af[k]] / out[t.af[k]];
        }
        return inflowsOf(t, x);
    }

    static double[] inflowsOf(Tier t, double[] byArc) {
        double[] in = new double[t.bs.length];
        for (int k = 0; k < t.af.length; k++) {
            in[t.ab[k]] += byArc[k];
        }
        return in;
    }

    /** The tier's kept flow by local arc, read through {@link TieFlow#edgeFlows}. */
    static double[] keptFlow(Tier t, TieFlow tie) {
        double[] byEdge = new double[t.g.edgeCount()];
        Arrays.fill(byEdge, Double.NaN);
        EventLocator.IntList written = new EventLocator.IntList();
        tie.edgeFlows(byEdge, new boolean[t.g.edgeCount()], written);
        int[] w = written.toArray();
        Arrays.sort(w);
        int[] own = t.edge.clone();
        Arrays.sort(own);
        assertArrayEquals(own, w, "the kept flow lists exactly the tier's edges");
        double[] x = new double[t.af.length];
        for (int k = 0; k < x.length; k++) {
            x[k] = byEdge[t.edge[k]];
        }
        return x;
    }

    /**
     * Whether a kept flow routes the inflows: no negative flow, every frontend sends its supply and every backend
     * receives its inflow up to {@code relTol lambda} (and rounding). Returns the first violation, or null.
     */
    static String routingError(Tier t, double[] x, double[] cap, double relTol) {
        double lam = t.lam;
        double tol = relTol * lam + ROUND * lam;
        double[] out = new double[t.fs.length];
        double[] in = new double[t.bs.length];
        for (int k = 0; k < x.length; k++) {
            if (!(x[k] >= -ROUND * lam)) {
                return "flow " + x[k] + " on arc " + k;
            }
            out[t.af[k]] += x[k];
            in[t.ab[k]] += x[k];
        }
        for (int a = 0; a < out.length; a++) {
            if (!(Math.abs(out[a] - t.sup[a]) <= tol)) {
                return "frontend " + t.fs[a] + " sends " + out[a] + " of its supply " + t.sup[a];
            }
        }
        for (int j = 0; j < in.length; j++) {
            if (!(Math.abs(in[j] - cap[j]) <= tol)) {
                return "backend " + t.bs[j] + " receives " + in[j] + " for its inflow " + cap[j];
            }
        }
        return null;
    }

    /**
     * A tier: the whole system (one seed in five) or a connected piece of it, the first nodes of a breadth-first
     * search from a random frontend (at least one frontend and one backend).
     */
    static Tier tier(BipartiteModel m, SplittableRandom rnd) {
        BipartiteModel.Graph g = m.graph();
        int nf = g.nf();
        int nb = g.nb();
        boolean[] inF = new boolean[nf];
        boolean[] inB = new boolean[nb];
        if (rnd.nextInt(5) == 0) {
            Arrays.fill(inF, true);
            Arrays.fill(inB, true);
        } else {
            int size = 2 + rnd.nextInt(nf + nb - 1);
            int[] queue = new int[nf + nb];
            int head = 0;
            int tail = 0;
            int root = rnd.nextInt(nf);
            queue[tail++] = root;
            inF[root] = true;
            while (head < tail && tail < size) {
                int u = queue[head++];
                if (u < nf) {
                    for (int e = g.fStart()[u]; e < g.fStart()[u + 1] && tail < size; e++) {
                        int b = g.fAdj()[e];
                        if (!inB[b]) {
                            inB[b] = true;
                            queue[tail++] = nf + b;
                        }
                    }
                } else {
                    int b = u - nf;
                    for (int p = g.bStart()[b]; p < g.bStart()[b + 1] && tail < size; p++) {
                        int f = g.bAdj()[p];
                        if (!inF[f]) {
                            inF[f] = true;
                            queue[tail++] = f;
                        }
                    }
                }
            }
        }
        int[] fs = java.util.stream.IntStream.range(0, nf).filter(f -> inF[f]).toArray();
        int[] bs = java.util.stream.IntStream.range(0, nb).filter(b -> inB[b]).toArray();
        return tierOf(m, fs, bs);
    }

    /** The tier of the given frontends and backends (in this order) and the system's edges between them. */
    static Tier tierOf(BipartiteModel m, int[] fs, int[] bs) {
        BipartiteModel.Graph g = m.graph();
        int nb = g.nb();
        int[] local = new int[nb];
        Arrays.fill(local, -1);
        for (int j = 0; j < bs.length; j++) {
            local[bs[j]] = j;
        }
        double[] sup = new double[fs.length];
        double lam = 0;
        List<int[]> arcs = new ArrayList<>();
        for (int a = 0; a < fs.length; a++) {
            sup[a] = m.arrivalRate()[fs[a]];
            lam += sup[a];
            for (int e = g.fStart()[fs[a]]; e < g.fStart()[fs[a] + 1]; e++) {
                if (local[g.fAdj()[e]] >= 0) {
                    arcs.add(new int[] {a, local[g.fAdj()[e]], e});
                }
            }
        }
        int[] af = arcs.stream().mapToInt(x -> x[0]).toArray();
        int[] ab = arcs.stream().mapToInt(x -> x[1]).toArray();
        int[] edge = arcs.stream().mapToInt(x -> x[2]).toArray();
        return new Tier(g, m.arrivalRate(), fs, bs, sup, lam, af, ab, edge);
    }

    static long[] bits(double[] x) {
        long[] b = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            b[i] = Double.doubleToRawLongBits(x[i]);
        }
        return b;
    }
}
