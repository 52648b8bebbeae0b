package lbw.bipartite;

import java.util.ArrayList;
import java.util.List;

/**
 * The fluid model, the differential inclusion (3)-(4) {@code dN/dt in H(N)}, solved along its sliding modes
 * through the tiers (Filippov solution), not by a chattering fixed-step scheme.
 *
 * <p>Between events the tier structure is fixed. All backends of a tier share one gradient {@code g_i}, so the
 * tier is one coordinate: {@code N_b = (l_b')^-1(g_i)} and, because the tier's frontends send everything inside it,
 * <pre>  dg_i/dt = (lambda(F_i) - sum_b l_b(N_b)) / sum_b 1 / l_b''(N_b).</pre>
 * Each backend then needs the inflow {@code y_b = l_b + (dg_i/dt) / l_b''}: the unique routing that keeps the tie
 * (for one frontend and two backends, the drift tangent to the equal-gradient curve). The solver is three parts:
 * <ul>
 * <li>integration ({@link TierDynamics}): each tier by classical RK4, on a common grid of steps;</li>
 * <li>event location ({@link EventLocator}): a <b>split</b> when a tier's tie-keeping inflows are no longer
 * producible (some {@code y_b < 0} or a Hall condition fails, checked by {@link TieFlow}, a warm-started flow that
 * needs a maximum flow only when its spanning-tree solution fails), a <b>merge</b> when along a TierGraph arc
 * i -> j the lower gradient {@code g_j} catches up with {@code g_i}; each located by bisection inside the step;
 * </li>
 * <li>restructuring ({@link Restructuring}): the tiers an event touches (tied along arcs) get a common gradient
 * that keeps their total workload and are split again by the second-order selection; all other tiers keep their
 * state and their segment of the step. The event is named by what it did to the tiers it touched: a merge (k to
 * 1), a split (1 to m) or a reconfiguration (k to m, Lemma 12).</li>
 * </ul>
 * An event costs work in proportion to the tiers it touches, not to the system.
 */
public final class FluidInclusion {

    /**
     * @param step            RK4 step between events (physical time)
     * @param relTol          relative flow deficit (of a tier's arrival rate) that counts as a split
     * @param tieTol          relative gradient gap below which two tiers joined by an arc count as tied (a merge)
     * @param maxEvents       events after which the solver gives up (reported as not converged)
     * @param maxRecords      about how many regular steps are recorded (evenly thinned; events and the horizon are
     *                        recorded too)
     * @param maxStoredValues about how many workload values (recorded states times backends) are kept: large systems
     *                        record fewer states (half of the budget for regular steps, an eighth for events; events
     *                        past it are still counted and listed, without their state)
     */
    public record Options(double step, double relTol, double tieTol, int maxEvents, int maxRecords,
            long maxStoredValues) {
        public Options {
            lbw.core.Check.positive("step", step);
            lbw.core.Check.positive("relTol", relTol);
            lbw.core.Check.positive("tieTol", tieTol);
            lbw.core.Check.positive("maxEvents", maxEvents);
            lbw.core.Check.positive("maxRecords", maxRecords);
            lbw.core.Check.positive("maxStoredValues", maxStoredValues);
        }

        /** step 0.01, relTol 1e-9, tieTol 1e-10, maxEvents 100000, maxRecords 20000, maxStoredValues 2e7. */
        public static Options defaults() {
            return new Options(0.01, 1e-9, 1e-10, 100_000, 20_000, 20_000_000L);
        }

        /** These options with another event limit. */
        public Options withMaxEvents(int n) {
            return new Options(step, relTol, tieTol, n, maxRecords, maxStoredValues);
        }

        /** These options with another step. */
        public Options withStep(double h) {
            return new Options(h, relTol, tieTol, maxEvents, maxRecords, maxStoredValues);
        }
    }

    /**
     * An event: its time, kind and the number of tiers before and after. Kinds: "start"; "merge" (k >= 2 tiers
     * become one); "split" (one tier becomes m >= 2, Lemma 11); "reconfiguration" (k >= 2 tiers tie and become
     * m >= 2 other tiers, Lemma 12, e.g. a frontend's flow moving wholly from one backend to another when
     * their gradients cross); "touch" (tiers met and left as they were).
     */
    public record Event(double time, String kind, int tiersBefore, int tiersAfter) {

        /**
         * The kind of an event that replaced {@code replaced} tiers by {@code created} ones; {@code locatedAsMerge}
         * (gradients met along an arc, rather than a tie that could no longer be kept) decides only when one tier
         * replaced one.
         */
        static String kindOf(boolean locatedAsMerge, int replaced, int created) {
            if (replaced == 0 && created == 0) {
                return "touch";
            }
            if (created == 1) {
                return replaced >= 2 || locatedAsMerge ? "merge" : "split";
            }
            return replaced <= 1 ? "split" : "reconfiguration";
        }
    }

    private final BipartiteModel model;
    private final BipartiteModel.Graph g;
    private final ServiceRate[] l;
    private final double[] lambda;
    private final Options o;
    private final TierDynamics dyn;
    private final Restructuring restructuring;
    private final TierSet ts;
    private final int[] localOfB;
    private double lemma10;
    /** Per event: gradients at the event time of the tiers looked at, and the union-find of the touched ones. */
    private double[] value = new double[16];
    private int[] parent = new int[16];
    /** Per slot: the event whose value ({@code valueAt}) or union-find entry ({@code parentAt}) it holds. */
    private int[] valueAt = new int[16];
    private int[] parentAt = new int[16];
    /** Per slot: the event at which the tier was created by merging whole tiers (its tie check passed then). */
    private int[] mergedAt = new int[16];
    private int eventStamp;
    private final double[] scratchN;
    private final double[] hint;
    private final boolean[] hintTree;
    private final EventLocator.IntList written = new EventLocator.IntList();
    private boolean[] removed = new boolean[16];
    /** At the last event: how many touched tiers came back unchanged (they are neither replaced nor created). */
    private int unchanged;

    /**
     * Tiers of at least this many backends extend their tie check when smaller tiers (a quarter of their backends
     * together, at most) merge into them.
     */
    static final int EXTEND_MIN = 16;

    private FluidInclusion(BipartiteModel m, Options o) {
        this.model = m;
        this.g = m.graph();
        this.l = m.serviceRate().toArray(new ServiceRate[0]);
        this.lambda = m.arrivalRate();
        this.o = o;
        this.dyn = new TierDynamics(l);
        this.restructuring = new Restructuring(g, l, lambda, dyn, o.relTol());
        this.ts = new TierSet(g, lambda);
        this.localOfB = new int[g.nb()];
        java.util.Arrays.fill(localOfB, -1);
        this.scratchN = new double[g.nb()];
        this.hint = new double[g.edgeCount()];
        this.hintTree = new boolean[g.edgeCount()];
    }

    /** Solves from {@code initial} up to {@code horizon} with default options. */
    public static FluidPath solve(BipartiteModel m, double[] initial, double horizon) {
        return solve(m, initial, horizon, Options.defaults());
    }

    /** Solves from {@code initial} up to {@code horizon}. */
    public static FluidPath solve(BipartiteModel m, double[] initial, double horizon, Options o) {
        checkState(m, initial);
        lbw.core.Check.positive("horizon", horizon);
        return new FluidInclusion(m, o).run(initial, horizon, EventLocator.LAZY_SIZE);
    }

    /**
     * As {@link #solve(BipartiteModel, double[], double, Options)}, deferring the split checks of tiers from
     * {@code lazySize} backends on to the next event ({@link EventLocator}); tests compare small systems solved both
     * ways.
     */
    static FluidPath solve(BipartiteModel m, double[] initial, double horizon, Options o, int lazySize) {
        checkState(m, initial);
        lbw.core.Check.positive("horizon", horizon);
        return new FluidInclusion(m, o).run(initial, horizon, lazySize);
    }

    private static void checkState(BipartiteModel m, double[] n) {
        lbw.core.Check.length("initialWorkload", n, m.backends(), "one per backend");
        for (int b = 0; b < n.length; b++) {
            lbw.core.Check.nonNegative("initialWorkload[" + b + "]", n[b]);
        }
    }

    /**
     * The drift of the inclusion at N that the fluid solution follows (its Filippov selection): the GMSR routing
     * that keeps the ties of N's tiers and {@code dN_b/dt = sum_f lambda_f x_fb - l_b(N_b)}. Where every frontend
     * has a unique best backend this is plain GMSR, all of a frontend's flow to its best backend.
     */
    public static FluidDrift driftAt(BipartiteModel m, double[] n) {
        checkState(m, n);
        FluidInclusion fi = new FluidInclusion(m, Options.defaults());
        fi.begin(fi.restructuring.initial(m, n, fi.o.tieTol()));
        double[] at = fi.workloads();
        double[] share = fi.maxFlowRouting();
        double[] drift = fi.inflow(share);
        double[] gradient = new double[at.length];
        for (int b = 0; b < at.length; b++) {
            drift[b] -= fi.l[b].value(at[b]);
            gradient[b] = fi.l[b].derivative(at[b]);
        }
        return new FluidDrift(at, gradient, FluidPath.dense(fi.g, share), drift);
    }

    /** Installs the tiers of the first phase. */
    private void begin(Phase p) {
        for (int i : add(p)) {
            ts.scanBoundary(i);
        }
    }

    /** Adds a phase's tiers (with their tie checks, without their boundaries) and returns their slots. */
    private int[] add(Phase p) {
        int[] slots = new int[p.size()];
        for (int k = 0; k < p.size(); k++) {
            int[] fs = p.frontends().get(k);
            int[] bs = p.backends().get(k);
            TieFlow tie = p.flows().get(k);
            if (tie == null && bs.length >= 2 && fs.length > 0) {
                tie = new TieFlow(g, lambda, fs, bs, localOfB, null, null);
            }
            slots[k] = ts.add(fs, bs, p.gradient()[k], tie, dyn.sums(bs));
        }
        return slots;
    }

    /** What the solver records along the path. */
    private final class Recorder {
        final List<Double> times = new ArrayList<>();
        final List<double[]> states = new ArrayList<>();
        final List<Double> lyap = new ArrayList<>();
        final List<Integer> tierCount = new ArrayList<>();
        final long eventBudget;
        long eventRecords;

        Recorder(long eventBudget) {
            this.eventBudget = eventBudget;
        }

        /** Records the state with every tier at gradient grad[slot]; reuses the tie checks' flows if current. */
        void record(double t, double[] grad, boolean flowsCurrent) {
            double[] n = new double[l.length];
            double v = 0;
            for (int i = 0; i < ts.slots(); i++) {
                if (!ts.alive(i)) {
                    continue;
                }
                for (int b : ts.bs[i]) {
                    n[b] = l[b].derivativeInverse(grad[i]);
                }
                v += dyn.imbalance(ts.bs[i], ts.lam[i], grad[i]);
            }
            double[] share = routing(grad, flowsCurrent ? Flows.KEPT : Flows.CHECKED);
            double[] in = inflow(share);
            double vDef = 0;
            for (int b = 0; b < n.length; b++) {
                vDef += Math.abs(in[b] - l[b].value(n[b]));
            }
            lemma10 = Math.max(lemma10, Math.abs(vDef - v));
            times.add(t);
            states.add(n);
            lyap.add(v);
            tierCount.add(ts.size());
        }
    }

    private FluidPath run(double[] initial, double horizon, int lazySize) {
        begin(restructuring.initial(model, initial, o.tieTol()));
        List<Event> events = new ArrayList<>();
        events.add(new Event(0, "start", ts.size(), ts.size()));
        long statesBudget = Math.max(4, o.maxStoredValues() / Math.max(1, l.length));
        long regular = Math.max(1, Math.min(o.maxRecords(), statesBudget / 2));
        long every = Math.max(1, (long) Math.ceil(horizon / o.step() / regular));
        Recorder rec = new Recorder(statesBudget / 8);
        rec.record(0, ts.grad, false);
        EventLocator loc = new EventLocator(ts, dyn, g, o, lazySize);
        double t = 0;
        int unresolved = 0;
        boolean gaveUp = false;
        long steps = 0;
        boolean recordedLast = true;
        boolean[] seed = new boolean[16];
        EventLocator.IntList seeds = new EventLocator.IntList();
        while (t < horizon - 1e-12 * horizon && !gaveUp) {
            lbw.core.Work.checkCancelled(); // interrupt or SIGTERM stops the loop here
            double h = Math.min(o.step(), horizon - t);
            loc.beginStep(h);
            steps++;
            double cur = 0;
            while (loc.pending()) {
                double at = loc.locate(cur);
                if (seed.length < ts.fs.length) {
                    seed = new boolean[ts.fs.length];
                }
                seeds.clear();
                boolean merge = loc.seeds(at, seed, seeds);
                if (seeds.n == 0) {
                    continue; // an interpolated merge did not hold on exact values: located again on them
                }
                int before = ts.size();
                int[] created = handle(loc, at, seeds, seed);
                int replaced = before - ts.size() + created.length - unchanged;
                events.add(new Event(t + at, Event.kindOf(merge, replaced, created.length - unchanged), before,
                        ts.size()));
                if (unresolvedAt(loc, at, created)) {
                    unresolved++;
                }
                loc.flagNew(created);
                if (rec.eventRecords < rec.eventBudget) {
                    rec.eventRecords++;
                    double[] grad = new double[ts.fs.length];
                    for (int i = 0; i < ts.slots(); i++) {
                        if (ts.alive(i)) {
                            grad[i] = loc.exact(i, at);
                        }
                    }
                    rec.record(t + at, grad, false);
                }
                cur = at;
                if (events.size() > o.maxEvents()) {
                    gaveUp = true;
                    break;
                }
            }
            loc.endStep();
            t += h;
            recordedLast = steps % every == 0;
            if (recordedLast) {
                rec.record(t, ts.grad, true);
            }
        }
        if (!recordedLast) {
            rec.record(t, ts.grad, true);
        }
        double[] t0 = rec.times.stream().mapToDouble(Double::doubleValue).toArray();
        double[][] w = rec.states.toArray(new double[0][]);
        double[] v = rec.lyap.stream().mapToDouble(Double::doubleValue).toArray();
        int[] tc = rec.tierCount.stream().mapToInt(Integer::intValue).toArray();
        return new FluidPath(model, t0, w, v, tc, events, maxFlowRouting(), steps, unresolved, lemma10,
                !gaveUp && unresolved == 0);
    }

    /**
     * Restructures the tiers an event touches: the seeds and every tier tied to them along TierGraph arcs (at the
     * event time {@code at} of the step), grouped, resolved and put in place of the old ones. Returns the new slots.
     */
    private int[] handle(EventLocator loc, double at, EventLocator.IntList seeds, boolean[] seed) {
        eventStamp++;
        fitSlots();
        List<Integer> touched = new ArrayList<>();
        for (int p = 0; p < seeds.n; p++) {
            int i = seeds.a[p];
            touched.add(i);
            setParent(i, i);
        }
        for (int q = 0; q < touched.size(); q++) {
            int i = touched.get(q);
            double gi = valueAt(loc, i, at);
            for (int b : ts.outB[i]) {
                join(loc, at, i, ts.tierOfB[b], gi, true, touched);
            }
            for (int f : ts.inF[i]) {
                join(loc, at, i, ts.tierOfF[f], gi, false, touched);
            }
        }
        java.util.Map<Integer, List<Integer>> groups = new java.util.TreeMap<>();
        for (int i : touched) {
            groups.computeIfAbsent(find(i), x -> new ArrayList<>()).add(i);
        }
        List<int[]> groupsF = new ArrayList<>();
        List<int[]> groupsB = new ArrayList<>();
        // per group, its members' boundaries: a group that stays one tier has their union less its nodes
        List<List<int[]>> groupsOut = new ArrayList<>();
        List<List<int[]>> groupsIn = new ArrayList<>();
        written.clear();
        boolean[] merged = new boolean[groups.size()];
        TieFlow[] bases = new TieFlow[groups.size()];
        double[] range = new double[2 * groups.size()];
        int gi0 = 0;
        for (List<Integer> members : groups.values()) {
            int gIndex = gi0++;
            merged[gIndex] = members.size() >= 2;
            int nfr = 0;
            int nba = 0;
            int big = members.get(0);
            range[2 * gIndex] = Double.POSITIVE_INFINITY;
            range[2 * gIndex + 1] = Double.NEGATIVE_INFINITY;
            for (int i : members) {
                range[2 * gIndex] = Math.min(range[2 * gIndex], value[i]);
                range[2 * gIndex + 1] = Math.max(range[2 * gIndex + 1], value[i]);
                nfr += ts.fs[i].length;
                nba += ts.bs[i].length;
                if (ts.bs[i].length > ts.bs[big].length) {
                    big = i;
                }
            }
            // smaller tiers merging into a large one with a tie check: that check is extended, not rebuilt (the
            // large tier's nodes first, in its order)
            boolean extend = members.size() >= 2 && ts.flow[big] != null && ts.flow[big].hasTree()
                    && ts.bs[big].length >= EXTEND_MIN
                    && 4 * (nba - ts.bs[big].length) <= ts.bs[big].length;
            if (extend) {
                bases[gIndex] = ts.flow[big];
                List<Integer> ordered = new ArrayList<>(members.size());
                ordered.add(big);
                for (int i : members) {
                    if (i != big) {
                        ordered.add(i);
                    }
                }
                members = ordered;
            }
            int[] fs = new int[nfr];
            int[] bs = new int[nba];
            nfr = 0;
            nba = 0;
            List<int[]> out = new ArrayList<>(members.size());
            List<int[]> in = new ArrayList<>(members.size());
            for (int i : members) {
                out.add(ts.outB[i]);
                in.add(ts.inF[i]);
                double gi = value[i];
                for (int f : ts.fs[i]) {
                    fs[nfr++] = f;
                }
                for (int b : ts.bs[i]) {
                    bs[nba++] = b;
                    scratchN[b] = l[b].derivativeInverse(gi);
                }
                if (extend && i == big) {
                    continue; // its flows are in its check
                }
                if (ts.flow[i] != null) {
                    ts.flow[i].edgeFlows(hint, hintTree, written);
                } else if (ts.bs[i].length == 1) {
                    for (int f : ts.fs[i]) {
                        int e = g.edgeIndex(f, ts.bs[i][0]);
                        hint[e] = lambda[f];
                        hintTree[e] = true;
                        written.add(e);
                    }
                }
            }
            if (!extend) {
                java.util.Arrays.sort(fs);
                java.util.Arrays.sort(bs);
            }
            groupsF.add(fs);
            groupsB.add(bs);
            groupsOut.add(out);
            groupsIn.add(in);
        }
        Phase phase = restructuring.resolve(groupsF, groupsB, scratchN, hint, hintTree, merged, bases, range);
        for (int p = 0; p < written.n; p++) {
            hint[written.a[p]] = 0;
            hintTree[written.a[p]] = false;
        }
        List<int[]> oldF = new ArrayList<>(touched.size());
        List<int[]> oldB = new ArrayList<>(touched.size());
        for (int i : touched) {
            oldF.add(ts.fs[i]);
            oldB.add(ts.bs[i]);
        }
        if (removed.length < ts.fs.length) {
            removed = new boolean[ts.fs.length];
        }
        for (int i : touched) {
            removed[i] = true;
            seed[i] = false;
        }
        loc.forget(removed);
        for (int i : touched) {
            removed[i] = false;
            ts.remove(i);
        }
        int[] created = add(phase);
        java.util.Map<int[], Integer> whole = new java.util.IdentityHashMap<>();
        for (int k = 0; k < groupsB.size(); k++) {
            whole.put(groupsB.get(k), k);
        }
        for (int i : created) {
            Integer k = whole.get(ts.bs[i]);
            if (k != null && groupsF.get(k) == ts.fs[i]) {
                ts.joinBoundary(i, groupsOut.get(k), groupsIn.get(k)); // a group that stayed whole
                if (merged[k]) {
                    fitSlots();
                    mergedAt[i] = eventStamp; // its tie check just passed at its gradient
                }
            } else {
                ts.scanBoundary(i);
            }
            loc.beginSegment(i, at);
        }
        unchanged = unchanged(oldF, oldB, created);
        return created;
    }

    /** How many of the new tiers {@code created} are touched tiers re-created as they were (same sets). */
    private int unchanged(List<int[]> oldF, List<int[]> oldB, int[] created) {
        java.util.Map<Long, List<Integer>> byKey = new java.util.HashMap<>();
        for (int k = 0; k < oldB.size(); k++) {
            byKey.computeIfAbsent(key(oldF.get(k), oldB.get(k)), x -> new ArrayList<>()).add(k);
        }
        int same = 0;
        for (int i : created) {
            List<Integer> cands = byKey.get(key(ts.fs[i], ts.bs[i]));
            if (cands == null) {
                continue;
            }
            for (java.util.Iterator<Integer> it = cands.iterator(); it.hasNext(); ) {
                int k = it.next();
                if (sameSet(oldF.get(k), ts.fs[i]) && sameSet(oldB.get(k), ts.bs[i])) {
                    it.remove();
                    same++;
                    break;
                }
            }
        }
        return same;
    }

    /** An order-independent hash of a tier's frontends and backends. */
    private static long key(int[] fs, int[] bs) {
        long h = 31L * fs.length + bs.length;
        for (int f : fs) {
            h += mix(f);
        }
        for (int b : bs) {
            h += 0x9E3779B97F4A7C15L * mix(b);
        }
        return h;
    }

    private static long mix(long x) {
        x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
        return x ^ (x >>> 33);
    }

    private static boolean sameSet(int[] a, int[] b) {
        if (a.length != b.length) {
            return false;
        }
        int[] x = a.clone();
        int[] y = b.clone();
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        return java.util.Arrays.equals(x, y);
    }

    private double valueAt(EventLocator loc, int i, double at) {
        if (valueAt[i] != eventStamp) {
            value[i] = loc.exact(i, at);
            valueAt[i] = eventStamp;
        }
        return value[i];
    }

    private void setParent(int i, int p) {
        parent[i] = p;
        parentAt[i] = eventStamp;
    }

    /** Grows the per-slot arrays of an event to the tier set's slot capacity. */
    private void fitSlots() {
        int n = ts.fs.length;
        if (value.length < n) {
            value = java.util.Arrays.copyOf(value, n);
            parent = java.util.Arrays.copyOf(parent, n);
            valueAt = java.util.Arrays.copyOf(valueAt, n);
            parentAt = java.util.Arrays.copyOf(parentAt, n);
            mergedAt = java.util.Arrays.copyOf(mergedAt, n);
        }
    }

    private int find(int x) {
        int p = parent[x];
        while (p != x) {
            int pp = parent[p];
            parent[x] = pp;
            x = p;
            p = parent[x];
        }
        return x;
    }

    /** Adds tier j to the touched set when the arc between i and j is tied at the event. */
    private void join(EventLocator loc, double at, int i, int j, double gi, boolean out, List<Integer> touched) {
        if (j == i || j < 0) {
            return;
        }
        double gj = valueAt(loc, j, at);
        // arc i -> j (out) or j -> i: tied when the target's gradient is within tolerance of the source's or above
        double src = out ? gi : gj;
        double dst = out ? gj : gi;
        if (!(dst >= src - o.tieTol() * Math.abs(src))) {
            return;
        }
        if (parentAt[j] != eventStamp) {
            touched.add(j);
            setParent(j, j);
        }
        int ra = find(i);
        int rb = find(j);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Whether the new tiers flag an event already at the time they are created. */
    private boolean unresolvedAt(EventLocator loc, double at, int[] created) {
        fitSlots();
        for (int i : created) {
            value[i] = ts.grad[i];
            valueAt[i] = eventStamp;
        }
        for (int i : created) {
            // a merged tier passed its tie check at this gradient (with a quarter of the tolerance), for the same
            // inflows: checking it again would give the same answer
            if (mergedAt[i] != eventStamp && loc.splitsAt(i, ts.grad[i])) {
                return true;
            }
            for (int b : ts.outB[i]) {
                if (loc.merges(ts.grad[i], valueAt(loc, ts.tierOfB[b], at))) {
                    return true;
                }
            }
            for (int f : ts.inF[i]) {
                int j = ts.tierOfF[f];
                if (j >= 0 && loc.merges(valueAt(loc, j, at), ts.grad[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** N_b at the tiers' current gradients. */
    private double[] workloads() {
        double[] n = new double[l.length];
        for (int i = 0; i < ts.slots(); i++) {
            if (ts.alive(i)) {
                for (int b : ts.bs[i]) {
                    n[b] = l[b].derivativeInverse(ts.grad[i]);
                }
            }
        }
        return n;
    }

    /** sum_f lambda_f x_fb for shares on the CSR edges. */
    private double[] inflow(double[] share) {
        double[] in = new double[l.length];
        for (int f = 0; f < g.nf(); f++) {
            for (int e = g.fStart()[f]; e < g.fStart()[f + 1]; e++) {
                in[g.fAdj()[e]] += lambda[f] * share[e];
            }
        }
        return in;
    }

    /** How a tier's routing is found: its tie check's kept flow, a new check, or a fresh maximum flow. */
    private enum Flows { KEPT, CHECKED, MAX_FLOW }

    /** The GMSR routing that keeps the ties of the tiers at gradients grad[slot] (shares on CSR edges). */
    private double[] routing(double[] grad, Flows how) {
        double[] share = new double[g.edgeCount()];
        double[] y = new double[l.length];
        for (int i = 0; i < ts.slots(); i++) {
            if (!ts.alive(i) || ts.fs[i].length == 0) {
                continue;
            }
            if (ts.bs[i].length == 1) {
                for (int f : ts.fs[i]) {
                    share[g.edgeIndex(f, ts.bs[i][0])] = 1;
                }
                continue;
            }
            if (how != Flows.KEPT) {
                dyn.inflows(ts.bs[i], ts.sums[i], ts.lam[i], grad[i], Double.POSITIVE_INFINITY, y);
            }
            if (how == Flows.MAX_FLOW) {
                ts.flow[i].maxFlowShares(y, share);
            } else {
                if (how == Flows.CHECKED) {
                    ts.flow[i].check(y, o.relTol());
                }
                ts.flow[i].shares(share);
            }
        }
        return share;
    }

    /** The routing at the current gradients, each tier's by a fresh maximum flow (as the solver always did). */
    private double[] maxFlowRouting() {
        return routing(ts.grad, Flows.MAX_FLOW);
    }

}
