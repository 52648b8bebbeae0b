package lbw.bipartite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lbw.core.InvalidParameterException;

/**
 * A bipartite system that changes at given times: the regimes {@code [t_0 = 0, t_1), [t_1, t_2), ...,
 * [t_k, horizon]}, each a validated {@link BipartiteModel}. Built by {@link #of} from the system of the first
 * regime and a list of {@link Change}s, every change checked against the system it applies to; an error names the
 * change and its field, e.g. {@code changes[1].removeEdges[0]: edge [2, 3] is not in the graph at t = 10}.
 *
 * <p>The fluid inclusion follows the changes regime by regime ({@link #fluid}): the state at the end of one regime
 * is the initial state of the next, so the path is one continuous path on [0, horizon]. The stochastic system does
 * the same ({@link GmsrSimulation#run(Regimes, RoutingRule, double[], GmsrSimulation.Options)}).
 *
 * @param horizon the end of the last regime
 * @param list    the regimes, in order, from 0 to the horizon
 */
public record Regimes(double horizon, List<Regime> list) {

    /** At most this many changes in one scenario. */
    public static final int MAX_CHANGES = 200;

    /**
     * One regime: the system in force from {@code start} to {@code end}.
     *
     * @param index its position (0 for the first regime)
     */
    public record Regime(int index, double start, double end, BipartiteModel model) {

        /** end - start. */
        public double duration() {
            return end - start;
        }
    }

    public Regimes {
        list = List.copyOf(list);
        if (list.isEmpty()) {
            throw new InvalidParameterException("list", "needs at least one regime");
        }
    }

    /** A system that does not change: one regime [0, horizon]. */
    public static Regimes single(BipartiteModel m, double horizon) {
        lbw.core.Check.positive("horizon", horizon);
        return new Regimes(horizon, List.of(new Regime(0, 0, horizon, m)));
    }

    /**
     * The regimes of {@code first} changed by {@code changes} (times strictly increasing inside (0, horizon)). Each
     * change is checked against the system in force just before it: vector lengths, edges in range, no removal of a
     * missing edge, no repeated addition, every frontend and backend keeps an edge, and the new regime is feasible
     * (Assumption 2). Errors name the field as {@code changes[i].field}.
     */
    public static Regimes of(BipartiteModel first, List<Change> changes, double horizon) {
        lbw.core.Check.positive("horizon", horizon);
        if (changes.size() > MAX_CHANGES) {
            throw new InvalidParameterException("changes", "has " + changes.size() + " changes; at most " + MAX_CHANGES);
        }
        List<Regime> out = new ArrayList<>();
        BipartiteModel cur = first;
        double start = 0;
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            String at = "changes[" + i + "]";
            double t = c.time();
            if (!(t > start)) {
                throw new InvalidParameterException(at + ".time", "= " + num(t) + ": " + (i == 0 ? "must be after t = 0"
                        : "must be after the previous change's time " + num(start) + " (times strictly increase)"));
            }
            if (!(t < horizon)) {
                throw new InvalidParameterException(at + ".time", "= " + num(t) + ": must be before the horizon "
                        + num(horizon));
            }
            BipartiteModel next = apply(cur, c, at);
            out.add(new Regime(i, start, t, cur));
            cur = next;
            start = t;
        }
        out.add(new Regime(changes.size(), start, horizon, cur));
        return new Regimes(horizon, out);
    }

    /** The system after change c (named {@code at} in errors). */
    private static BipartiteModel apply(BipartiteModel m, Change c, String at) {
        int nf = m.frontends();
        int nb = m.backends();
        String when = " at t = " + num(c.time());
        double[] lambda = m.arrivalRate();
        if (c.arrivalRate() != null) {
            lambda = c.arrivalRate();
            if (lambda.length != nf) {
                throw new InvalidParameterException(at + ".arrivalRate", "has " + lambda.length + " entries but needs "
                        + nf + " (one per frontend)");
            }
            lbw.core.Check.within(at + ".arrivalRate", lambda, BipartiteScenario.MIN_RATE, BipartiteScenario.MAX_RATE);
        }
        List<ServiceRate> rates = m.serviceRate();
        if (c.serviceRate() != null) {
            rates = c.serviceRate();
            if (rates.size() != nb) {
                throw new InvalidParameterException(at + ".serviceRate", "has " + rates.size()
                        + " entries but needs " + nb + " (one per backend)");
            }
        }
        int[][] add = c.addEdges();
        int[][] remove = c.removeEdges();
        if (c.arrivalRate() == null && c.serviceRate() == null && add.length == 0 && remove.length == 0) {
            throw new InvalidParameterException(at, "changes nothing: give arrivalRate, serviceRate, addEdges or "
                    + "removeEdges");
        }
        Set<Long> edges = new java.util.LinkedHashSet<>();
        for (int[] e : m.edges()) {
            edges.add(key(e[0], e[1], nb));
        }
        Set<Long> removed = new HashSet<>();
        for (int k = 0; k < remove.length; k++) {
            String field = at + ".removeEdges[" + k + "]";
            int[] e = pair(remove[k], field, nf, nb);
            if (!removed.add(key(e[0], e[1], nb))) {
                throw new InvalidParameterException(field, "edge " + show(e) + " is removed twice by this change");
            }
            if (!edges.remove(key(e[0], e[1], nb))) {
                throw new InvalidParameterException(field, "edge " + show(e) + " is not in the graph" + when);
            }
        }
        for (int k = 0; k < add.length; k++) {
            String field = at + ".addEdges[" + k + "]";
            int[] e = pair(add[k], field, nf, nb);
            long key = key(e[0], e[1], nb);
            if (removed.contains(key)) {
                throw new InvalidParameterException(field, "edge " + show(e) + " is also removed by this change");
            }
            if (!edges.add(key)) {
                throw new InvalidParameterException(field, "edge " + show(e) + " is already in the graph" + when);
            }
        }
        int[][] list = new int[edges.size()][];
        int[] degF = new int[nf];
        int[] degB = new int[nb];
        int j = 0;
        for (long k : edges) {
            int f = (int) (k / nb);
            int b = (int) (k % nb);
            list[j++] = new int[] {f, b};
            degF[f]++;
            degB[b]++;
        }
        for (int f = 0; f < nf; f++) {
            if (degF[f] == 0) {
                throw new InvalidParameterException(at + ".removeEdges", "frontend " + f + " would have no backend left"
                        + when + " (every frontend needs an edge)");
            }
        }
        for (int b = 0; b < nb; b++) {
            if (degB[b] == 0) {
                throw new InvalidParameterException(at + ".removeEdges", "backend " + b + " would have no frontend left"
                        + when + " (every backend needs an edge)");
            }
        }
        double[] l = lambda;
        List<ServiceRate> r = rates;
        try {
            return new BipartiteModel(l, r, list);
        } catch (InvalidParameterException e) {
            boolean named = e.parameter().equals("arrivalRate") && c.arrivalRate() != null
                    || e.parameter().equals("serviceRate") && c.serviceRate() != null;
            throw new InvalidParameterException(named ? at + "." + e.parameter() : at, "the system from t = "
                    + num(c.time()) + " on: " + (named ? e.reason() : e.getMessage()));
        }
    }

    private static int[] pair(int[] e, String field, int nf, int nb) {
        if (e == null || e.length != 2) {
            throw new InvalidParameterException(field, "must be a pair [frontend, backend]");
        }
        if (e[0] < 0 || e[0] >= nf) {
            throw new InvalidParameterException(field, "frontend " + e[0] + " is out of range: there are " + nf
                    + " frontends (zero-based)");
        }
        if (e[1] < 0 || e[1] >= nb) {
            throw new InvalidParameterException(field, "backend " + e[1] + " is out of range: there are " + nb
                    + " backends (zero-based)");
        }
        return e;
    }

    private static long key(int f, int b, int nb) {
        return (long) f * nb + b;
    }

    private static String show(int[] e) {
        return "[" + e[0] + ", " + e[1] + "]";
    }

    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }

    /** The number of regimes. */
    public int count() {
        return list.size();
    }

    /** The i-th regime. */
    public Regime get(int i) {
        return list.get(i);
    }

    /** The last regime (in force at the horizon). */
    public Regime last() {
        return list.get(list.size() - 1);
    }

    /** The system in force at time t (the later regime at a change time). */
    public BipartiteModel at(double t) {
        Regime in = list.get(0);
        for (Regime r : list) {
            if (r.start() <= t) {
                in = r;
            }
        }
        return in.model();
    }

    /** The change times {@code t_1 < ... < t_k}. */
    public double[] changeTimes() {
        return list.stream().skip(1).mapToDouble(Regime::start).toArray();
    }

    /** The fluid optimum of every regime, in order. */
    public List<Equilibrium> optima() {
        List<Equilibrium> out = new ArrayList<>();
        for (Regime r : list) {
            out.add(FluidOptimum.solve(r.model()));
        }
        return out;
    }

    /** {@link #fluid(double[], FluidInclusion.Options)} with default options. */
    public RegimeFluid fluid(double[] initial) {
        return fluid(initial, FluidInclusion.Options.defaults());
    }

    /**
     * The fluid inclusion regime by regime: each regime solved by {@link FluidInclusion#solve} from the state at the
     * end of the previous one, its times shifted by the regime's start. The joined path lists every change time
     * twice (the end of one regime and the start of the next, the same state); its events mark each change as
     * {@code "change"}.
     */
    public RegimeFluid fluid(double[] initial, FluidInclusion.Options o) {
        List<FluidPath> pieces = new ArrayList<>();
        double[] state = initial.clone();
        for (Regime r : list) {
            FluidPath p = FluidInclusion.solve(r.model(), state, r.duration(), o);
            pieces.add(shift(p, r.start(), r.index() > 0));
            state = p.finalWorkload();
        }
        return new RegimeFluid(this, pieces, join(pieces));
    }

    /** A regime's path with its times moved by {@code offset} (its first event named "change" if asked). */
    private static FluidPath shift(FluidPath p, double offset, boolean change) {
        if (offset == 0 && !change) {
            return p;
        }
        double[] t = p.times();
        for (int i = 0; i < t.length; i++) {
            t[i] += offset;
        }
        List<FluidInclusion.Event> ev = new ArrayList<>();
        for (FluidInclusion.Event e : p.events()) {
            String kind = change && e.kind().equals("start") ? "change" : e.kind();
            ev.add(new FluidInclusion.Event(e.time() + offset, kind, e.tiersBefore(), e.tiersAfter()));
        }
        return new FluidPath(p.model(), t, p.workload(), p.lyapunov(), p.tiers(), ev, p.finalShare(), p.steps(),
                p.unresolvedEvents(), p.lemma10Residual(), p.converged());
    }

    /** The pieces as one path (the model and final routing of the last regime). */
    private static FluidPath join(List<FluidPath> pieces) {
        if (pieces.size() == 1) {
            return pieces.get(0);
        }
        int n = pieces.stream().mapToInt(p -> p.times().length).sum();
        double[] t = new double[n];
        double[][] w = new double[n][];
        double[] v = new double[n];
        int[] tiers = new int[n];
        List<FluidInclusion.Event> ev = new ArrayList<>();
        long steps = 0;
        int unresolved = 0;
        double lemma10 = 0;
        boolean converged = true;
        int at = 0;
        for (FluidPath p : pieces) {
            double[] pt = p.times();
            System.arraycopy(pt, 0, t, at, pt.length);
            System.arraycopy(p.workload(), 0, w, at, pt.length);
            System.arraycopy(p.lyapunov(), 0, v, at, pt.length);
            System.arraycopy(p.tiers(), 0, tiers, at, pt.length);
            at += pt.length;
            ev.addAll(p.events());
            steps += p.steps();
            unresolved += p.unresolvedEvents();
            lemma10 = Math.max(lemma10, p.lemma10Residual());
            converged &= p.converged();
        }
        FluidPath last = pieces.get(pieces.size() - 1);
        return new FluidPath(last.model(), t, w, v, tiers, ev, last.finalShare(), steps, unresolved, lemma10, converged);
    }

    /**
     * The fluid inclusion through the regimes.
     *
     * @param regimes the regimes
     * @param pieces  one path per regime, on [start, end] of its regime (absolute times), with that regime's model:
     *                analyse tiers and events ({@link TierEvents}) on these
     * @param path    the pieces joined: one continuous path on [0, horizon]; its model and final routing are the last
     *                regime's
     */
    public record RegimeFluid(Regimes regimes, List<FluidPath> pieces, FluidPath path) {
        public RegimeFluid {
            pieces = List.copyOf(pieces);
        }

        /** The fluid state at the end of regime i. */
        public double[] endOf(int i) {
            return pieces.get(i).finalWorkload();
        }

        /** Whether every regime's solve was clean. */
        public boolean converged() {
            return path.converged();
        }
    }

    @Override
    public String toString() {
        return "Regimes" + Arrays.toString(list.stream().map(r -> "[" + num(r.start()) + ", " + num(r.end()) + ")")
                .toArray());
    }
}
