package lbw.present.offloading;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import lbw.present.Figure;
import java.util.List;
import lbw.offloading.Policy;
import lbw.offloading.StateSpace;

/**
 * Annotated heat-map grids of a policy, drawn with java.awt: one cell per state of a two-dimensional slice,
 * coloured and labelled with the paper's codes 0 (idle), 1 (SM1, also SM1 then SM2), 2 (SM2). Cells outside the
 * region a figure shows are drawn grey without a label.
 */
public final class PolicyGrids {

    /** A cell that is not part of the figure's region. */
    public static final int OUTSIDE = -1;

    private static final Color IDLE = new Color(0xF2F2F2);
    private static final Color SM1 = new Color(0x4C78A8);
    private static final Color SM2 = new Color(0xF58518);
    private static final Color GREY = new Color(0xD9D9D9);
    private static final int CELL = 22;
    private static final int LEFT = 56;
    private static final int TOP = 40;
    private static final int BOTTOM = 42;
    private static final int KEY = 22;

    private PolicyGrids() {
    }

    /**
     * A grid: {@code cells[row][col]} with rows drawn bottom-up (row 0 at the bottom, as a y axis), labelled by
     * {@code rowLabels} and {@code colLabels}. A thick black line separates idle cells from SM2 cells: the
     * switching boundary (the staircase of the switch-type structure). A key under the grid names the codes.
     */
    public static Figure grid(String title, int[][] cells, String[] rowLabels, String[] colLabels,
                              String xTitle, String yTitle) {
        int rows = cells.length, cols = cells[0].length;
        int w = Math.max(LEFT + cols * CELL + 16, 440);
        int h = TOP + rows * CELL + BOTTOM + KEY;
        return Figure.drawing(w, h, g -> {
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
            g.drawString(title, 8, 18);
            Font cellFont = new Font(Font.SANS_SERIF, Font.BOLD, 12);
            Font axisFont = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
            for (int r = 0; r < rows; r++) {
                int y = TOP + (rows - 1 - r) * CELL;
                for (int c = 0; c < cols; c++) {
                    int x = LEFT + c * CELL;
                    int v = cells[r][c];
                    g.setColor(colour(v));
                    g.fillRect(x, y, CELL, CELL);
                    g.setColor(Color.WHITE);
                    g.setStroke(new BasicStroke(1f));
                    g.drawRect(x, y, CELL, CELL);
                    if (v != OUTSIDE) {
                        g.setFont(cellFont);
                        g.setColor(v == 0 ? new Color(0x555555) : Color.WHITE);
                        centre(g, Integer.toString(v), x, y);
                    }
                }
                g.setFont(axisFont);
                g.setColor(Color.BLACK);
                FontMetrics fm = g.getFontMetrics();
                g.drawString(rowLabels[r], LEFT - 4 - fm.stringWidth(rowLabels[r]), y + CELL / 2 + 4);
            }
            boundary(g, cells);
            g.setFont(axisFont);
            g.setColor(Color.BLACK);
            FontMetrics fm = g.getFontMetrics();
            for (int c = 0; c < cols; c++) {
                int x = LEFT + c * CELL;
                g.drawString(colLabels[c], x + (CELL - fm.stringWidth(colLabels[c])) / 2, TOP + rows * CELL + 13);
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            fm = g.getFontMetrics();
            g.drawString(xTitle, LEFT + (cols * CELL - fm.stringWidth(xTitle)) / 2, TOP + rows * CELL + 32);
            key(g, 8, TOP + rows * CELL + BOTTOM + 4);
            Graphics2D r = (Graphics2D) g.create();
            r.rotate(-Math.PI / 2);
            r.drawString(yTitle, -(TOP + (rows * CELL + fm.stringWidth(yTitle)) / 2), 14);
            r.dispose();
        });
    }

    private static Color colour(int v) {
        return v == OUTSIDE ? GREY : v == 0 ? IDLE : v == 1 ? SM1 : SM2;
    }

    /** The edges between an idle cell and an SM2 cell, as a thick black line. */
    private static void boundary(Graphics2D g, int[][] cells) {
        int rows = cells.length, cols = cells[0].length;
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
        for (int r = 0; r < rows; r++) {
            int y = TOP + (rows - 1 - r) * CELL;
            for (int c = 0; c < cols; c++) {
                int x = LEFT + c * CELL;
                if (c + 1 < cols && switches(cells[r][c], cells[r][c + 1])) {
                    g.drawLine(x + CELL, y, x + CELL, y + CELL);
                }
                if (r + 1 < rows && switches(cells[r][c], cells[r + 1][c])) {
                    g.drawLine(x, y, x + CELL, y);
                }
            }
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static boolean switches(int a, int b) {
        return (a == 0 && b == 2) || (a == 2 && b == 0);
    }

    private static void key(Graphics2D g, int x, int y) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        FontMetrics fm = g.getFontMetrics();
        String[] labels = {"0 idle", "1 SM1", "2 SM2", "not in this region"};
        int[] codes = {0, 1, 2, OUTSIDE};
        int cx = x;
        for (int i = 0; i < labels.length; i++) {
            g.setColor(colour(codes[i]));
            g.fillRect(cx, y, 12, 12);
            g.setColor(Color.GRAY);
            g.drawRect(cx, y, 12, 12);
            g.setColor(Color.BLACK);
            g.drawString(labels[i], cx + 16, y + 10);
            cx += 16 + fm.stringWidth(labels[i]) + 12;
        }
        g.setStroke(new BasicStroke(3f));
        g.drawLine(cx, y + 6, cx + 18, y + 6);
        g.setStroke(new BasicStroke(1f));
        g.drawString("switch", cx + 22, y + 10);
    }

    private static void centre(Graphics2D g, String s, int x, int y) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(s, x + (CELL - fm.stringWidth(s)) / 2, y + (CELL + fm.getAscent() - fm.getDescent()) / 2);
    }

    /**
     * Figure 3: the policy on S_c = {n0 >= 1, i1 = 0, n2 = 0}, with n0 = 1..n0Max across and i2 = 0, 1 up.
     */
    public static Figure figure3(String title, Policy p, int n0Max) {
        int[][] cells = new int[2][n0Max];
        for (int i2 = 0; i2 <= 1; i2++) {
            for (int n0 = 1; n0 <= n0Max; n0++) {
                cells[i2][n0 - 1] = Policy.displayCode(p.action(n0, i2, 0, 0));
            }
        }
        return grid(title, cells, new String[] {"i2=0", "i2=1"}, range(1, n0Max), "base queue n0", "");
    }

    /**
     * Figure 4: the SM2-or-idle region at i2 = 0 and the given i1, n0 = 1..window across and n2 = 0..window up;
     * with i1 = 0 the row n2 = 0 is S_c (Figure 3) and is drawn grey.
     */
    public static Figure figure4(String title, Policy p, int i1, int window) {
        int[][] cells = new int[window + 1][window];
        StateSpace sp = p.space();
        for (int n2 = 0; n2 <= window; n2++) {
            for (int n0 = 1; n0 <= window; n0++) {
                int s = sp.index(n0, 0, i1, n2);
                cells[n2][n0 - 1] = sp.inSc(s) ? OUTSIDE : Policy.displayCode(p.action(s));
            }
        }
        return grid(title, cells, range(0, window), range(1, window), "base queue n0", "cloud SM2 queue n2");
    }

    /** Grids side by side, {@code perRow} to a row. */
    public static Figure tile(List<? extends Figure> grids, int perRow) {
        return Figure.panels(null, perRow, grids);
    }

    private static String[] range(int from, int to) {
        String[] s = new String[to - from + 1];
        for (int i = from; i <= to; i++) {
            s[i - from] = Integer.toString(i);
        }
        return s;
    }
}
