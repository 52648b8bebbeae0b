package lbw.bipartite;

import java.util.Arrays;

/**
 * Event location inside one step of the fluid solver. A step [t, t + h] advances every tier by RK4 from the start
 * of its segment (the step's start, or the event inside the step that created the tier) to the step's end; then
 * <ul>
 * <li>a <b>split</b> is flagged for a tier whose tie-keeping inflows cannot be routed at the end value (some
 * {@code y_b < 0}, or a Hall condition fails: {@link TieFlow});</li>
 * <li>a <b>merge</b> is flagged for a TierGraph arc i -> j whose lower gradient {@code g_j} has caught up with
 * {@code g_i}.</li>
 * </ul>
 * Only flagged tiers and arcs are then located, by bisection on the time inside the step (to about 2^-50 of the
 * step): split conditions at RK4 values, merge conditions between small tiers too; between large tiers first on the
 * cubic Hermite interpolant of each tier's gradient over its segment (values and rates at both ends), which makes a
 * trial cost O(1) however large the tiers are, and again on RK4 values when the interpolated time does not hold on
 * them.
 * After an event only the new tiers and the arcs that touch them are checked again. Arcs are found from each tier's
 * boundary ({@link TierSet#outB}, {@link TierSet#inF}), not by a scan of its edges.
 */
final class EventLocator {

    private final TierSet ts;
    private final TierDynamics dyn;
    private final FluidInclusion.Options o;
    private double h;
    double[] segStart = new double[16];
    double[] end = new double[16];
    private double[] rateStart = new double[16];
    private double[] rateEnd = new double[16];
    /** The last exact value of each tier (one RK4 step from its segment's start), and the time it is for. */
    private double[] memoTau = new double[16];
    private double[] memoValue = new double[16];
    private double[] y;
    /** Flagged split tiers (slots). */
    private int[] splits = new int[16];
    /** Per flagged split: its located time in the step (NaN until located; it stays valid while its tier lives). */
    private double[] splitTime = new double[16];
    private int splitCount;
    /**
     * Large tiers whose split check is deferred: checked at the time of the next event instead of at the step's
     * end, and at the end only when no event comes first (an event that merges into a large tier replaces it, and
     * its check at the end would have been wasted, each such check being a repair of a large flow).
     */
    private int[] lazy = new int[16];
    private int lazyCount;
    /** Tiers of at least this many backends are checked for a split lazily (by default). */
    static final int LAZY_SIZE = 1024;
    private final int lazySize;
    /** Flagged merge arcs, as pairs of slots. */
    private int[] arcs = new int[32];
    /** Per flagged arc: located on exact RK4 values (true) or on the Hermite interpolants (false). */
    private boolean[] exactArc = new boolean[16];
    /** Per flagged arc: its located time in the step (NaN until located; valid while both tiers live). */
    private double[] arcTime = new double[16];
    private int arcCount;
    private int[] stamp = new int[16];
    /** Arcs between tiers with at most this many backends together are always located on exact values. */
    static final int EXACT_SIZE = 64;
    /** Arcs whose interpolated location did not hold on exact values (and were located again). */
    long relocated;
    private int mark;

    EventLocator(TierSet ts, TierDynamics dyn, BipartiteModel.Graph g, FluidInclusion.Options o) {
        this(ts, dyn, g, o, LAZY_SIZE);
    }

    /** With another size from which split checks are deferred (tests compare both ways on small systems). */
    EventLocator(TierSet ts, TierDynamics dyn, BipartiteModel.Graph g, FluidInclusion.Options o, int lazySize) {
        this.lazySize = lazySize;
        this.ts = ts;
        this.dyn = dyn;
        this.o = o;
        this.y = new double[g.nb()];
    }

    private void fit() {
        int n = ts.fs.length;
        if (segStart.length < n) {
            segStart = Arrays.copyOf(segStart, n);
            end = Arrays.copyOf(end, n);
            rateStart = Arrays.copyOf(rateStart, n);
            rateEnd = Arrays.copyOf(rateEnd, n);
            stamp = Arrays.copyOf(stamp, n);
            memoTau = Arrays.copyOf(memoTau, n);
            memoValue = Arrays.copyOf(memoValue, n);
        }
    }

    /** Starts a step of length h: advances every tier to the step's end and flags the events there. */
    void beginStep(double step) {
        fit();
        h = step;
        splitCount = 0;
        arcCount = 0;
        for (int i = 0; i < ts.slots(); i++) {
            if (ts.alive(i)) {
                segStart[i] = 0;
                memoTau[i] = Double.NaN;
                rateStart[i] = dyn.rate(ts.bs[i], ts.sums[i], ts.lam[i], ts.grad[i]);
                end[i] = dyn.advance(ts.bs[i], ts.sums[i], ts.lam[i], ts.grad[i], h, rateStart[i]);
                rateEnd[i] = Double.NaN;
            }
        }
        lazyCount = 0;
        for (int i = 0; i < ts.slots(); i++) {
            if (ts.alive(i)) {
                flagSplit(i);
            }
        }
        for (int i = 0; i < ts.slots(); i++) {
            if (ts.alive(i)) {
                flagArcsFrom(i);
            }
        }
    }

    /** Flags tier i if it splits at the step's end, or defers that check for a large tier. */
    private void flagSplit(int i) {
        if (ts.bs[i].length >= lazySize) {
            if (lazyCount == lazy.length) {
                lazy = Arrays.copyOf(lazy, 2 * lazyCount);
            }
            lazy[lazyCount++] = i;
        } else if (splitsAt(i, end[i])) {
            addSplit(i);
        }
    }

    /** Starts the segment of a tier created at time {@code start} inside the step, and flags its events. */
    void beginSegment(int i, double start) {
        fit();
        segStart[i] = start;
        memoTau[i] = Double.NaN;
        rateStart[i] = Double.NaN;
        rateEnd[i] = Double.NaN;
        end[i] = start >= h ? ts.grad[i] : dyn.advance(ts.bs[i], ts.sums[i], ts.lam[i], ts.grad[i], h - start, startRate(i));
    }

    /** Flags the events at the step's end of new tiers (after all of an event's tiers have begun). */
    void flagNew(int[] slots) {
        for (int i : slots) {
            flagSplit(i);
        }
        for (int i : slots) {
            flagArcsFrom(i);
            flagArcsInto(i);
        }
    }

    /** Drops the flags of tiers about to be removed. */
    void forget(boolean[] removed) {
        int k = 0;
        for (int p = 0; p < lazyCount; p++) {
            if (!removed[lazy[p]]) {
                lazy[k++] = lazy[p];
            }
        }
        lazyCount = k;
        k = 0;
        for (int p = 0; p < splitCount; p++) {
            if (!removed[splits[p]]) {
                splitTime[k] = splitTime[p];
                splits[k++] = splits[p];
            }
        }
        splitCount = k;
        k = 0;
        for (int p = 0; p < arcCount; p++) {
            if (!removed[arcs[2 * p]] && !removed[arcs[2 * p + 1]]) {
                arcs[2 * k] = arcs[2 * p];
                arcs[2 * k + 1] = arcs[2 * p + 1];
                exactArc[k] = exactArc[p];
                arcTime[k] = arcTime[p];
                k++;
            }
        }
        arcCount = k;
    }

    /** Whether anything is flagged in the rest of the step. */
    boolean pending() {
        return splitCount > 0 || arcCount > 0 || lazyCount > 0;
    }

    /** Ends the step: every tier's gradient becomes its value at the step's end. */
    void endStep() {
        for (int i = 0; i < ts.slots(); i++) {
            if (ts.alive(i)) {
                ts.grad[i] = end[i];
            }
        }
    }

    /**
     * The time inside the step (after {@code from}) of the first flagged event: each flagged split and arc is located
     * once by its own bisection (over the rest of the step when it is located) and keeps that time while its tiers
     * live, since tiers that no event touches keep their segments; the first of those times.
     */
    double locate(double from) {
        double first = h;
        for (int p = 0; p < splitCount; p++) {
            if (Double.isNaN(splitTime[p])) {
                splitTime[p] = splitTime(splits[p], from, h);
            }
            first = Math.min(first, splitTime[p]);
        }
        for (int p = 0; p < arcCount; p++) {
            if (Double.isNaN(arcTime[p])) {
                int arc = p;
                arcTime[p] = bisect(from, h, tau -> arcAt(arc, tau));
            }
            first = Math.min(first, arcTime[p]);
        }
        // deferred large tiers: checked at the first event's time; one that fails there splits before it (located
        // on [from, first]); one that passes at the step's end is done for the step
        int k = 0;
        for (int p = 0; p < lazyCount; p++) {
            int i = lazy[p];
            double at = Math.max(first, segStart[i]);
            if (!splitsAt(i, exact(i, at))) {
                if (at < h) {
                    lazy[k++] = i;
                }
                continue;
            }
            addSplit(i);
            splitTime[splitCount - 1] = splitTime(i, from, at);
            first = Math.min(first, splitTime[splitCount - 1]);
        }
        lazyCount = k;
        return first;
    }

    /** When tier i splits in [lo, hi] (it does at hi), by bisection. */
    private double splitTime(int i, double lo, double hi) {
        return bisect(lo, hi, tau -> tau >= segStart[i] && splitsAt(i, exact(i, tau)));
    }

    /** The first time in [lo, hi] at which a condition that holds at hi holds, by 50 halvings (about 2^-50 of it). */
    private static double bisect(double lo, double hi, java.util.function.DoublePredicate holds) {
        for (int k = 0; k < 50; k++) {
            double mid = 0.5 * (lo + hi);
            if (holds.test(mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private boolean arcAt(int p, double tau) {
        int i = arcs[2 * p];
        int j = arcs[2 * p + 1];
        if (tau < segStart[i] || tau < segStart[j]) {
            return false;
        }
        return exactArc[p] ? merges(exact(i, tau), exact(j, tau))
                : merges(interpolated(i, tau), interpolated(j, tau));
    }

    /**
     * The flagged tiers whose event holds at {@code tau} on exact values (split tiers failing, both ends of merging
     * arcs), marked in {@code seed}; returns whether a merge is among them. An interpolated arc that holds at tau
     * only on its interpolants is located on exact values from then on.
     */
    boolean seeds(double tau, boolean[] seed, IntList out) {
        boolean merge = false;
        for (int p = 0; p < splitCount; p++) {
            int i = splits[p];
            if (tau >= segStart[i] && splitsAt(i, exact(i, tau)) && !seed[i]) {
                seed[i] = true;
                out.add(i);
            }
        }
        java.util.Map<Integer, Double> at = new java.util.HashMap<>();
        for (int p = 0; p < arcCount; p++) {
            if (!arcAt(p, tau)) {
                continue;
            }
            int i = arcs[2 * p];
            int j = arcs[2 * p + 1];
            if (!exactArc[p]) {
                double gi = at.computeIfAbsent(i, x -> exact(x, tau));
                double gj = at.computeIfAbsent(j, x -> exact(x, tau));
                if (!merges(gi, gj)) {
                    exactArc[p] = true;
                    arcTime[p] = Double.NaN; // located again, on exact values
                    relocated++;
                    continue;
                }
            }
            merge = true;
            if (!seed[i]) {
                seed[i] = true;
                out.add(i);
            }
            if (!seed[j]) {
                seed[j] = true;
                out.add(j);
            }
        }
        return merge;
    }

    /** The gradient of tier i at time tau of the step: one RK4 step from the start of its segment. */
    double exact(int i, double tau) {
        double s = segStart[i];
        if (tau == s) {
            return ts.grad[i];
        }
        if (tau == h) {
            return end[i];
        }
        if (memoTau[i] == tau) {
            return memoValue[i];
        }
        double v = dyn.advance(ts.bs[i], ts.sums[i], ts.lam[i], ts.grad[i], tau - s, startRate(i));
        memoTau[i] = tau;
        memoValue[i] = v;
        return v;
    }

    private double startRate(int i) {
        if (Double.isNaN(rateStart[i])) {
            rateStart[i] = dyn.rate(ts.bs[i], ts.sums[i], ts.lam[i], ts.grad[i]);
        }
        return rateStart[i];
    }

    /** The cubic Hermite interpolant of tier i's gradient over its segment. */
    double interpolated(int i, double tau) {
        double s = segStart[i];
        double len = h - s;
        if (tau <= s || len <= 0) {
            return ts.grad[i];
        }
        if (tau >= h) {
            return end[i];
        }
        double r0 = startRate(i);
        if (Double.isNaN(rateEnd[i])) {
            rateEnd[i] = dyn.rate(ts.bs[i], ts.sums[i], ts.lam[i], end[i]);
        }
        double u = (tau - s) / len;
        double u2 = u * u;
        double u3 = u2 * u;
        return (2 * u3 - 3 * u2 + 1) * ts.grad[i] + (u3 - 2 * u2 + u) * len * r0
                + (-2 * u3 + 3 * u2) * end[i] + (u3 - u2) * len * rateEnd[i];
    }

    /** Whether, along an arc i -> j, g_j has caught up with g_i. */
    boolean merges(double gi, double gj) {
        return gj - gi > o.tieTol() * Math.abs(gi);
    }

    /** Whether tier i cannot keep its tie at gradient gi (tiers with two or more backends only). */
    boolean splitsAt(int i, double gi) {
        int[] bs = ts.bs[i];
        if (bs.length < 2) {
            return false;
        }
        double tol = o.relTol() * ts.lam[i];
        if (!dyn.inflows(bs, ts.sums[i], ts.lam[i], gi, tol, y)) {
            return true;
        }
        return ts.flow[i] != null && !ts.flow[i].check(y, o.relTol());
    }

    private void addSplit(int i) {
        if (splitCount == splits.length) {
            splits = Arrays.copyOf(splits, 2 * splitCount);
            splitTime = Arrays.copyOf(splitTime, 2 * splitCount);
        }
        splitTime[splitCount] = Double.NaN;
        splits[splitCount++] = i;
    }

    private void addArc(int i, int j) {
        if (2 * arcCount + 2 > arcs.length) {
            arcs = Arrays.copyOf(arcs, 2 * arcs.length);
            exactArc = Arrays.copyOf(exactArc, arcs.length / 2);
            arcTime = Arrays.copyOf(arcTime, arcs.length / 2);
        }
        arcTime[arcCount] = Double.NaN;
        exactArc[arcCount] = ts.bs[i].length + ts.bs[j].length <= EXACT_SIZE;
        arcs[2 * arcCount] = i;
        arcs[2 * arcCount + 1] = j;
        arcCount++;
    }

    /** Flags the merging arcs out of tier i at the step's end (each target tier once). */
    private void flagArcsFrom(int i) {
        mark++;
        int[] tierOfB = ts.tierOfB;
        double gi = end[i];
        for (int b : ts.outB[i]) {
            int j = tierOfB[b];
            if (stamp[j] != mark) {
                stamp[j] = mark;
                if (merges(gi, end[j])) {
                    addArc(i, j);
                }
            }
        }
    }

    /** Flags the merging arcs into tier i at the step's end from tiers not flagged already. */
    private void flagArcsInto(int i) {
        mark++;
        double gj = end[i];
        for (int f : ts.inF[i]) {
            int src = ts.tierOfF[f];
            if (src >= 0 && stamp[src] != mark) {
                stamp[src] = mark;
                if (merges(end[src], gj) && !flaggedArc(src, i)) {
                    addArc(src, i);
                }
            }
        }
    }

    private boolean flaggedArc(int i, int j) {
        for (int p = 0; p < arcCount; p++) {
            if (arcs[2 * p] == i && arcs[2 * p + 1] == j) {
                return true;
            }
        }
        return false;
    }

    /** A growable list of ints. */
    static final class IntList {
        int[] a = new int[8];
        int n;

        void add(int x) {
            if (n == a.length) {
                a = Arrays.copyOf(a, 2 * n);
            }
            a[n++] = x;
        }

        void clear() {
            n = 0;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
