package lbw.bipartite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The events of a fluid path seen from the tiers (Lemmas 11-12): which tiers an event replaced by which
 * ({@link TierChange}), read with {@link TierAnalysis} from the states the path recorded just before and just after
 * it, and why the tiers tied at the event could not stay one tier, computed afresh from the model (tie-keeping
 * inflows and a maximum flow), not by the solver's own checks. Also the GMSR routing along a stretch of the path
 * ({@link RoutingPath}), where a split shows as an edge flow that reaches zero and stays there.
 */
public final class TierEvents {

    /** Gradients within this relative gap count as one tier when the recorded states are read. */
    public static final double TIE = 1e-9;
    /** A deficit below this share of the arrival rate is the maximum flow's rounding, reported as 0. */
    static final double ROUNDING = 1e-12;
    /** {@link #routing} computes the drift at no more than this many recorded states (evenly spaced). */
    public static final int MAX_STATES = 2000;
    /** How long after the event the held union of the replaced tiers is evaluated. */
    public static final double HELD_AFTER = 1e-3;

    private TierEvents() {
    }

    /**
     * Every event of the path (not the start) whose state the path recorded, in order. Events of large systems
     * whose states were not kept ({@link FluidInclusion.Options#maxStoredValues()}) are left out.
     */
    public static List<TierChange> of(FluidPath p) {
        List<TierChange> out = new ArrayList<>();
        for (int i = 1; i < p.events().size(); i++) {
            if (p.events().get(i).kind().equals("change")) {
                continue; // a change of the system (Regimes), not of the tiers: read each regime's piece instead
            }
            TierChange c = change(p, i);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** The changes of one kind ("merge", "split", "reconfiguration"). */
    public static List<TierChange> ofKind(FluidPath p, String kind) {
        return of(p).stream().filter(c -> c.kind().equals(kind)).toList();
    }

    private static TierChange change(FluidPath p, int event) {
        FluidInclusion.Event e = p.events().get(event);
        double[] t = p.times();
        int at = Arrays.binarySearch(t, e.time());
        if (at < 0) {
            return null;
        }
        while (at > 0 && t[at - 1] == e.time()) {
            at--;
        }
        int after = at;
        while (after < t.length && t[after] == e.time()) {
            after++;
        }
        if (at == 0 || after >= t.length) {
            return null;
        }
        int last = after - 1;
        double[][] w = p.workload();
        BipartiteModel m = p.model();
        List<TierStructure.Tier> before = TierAnalysis.at(m, w[at - 1], TIE).tiers();
        List<TierStructure.Tier> next = TierAnalysis.at(m, w[after], TIE).tiers();
        List<TierStructure.Tier> replaced = new ArrayList<>();
        for (TierStructure.Tier b : before) {
            if (!contains(next, b)) {
                replaced.add(b);
            }
        }
        List<TierStructure.Tier> created = new ArrayList<>();
        for (TierStructure.Tier a : next) {
            if (!contains(before, a)) {
                created.add(a);
            }
        }
        boolean isolated = true;
        for (FluidInclusion.Event o : p.events()) {
            if (o != e && !o.kind().equals("start") && o.time() >= t[at - 1] && o.time() <= t[after]) {
                isolated = false;
            }
        }
        int[] fs = union(replaced, true);
        int[] bs = union(replaced, false);
        double[] y = new double[bs.length];
        double deficit = 0;
        if (bs.length > 0) {
            deficit = held(m, fs, bs, m.rate(bs[0]).derivative(w[last][bs[0]]), y);
        }
        return new TierChange(e.time(), e.kind(), replaced, created, p.lyapunov()[at - 1], p.lyapunov()[last], fs, bs,
                y, deficit, HELD_AFTER, isolated);
    }

    /**
     * Holds backends {@code bs} with frontends {@code fs} as one tier from gradient {@code g} for
     * {@link #HELD_AFTER}: the common gradient follows {@code dg/dt = (lambda(F) - sum l_b) / sum 1 / l_b''}
     * (RK4 in ten steps); writes each backend's tie-keeping inflow {@code y_b = l_b + (dg/dt) / l_b''} into y and
     * returns the arrival rate that a maximum flow along the frontends' edges into capacities {@code max(y_b, 0)}
     * cannot place (0 below {@link #ROUNDING} of it).
     */
    static double held(BipartiteModel m, int[] fs, int[] bs, double g, double[] y) {
        ServiceRate[] l = m.serviceRate().toArray(new ServiceRate[0]);
        TierDynamics dyn = new TierDynamics(l);
        double lam = 0;
        for (int f : fs) {
            lam += m.arrivalRate(f);
        }
        double h = HELD_AFTER / 10;
        for (int k = 0; k < 10; k++) {
            g = dyn.advance(bs, lam, g, h);
        }
        double dg = dyn.rate(bs, lam, g);
        double[] cap = new double[bs.length];
        for (int j = 0; j < bs.length; j++) {
            double n = l[bs[j]].derivativeInverse(g);
            y[j] = l[bs[j]].value(n) + dg / l[bs[j]].secondDerivative(n);
            cap[j] = Math.max(0, y[j]);
        }
        if (fs.length == 0) {
            return 0;
        }
        double[] supply = new double[fs.length];
        List<int[]> arcs = new ArrayList<>();
        for (int i = 0; i < fs.length; i++) {
            supply[i] = m.arrivalRate(fs[i]);
            for (int j = 0; j < bs.length; j++) {
                if (m.connected(fs[i], bs[j])) {
                    arcs.add(new int[] {i, j});
                }
            }
        }
        int[] af = new int[arcs.size()];
        int[] ab = new int[arcs.size()];
        for (int k = 0; k < af.length; k++) {
            af[k] = arcs.get(k)[0];
            ab[k] = arcs.get(k)[1];
        }
        double left = lam - new BipartiteFlow(supply, cap, af, ab).solve();
        return left > ROUNDING * lam ? left : 0;
    }

    private static boolean contains(List<TierStructure.Tier> tiers, TierStructure.Tier t) {
        for (TierStructure.Tier o : tiers) {
            if (Arrays.equals(o.backends(), t.backends()) && Arrays.equals(o.frontends(), t.frontends())) {
                return true;
            }
        }
        return false;
    }

    private static int[] union(List<TierStructure.Tier> tiers, boolean frontends) {
        return tiers.stream().flatMapToInt(t -> Arrays.stream(frontends ? t.frontends() : t.backends())).sorted()
                .toArray();
    }

    /** One row per change: time, kinds, the tiers replaced and created, V, and the held union's verdict. */
    public static Table table(List<TierChange> changes) {
        int k = changes.size();
        double[] time = new double[k];
        String[] kind = new String[k];
        String[] read = new String[k];
        String[] before = new String[k];
        String[] after = new String[k];
        double[] vb = new double[k];
        double[] va = new double[k];
        double[] ymin = new double[k];
        double[] deficit = new double[k];
        for (int i = 0; i < k; i++) {
            TierChange c = changes.get(i);
            time[i] = c.time();
            kind[i] = c.kind();
            read[i] = c.partitionKind();
            before[i] = TierChange.names(c.replaced());
            after[i] = TierChange.names(c.created());
            vb[i] = c.vBefore();
            va[i] = c.vAfter();
            ymin[i] = c.smallestHeldInflow();
            deficit[i] = c.heldDeficit();
        }
        return Tables.of("Events and the tiers they change (Lemmas 11-12)", "time", time, "solver's kind", kind,
                "kind read from the tiers", read, "tiers before", before, "tiers after", after, "V before", vb,
                "V after", va, "held as one tier: smallest inflow y_b", ymin,
                "held as one tier: flow that cannot be placed", deficit);
    }

    /**
     * The GMSR routing the fluid solution follows ({@link FluidInclusion#driftAt}) at every recorded state of the
     * path in {@code [from, to]} (at most {@link #MAX_STATES} of them, evenly spaced): the flow {@code lambda_f x_fb}
     * on every edge and the backends' gradients.
     */
    public static RoutingPath routing(FluidPath p, double from, double to) {
        lbw.core.Check.finite("from", from);
        lbw.core.Check.finite("to", to);
        if (!(to > from)) {
            throw new lbw.core.InvalidParameterException("to", to, "must be greater than from = " + from);
        }
        BipartiteModel m = p.model();
        double[] t = p.times();
        double[][] w = p.workload();
        List<Double> times = new ArrayList<>();
        List<double[]> flows = new ArrayList<>();
        List<double[]> grads = new ArrayList<>();
        int[][] edges = m.edges();
        int first = -1;
        int last = -1;
        for (int i = 0; i < t.length; i++) {
            if (t[i] >= from && t[i] <= to) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            throw new lbw.core.InvalidParameterException("from", from, "no recorded state of the path lies in [" + from
                    + ", " + to + "] (the path runs from " + t[0] + " to " + t[t.length - 1] + ")");
        }
        int stride = Math.max(1, (int) Math.ceil((last - first + 1) / (double) MAX_STATES));
        for (int i = first; i <= last; i += stride) {
            FluidDrift d = FluidInclusion.driftAt(m, w[i]);
            double[][] x = d.routing();
            grads.add(d.gradient());
            double[] row = new double[edges.length];
            for (int k = 0; k < edges.length; k++) {
                row[k] = m.arrivalRate(edges[k][0]) * x[edges[k][0]][edges[k][1]];
            }
            times.add(t[i]);
            flows.add(row);
        }
        return new RoutingPath(times.stream().mapToDouble(Double::doubleValue).toArray(), edges,
                flows.toArray(new double[0][]), grads.toArray(new double[0][]));
    }
}
