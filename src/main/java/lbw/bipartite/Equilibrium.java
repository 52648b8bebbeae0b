package lbw.bipartite;

import java.util.List;
import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The equilibrium of a routing price on a model: for {@link RoutingCost#OPTIMAL} the solution of the fluid
 * optimisation problem (1) - workloads {@code N*}, a routing {@code x*} and {@code OPT = sum_b N*_b}.
 *
 * <p>Certificates: {@code kktResidual} is the largest relative excess {@code (m_b - c_f) / c_f} of the price of a
 * backend that carries more than {@link Options#usedShare()} of a frontend's flow over the frontend's least price
 * {@code c_f = min_{b in B(f)} m_b} (Lemma 3 for OPTIMAL); {@code gap} is the Frank-Wolfe (duality) gap
 * {@code sum_b m_b y_b - sum_f lambda_f c_f}, an upper bound on the potential's suboptimality (for OPTIMAL: on
 * {@code total - OPT}); {@code flowResidual} is the largest |sum_f lambda_f x_fb - l_b(N_b)| and
 * {@code rowResidual} the largest |sum_b x_fb - 1|.
 *
 * @param workload   N_b
 * @param load       y_b = sum_f lambda_f x_fb
 * @param edgeShare  x_fb on each CSR edge of {@link #graph}
 * @param price      m_b(N_b)
 * @param total      sum_b N_b
 * @param parts      number of distinct price levels (leaves of the decomposition)
 * @param splits     number of splitting cuts found
 */
public record Equilibrium(RoutingCost cost, BipartiteModel.Graph graph, double[] workload, double[] load,
        double[] edgeShare, double[] price, double total, double kktResidual, double gap, double flowResidual,
        double rowResidual, int parts, int splits, boolean converged) implements Summarizable {

    /**
     * @param relTol    relative flow deficit that counts as a violated cut in the decomposition
     * @param usedShare a backend counts as used by a frontend in the KKT check when it gets more than this share
     * @param tolerance the residuals below which the result is reported as converged
     */
    public record Options(double relTol, double usedShare, double tolerance) {
        public Options {
            lbw.core.Check.positive("relTol", relTol);
            lbw.core.Check.positive("usedShare", usedShare);
            lbw.core.Check.positive("tolerance", tolerance);
        }

        /** relTol 1e-10, usedShare 1e-9, tolerance 1e-7. */
        public static Options defaults() {
            return new Options(1e-10, 1e-9, 1e-7);
        }
    }

    /** The fluid optimum (problem (1)) with default options. */
    public static Equilibrium optimum(BipartiteModel m) {
        return solve(m, RoutingCost.OPTIMAL, Options.defaults());
    }

    /** The equilibrium of a price with default options. */
    public static Equilibrium solve(BipartiteModel m, RoutingCost cost) {
        return solve(m, cost, Options.defaults());
    }

    /** The equilibrium of a price. */
    public static Equilibrium solve(BipartiteModel m, RoutingCost cost, Options o) {
        BipartiteModel.Graph g = m.graph();
        double[] lambda = m.arrivalRate();
        ServiceRate[] l = m.serviceRate().toArray(new ServiceRate[0]);
        ConvexRouting.Solution s = ConvexRouting.solve(g, lambda,
                (b, theta) -> l[b].value(cost.workloadAt(l[b], theta)), o.relTol());
        double[] share = new double[g.edgeCount()];
        for (int f = 0; f < g.nf(); f++) {
            for (int k = g.fStart()[f]; k < g.fStart()[f + 1]; k++) {
                share[k] = s.edgeFlow()[k] / lambda[f];
            }
        }
        return evaluate(m, g, cost, share, s.parts().size(), s.splits(), o);
    }

    /** Certificates of an arbitrary routing (edge shares on the CSR edges), workloads N_b = l_b^-1(load). */
    public static Equilibrium evaluate(BipartiteModel m, BipartiteModel.Graph g, RoutingCost cost, double[] share,
            int parts, int splits, Options o) {
        int nb = g.nb();
        double[] lambda = m.arrivalRate();
        double[] y = new double[nb];
        double rowRes = 0;
        for (int f = 0; f < g.nf(); f++) {
            double row = 0;
            for (int k = g.fStart()[f]; k < g.fStart()[f + 1]; k++) {
                y[g.fAdj()[k]] += lambda[f] * share[k];
                row += share[k];
            }
            rowRes = Math.max(rowRes, Math.abs(row - 1));
        }
        double[] n = new double[nb];
        double[] price = new double[nb];
        double total = 0;
        double flowRes = 0;
        for (int b = 0; b < nb; b++) {
            ServiceRate l = m.rate(b);
            n[b] = l.inverse(y[b]);
            price[b] = cost.marginal(l, n[b]);
            total += n[b];
            flowRes = Math.max(flowRes, Math.abs(l.value(n[b]) - y[b]));
        }
        double kkt = 0;
        double gap = 0;
        for (int b = 0; b < nb; b++) {
            gap += price[b] * y[b];
        }
        for (int f = 0; f < g.nf(); f++) {
            double c = Double.POSITIVE_INFINITY;
            for (int k = g.fStart()[f]; k < g.fStart()[f + 1]; k++) {
                c = Math.min(c, price[g.fAdj()[k]]);
            }
            gap -= lambda[f] * c;
            for (int k = g.fStart()[f]; k < g.fStart()[f + 1]; k++) {
                if (share[k] > o.usedShare()) {
                    kkt = Math.max(kkt, (price[g.fAdj()[k]] - c) / Math.abs(c));
                }
            }
        }
        boolean ok = Double.isFinite(total) && kkt <= o.tolerance() && rowRes <= o.tolerance()
                && gap <= o.tolerance() * Math.max(1, Math.abs(total));
        return new Equilibrium(cost, g, n, y, share, price, total, kkt, gap, flowRes, rowRes, parts, splits, ok);
    }

    /** The routing x as a dense F x B matrix. */
    public double[][] routing() {
        double[][] x = new double[graph.nf()][graph.nb()];
        for (int f = 0; f < graph.nf(); f++) {
            for (int k = graph.fStart()[f]; k < graph.fStart()[f + 1]; k++) {
                x[f][graph.fAdj()[k]] = edgeShare[k];
            }
        }
        return x;
    }

    /** Per-backend table: workload, load, gradient-based price. */
    @Override
    public Table summary() {
        int nb = workload.length;
        String[] name = new String[nb];
        for (int b = 0; b < nb; b++) {
            name[b] = "b" + (b + 1);
        }
        Table t = Tables.of(cost.name().toLowerCase() + " equilibrium: total " + Tables.format(total)
                        + ", KKT residual " + Tables.format(kktResidual) + ", gap " + Tables.format(gap)
                        + (converged ? "" : " (NOT converged)"),
                "backend", name, "workload", workload.clone(), "load", load.clone(), "price", price.clone());
        return t;
    }

    /**
     * Lemma 3 edge by edge: for every edge (f, b) the share x_fb, the price m_b = 1 / l_b'(N_b) (for OPTIMAL), the
     * frontend's least price c_f and the relative excess (m_b - c_f) / c_f; used edges must have excess 0.
     */
    public Table lemma3Table() {
        int e = graph.edgeCount();
        String[] fr = new String[e];
        String[] bk = new String[e];
        double[] x = new double[e];
        double[] m = new double[e];
        double[] c = new double[e];
        double[] ex = new double[e];
        for (int f = 0; f < graph.nf(); f++) {
            double cf = Double.POSITIVE_INFINITY;
            for (int k = graph.fStart()[f]; k < graph.fStart()[f + 1]; k++) {
                cf = Math.min(cf, price[graph.fAdj()[k]]);
            }
            for (int k = graph.fStart()[f]; k < graph.fStart()[f + 1]; k++) {
                int b = graph.fAdj()[k];
                fr[k] = "f" + (f + 1);
                bk[k] = "b" + (b + 1);
                x[k] = edgeShare[k];
                m[k] = price[b];
                c[k] = cf;
                ex[k] = (price[b] - cf) / Math.abs(cf);
            }
        }
        return Tables.of("Lemma 3 per edge: used edges (x > 0) have price = c_f", "frontend", fr, "backend", bk,
                "x_fb", x, "price m_b", m, "c_f", c, "excess (m_b - c_f)/c_f", ex);
    }

    /** Short list form of the certificates. */
    public List<String> certificates() {
        return List.of("kktResidual=" + kktResidual, "gap=" + gap, "flowResidual=" + flowResidual,
                "rowResidual=" + rowResidual);
    }
}
