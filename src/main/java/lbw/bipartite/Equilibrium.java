package lbw.bipartite;

import java.util.List;
import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The equilibrium of a routing price on a model, as computed by {@link EquilibriumSolver}: for
 * {@link RoutingCost#OPTIMAL} ({@link FluidOptimum}) the solution of the fluid optimisation problem (1) - workloads
 * {@code N*}, a routing {@code x*} and {@code OPT = sum_b N*_b}.
 *
 * <p>Certificates: {@code kktResidual} is the largest relative excess {@code (m_b - c_f) / c_f} of the price of a
 * backend that carries more than {@link EquilibriumSolver.Options#usedShare()} of a frontend's flow over the frontend's least price
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

    /** Copies the arrays, so that the record is a value. */
    public Equilibrium {
        workload = workload.clone();
        load = load.clone();
        edgeShare = edgeShare.clone();
        price = price.clone();
    }

    @Override
    public double[] workload() {
        return workload.clone();
    }

    @Override
    public double[] load() {
        return load.clone();
    }

    @Override
    public double[] edgeShare() {
        return edgeShare.clone();
    }

    @Override
    public double[] price() {
        return price.clone();
    }

    /** N_b without a copy of the whole vector. */
    public double workload(int b) {
        return workload[b];
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
