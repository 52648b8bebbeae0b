package lbw.bipartite;

import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The optimal flows of problem (1) on a model ({@link OptimalFlows#face}): per edge (in the model's edge order) the
 * smallest and largest flow {@code lambda_f x_fb} over all optimal routings, and the two optimal routings at the ends
 * of the widest range. Their difference is a circulation: it changes no load, so no workload (Lemma 2: N* unique,
 * x* not, when the optimum's best-backend graph has a cycle).
 *
 * @param minFlow     per edge, the least flow over the optimal routings
 * @param maxFlow     per edge, the largest
 * @param widestEdge  the edge whose range is widest
 * @param low         an optimal routing (F x B shares) with the widest edge at its least flow
 * @param high        an optimal routing with the widest edge at its largest flow
 * @param certificate largest duality gap, primal violation or flow on a non-edge over the linear programs solved
 */
public record OptimalFace(BipartiteModel model, Equilibrium optimum, double[] minFlow, double[] maxFlow,
        int widestEdge, double[][] low, double[][] high, double certificate) implements Summarizable {

    /** Copies the arrays, so that the record is a value. */
    public OptimalFace {
        minFlow = minFlow.clone();
        maxFlow = maxFlow.clone();
        low = lbw.core.Copies.deep(low);
        high = lbw.core.Copies.deep(high);
    }

    @Override
    public double[] minFlow() {
        return minFlow.clone();
    }

    @Override
    public double[] maxFlow() {
        return maxFlow.clone();
    }

    @Override
    public double[][] low() {
        return lbw.core.Copies.deep(low);
    }

    @Override
    public double[][] high() {
        return lbw.core.Copies.deep(high);
    }

    /** The largest range {@code maxFlow - minFlow} over the edges: 0 exactly when x* is unique. */
    public double widestRange() {
        return maxFlow[widestEdge] - minFlow[widestEdge];
    }

    /** Whether every edge's flow is the same in all optimal routings, up to {@code tol}. */
    public boolean unique(double tol) {
        return widestRange() <= tol;
    }

    /** The routing {@code (1 - s) low + s high}, optimal for every s in [0, 1]. */
    public double[][] along(double s) {
        lbw.core.Check.within("s", s, 0, 1);
        double[][] x = new double[low.length][low[0].length];
        for (int f = 0; f < x.length; f++) {
            for (int b = 0; b < x[f].length; b++) {
                x[f][b] = (1 - s) * low[f][b] + s * high[f][b];
            }
        }
        return x;
    }

    /** Per edge the flow of {@code high} minus that of {@code low}: a circulation (zero net flow at every node). */
    public double[] circulation() {
        int[][] e = model.edges();
        double[] c = new double[e.length];
        for (int k = 0; k < e.length; k++) {
            c[k] = model.arrivalRate(e[k][0]) * (high[e[k][0]][e[k][1]] - low[e[k][0]][e[k][1]]);
        }
        return c;
    }

    /** Largest |sum_f lambda_f x_fb - y*_b| of a routing: how far its loads are from the optimum's. */
    public double loadGap(double[][] x) {
        double[] y = optimum.load();
        double gap = 0;
        for (int b = 0; b < y.length; b++) {
            double in = 0;
            for (int f = 0; f < x.length; f++) {
                in += model.arrivalRate(f) * x[f][b];
            }
            gap = Math.max(gap, Math.abs(in - y[b]));
        }
        return gap;
    }

    /**
     * Lemma 3 for a routing at N*: the largest relative excess {@code (m_b - c_f) / c_f} of the price
     * {@code m_b = 1 / l_b'(N*_b)} of a backend f sends more than 1e-9 of its flow to, over f's least price.
     */
    public double lemma3Residual(double[][] x) {
        double[] n = optimum.workload();
        double worst = 0;
        for (int f = 0; f < model.frontends(); f++) {
            double cf = Double.POSITIVE_INFINITY;
            for (int b : model.backendsOf(f)) {
                cf = Math.min(cf, 1 / model.rate(b).derivative(n[b]));
            }
            for (int b : model.backendsOf(f)) {
                if (x[f][b] > 1e-9) {
                    worst = Math.max(worst, (1 / model.rate(b).derivative(n[b]) - cf) / cf);
                }
            }
        }
        return worst;
    }

    /**
     * The segment from {@code low} to {@code high} at {@code points} evenly spaced s: the flow on the widest edge,
     * the total workload {@code sum_b l_b^-1(y_b)} of the routing minus OPT, its load gap and its Lemma 3 residual.
     */
    public Table segment(int points) {
        lbw.core.Check.within("points", points, 2, 1_000_000);
        double[] s = new double[points];
        double[] w = new double[points];
        double[] gap = new double[points];
        double[] load = new double[points];
        double[] lemma3 = new double[points];
        int[] e = model.edges()[widestEdge];
        for (int i = 0; i < points; i++) {
            s[i] = (double) i / (points - 1);
            double[][] x = along(s[i]);
            w[i] = model.arrivalRate(e[0]) * x[e[0]][e[1]];
            gap[i] = model.totalWorkload(x) - optimum.total();
            load[i] = loadGap(x);
            lemma3[i] = lemma3Residual(x);
        }
        return Tables.of("Optimal routings (1 - s) low + s high: OPT = " + Tables.format(optimum.total()), "s", s,
                "flow on " + edgeName(widestEdge), w, "total workload - OPT", gap, "largest load gap", load,
                "Lemma 3 residual", lemma3);
    }

    /** Per s (rows) the flow {@code lambda_f x_fb} on every edge (columns) of the routing {@link #along}(s). */
    public double[][] edgeFlowsAlong(double[] s) {
        int[][] e = model.edges();
        double[][] out = new double[s.length][e.length];
        for (int i = 0; i < s.length; i++) {
            double[][] x = along(s[i]);
            for (int k = 0; k < e.length; k++) {
                out[i][k] = model.arrivalRate(e[k][0]) * x[e[k][0]][e[k][1]];
            }
        }
        return out;
    }

    /** Per s (rows) the workload {@code N_b = l_b^-1(y_b)} of every backend (columns) under {@link #along}(s). */
    public double[][] workloadsAlong(double[] s) {
        double[][] out = new double[s.length][model.backends()];
        for (int i = 0; i < s.length; i++) {
            double[][] x = along(s[i]);
            for (int b = 0; b < model.backends(); b++) {
                double y = 0;
                for (int f = 0; f < x.length; f++) {
                    y += model.arrivalRate(f) * x[f][b];
                }
                out[i][b] = model.rate(b).inverse(y);
            }
        }
        return out;
    }

    /** An edge's name, one-based as in the paper: {@code f1 -> b2}. */
    public String edgeName(int k) {
        int[] e = model.edges()[k];
        return "f" + (e[0] + 1) + " -> b" + (e[1] + 1);
    }

    /** One row per edge: its flow range over the optimal routings and its flow in the two end routings. */
    @Override
    public Table summary() {
        int[][] e = model.edges();
        String[] name = new String[e.length];
        double[] range = new double[e.length];
        double[] a = new double[e.length];
        double[] c = new double[e.length];
        for (int k = 0; k < e.length; k++) {
            name[k] = edgeName(k);
            range[k] = maxFlow[k] - minFlow[k];
            a[k] = model.arrivalRate(e[k][0]) * low[e[k][0]][e[k][1]];
            c[k] = model.arrivalRate(e[k][0]) * high[e[k][0]][e[k][1]];
        }
        return Tables.of("Flow lambda_f x_fb per edge over all optimal routings (Lemma 2)", "edge", name,
                "least", minFlow.clone(), "largest", maxFlow.clone(), "range", range, "in routing low", a,
                "in routing high", c);
    }
}
