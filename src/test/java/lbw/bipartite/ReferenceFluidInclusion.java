package lbw.bipartite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fluid solver as it was before incremental tie checks, kept as a test oracle: every tie check a fresh maximum
 * flow, every event a restructuring of all tiers, all tiers restarted at every event.
 */
final class ReferenceFluidInclusion {

    /** A fixed tier structure: frontends and backends per tier, arcs of the TierGraph. */
    static final class Structure {
        final int[][] tf;
        final int[][] tb;
        final double[] lam;
        final int[] tierOfB;
        final int[][] arcs;

        Structure(List<int[]> fs, List<int[]> bs, double[] lambda, int nb, BipartiteModel.Graph g) {
            int k = fs.size();
            tf = fs.toArray(new int[0][]);
            tb = bs.toArray(new int[0][]);
            lam = new double[k];
            tierOfB = new int[nb];
            int[] tierOfF = new int[g.nf()];
            for (int i = 0; i < k; i++) {
                for (int f : tf[i]) {
                    lam[i] += lambda[f];
                    tierOfF[f] = i;
                }
                for (int b : tb[i]) {
                    tierOfB[b] = i;
                }
            }
            boolean[][] seen = new boolean[k][k];
            List<int[]> a = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                for (int f : tf[i]) {
                    for (int e = g.fStart()[f]; e < g.fStart()[f + 1]; e++) {
                        int j = tierOfB[g.fAdj()[e]];
                        if (j != i && !seen[i][j]) {
                            seen[i][j] = true;
                            a.add(new int[] {i, j});
                        }
                    }
                }
            }
            arcs = a.toArray(new int[0][]);
        }

        int size() {
            return tf.length;
        }
    }

    private final BipartiteModel model;
    private final BipartiteModel.Graph g;
    private final ServiceRate[] l;
    private final double[] lambda;
    private final FluidInclusion.Options o;
    private double lemma10;

    private ReferenceFluidInclusion(BipartiteModel m, FluidInclusion.Options o) {
        this.model = m;
        this.g = m.graph();
        this.l = m.serviceRate().toArray(new ServiceRate[0]);
        this.lambda = m.arrivalRate();
        this.o = o;
    }

    /** Solves from {@code initial} up to {@code horizon} with default options. */
    public static FluidPath solve(BipartiteModel m, double[] initial, double horizon) {
        return solve(m, initial, horizon, FluidInclusion.Options.defaults());
    }

    /** Solves from {@code initial} up to {@code horizon}. */
    public static FluidPath solve(BipartiteModel m, double[] initial, double horizon, FluidInclusion.Options o) {
        lbw.core.Check.length("initialWorkload", initial, m.backends(), "one per backend");
        for (int b = 0; b < initial.length; b++) {
            lbw.core.Check.nonNegative("initialWorkload[" + b + "]", initial[b]);
        }
        lbw.core.Check.positive("horizon", horizon);
        return new ReferenceFluidInclusion(m, o).run(initial, horizon);
    }

    private FluidPath run(double[] initial, double horizon) {
        List<FluidInclusion.Event> events = new ArrayList<>();
        Object[] start = initialStructure(initial);
        Structure s = (Structure) start[0];
        double[] gv = (double[]) start[1];
        events.add(new FluidInclusion.Event(0, "start", s.size(), s.size()));
        List<Double> times = new ArrayList<>();
        List<double[]> states = new ArrayList<>();
        List<Double> lyap = new ArrayList<>();
        List<Integer> tierCount = new ArrayList<>();
        record(s, gv, 0, times, states, lyap, tierCount);
        double t = 0;
        int unresolved = 0;
        boolean gaveUp = false;
        long steps = 0;
        long every = Math.max(1, (long) Math.ceil(horizon / o.step() / o.maxRecords()));
        boolean recordedLast = true;
        while (t < horizon - 1e-12 * horizon) {
            double h = Math.min(o.step(), horizon - t);
            double[] next = advance(s, gv, h);
            steps++;
            if (!eventAt(s, next)) {
                t += h;
                gv = next;
                recordedLast = steps % every == 0;
                if (recordedLast) {
                    record(s, gv, t, times, states, lyap, tierCount);
                }
                continue;
            }
            double lo = 0;
            double hi = h;
            for (int k = 0; k < 50; k++) {
                double mid = 0.5 * (lo + hi);
                if (eventAt(s, advance(s, gv, mid))) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            double[] at = advance(s, gv, hi);
            t += hi;
            boolean merge = mergeAt(s, at);
            Object[] re = restructure(s, at);
            Structure ns = (Structure) re[0];
            double[] ng = (double[]) re[1];
            int[] changed = changedTiers(s, ns);
            events.add(new FluidInclusion.Event(t, FluidInclusion.Event.kindOf(merge, changed[0], changed[1]),
                    s.size(), ns.size()));
            if (eventAt(ns, ng)) {
                unresolved++;
            }
            s = ns;
            gv = ng;
            record(s, gv, t, times, states, lyap, tierCount);
            recordedLast = true;
            if (events.size() > o.maxEvents()) {
                gaveUp = true;
                break;
            }
        }
        if (!recordedLast) {
            record(s, gv, t, times, states, lyap, tierCount);
        }
        double[] t0 = times.stream().mapToDouble(Double::doubleValue).toArray();
        double[][] w = states.toArray(new double[0][]);
        double[] v = lyap.stream().mapToDouble(Double::doubleValue).toArray();
        int[] tc = tierCount.stream().mapToInt(Integer::intValue).toArray();
        double[] finalRouting = routing(s, gv);
        return new FluidPath(model, t0, w, v, tc, List.copyOf(events), finalRouting, steps, unresolved, lemma10,
                !gaveUp && unresolved == 0);
    }

    private void record(Structure s, double[] gv, double t, List<Double> times, List<double[]> states,
            List<Double> lyap, List<Integer> tierCount) {
        double[] n = workloads(s, gv);
        double v = 0;
        for (int i = 0; i < s.size(); i++) {
            double imb = s.lam[i];
            for (int b : s.tb[i]) {
                imb -= l[b].value(n[b]);
            }
            v += Math.abs(imb);
        }
        double[] share = routing(s, gv);
        double[] in = new double[n.length];
        for (int f = 0; f < g.nf(); f++) {
            for (int e = g.fStart()[f]; e < g.fStart()[f + 1]; e++) {
                in[g.fAdj()[e]] += lambda[f] * share[e];
            }
        }
        double vDef = 0;
        for (int b = 0; b < n.length; b++) {
            vDef += Math.abs(in[b] - l[b].value(n[b]));
        }
        lemma10 = Math.max(lemma10, Math.abs(vDef - v));
        times.add(t);
        states.add(n);
        lyap.add(v);
        tierCount.add(s.size());
    }

    double[] workloads(Structure s, double[] gv) {
        double[] n = new double[l.length];
        for (int b = 0; b < n.length; b++) {
            n[b] = l[b].derivativeInverse(gv[s.tierOfB[b]]);
        }
        return n;
    }

    private double[] rate(Structure s, double[] gv) {
        double[] r = new double[s.size()];
        for (int i = 0; i < r.length; i++) {
            double num = s.lam[i];
            double den = 0;
            for (int b : s.tb[i]) {
                double n = l[b].derivativeInverse(gv[i]);
                num -= l[b].value(n);
                den += 1.0 / l[b].secondDerivative(n);
            }
            r[i] = num / den;
        }
        return r;
    }

    private double[] advance(Structure s, double[] y, double h) {
        int k = y.length;
        double[] k1 = rate(s, y);
        double[] tmp = new double[k];
        for (int i = 0; i < k; i++) {
            tmp[i] = y[i] + 0.5 * h * k1[i];
        }
        double[] k2 = rate(s, tmp);
        for (int i = 0; i < k; i++) {
            tmp[i] = y[i] + 0.5 * h * k2[i];
        }
        double[] k3 = rate(s, tmp);
        for (int i = 0; i < k; i++) {
            tmp[i] = y[i] + h * k3[i];
        }
        double[] k4 = rate(s, tmp);
        double[] out = new double[k];
        for (int i = 0; i < k; i++) {
            out[i] = y[i] + h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        }
        return out;
    }

    private boolean mergeAt(Structure s, double[] gv) {
        for (int[] a : s.arcs) {
            double gi = gv[a[0]];
            double gj = gv[a[1]];
            if (gj - gi > o.tieTol() * Math.abs(gi)) {
                return true;
            }
        }
        return false;
    }

    private boolean eventAt(Structure s, double[] gv) {
        if (mergeAt(s, gv)) {
            return true;
        }
        double[] r = rate(s, gv);
        for (int i = 0; i < s.size(); i++) {
            if (s.tb[i].length >= 2 && !keepsTie(s, i, gv[i], r[i], null)) {
                return true;
            }
        }
        return false;
    }

    /** Whether tier i can route the tie-keeping inflows; if so and share != null, writes the routing. */
    private boolean keepsTie(Structure s, int i, double gi, double dg, double[] share) {
        int[] bs = s.tb[i];
        int[] fs = s.tf[i];
        double[] cap = new double[bs.length];
        for (int j = 0; j < bs.length; j++) {
            double n = l[bs[j]].derivativeInverse(gi);
            double y = l[bs[j]].value(n) + dg / l[bs[j]].secondDerivative(n);
            if (y < -o.relTol() * s.lam[i]) {
                return false;
            }
            cap[j] = Math.max(0, y);
        }
        if (fs.length == 0) {
            return true;
        }
        int[] local = new int[l.length];
        Arrays.fill(local, -1);
        for (int j = 0; j < bs.length; j++) {
            local[bs[j]] = j;
        }
        List<int[]> arcs = new ArrayList<>();
        double[] sup = new double[fs.length];
        for (int a = 0; a < fs.length; a++) {
            sup[a] = lambda[fs[a]];
            for (int e = g.fStart()[fs[a]]; e < g.fStart()[fs[a] + 1]; e++) {
                int j = local[g.fAdj()[e]];
                if (j >= 0) {
                    arcs.add(new int[] {a, j, e});
                }
            }
        }
        int[] af = new int[arcs.size()];
        int[] ab = new int[arcs.size()];
        for (int k = 0; k < af.length; k++) {
            af[k] = arcs.get(k)[0];
            ab[k] = arcs.get(k)[1];
        }
        BipartiteFlow flow = new BipartiteFlow(sup, cap, af, ab);
        double v = flow.solve();
        boolean ok = v >= s.lam[i] * (1 - o.relTol());
        if (share != null) {
            double[] out = new double[fs.length];
            for (int k = 0; k < af.length; k++) {
                out[af[k]] += flow.arcFlow(k);
            }
            for (int k = 0; k < af.length; k++) {
                int f = fs[af[k]];
                share[arcs.get(k)[2]] = out[af[k]] > 0 ? flow.arcFlow(k) / out[af[k]] : 0;
            }
        }
        return ok;
    }

    /** GMSR routing that keeps the current ties: shares x_fb on the CSR edges. */
    double[] routing(Structure s, double[] gv) {
        double[] share = new double[g.edgeCount()];
        double[] r = rate(s, gv);
        for (int i = 0; i < s.size(); i++) {
            if (s.tf[i].length == 0) {
                continue;
            }
            if (s.tb[i].length == 1) {
                for (int f : s.tf[i]) {
                    share[g.edgeIndex(f, s.tb[i][0])] = 1;
                }
            } else {
                keepsTie(s, i, gv[i], r[i], share);
            }
        }
        return share;
    }

    private Object[] initialStructure(double[] n0) {
        TierStructure ts = TierAnalysis.at(model, n0, o.tieTol());
        List<int[]> groupsF = new ArrayList<>();
        List<int[]> groupsB = new ArrayList<>();
        for (TierStructure.Tier t : ts.tiers()) {
            groupsF.add(t.frontends());
            groupsB.add(t.backends());
        }
        double[] n = n0.clone();
        return resolve(groupsF, groupsB, n);
    }

    private Object[] restructure(Structure s, double[] gv) {
        int k = s.size();
        int[] parent = new int[k];
        for (int i = 0; i < k; i++) {
            parent[i] = i;
        }
        for (int[] a : s.arcs) {
            double gi = gv[a[0]];
            double gj = gv[a[1]];
            if (gj >= gi - o.tieTol() * Math.abs(gi)) {
                int ra = root(parent, a[0]);
                int rb = root(parent, a[1]);
                if (ra != rb) {
                    parent[Math.max(ra, rb)] = Math.min(ra, rb);
                }
            }
        }
        List<int[]> groupsF = new ArrayList<>();
        List<int[]> groupsB = new ArrayList<>();
        for (int r = 0; r < k; r++) {
            if (root(parent, r) != r) {
                continue;
            }
            List<Integer> fs = new ArrayList<>();
            List<Integer> bs = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                if (root(parent, i) == r) {
                    for (int f : s.tf[i]) {
                        fs.add(f);
                    }
                    for (int b : s.tb[i]) {
                        bs.add(b);
                    }
                }
            }
            groupsF.add(fs.stream().mapToInt(Integer::intValue).sorted().toArray());
            groupsB.add(bs.stream().mapToInt(Integer::intValue).sorted().toArray());
        }
        return resolve(groupsF, groupsB, workloads(s, gv));
    }

    private static int root(int[] p, int x) {
        while (p[x] != x) {
            x = p[x] = p[p[x]];
        }
        return x;
    }

    /**
     * Given candidate groups (tied within tolerance) and the workloads, gives each group a common gradient that
     * keeps its total workload, and splits it into tiers by the second-order selection.
     */
    private Object[] resolve(List<int[]> groupsF, List<int[]> groupsB, double[] n) {
        List<int[]> tf = new ArrayList<>();
        List<int[]> tb = new ArrayList<>();
        List<Double> gs = new ArrayList<>();
        for (int gi = 0; gi < groupsF.size(); gi++) {
            int[] fs = groupsF.get(gi);
            int[] bs = groupsB.get(gi);
            double gamma = commonGradient(bs, n);
            if (bs.length == 1 || fs.length == 0) {
                tf.add(fs);
                tb.add(bs);
                gs.add(gamma);
                continue;
            }
            double[] a = new double[l.length];
            double[] t = new double[l.length];
            for (int b : bs) {
                double nb = l[b].derivativeInverse(gamma);
                a[b] = -l[b].secondDerivative(nb);
                t[b] = l[b].value(nb);
            }
            ConvexRouting.Solution sol = ConvexRouting.solve(g, lambda, fs, bs,
                    (b, theta) -> Math.max(0, t[b] + theta / a[b]), o.relTol() / 4);
            for (ConvexRouting.Part p : sol.parts()) {
                List<Integer> kept = new ArrayList<>();
                for (int b : p.backends()) {
                    boolean clipped = p.frontends().length == 0 || t[b] + p.theta() / a[b] <= 0;
                    if (clipped) {
                        tf.add(new int[0]);
                        tb.add(new int[] {b});
                        gs.add(gamma);
                    } else {
                        kept.add(b);
                    }
                }
                if (kept.isEmpty()) {
                    continue;
                }
                for (int[][] c : components(p.frontends(), kept.stream().mapToInt(Integer::intValue).toArray())) {
                    tf.add(c[0]);
                    tb.add(c[1]);
                    gs.add(gamma);
                }
            }
        }
        Structure s = new Structure(tf, tb, lambda, l.length, g);
        double[] gv = gs.stream().mapToDouble(Double::doubleValue).toArray();
        return new Object[] {s, gv};
    }

    /** The common gradient of a group that keeps its total workload sum_b N_b. */
    private double commonGradient(int[] bs, double[] n) {
        if (bs.length == 1) {
            return l[bs[0]].derivative(n[bs[0]]);
        }
        double target = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int b : bs) {
            target += n[b];
            double gb = l[b].derivative(n[b]);
            lo = Math.min(lo, gb);
            hi = Math.max(hi, gb);
        }
        for (int k = 0; k < 200; k++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            double tot = 0;
            for (int b : bs) {
                tot += l[b].derivativeInverse(mid);
            }
            if (tot > target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Connected components of the subgraph induced by frontends fs and backends bs. */
    private List<int[][]> components(int[] fs, int[] bs) {
        int nf = fs.length;
        int[] parent = new int[nf + bs.length];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        int[] local = new int[l.length];
        Arrays.fill(local, -1);
        for (int j = 0; j < bs.length; j++) {
            local[bs[j]] = j;
        }
        for (int a = 0; a < nf; a++) {
            for (int e = g.fStart()[fs[a]]; e < g.fStart()[fs[a] + 1]; e++) {
                int j = local[g.fAdj()[e]];
                if (j >= 0) {
                    int ra = root(parent, a);
                    int rb = root(parent, nf + j);
                    if (ra != rb) {
                        parent[Math.max(ra, rb)] = Math.min(ra, rb);
                    }
                }
            }
        }
        List<int[][]> out = new ArrayList<>();
        for (int r = 0; r < parent.length; r++) {
            if (root(parent, r) != r) {
                continue;
            }
            List<Integer> cf = new ArrayList<>();
            List<Integer> cb = new ArrayList<>();
            for (int i = 0; i < parent.length; i++) {
                if (root(parent, i) == r) {
                    if (i < nf) {
                        cf.add(fs[i]);
                    } else {
                        cb.add(bs[i - nf]);
                    }
                }
            }
            if (cb.isEmpty()) {
                continue; // cannot happen after a feasible leaf: every frontend reaches a kept backend
            }
            out.add(new int[][] {cf.stream().mapToInt(Integer::intValue).toArray(),
                cb.stream().mapToInt(Integer::intValue).toArray()});
        }
        return out;
    }

    /**
     * How many tiers of {@code s} are not tiers of {@code ns} (by their frontend and backend sets) and how many of {@code ns} are
     * new: the tiers an event replaced and the tiers it created, found by comparing the two partitions.
     */
    static int[] changedTiers(Structure s, Structure ns) {
        java.util.Set<String> old = new java.util.HashSet<>();
        for (int i = 0; i < s.tb.length; i++) {
            old.add(sorted(s.tf[i]) + sorted(s.tb[i]));
        }
        java.util.Set<String> now = new java.util.HashSet<>();
        for (int i = 0; i < ns.tb.length; i++) {
            now.add(sorted(ns.tf[i]) + sorted(ns.tb[i]));
        }
        int replaced = 0;
        for (String b : old) {
            replaced += now.contains(b) ? 0 : 1;
        }
        int created = 0;
        for (String b : now) {
            created += old.contains(b) ? 0 : 1;
        }
        return new int[] {replaced, created};
    }

    private static String sorted(int[] b) {
        int[] c = b.clone();
        java.util.Arrays.sort(c);
        return java.util.Arrays.toString(c);
    }
}
