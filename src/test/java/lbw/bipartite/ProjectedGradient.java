package lbw.bipartite;

/**
 * An independent solver of problem (1) for small cases, used only to cross-check {@link Equilibrium}: projected
 * gradient descent on the routing x (each frontend's row projected onto its simplex of neighbours) with Armijo
 * backtracking, starting from uniform routing. Objective sum_b l_b^-1(sum_f lambda_f x_fb).
 */
final class ProjectedGradient {

    private ProjectedGradient() {
    }

    static double objective(BipartiteModel m, double[][] x) {
        double s = 0;
        for (int b = 0; b < m.backends(); b++) {
            double y = 0;
            for (int f = 0; f < m.frontends(); f++) {
                y += m.arrivalRate(f) * x[f][b];
            }
            double n = m.rate(b).inverse(y);
            if (!Double.isFinite(n)) {
                return Double.POSITIVE_INFINITY;
            }
            s += n;
        }
        return s;
    }

    static double[][] solve(BipartiteModel m, int iterations) {
        int nf = m.frontends();
        int nb = m.backends();
        boolean[][] adj = new boolean[nf][nb];
        double[][] x = new double[nf][nb];
        for (int f = 0; f < nf; f++) {
            int[] bs = m.backendsOf(f);
            for (int b : bs) {
                adj[f][b] = true;
                x[f][b] = 1.0 / bs.length;
            }
        }
        double obj = objective(m, x);
        double step = 1;
        for (int it = 0; it < iterations; it++) {
            double[][] grad = new double[nf][nb];
            for (int b = 0; b < nb; b++) {
                double y = 0;
                for (int f = 0; f < nf; f++) {
                    y += m.arrivalRate(f) * x[f][b];
                }
                double price = 1.0 / m.rate(b).derivative(m.rate(b).inverse(y));
                for (int f = 0; f < nf; f++) {
                    grad[f][b] = m.arrivalRate(f) * price;
                }
            }
            step *= 2;
            while (true) {
                double[][] z = new double[nf][];
                double decrease = 0;
                for (int f = 0; f < nf; f++) {
                    double[] v = new double[nb];
                    for (int b = 0; b < nb; b++) {
                        v[b] = x[f][b] - step * grad[f][b];
                    }
                    z[f] = project(v, adj[f]);
                    for (int b = 0; b < nb; b++) {
                        decrease += grad[f][b] * (x[f][b] - z[f][b]);
                    }
                }
                double o = objective(m, z);
                if (o <= obj - 1e-4 * decrease) {
                    x = z;
                    obj = o;
                    break;
                }
                step /= 2;
                if (step < 1e-20) {
                    return x;
                }
            }
        }
        return x;
    }

    /** Euclidean projection onto {x >= 0, sum x = 1, x_b = 0 off the support}. */
    static double[] project(double[] v, boolean[] support) {
        int n = 0;
        for (boolean s : support) {
            if (s) {
                n++;
            }
        }
        double[] u = new double[n];
        int k = 0;
        for (int i = 0; i < v.length; i++) {
            if (support[i]) {
                u[k++] = v[i];
            }
        }
        java.util.Arrays.sort(u);
        double cum = 0;
        double tau = 0;
        for (int i = n - 1; i >= 0; i--) {
            cum += u[i];
            double t = (cum - 1) / (n - i);
            if (i == 0 || u[i - 1] <= t) {
                tau = t;
                break;
            }
        }
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = support[i] ? Math.max(0, v[i] - tau) : 0;
        }
        return out;
    }
}
