package lbw.bipartite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import lbw.core.Check;
import lbw.core.InvalidParameterException;

/**
 * A bipartite load-balancing system (Section 3 of the paper): frontends {@code f} with Poisson arrival rates
 * {@code lambda_f}, backends {@code b} with service-rate functions {@code l_b}, and the edge set of allowed
 * routes {@code (f, b)} (zero-based). The constructor refuses isolated nodes, bad or repeated edges and an
 * infeasible system (Assumption 2): if some set of frontends asks at least as much as the supremum of the rates
 * of all their neighbours, the error names that set.
 *
 * <p>Adjacency is kept in compressed (CSR) form, sorted by index: {@link #backendsOf(int)} and
 * {@link #frontendsOf(int)}.
 */
public record BipartiteModel(double[] arrivalRate, List<ServiceRate> serviceRate, int[][] edges) {

    public BipartiteModel {
        arrivalRate = Check.positive("arrivalRate", arrivalRate);
        if (serviceRate == null || serviceRate.isEmpty()) {
            throw new InvalidParameterException("serviceRate", "must list at least one backend");
        }
        for (int b = 0; b < serviceRate.size(); b++) {
            if (serviceRate.get(b) == null) {
                throw new InvalidParameterException("serviceRate[" + b + "]", "is missing");
            }
        }
        serviceRate = List.copyOf(serviceRate);
        if (edges == null || edges.length == 0) {
            throw new InvalidParameterException("edges", "must list at least one edge [f, b]");
        }
        int nf = arrivalRate.length;
        int nb = serviceRate.size();
        int[][] copy = new int[edges.length][];
        boolean[][] seen = null;
        java.util.HashSet<Long> pairs = new java.util.HashSet<>();
        for (int k = 0; k < edges.length; k++) {
            int[] e = edges[k];
            if (e == null || e.length != 2) {
                throw new InvalidParameterException("edges", "edge " + k + ": must be a pair [frontend, backend]");
            }
            if (e[0] < 0 || e[0] >= nf) {
                throw new InvalidParameterException("edges", "edge " + k + ": frontend " + e[0] + " is out of range: there are "
                        + nf + " frontends (zero-based)");
            }
            if (e[1] < 0 || e[1] >= nb) {
                throw new InvalidParameterException("edges", "edge " + k + ": backend " + e[1] + " is out of range: there are "
                        + nb + " backends (zero-based)");
            }
            if (!pairs.add((long) e[0] * nb + e[1])) {
                throw new InvalidParameterException("edges", "edge " + k + ": repeats the edge [" + e[0] + ", " + e[1] + "]");
            }
            copy[k] = e.clone();
        }
        edges = copy;
        int[] degF = new int[nf];
        int[] degB = new int[nb];
        for (int[] e : edges) {
            degF[e[0]]++;
            degB[e[1]]++;
        }
        for (int f = 0; f < nf; f++) {
            if (degF[f] == 0) {
                throw new InvalidParameterException("edges", "frontend " + f + " is isolated: every frontend needs a backend");
            }
        }
        for (int b = 0; b < nb; b++) {
            if (degB[b] == 0) {
                throw new InvalidParameterException("edges", "backend " + b + " is isolated: every backend needs a frontend");
            }
        }
        checkFeasible(arrivalRate, serviceRate, edges);
    }

    /** Convenience constructor from arrays. */
    public BipartiteModel(double[] arrivalRate, ServiceRate[] serviceRate, int[][] edges) {
        this(arrivalRate, Arrays.asList(serviceRate), edges);
    }

    private static void checkFeasible(double[] lambda, List<ServiceRate> rates, int[][] edges) {
        double[] sup = new double[rates.size()];
        for (int b = 0; b < sup.length; b++) {
            sup[b] = rates.get(b).supremum();
        }
        int[] af = new int[edges.length];
        int[] ab = new int[edges.length];
        for (int k = 0; k < edges.length; k++) {
            af[k] = edges[k][0];
            ab[k] = edges[k][1];
        }
        double total = Arrays.stream(lambda).sum();
        BipartiteFlow flow = new BipartiteFlow(lambda, sup, af, ab);
        double v = flow.solve();
        boolean strictlyShort = v < total * (1 - 1e-12);
        boolean[][] side = strictlyShort ? flow.sourceSide() : flow.maximalSourceSide();
        boolean anyFrontend = false;
        for (boolean s : side[0]) {
            anyFrontend |= s;
        }
        // Strict feasibility: the problem needs l_b(N_b) < sup_b, so a set asking exactly the supremum of its
        // neighbourhood is infeasible too. The smallest minimum cut then still holds a frontend.
        if (strictlyShort || anyFrontend) {
            StringJoiner fs = new StringJoiner(", ", "{", "}");
            StringJoiner bs = new StringJoiner(", ", "{", "}");
            double ask = 0;
            double serve = 0;
            boolean[] nbh = new boolean[sup.length];
            for (int f = 0; f < lambda.length; f++) {
                if (side[0][f]) {
                    fs.add(Integer.toString(f));
                    ask += lambda[f];
                }
            }
            for (int k = 0; k < edges.length; k++) {
                if (side[0][af[k]]) {
                    nbh[ab[k]] = true;
                }
            }
            for (int b = 0; b < sup.length; b++) {
                if (nbh[b]) {
                    bs.add(Integer.toString(b));
                    serve += sup[b];
                }
            }
            throw new InvalidParameterException("arrivalRate", "infeasible (Assumption 2): frontends " + fs
                    + " ask " + ask + " in total but their backends " + bs + " serve at most " + serve
                    + " (the supremum of their rates)");
        }
    }

    /** Number of frontends. */
    /**
     * The objective of problem (1) at a routing: {@code sum_b l_b^-1(sum_f lambda_f x_fb)}, the total workload the
     * backends hold in the fluid steady state of that routing ({@code x[f][b]}, rows summing to 1).
     */
    public double totalWorkload(double[][] x) {
        Check.matrix("x", x, frontends(), backends(), "one row per frontend, one column per backend");
        double total = 0;
        for (int b = 0; b < backends(); b++) {
            double y = 0;
            for (int f = 0; f < frontends(); f++) {
                y += arrivalRate[f] * x[f][b];
            }
            total += rate(b).inverse(y);
        }
        return total;
    }

    public int frontends() {
        return arrivalRate.length;
    }

    /** Number of backends. */
    public int backends() {
        return serviceRate.size();
    }

    /** lambda_f. */
    public double arrivalRate(int f) {
        return arrivalRate[f];
    }

    /** Total arrival rate. */
    public double totalArrival() {
        double s = 0;
        for (double l : arrivalRate) {
            s += l;
        }
        return s;
    }

    /** l_b. */
    public ServiceRate rate(int b) {
        return serviceRate.get(b);
    }

    @Override
    public double[] arrivalRate() {
        return arrivalRate.clone();
    }

    @Override
    public int[][] edges() {
        int[][] c = new int[edges.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = edges[i].clone();
        }
        return c;
    }

    /** The compiled adjacency (built once per call; cache it with {@link Graph#of}). */
    public Graph graph() {
        return Graph.of(this);
    }

    /** Backends connected to frontend f, in increasing order. */
    public int[] backendsOf(int f) {
        List<Integer> out = new ArrayList<>();
        for (int[] e : edges) {
            if (e[0] == f) {
                out.add(e[1]);
            }
        }
        return out.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** Frontends connected to backend b, in increasing order. */
    public int[] frontendsOf(int b) {
        List<Integer> out = new ArrayList<>();
        for (int[] e : edges) {
            if (e[1] == b) {
                out.add(e[0]);
            }
        }
        return out.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** Whether (f, b) is an edge. */
    public boolean connected(int f, int b) {
        for (int[] e : edges) {
            if (e[0] == f && e[1] == b) {
                return true;
            }
        }
        return false;
    }

    /**
     * Flat adjacency in CSR form: frontend f's backends are {@code fAdj[fStart[f] .. fStart[f+1])} (sorted), and
     * backend b's frontends {@code bAdj[bStart[b] .. bStart[b+1])}; {@code bEdge[k]} is the position in fAdj of the
     * k-th entry of bAdj.
     */
    public record Graph(int nf, int nb, int[] fStart, int[] fAdj, int[] bStart, int[] bAdj, int[] bEdge) {

        /** Compiles the adjacency of a model. */
        public static Graph of(BipartiteModel m) {
            int nf = m.frontends();
            int nb = m.backends();
            int[][] e = m.edges;
            int[] fStart = new int[nf + 1];
            int[] bStart = new int[nb + 1];
            for (int[] x : e) {
                fStart[x[0] + 1]++;
                bStart[x[1] + 1]++;
            }
            for (int i = 0; i < nf; i++) {
                fStart[i + 1] += fStart[i];
            }
            for (int i = 0; i < nb; i++) {
                bStart[i + 1] += bStart[i];
            }
            int[] fAdj = new int[e.length];
            int[] fill = Arrays.copyOf(fStart, nf);
            for (int[] x : e) {
                fAdj[fill[x[0]]++] = x[1];
            }
            for (int f = 0; f < nf; f++) {
                Arrays.sort(fAdj, fStart[f], fStart[f + 1]);
            }
            int[] bAdj = new int[e.length];
            int[] bEdge = new int[e.length];
            int[] fillB = Arrays.copyOf(bStart, nb);
            for (int f = 0; f < nf; f++) {
                for (int k = fStart[f]; k < fStart[f + 1]; k++) {
                    int b = fAdj[k];
                    bAdj[fillB[b]] = f;
                    bEdge[fillB[b]++] = k;
                }
            }
            return new Graph(nf, nb, fStart, fAdj, bStart, bAdj, bEdge);
        }

        /** Number of edges. */
        public int edgeCount() {
            return fAdj.length;
        }

        /** Position of edge (f, b) in fAdj, or -1. */
        public int edgeIndex(int f, int b) {
            int k = Arrays.binarySearch(fAdj, fStart[f], fStart[f + 1], b);
            return k >= 0 ? k : -1;
        }
    }
}
