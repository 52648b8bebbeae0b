package lbw.bipartite;

/**
 * Solves for the equilibrium of a routing price ({@link RoutingCost}) on a model: the fluid optimum of problem (1)
 * for {@link RoutingCost#OPTIMAL} (see also {@link FluidOptimum}), the fixed points of expected-latency routing and
 * JSQ for the other prices, all by the decomposition algorithm of {@link ConvexRouting}; and evaluates the
 * certificates of an arbitrary routing. Results are {@link Equilibrium} records.
 */
public final class EquilibriumSolver {

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

    private EquilibriumSolver() {
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
}
