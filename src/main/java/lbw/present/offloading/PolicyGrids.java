package lbw.present.offloading;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
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

    private static final Color IDLE = new Color(0xEEF2F7);
    private static final Color SM1 = new Color(0x4C78A8);
    private static final Color SM2 = new Color(0xF58518);
    private static final Color GREY = new Color(0xD0D0D0);
    private static final int CELL = 22;
    private static final int LEFT = 56;
    private static final int TOP = 40;
    private static final int BOTTOM = 46;

    private PolicyGrids() {
    }

    /**
     * A grid: {@code cells[row][col]} with rows drawn bottom-up (row 0 at the bottom, as a y axis), labelled by
     * {@code rowLabels} and {@code colLabels}.
     */
    public static BufferedImage grid(String title, int[][] cells, String[] rowLabels, String[] colLabels,
                                     String xTitle, String yTitle) {
        int rows = cells.length, cols = cells[0].length;
        int w = LEFT + cols * CELL + 16;
        int h = TOP + rows * CELL + BOTTOM;
        w = Math.max(w, 220);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
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
                g.setColor(v == OUTSIDE ? GREY : v == 0 ? IDLE : v == 1 ? SM1 : SM2);
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
        g.setFont(axisFont);
        FontMetrics fm = g.getFontMetrics();
        for (int c = 0; c < cols; c++) {
            int x = LEFT + c * CELL;
            g.drawString(colLabels[c], x + (CELL - fm.stringWidth(colLabels[c])) / 2, TOP + rows * CELL + 13);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        fm = g.getFontMetrics();
        g.drawString(xTitle, LEFT + (cols * CELL - fm.stringWidth(xTitle)) / 2, TOP + rows * CELL + 32);
        g.rotate(-Math.PI / 2);
        g.drawString(yTitle, -(TOP + (rows * CELL + fm.stringWidth(yTitle)) / 2), 14);
        g.dispose();
        return img;
    }

    private static void centre(Graphics2D g, String s, int x, int y) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(s, x + (CELL - fm.stringWidth(s)) / 2, y + (CELL + fm.getAscent() - fm.getDescent()) / 2);
    }

    /**
     * Figure 3: the policy on S_c = {n0 >= 1, i1 = 0, n2 = 0}, with n0 = 1..n0Max across and i2 = 0, 1 up.
     */
    public static BufferedImage figure3(String title, Policy p, int n0Max) {
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
    public static BufferedImage figure4(String title, Policy p, int i1, int window) {
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

    /** Images side by side, {@code perRow} to a row, on a white background. */
    public static BufferedImage tile(List<BufferedImage> images, int perRow) {
        int n = images.size();
        int rows = (n + perRow - 1) / perRow;
        int cw = images.stream().mapToInt(BufferedImage::getWidth).max().orElse(1);
        int ch = images.stream().mapToInt(BufferedImage::getHeight).max().orElse(1);
        BufferedImage out = new BufferedImage(cw * Math.min(n, perRow), ch * rows, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        for (int i = 0; i < n; i++) {
            g.drawImage(images.get(i), (i % perRow) * cw, (i / perRow) * ch, null);
        }
        g.dispose();
        return out;
    }

    private static String[] range(int from, int to) {
        String[] s = new String[to - from + 1];
        for (int i = from; i <= to; i++) {
            s[i - from] = Integer.toString(i);
        }
        return s;
    }
}
