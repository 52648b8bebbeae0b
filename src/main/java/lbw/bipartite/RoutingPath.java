package lbw.bipartite;

/**
 * The GMSR routing along a stretch of a fluid path ({@link TierEvents#routing}): at each time, the flow
 * {@code lambda_f x_fb} on every edge (f, b) of the model (zero-based, in the model's edge order) and the gradient
 * {@code l_b'(N_b)} of every backend (backends of one tier share it).
 */
public record RoutingPath(double[] times, int[][] edges, double[][] flow, double[][] gradient) {

    /** Copies the arrays, so that the record is a value. */
    public RoutingPath {
        times = times.clone();
        edges = copy(edges);
        flow = lbw.core.Copies.deep(flow);
        gradient = lbw.core.Copies.deep(gradient);
    }

    @Override
    public double[][] gradient() {
        return lbw.core.Copies.deep(gradient);
    }

    /** The gradient of backend b over time. */
    public double[] gradientOf(int b) {
        double[] out = new double[times.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = gradient[i][b];
        }
        return out;
    }

    @Override
    public double[] times() {
        return times.clone();
    }

    @Override
    public int[][] edges() {
        return copy(edges);
    }

    @Override
    public double[][] flow() {
        return lbw.core.Copies.deep(flow);
    }

    private static int[][] copy(int[][] a) {
        int[][] c = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** The flow on edge k over time. */
    public double[] edge(int k) {
        double[] out = new double[times.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = flow[i][k];
        }
        return out;
    }

    /** The edge's name, one-based as in the paper, e.g. {@code f1 -> b2}. */
    public String name(int k) {
        return "f" + (edges[k][0] + 1) + " -> b" + (edges[k][1] + 1);
    }
}
