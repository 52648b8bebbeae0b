package lbw.bipartite;

import lbw.numerics.TransportationProblem;
import lbw.numerics.TransportationSolution;
import lbw.numerics.TransportationSolver;

/**
 * The set of optimal flows of problem (1) (Lemma 2): N* is unique, x* need not be. Every routing whose loads are
 * {@code y*_b = l_b(N*_b)} gives N* and so is optimal, so the optimal flows are the transportation polytope
 * {@code {z >= 0 on the edges: sum_b z_fb = lambda_f, sum_f z_fb = y*_b}} (z = lambda_f x_fb). Along a cycle of the
 * graph flow can be pushed round without changing any load. For every edge the smallest and largest flow over that
 * set are two linear programs, solved exactly by the network simplex ({@link TransportationSolver}); the edge with
 * the widest range gives two optimal routings at the ends of its range ({@link OptimalFace}).
 */
public final class OptimalFlows {

    /** Cost of a non-edge in the linear programs (no optimal solution uses one; checked). */
    private static final double NON_EDGE = 1e3;

    /** Largest edges x frontends x backends accepted (each edge costs two dense transportation problems). */
    public static final long MAX_WORK = 20_000_000L;

    private OptimalFlows() {
    }

    /** The optimal face of a model's fluid problem. */
    public static OptimalFace face(BipartiteModel m) {
        long work = (long) m.edges().length * m.frontends() * m.backends();
        if (work > MAX_WORK) {
            throw new lbw.core.InvalidParameterException("model", "the optimal face takes two linear programs of "
                    + m.frontends() + " x " + m.backends() + " per edge (" + m.edges().length + " edges): "
                    + "edges x frontends x backends = " + work + " is above " + MAX_WORK);
        }
        Equilibrium opt = FluidOptimum.solve(m);
        double[] load = opt.load();
        double[] cap = capacities(m.arrivalRate(), load);
        int[][] edges = m.edges();
        int ne = edges.length;
        double[] lo = new double[ne];
        double[] hi = new double[ne];
        double[][][] loFlow = new double[ne][][];
        double[][][] hiFlow = new double[ne][][];
        double certificate = 0;
        for (int k = 0; k < ne; k++) {
            for (int sign : new int[] {1, -1}) {
                double[][] cost = new double[m.frontends()][m.backends()];
                for (double[] row : cost) {
                    java.util.Arrays.fill(row, NON_EDGE);
                }
                for (int[] e : edges) {
                    cost[e[0]][e[1]] = 0;
                }
                cost[edges[k][0]][edges[k][1]] = sign;
                TransportationSolution s = TransportationSolver.solve(new TransportationProblem(m.arrivalRate(), cap,
                        cost));
                double[][] z = s.flow();
                certificate = Math.max(certificate, Math.max(Math.abs(s.gap()), s.primalViolation()));
                for (int f = 0; f < z.length; f++) {
                    for (int b = 0; b < z[f].length; b++) {
                        if (!m.connected(f, b)) {
                            certificate = Math.max(certificate, z[f][b]);
                        }
                    }
                }
                double v = z[edges[k][0]][edges[k][1]];
                if (sign == 1) {
                    lo[k] = v;
                    loFlow[k] = z;
                } else {
                    hi[k] = v;
                    hiFlow[k] = z;
                }
            }
        }
        int widest = 0;
        for (int k = 1; k < ne; k++) {
            if (hi[k] - lo[k] > hi[widest] - lo[widest]) {
                widest = k;
            }
        }
        return new OptimalFace(m, opt, lo, hi, widest, shares(m, loFlow[widest]), shares(m, hiFlow[widest]),
                certificate);
    }

    /**
     * The loads scaled to the total arrival rate (they differ by rounding), then raised by ulps until their sum is
     * at least the supply's, so that the transportation problem is feasible.
     */
    static double[] capacities(double[] supply, double[] load) {
        double s = sum(supply);
        double scale = s / sum(load);
        double[] cap = new double[load.length];
        for (int b = 0; b < cap.length; b++) {
            cap[b] = load[b] * scale;
        }
        for (int b = 0; sum(cap) < s; b = (b + 1) % cap.length) {
            cap[b] = Math.nextUp(cap[b]);
        }
        return cap;
    }

    private static double sum(double[] a) {
        double t = 0;
        for (double v : a) {
            t += v;
        }
        return t;
    }

    private static double[][] shares(BipartiteModel m, double[][] z) {
        double[][] x = new double[z.length][z[0].length];
        for (int f = 0; f < z.length; f++) {
            for (int b = 0; b < z[f].length; b++) {
                x[f][b] = m.connected(f, b) ? z[f][b] / m.arrivalRate(f) : 0;
            }
        }
        return x;
    }
}
