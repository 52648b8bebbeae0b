package lbw.bipartite;

/**
 * Reference for the fluid solver, used only in tests: explicit Euler on dN/dt = sum_f lambda_f x_fb - l_b(N_b)
 * with x_f all on the single best backend (lowest index on ties). It chatters around equal-gradient surfaces but
 * converges to the Filippov solution as the step shrinks (error of order h).
 */
final class ChatteringEuler {

    private ChatteringEuler() {
    }

    static double[] solve(BipartiteModel m, double[] n0, double horizon, double h) {
        BipartiteModel.Graph g = m.graph();
        double[] n = n0.clone();
        long steps = Math.round(horizon / h);
        double[] in = new double[n.length];
        for (long s = 0; s < steps; s++) {
            java.util.Arrays.fill(in, 0);
            for (int f = 0; f < g.nf(); f++) {
                int best = -1;
                double gb = Double.NEGATIVE_INFINITY;
                for (int k = g.fStart()[f]; k < g.fStart()[f + 1]; k++) {
                    int b = g.fAdj()[k];
                    double d = m.rate(b).derivative(n[b]);
                    if (d > gb) {
                        gb = d;
                        best = b;
                    }
                }
                in[best] += m.arrivalRate(f);
            }
            for (int b = 0; b < n.length; b++) {
                n[b] = Math.max(0, n[b] + h * (in[b] - m.rate(b).value(n[b])));
            }
        }
        return n;
    }
}
