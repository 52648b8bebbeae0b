package lbw.numerics;

/**
 * Exact primal network simplex for a {@link TransportationProblem}.
 *
 * <p>The problem is the min-cost flow on the complete bipartite graph sources -> destinations, balanced by a slack
 * source that offers {@code sum capacity - sum supply} to every destination at cost 0. The simplex keeps a spanning
 * tree of basic arcs rooted at an artificial node (initially joined to every node by an expensive artificial arc),
 * node potentials {@code pi} with zero reduced cost {@code cost + pi[source] - pi[target]} on tree arcs, and
 * flows on tree arcs only. Each pivot brings in a non-tree arc of negative reduced cost found by block search
 * (blocks of about {@code sqrt(arcs)} arcs, resumed where the last search stopped), pushes flow round the cycle it
 * closes, and removes the leaving arc chosen by Cunningham's rule (the last blocking arc met from the cycle's apex),
 * which keeps the tree strongly feasible and so rules out cycling on degenerate pivots. Only the subtree that
 * changes sides is re-hung and has its potentials shifted. At the end, potentials are recomputed from the root and
 * the search rerun, and flows are recomputed from the supplies along the final tree.
 *
 * <p>The dual solution is read off the potentials: {@code u_i = pi[slack] - pi[i]}, {@code mu_j = pi[slack] -
 * pi[j]}; the reduced cost of the slack arcs makes {@code mu >= 0}. The result carries the duality gap and the
 * largest primal, dual and complementary-slackness violations, so every answer is certified. Cost is about
 * {@code O(pivots * (sqrt(arcs) + subtree))}; dense instances with {@code m = n = 1000} take well under a second.
 * The solver is deterministic and allocation happens only up front.
 */
public final class TransportationSolver {

    private TransportationSolver() {
    }

    /** Solves the problem to optimality. */
    public static TransportationSolution solve(TransportationProblem problem) {
        return new Simplex(problem).run();
    }

    private static final class Simplex {
        final TransportationProblem problem;
        final int m;
        final int n;
        final int rows;
        final int nodes;
        final int root;
        final int priced;
        final double[] cost;
        final double art;
        final double tol;
        final double[] supply;
        final double[] flow;
        final boolean[] inTree;
        final boolean[] artFromNode;
        final int[] parent;
        final int[] pred;
        final boolean[] up;
        final int[] depth;
        final int[] firstChild;
        final int[] nextSib;
        final int[] prevSib;
        final double[] pi;
        final int[] stack;
        final int block;
        final long pivotLimit;
        int next;
        long pivots;

        Simplex(TransportationProblem p) {
            this.problem = p;
            m = p.sources();
            n = p.destinations();
            rows = m + 1;
            nodes = rows + n + 1;
            root = nodes - 1;
            priced = rows * n;
            cost = new double[priced];
            double maxAbs = 0;
            double[][] c = p.cost();
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    cost[i * n + j] = c[i][j];
                    maxAbs = Math.max(maxAbs, Math.abs(c[i][j]));
                }
            }
            art = (maxAbs + 1) * nodes;
            tol = 1e-11 * (maxAbs + 1);
            supply = new double[nodes];
            double sumS = 0;
            double sumC = 0;
            for (int i = 0; i < m; i++) {
                supply[i] = p.supply()[i];
                sumS += supply[i];
            }
            for (int j = 0; j < n; j++) {
                supply[rows + j] = -p.capacity()[j];
                sumC += p.capacity()[j];
            }
            supply[m] = Math.max(0.0, sumC - sumS);
            flow = new double[priced + nodes - 1];
            inTree = new boolean[flow.length];
            artFromNode = new boolean[nodes - 1];
            parent = new int[nodes];
            pred = new int[nodes];
            up = new boolean[nodes];
            depth = new int[nodes];
            firstChild = new int[nodes];
            nextSib = new int[nodes];
            prevSib = new int[nodes];
            pi = new double[nodes];
            stack = new int[nodes];
            block = Math.max(10, (int) Math.ceil(Math.sqrt(priced)));
            pivotLimit = Math.max(1_000_000L, 200L * priced);
        }

        TransportationSolution run() {
            initialTree();
            while (true) {
                int e;
                while ((e = entering()) >= 0) {
                    pivot(e);
                }
                refreshPotentials();
                e = entering();
                if (e < 0) {
                    break;
                }
                pivot(e);
            }
            return solution();
        }

        private void initialTree() {
            java.util.Arrays.fill(firstChild, -1);
            parent[root] = -1;
            pred[root] = -1;
            for (int v = 0; v < root; v++) {
                int a = priced + v;
                parent[v] = root;
                pred[v] = a;
                depth[v] = 1;
                inTree[a] = true;
                if (supply[v] >= 0) {
                    artFromNode[v] = true;
                    up[v] = true;
                    flow[a] = supply[v];
                    pi[v] = -art;
                } else {
                    up[v] = false;
                    flow[a] = -supply[v];
                    pi[v] = art;
                }
                addChild(root, v);
            }
        }

        /** Block search for a non-tree arc with reduced cost below {@code -tol}; -1 if none. */
        private int entering() {
            int cnt = block;
            double min = -tol;
            int best = -1;
            int a = next;
            int i = a / n;
            int j = a - i * n;
            for (int k = 0; k < priced; k++) {
                if (!inTree[a]) {
                    double rc = cost[a] + pi[i] - pi[rows + j];
                    if (rc < min) {
                        min = rc;
                        best = a;
                    }
                }
                a++;
                j++;
                if (j == n) {
                    j = 0;
                    i++;
                    if (a == priced) {
                        a = 0;
                        i = 0;
                    }
                }
                if (--cnt == 0) {
                    if (best >= 0) {
                        next = a;
                        return best;
                    }
                    cnt = block;
                }
            }
            next = a;
            return best;
        }

        private double arcCost(int a) {
            return a < priced ? cost[a] : art;
        }

        private void pivot(int e) {
            if (++pivots > pivotLimit) {
                throw new ArithmeticException("transportation simplex: no optimum after " + pivotLimit + " pivots");
            }
            int s = e / n;
            int t = rows + e % n;
            int join = s;
            int v = t;
            while (join != v) {
                if (depth[join] > depth[v]) {
                    join = parent[join];
                } else if (depth[v] > depth[join]) {
                    v = parent[v];
                } else {
                    join = parent[join];
                    v = parent[v];
                }
            }
            // Ratio test along the cycle s -> t -> ... -> join -> ... -> s (Cunningham's rule on ties).
            double delta = Double.POSITIVE_INFINITY;
            int uOut = -1;
            int result = 0;
            for (int u = s; u != join; u = parent[u]) {
                if (up[u] && flow[pred[u]] < delta) {
                    delta = flow[pred[u]];
                    uOut = u;
                    result = 1;
                }
            }
            for (int u = t; u != join; u = parent[u]) {
                if (!up[u] && flow[pred[u]] <= delta) {
                    delta = flow[pred[u]];
                    uOut = u;
                    result = 2;
                }
            }
            if (result == 0) {
                throw new ArithmeticException("transportation simplex: unbounded cycle (negative-cost cycle of "
                        + "uncapacitated arcs); the problem data are inconsistent");
            }
            if (delta > 0) {
                flow[e] += delta;
                for (int u = s; u != join; u = parent[u]) {
                    flow[pred[u]] += up[u] ? -delta : delta;
                }
                for (int u = t; u != join; u = parent[u]) {
                    flow[pred[u]] += up[u] ? delta : -delta;
                }
            }
            int out = pred[uOut];
            flow[out] = 0.0;
            inTree[out] = false;
            inTree[e] = true;
            // Re-hang the subtree of uOut from the entering arc's endpoint uIn: reverse the path uIn .. uOut.
            int uIn = result == 1 ? s : t;
            int vIn = result == 1 ? t : s;
            boolean upIn = result == 1;
            int w = uIn;
            int np = vIn;
            int npred = e;
            boolean nup = upIn;
            while (true) {
                int op = parent[w];
                int opred = pred[w];
                boolean oup = up[w];
                removeChild(op, w);
                parent[w] = np;
                pred[w] = npred;
                up[w] = nup;
                addChild(np, w);
                if (w == uOut) {
                    break;
                }
                np = w;
                npred = opred;
                nup = !oup;
                w = op;
            }
            double sigma = (upIn ? pi[vIn] - cost[e] : pi[vIn] + cost[e]) - pi[uIn];
            int top = 0;
            stack[top++] = uIn;
            while (top > 0) {
                int x = stack[--top];
                pi[x] += sigma;
                depth[x] = depth[parent[x]] + 1;
                for (int c = firstChild[x]; c >= 0; c = nextSib[c]) {
                    stack[top++] = c;
                }
            }
        }

        private void addChild(int p, int c) {
            int f = firstChild[p];
            nextSib[c] = f;
            prevSib[c] = -1;
            if (f >= 0) {
                prevSib[f] = c;
            }
            firstChild[p] = c;
        }

        private void removeChild(int p, int c) {
            if (prevSib[c] >= 0) {
                nextSib[prevSib[c]] = nextSib[c];
            } else {
                firstChild[p] = nextSib[c];
            }
            if (nextSib[c] >= 0) {
                prevSib[nextSib[c]] = prevSib[c];
            }
        }

        /** Preorder of the tree from the root into {@code order}; returns the count. */
        private int preorder(int[] order) {
            int count = 0;
            int top = 0;
            stack[top++] = root;
            while (top > 0) {
                int x = stack[--top];
                order[count++] = x;
                for (int c = firstChild[x]; c >= 0; c = nextSib[c]) {
                    stack[top++] = c;
                }
            }
            return count;
        }

        /** Recomputes every potential from the root along tree arcs (removes drift from the subtree shifts). */
        private void refreshPotentials() {
            int[] order = new int[nodes];
            int count = preorder(order);
            pi[root] = 0;
            for (int k = 1; k < count; k++) {
                int x = order[k];
                double c = arcCost(pred[x]);
                pi[x] = up[x] ? pi[parent[x]] - c : pi[parent[x]] + c;
            }
        }

        private TransportationSolution solution() {
            // Flows from the supplies along the final tree, leaves first (the exact basic solution).
            int[] order = new int[nodes];
            int count = preorder(order);
            double[] excess = supply.clone();
            for (int k = count - 1; k >= 1; k--) {
                int x = order[k];
                flow[pred[x]] = up[x] ? excess[x] : -excess[x];
                excess[parent[x]] += excess[x];
            }
            double[][] x = new double[m][n];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    int a = i * n + j;
                    x[i][j] = inTree[a] ? Math.max(0.0, flow[a]) : 0.0;
                }
            }
            double[] u = new double[m];
            double[] mu = new double[n];
            for (int i = 0; i < m; i++) {
                u[i] = pi[m] - pi[i];
            }
            for (int j = 0; j < n; j++) {
                mu[j] = Math.max(0.0, pi[m] - pi[rows + j]);
            }
            double primal = problem.objective(x);
            double dual = problem.dualObjective(u, mu);
            return new TransportationSolution(x, primal, u, mu, dual, primal - dual, problem.primalViolation(x),
                    problem.dualViolation(u, mu), problem.complementarySlackness(x, u, mu), pivots);
        }
    }
}
