package lbw.bipartite;

import java.util.ArrayList;
import java.util.List;
import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The best-backend graph, the tiers and the TierGraph at a state N (Definitions 2-4), as found by
 * {@link TierAnalysis#at}.
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
        /** Copies the arrays. */
        public Tier {
            frontends = frontends.clone();
            backends = backends.clone();
        }

        @Override
        public int[] frontends() {
            return frontends.clone();
        }

        @Override
        public int[] backends() {
            return backends.clone();
        }
    }

    /** Copies the arrays, so that the record is a value. */
    public TierStructure {
        gradient = gradient.clone();
        bestEdge = bestEdge.clone();
        tiers = List.copyOf(tiers);
        tierOfBackend = tierOfBackend.clone();
        tierOfFrontend = tierOfFrontend.clone();
        arcs = copy(arcs);
    }

    private static List<int[]> copy(List<int[]> a) {
        List<int[]> c = new ArrayList<>(a.size());
        for (int[] x : a) {
            c.add(x.clone());
        }
        return List.copyOf(c);
    }

    @Override
    public double[] gradient() {
        return gradient.clone();
    }

    @Override
    public boolean[] bestEdge() {
        return bestEdge.clone();
    }

    @Override
    public int[] tierOfBackend() {
        return tierOfBackend.clone();
    }

    @Override
    public int[] tierOfFrontend() {
        return tierOfFrontend.clone();
    }

    /** The TierGraph's arcs {i, j} (copies). */
    @Override
    public List<int[]> arcs() {
        return copy(arcs);
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
