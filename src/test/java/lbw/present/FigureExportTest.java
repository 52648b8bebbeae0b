package lbw.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** Figures: composition, bitmap and vector output, the files Export writes and the RESULTS.md it keeps. */
class FigureExportTest {

    @TempDir
    Path tmp;

    @AfterEach
    void clearOutput() {
        System.clearProperty("lbw.output");
    }

    private static XYChart chart(String title) {
        XYChart c = Charts.line(title, "x (units)", "y (units)");
        Charts.add(c, "a", new double[] {0, 1, 2}, new double[] {0, 1, 4}, 0, Charts.Line.BAND);
        Charts.add(c, "a, second regime", new double[] {0, 1, 2}, new double[] {0, 1.1, 3.9}, 0, Charts.Line.DASHED);
        return c;
    }

    @Test
    void panelsAreLaidOutOnAGridWithRowHeightsAndColumnWidthsOfTheirLargestMember() {
        Figure big = Figure.drawing(300, 200, g -> { });
        Figure small = Figure.drawing(100, 50, g -> { });
        Figure f = Figure.panels(null, 2, List.of(big, small, small));
        assertEquals(300 + 100, f.width());
        assertEquals(200 + 50, f.height());
        Figure titled = Figure.panels("title", 1, List.of(small, small));
        assertEquals(100, titled.width());
        assertEquals(34 + 2 * 50, titled.height());
        assertThrows(IllegalArgumentException.class, () -> Figure.panels("t", 0, List.of(small)));
        assertThrows(IllegalArgumentException.class, () -> Figure.panels("t", 1, List.of()));
        assertThrows(IllegalArgumentException.class, () -> Figure.drawing(0, 10, g -> { }));
    }

    @Test
    void aPanelIsPaintedAtItsOffset() {
        Figure red = Figure.drawing(20, 20, g -> {
            g.setColor(Color.RED);
            g.fillRect(0, 0, 20, 20);
        });
        Figure white = Figure.drawing(20, 20, g -> { });
        BufferedImage img = Figure.panels(null, 2, List.of(white, red)).image();
        assertEquals(Color.WHITE.getRGB(), img.getRGB(5, 5));
        assertEquals(Color.RED.getRGB(), img.getRGB(25, 5));
    }

    @Test
    void vectorFormatsAreRealSvgAndPdf() {
        Figure f = Figure.of(chart("vector test"));
        String svg = new String(f.vector(Figure.VectorFormat.SVG), StandardCharsets.UTF_8);
        assertTrue(svg.contains("<svg") && svg.contains("</svg>"), svg.substring(0, Math.min(200, svg.length())));
        byte[] pdf = f.vector(Figure.VectorFormat.PDF);
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void exportWritesPngSvgPdfAndResultsOnlyUnderAnOutputFolder() throws Exception {
        XYChart c = chart("export test");
        assertEquals(c, Export.figure("no-output", c));
        assertFalse(Files.exists(tmp.resolve("no-output.png")));
        System.setProperty("lbw.output", tmp.toString());
        Export.figure("fig-a", c);
        Export.figure("fig-b", Figure.panels("two", 2, List.of(Figure.of(c), Figure.of(c))));
        Export.table("tab-a", Tables.of("small table", "x", new double[] {1, 2}, "name", new String[] {"p|q", "r"}));
        Export.verdict("fig-a", Verdict.onePoint("two is more than one", 2 > 1, "2 > 1"));
        for (String ext : new String[] {"png", "svg", "pdf"}) {
            assertTrue(Files.size(tmp.resolve("fig-a." + ext)) > 100, ext);
            assertTrue(Files.size(tmp.resolve("fig-b." + ext)) > 100, ext);
        }
        try (var s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left behind");
        }
        String md = Files.readString(tmp.resolve(Results.FILE));
        assertTrue(md.contains("**Figure `fig-a`**: [png](fig-a.png) · [svg](fig-a.svg) · [pdf](fig-a.pdf)"), md);
        assertTrue(md.contains("| 1 | p\\|q |"), md);
        assertTrue(md.contains("Verdict on `fig-a`: holds: two is more than one (2 > 1; one data point only)"), md);
        assertTrue(md.indexOf("fig-a.png") < md.indexOf("fig-b.png") && md.indexOf("fig-b.png") < md.indexOf("tab-a.csv"),
                "entries in the order they were made");
        Export.figure("fig-a", c);
        String again = Files.readString(tmp.resolve(Results.FILE));
        assertEquals(md, again, "exporting the same figure again replaces its entry");
        Results.in(tmp).clear();
        assertFalse(Files.exists(tmp.resolve(Results.FILE)));
        assertFalse(Files.exists(tmp.resolve(".results")));
    }

    @Test
    void exportRefusesNamesThatAreNotPlainFileNames() {
        System.setProperty("lbw.output", tmp.toString());
        assertThrows(IllegalArgumentException.class, () -> Export.figure("../escape", chart("x")));
        assertThrows(IllegalArgumentException.class, () -> Export.verdict("a b", Verdict.onePoint("c", true, "e")));
    }

    @Test
    void dashedSeriesKeepOnlyPointsOneDashPeriodApart() {
        XYChart c = Charts.line("dashes", "x", "y");
        int n = 5000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i / (double) (n - 1);
            y[i] = Math.sin(6 * x[i]);
        }
        XYSeries s = Charts.add(c, "dashed", x, y, 1, Charts.Line.DASHED);
        double[] kx = s.getXData();
        assertTrue(kx.length < 200 && kx.length > 20, "kept " + kx.length);
        assertEquals(0.0, kx[0]);
        assertEquals(1.0, kx[kx.length - 1]);
        XYSeries solid = Charts.add(c, "solid", x, y, 1, Charts.Line.SOLID);
        assertEquals(n, solid.getXData().length, "solid lines keep every point");
    }

    @Test
    void oneHuePerQuantityAndTheBandIsALighterTintOfIt() {
        XYChart c = chart("hues");
        Color band = c.getSeries("a").getLineColor();
        Color dashed = c.getSeries("a, second regime").getLineColor();
        assertEquals(Charts.hue(0), dashed);
        assertEquals(Charts.tint(Charts.hue(0), 0.45), band);
        assertNotEquals(Charts.hue(0), Charts.hue(1));
        assertEquals(Charts.hue(0), Charts.hue(8), "hues repeat after eight");
    }
}
