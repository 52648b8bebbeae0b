package lbw.present.bipartite;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import lbw.present.Figure;
import lbw.bipartite.BipartiteModel;
import lbw.bipartite.TierStructure;

/**
 * Drawings of a bipartite graph, its best-backend graph and its TierGraph (Figures 1-4 of the paper) as images
 * drawn with java.awt: frontends on the left, backends on the right.
 */
public final class GraphDrawing {

    private static final Color[] PALETTE = {new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44),
        new Color(214, 39, 40), new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194),
        new Color(127, 127, 127)};
    private static final int W = 520;
    private static final int ROW = 70;

    private GraphDrawing() {
    }

    /**
     * Figure 1 (and Figure 6, the N model): the connectivity graph, all edges solid, frontends with their arrival
     * rates, backends with their service-rate functions.
     */
    public static Figure graph(BipartiteModel m, String title) {
        return draw(m, null, title, false, false);
    }

    /** Figure 2: only the best-backend edges, backends labelled with their gradients. */
    public static Figure bestBackendGraph(BipartiteModel m, TierStructure t, String title) {
        return draw(m, t, title, true, false);
    }

    /** Figure 3: nodes rearranged tier by tier (colours), best edges solid, other edges dashed. */
    public static Figure tiers(BipartiteModel m, TierStructure t, String title) {
        return draw(m, t, title, false, true);
    }

    private static Figure draw(BipartiteModel m, TierStructure t, String title, boolean bestOnly,
            boolean byTier) {
        int nf = m.frontends();
        int nb = m.backends();
        int[] fOrder = identity(nf);
        int[] bOrder = identity(nb);
        if (byTier) {
            fOrder = order(nf, t.tierOfFrontend());
            bOrder = order(nb, t.tierOfBackend());
        }
        int rows = Math.max(nf, nb);
        int h = 90 + rows * ROW;
        int[] fo = fOrder;
        int[] bo = bOrder;
        return Figure.drawing(W + (t == null ? 60 : 0), h, g -> paintGraph(g, m, t, title, bestOnly, byTier, fo, bo, rows));
    }

    private static void paintGraph(Graphics2D g, BipartiteModel m, TierStructure t, String title, boolean bestOnly,
            boolean byTier, int[] fOrder, int[] bOrder, int rows) {
        setup(g, title);
        int nf = m.frontends();
        int nb = m.backends();
        double[] fy = new double[nf];
        double[] by = new double[nb];
        for (int i = 0; i < nf; i++) {
            fy[fOrder[i]] = 70 + (i + 0.5) * ROW * rows / (double) nf;
        }
        for (int i = 0; i < nb; i++) {
            by[bOrder[i]] = 70 + (i + 0.5) * ROW * rows / (double) nb;
        }
        double fx = 130;
        double bx = W - 130;
        BipartiteModel.Graph gr = m.graph();
        for (int f = 0; f < nf; f++) {
            for (int k = gr.fStart()[f]; k < gr.fStart()[f + 1]; k++) {
                int b = gr.fAdj()[k];
                boolean best = t != null && t.bestEdge()[k];
                if (bestOnly && !best) {
                    continue;
                }
                if (t != null && !best) {
                    g.setColor(Color.GRAY);
                    g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                            new float[] {6, 5}, 0));
                } else {
                    g.setColor(t != null && byTier ? colour(t.tierOfBackend()[b]) : Color.DARK_GRAY);
                    g.setStroke(new BasicStroke(2.2f));
                }
                g.draw(new Line2D.Double(fx, fy[f], bx, by[b]));
            }
        }
        g.setStroke(new BasicStroke(1.5f));
        for (int f = 0; f < nf; f++) {
            Color c = t != null && byTier && t.tierOfFrontend()[f] >= 0 ? colour(t.tierOfFrontend()[f]) : new Color(70, 70, 70);
            node(g, fx, fy[f], "f" + (f + 1), c);
            g.setColor(Color.BLACK);
            g.drawString("\u03bb=" + fmt(m.arrivalRate(f)), (int) fx - 115, (int) fy[f] + 5);
        }
        for (int b = 0; b < nb; b++) {
            Color c = t != null && byTier ? colour(t.tierOfBackend()[b]) : new Color(70, 70, 70);
            node(g, bx, by[b], "b" + (b + 1), c);
            g.setColor(Color.BLACK);
            if (t != null) {
                g.drawString("\u2113'=" + fmt(t.gradient()[b]), (int) bx + 26, (int) by[b] + 5);
            } else {
                g.drawString("\u2113(N) = " + formula(m.rate(b)), (int) bx + 26, (int) by[b] + 5);
            }
        }
    }

    /** A service-rate function as a short formula. */
    static String formula(lbw.bipartite.ServiceRate r) {
        if (r instanceof lbw.bipartite.ServiceRate.Saturating s) {
            return (s.max() == 1 ? "" : fmt(s.max())) + "N/(N+" + fmt(s.half()) + ")";
        }
        if (r instanceof lbw.bipartite.ServiceRate.Exponential e) {
            return (e.max() == 1 ? "" : fmt(e.max())) + "(1-e^(-N/" + fmt(e.scale()) + "))";
        }
        return r.describe();
    }

    /** Figure 4: the TierGraph, vertices placed in layers by longest path from a source, arcs with arrowheads. */
    public static Figure tierGraph(TierStructure t, String title) {
        int k = t.tiers().size();
        int[] layer = new int[k];
        for (int pass = 0; pass < k; pass++) {
            for (int[] a : t.arcs()) {
                layer[a[1]] = Math.max(layer[a[1]], layer[a[0]] + 1);
            }
        }
        int layers = 0;
        for (int x : layer) {
            layers = Math.max(layers, x + 1);
        }
        int[] perLayer = new int[layers];
        int[] slot = new int[k];
        for (int i = 0; i < k; i++) {
            slot[i] = perLayer[layer[i]]++;
        }
        int widest = 1;
        for (int c : perLayer) {
            widest = Math.max(widest, c);
        }
        int w = Math.max(W, 260 * widest);
        int h = 60 + layers * 120;
        return Figure.drawing(w, h, g -> {
            setup(g, title);
            paintTierGraph(g, t, w, layer, perLayer, slot);
        });
    }

    private static void paintTierGraph(Graphics2D g, TierStructure t, int w, int[] layer, int[] perLayer, int[] slot) {
        int k = t.tiers().size();
        double[] x = new double[k];
        double[] y = new double[k];
        for (int i = 0; i < k; i++) {
            x[i] = w * (slot[i] + 0.5) / perLayer[layer[i]];
            y[i] = 90 + layer[i] * 120;
        }
        g.setStroke(new BasicStroke(2f));
        for (int[] a : t.arcs()) {
            g.setColor(Color.DARK_GRAY);
            arrow(g, x[a[0]], y[a[0]], x[a[1]], y[a[1]], 26);
        }
        for (int i = 0; i < k; i++) {
            TierStructure.Tier tier = t.tiers().get(i);
            node(g, x[i], y[i], "v" + (i + 1), colour(i));
            String[] lines = {(tier.frontends().length == 0 ? "\u2205" : TierStructure.names("f", tier.frontends())) + " "
                    + TierStructure.names("b", tier.backends()), "\u2113' = " + fmt(tier.gradient())};
            label(g, lines, x[i] + 26, y[i]);
        }
    }

    /** A label right of a node, on an opaque white box so arcs pass under it, never through its text. */
    private static void label(Graphics2D g, String[] lines, double x, double y) {
        java.awt.FontMetrics fm = g.getFontMetrics();
        int lh = fm.getHeight();
        int wd = 0;
        for (String l : lines) {
            wd = Math.max(wd, fm.stringWidth(l));
        }
        int top = (int) y - lines.length * lh / 2;
        g.setColor(new Color(255, 255, 255, 235));
        g.fillRoundRect((int) x - 3, top - 2, wd + 6, lines.length * lh + 4, 6, 6);
        g.setColor(Color.BLACK);
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], (int) x, top + (i + 1) * lh - fm.getDescent());
        }
    }

    private static void setup(Graphics2D g, String title) {
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, 12, 26);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    }

    private static void node(Graphics2D g, double x, double y, String label, Color c) {
        int r = 20;
        g.setColor(c);
        g.fillOval((int) x - r, (int) y - r, 2 * r, 2 * r);
        g.setColor(Color.WHITE);
        g.setFont(g.getFont().deriveFont(Font.BOLD));
        g.drawString(label, (int) x - g.getFontMetrics().stringWidth(label) / 2, (int) y + 5);
        g.setFont(g.getFont().deriveFont(Font.PLAIN));
    }

    private static void arrow(Graphics2D g, double x1, double y1, double x2, double y2, double r) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double len = Math.hypot(dx, dy);
        double ux = dx / len;
        double uy = dy / len;
        double sx = x1 + ux * r;
        double sy = y1 + uy * r;
        double ex = x2 - ux * r;
        double ey = y2 - uy * r;
        g.draw(new Line2D.Double(sx, sy, ex, ey));
        double a = 10;
        g.fill(new java.awt.Polygon(new int[] {(int) ex, (int) (ex - a * ux + a * 0.5 * uy), (int) (ex - a * ux - a * 0.5 * uy)},
                new int[] {(int) ey, (int) (ey - a * uy - a * 0.5 * ux), (int) (ey - a * uy + a * 0.5 * ux)}, 3));
    }

    private static Color colour(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    private static int[] identity(int n) {
        int[] o = new int[n];
        for (int i = 0; i < n; i++) {
            o[i] = i;
        }
        return o;
    }

    private static int[] order(int n, int[] tierOf) {
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (a, b) -> tierOf[a] != tierOf[b] ? Integer.compare(
                tierOf[a] < 0 ? Integer.MAX_VALUE : tierOf[a], tierOf[b] < 0 ? Integer.MAX_VALUE : tierOf[b])
                : Integer.compare(a, b));
        int[] o = new int[n];
        for (int i = 0; i < n; i++) {
            o[i] = idx[i];
        }
        return o;
    }

    private static String fmt(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v)) : String.format(java.util.Locale.ROOT, "%.3g", v);
    }
}
