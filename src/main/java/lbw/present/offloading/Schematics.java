package lbw.present.offloading;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Locale;
import lbw.offloading.OffloadingModel;
import lbw.present.Charts;
import lbw.present.Figure;

/**
 * Schematics of the offloading system (the paper's Figures 1 and 2), drawn with Java2D from a model, so every rate
 * printed on them is the model's: the system with its base queue, mode selector, local server and cloud; and the
 * two service modes as time bars whose lengths are the mean stage times.
 */
public final class Schematics {

    private static final Color SM1 = Charts.hue(0);
    private static final Color SM2 = Charts.hue(1);
    private static final Color BOX = new Color(0xF4F4F4);
    private static final int W = 860;

    private Schematics() {
    }

    /** Figures 1 and 2 as one image: the system on top, the service modes below. */
    public static Figure offloading(OffloadingModel m) {
        return Figure.panels(null, 1, List.of(system(m), modes(m)));
    }

    /** Figure 1: the offloading system. */
    public static Figure system(OffloadingModel m) {
        return Figure.drawing(W, 330, g -> {
            title(g, "The offloading system (the paper's Figure 1), rates from the model");
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            // arrivals and base queue
            arrow(g, 20, 150, 90, 150, Color.BLACK);
            text(g, "arrivals", 24, 138);
            text(g, "\u03bb = " + f(m.lambda()), 24, 172);
            queue(g, 90, 130, 110, 40, "base queue n\u2080");
            // mode selector
            diamond(g, 250, 150, 34);
            centred(g, "DMS", 250, 155);
            arrow(g, 200, 150, 216, 150, Color.BLACK);
            text(g, "idle, SM1 or SM2", 212, 205);
            // SM1 path: to the cloud's SM1 slot
            path(g, SM1, new double[] {284, 150, 330, 150, 330, 70, 560, 70});
            arrowHead(g, 560, 70, 1, 0, SM1);
            g.setColor(SM1);
            text(g, "SM1: the whole job at the cloud", 340, 62);
            slot(g, 560, 55, "i\u2081", SM1);
            // SM2 path: local server, then the cloud's SM2 queue
            path(g, SM2, new double[] {284, 150, 330, 150, 330, 230, 380, 230});
            arrowHead(g, 380, 230, 1, 0, SM2);
            g.setColor(SM2);
            text(g, "SM2", 338, 222);
            server(g, 380, 200, 130, 60, "local server", "slot i\u2082, rate \u03bc\u2097\u2082 = \u03bc\u2080/f = " + f(m.muL2()), SM2);
            arrow(g, 510, 230, 560, 230, SM2);
            queue(g, 560, 210, 110, 40, "cloud SM2 queue n\u2082");
            // cloud server
            path(g, SM1, new double[] {590, 70, 720, 70, 720, 120});
            arrowHead(g, 720, 120, 0, 1, SM1);
            path(g, SM2, new double[] {670, 230, 720, 230, 720, 190});
            arrowHead(g, 720, 190, 0, -1, SM2);
            server(g, 620, 120, 200, 70, "cloud server", "", Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.setColor(SM1);
            text(g, "SM1 job: \u03bc_c1 = K\u03bc\u2080 = " + f(m.muC1()), 628, 160);
            g.setColor(SM2);
            text(g, "SM2 job: \u03bc_c2 = K\u03bc\u2080/(1-f) = " + f(m.muC2()), 628, 178);
            arrow(g, 820, 155, 852, 155, Color.BLACK);
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            text(g, "The cloud serves one job at a time; SM2 jobs have preemptive priority over the SM1 job.", 20, 290);
            text(g, String.format(Locale.ROOT, "K = %s, f = %s, \u03bc\u2080 = %s, utilization \u03c1 = \u03bb/((1+K)\u03bc\u2080) = %s;"
                    + " state (n\u2080, i\u2082, i\u2081, n\u2082).", f(m.k()), f(m.f()), f(m.mu0()), f(m.rho())), 20, 310);
        });
    }

    /** Figure 2: the two service modes as time bars, lengths proportional to the mean time of each stage. */
    public static Figure modes(OffloadingModel m) {
        double sm1 = 1 / m.muC1();
        double local = 1 / m.muL2();
        double cloud2 = 1 / m.muC2();
        double longest = Math.max(sm1, local + cloud2);
        return Figure.drawing(W, 200, g -> {
            title(g, "The service modes (the paper's Figure 2): mean time of each stage");
            double scale = 560 / longest;
            int x0 = 200;
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            g.setColor(Color.BLACK);
            text(g, "SM1 (offload all)", 20, 75);
            bar(g, x0, 58, sm1 * scale, SM1, "cloud: 1/(K\u03bc\u2080) = " + f(sm1));
            g.setColor(Color.BLACK);
            text(g, "SM2 (split at f)", 20, 125);
            bar(g, x0, 108, local * scale, Charts.tint(SM2, 0.55), "local: f/\u03bc\u2080 = " + f(local));
            bar(g, x0 + local * scale, 108, cloud2 * scale, SM2, "cloud: (1-f)/(K\u03bc\u2080) = " + f(cloud2));
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            text(g, String.format(Locale.ROOT, "SM2 takes %s times as long as SM1 in all; its cloud stage takes %s times SM1's"
                    + " cloud time. f > 1/K: %s.", f((local + cloud2) / sm1), f(cloud2 / sm1),
                    m.withinAssumption() ? "yes" : "no"), 20, 185);
        });
    }

    private static void title(Graphics2D g, String s) {
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(s, 12, 24);
    }

    private static void bar(Graphics2D g, double x, double y, double w, Color c, String label) {
        g.setColor(c);
        g.fill(new java.awt.geom.Rectangle2D.Double(x, y, Math.max(w, 2), 26));
        g.setColor(Color.WHITE);
        g.draw(new java.awt.geom.Rectangle2D.Double(x, y, Math.max(w, 2), 26));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        FontMetrics fm = g.getFontMetrics();
        boolean inside = fm.stringWidth(label) + 8 < w;
        g.setColor(inside ? Color.WHITE : Color.BLACK);
        g.drawString(label, (float) (inside ? x + 4 : x + 4), (float) (inside ? y + 17 : y + 42));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    }

    private static void queue(Graphics2D g, int x, int y, int w, int h, String label) {
        g.setColor(BOX);
        g.fillRect(x, y, w, h);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.5f));
        g.drawLine(x, y, x + w, y);
        g.drawLine(x, y + h, x + w, y + h);
        g.drawLine(x + w, y, x + w, y + h);
        for (int k = 1; k <= 3; k++) {
            g.drawLine(x + w - 14 * k, y, x + w - 14 * k, y + h);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        centred(g, label, x + w / 2, y - 6);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    }

    private static void server(Graphics2D g, int x, int y, int w, int h, String name, String rate, Color c) {
        g.setColor(BOX);
        g.fillRoundRect(x, y, w, h, 14, 14);
        g.setColor(c);
        g.setStroke(new BasicStroke(2f));
        g.drawRoundRect(x, y, w, h, 14, 14);
        g.setColor(Color.BLACK);
        centred(g, name, x + w / 2, y + 20);
        if (!rate.isEmpty()) {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            g.setColor(c);
            centred(g, rate, x + w / 2, y + h + 16);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        }
    }

    private static void slot(Graphics2D g, int x, int y, String label, Color c) {
        g.setColor(BOX);
        g.fillRect(x, y, 30, 30);
        g.setColor(c);
        g.setStroke(new BasicStroke(2f));
        g.drawRect(x, y, 30, 30);
        g.setColor(Color.BLACK);
        centred(g, label, x + 15, y + 20);
    }

    private static void diamond(Graphics2D g, int cx, int cy, int r) {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(cx - r, cy);
        d.lineTo(cx, cy - r);
        d.lineTo(cx + r, cy);
        d.lineTo(cx, cy + r);
        d.closePath();
        g.setColor(BOX);
        g.fill(d);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(d);
    }

    private static void path(Graphics2D g, Color c, double[] xy) {
        g.setColor(c);
        g.setStroke(new BasicStroke(2.2f));
        for (int i = 0; i + 3 < xy.length; i += 2) {
            g.draw(new Line2D.Double(xy[i], xy[i + 1], xy[i + 2], xy[i + 3]));
        }
    }

    private static void arrow(Graphics2D g, double x1, double y1, double x2, double y2, Color c) {
        path(g, c, new double[] {x1, y1, x2, y2});
        double len = Math.hypot(x2 - x1, y2 - y1);
        arrowHead(g, x2, y2, (x2 - x1) / len, (y2 - y1) / len, c);
    }

    private static void arrowHead(Graphics2D g, double x, double y, double ux, double uy, Color c) {
        double a = 10;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y);
        p.lineTo(x - a * ux + a * 0.5 * uy, y - a * uy - a * 0.5 * ux);
        p.lineTo(x - a * ux - a * 0.5 * uy, y - a * uy + a * 0.5 * ux);
        p.closePath();
        g.setColor(c);
        g.fill(p);
    }

    private static void text(Graphics2D g, String s, double x, double y) {
        g.drawString(s, (float) x, (float) y);
    }

    private static void centred(Graphics2D g, String s, double cx, double y) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(s, (float) (cx - fm.stringWidth(s) / 2.0), (float) y);
    }

    private static String f(double v) {
        return lbw.present.Tables.format(Math.abs(v) >= 1e-4 ? new java.math.BigDecimal(v)
                .round(new java.math.MathContext(3)).doubleValue() : v);
    }
}
