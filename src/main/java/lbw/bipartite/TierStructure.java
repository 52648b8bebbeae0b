package lbw.bipartite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The best-backend graph, the tiers and the TierGraph at a state N (Definitions 2-4).
 * <ul>
 * <li>Best-backend graph G(N): the edges (f, b) with {@code l_b'(N_b)} maximal among f's backends (ties within a
 * relative tolerance).</li>
 * <li>Tiers: the connected components (F_i, B_i) of G(N); a backend no frontend prefers is a tier with no
 * frontends. Tiers are listed by decreasing gradient, then by smallest backend.</li>
 * <li>TierGraph: an arc i -> j when a frontend of tier i is connected (in the original graph) to a backend of tier j.
 * </li>
 * </ul>
 * {@link #lemma6Holds()} checks that every arc goes from a higher to a strictly lower gradient (Lemma 6), and
 * {@link #isAcyclic()} that the TierGraph is a DAG (Corollary 2).
 */
public record TierStructure(double[] gradient, boolean[] bestEdge, List<Tier> tiers, int[] tierOfBackend,
        int[] tierOfFrontend, List<int[]> arcs, BipartiteModel.Graph graph) implements Summarizable {

    /** A tier: frontends, backends (sorted), their common gradient and flow imbalance lambda(F) - sum l_b(N_b). */
    public record Tier(int[] frontends, int[] backends, double gradient, double imbalance) {
    }

    /** The structure at N with ties up to relative tolerance 1e-12. */
    public static TierStructure at(BipartiteModel m, double[] n) {
        return at(m, n, 1e-12);
    }

    /** The structure at N; gradients within {@code relTol} (relative) of a frontend's best count as tied. */
    public static TierStructure at(BipartiteModel m, double[] n, double relTol) {
        lbw.core.Check.length("workload", n, m.backends(), "one per backend");
        BipartiteModel.Graph g = m.graph();
        int nf = g.nf();
        int nb = g.nb();
        double[] grad = new double[nb];
        for (int b = 0; b < nb; b++) {
            grad[b] = m.rate(b).derivative(n[b]);
        }
        boolean[] best = new boolean[g.edgeCount()];
        int[] parent = new int[nf + nb];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int f = 0; f < nf; f++) {
            double gmax = Double.NEGATIVE_INFINITY;
            for (int k = g.fStart()[f]; k < g.fStart()[f + 1]; k++) {
                gmax = Math.max(gmax, grad[g.fAdj()[k]]);
            }
            for (int k = g.fStart()[f]; k < g.fStart()[f + 1]; k++) {
                if (grad[g.fAdj()[k]] >= gmax - relTol * Math.abs(gmax)) {
                    best[k] = true;
                    union(parent, f, nf + g.fAdj()[k]);
                }
            }
        }
        List<List<Integer>> fr = new ArrayList<>();
        List<List<Integer>> bk = new ArrayList<>();
        int[] compId = new int[nf + nb];
        Arrays.fill(compId, -1);
        int[] rootId = new int[nf + nb];
        Arrays.fill(rootId, -1);
        for (int b = 0; b < nb; b++) {
            int r = find(parent, nf + b);
            if (rootId[r] < 0) {
                rootId[r] = fr.size();
                fr.add(new ArrayList<>());
                bk.add(new ArrayList<>());
            }
            bk.get(rootId[r]).add(b);
        }
        for (int f = 0; f < nf; f++) {
            fr.get(rootId[find(parent, f)]).add(f);
        }
        double[] lambda = m.arrivalRate();
        List<Tier> raw = new ArrayList<>();
        for (int i = 0; i < fr.size(); i++) {
            int[] fs = fr.get(i).stream().mapToInt(Integer::intValue).toArray();
            int[] bs = bk.get(i).stream().mapToInt(Integer::intValue).toArray();
            double imb = 0;
            for (int f : fs) {
                imb += lambda[f];
            }
            double gmax = Double.NEGATIVE_INFINITY;
            for (int b : bs) {
                imb -= m.rate(b).value(n[b]);
                gmax = Math.max(gmax, grad[b]);
            }
            raw.add(new Tier(fs, bs, gmax, imb));
        }
        raw.sort(Comparator.comparingDouble((Tier t) -> -t.gradient()).thenComparingInt(t -> t.backends()[0]));
        int[] tob = new int[nb];
        int[] tof = new int[nf];
        Arrays.fill(tof, -1);
        for (int i = 0; i < raw.size(); i++) {
            for (int b : raw.get(i).backends()) {
                tob[b] = i;
            }
            for (int f : raw.get(i).frontends()) {
                tof[f] = i;
            }
        }
        boolean[][] arc = new boolean[raw.size()][raw.size()];
        List<int[]> arcs = new ArrayList<>();
        for (int f = 0; f < nf; f++) {
            for (int k = g.fStart()[f]; k < g.fStart()[f + 1]; k++) {
                int j = tob[g.fAdj()[k]];
                int i = tof[f];
                if (i != j && !arc[i][j]) {
                    arc[i][j] = true;
                }
            }
        }
        for (int i = 0; i < raw.size(); i++) {
            for (int j = 0; j < raw.size(); j++) {
                if (arc[i][j]) {
                    arcs.add(new int[] {i, j});
                }
            }
        }
        return new TierStructure(grad, best, List.copyOf(raw), tob, tof, List.copyOf(arcs), g);
    }

    private static int find(int[] p, int x) {
        while (p[x] != x) {
            p[x] = p[p[x]];
            x = p[x];
        }
        return x;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a);
        int rb = find(p, b);
        if (ra != rb) {
            p[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Lemma 6: every TierGraph arc i -> j has gradient_i > gradient_j. */
    public boolean lemma6Holds() {
        for (int[] a : arcs) {
            if (!(tiers.get(a[0]).gradient() > tiers.get(a[1]).gradient())) {
                return false;
            }
        }
        return true;
    }

    /** Corollary 2: the TierGraph has no directed cycle (Kahn's algorithm). */
    public boolean isAcyclic() {
        int k = tiers.size();
        int[] indeg = new int[k];
        for (int[] a : arcs) {
            indeg[a[1]]++;
        }
        int[] queue = new int[k];
        int qh = 0;
        int qt = 0;
        for (int i = 0; i < k; i++) {
            if (indeg[i] == 0) {
                queue[qt++] = i;
            }
        }
        while (qh < qt) {
            int u = queue[qh++];
            for (int[] a : arcs) {
                if (a[0] == u && --indeg[a[1]] == 0) {
                    queue[qt++] = a[1];
                }
            }
        }
        return qt == k;
    }

    /** Whether tier i can reach tier j in the TierGraph ({@code (F_i, B_i) < (F_j, B_j)}). */
    public boolean reaches(int i, int j) {
        boolean[] seen = new boolean[tiers.size()];
        java.util.ArrayDeque<Integer> q = new java.util.ArrayDeque<>();
        q.add(i);
        seen[i] = true;
        while (!q.isEmpty()) {
            int u = q.poll();
            for (int[] a : arcs) {
                if (a[0] == u && !seen[a[1]]) {
                    if (a[1] == j) {
                        return true;
                    }
                    seen[a[1]] = true;
                    q.add(a[1]);
                }
            }
        }
        return false;
    }

    /** Corollary 1: whenever tier i reaches tier j, gradient_i > gradient_j. */
    public boolean corollary1Holds() {
        for (int i = 0; i < tiers.size(); i++) {
            for (int j = 0; j < tiers.size(); j++) {
                if (i != j && reaches(i, j) && !(tiers.get(i).gradient() > tiers.get(j).gradient())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** One row per tier: its vertex name v1.., frontends, backends (one-based, as in the paper), gradient. */
    @Override
    public Table summary() {
        int k = tiers.size();
        String[] v = new String[k];
        String[] fs = new String[k];
        String[] bs = new String[k];
        double[] gr = new double[k];
        double[] imb = new double[k];
        String[] out = new String[k];
        for (int i = 0; i < k; i++) {
            Tier t = tiers.get(i);
            v[i] = "v" + (i + 1);
            fs[i] = names("f", t.frontends());
            bs[i] = names("b", t.backends());
            gr[i] = t.gradient();
            imb[i] = t.imbalance();
            StringBuilder sb = new StringBuilder();
            for (int[] a : arcs) {
                if (a[0] == i) {
                    sb.append(sb.length() == 0 ? "" : ", ").append("v").append(a[1] + 1);
                }
            }
            out[i] = sb.toString();
        }
        return Tables.of("Tiers (Definition 3) and TierGraph arcs (Definition 4)", "vertex", v, "frontends", fs,
                "backends", bs, "gradient", gr, "imbalance", imb, "arcs to", out);
    }

    /** {@code {f1, f4}} style one-based names. */
    public static String names(String prefix, int[] ids) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < ids.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(prefix).append(ids[i] + 1);
        }
        return sb.append('}').toString();
    }
}
