package lbw.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import lbw.present.kernel.WorkbenchDisplay;
import lbw.queueing.ErlangC;
import lbw.queueing.MMcQueue;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplayRenderer;
import org.rapaio.jupyter.kernel.display.DisplayTransformer;
import tech.tablesaw.api.Table;

/** What the notebook kernel shows for tables, charts and result records. */
class WorkbenchDisplayTest {

    private final WorkbenchDisplay provider = new WorkbenchDisplay();

    private DisplayData render(Object o) {
        for (DisplayRenderer r : provider.getDisplayRenderers()) {
            if (r.rendererClass().isInstance(o) && r.canRender("text/html")) {
                return r.render("text/html", o);
            }
        }
        throw new AssertionError("no renderer for " + o.getClass());
    }

    @Test
    void tableRendersAsAnHtmlTableWithoutScript() {
        Table t = Tables.of("rates <&>", "x", new double[] {1, 2.5, 1e-7}, "name", new String[] {"a", "b", "c"});
        String html = (String) render(t).data().get("text/html");
        assertTrue(html.startsWith("<table"), html);
        assertTrue(html.contains("<caption>rates &lt;&amp;&gt;</caption>"), html);
        assertTrue(html.contains(">2.5<") && html.contains(">1.00000e-07<"), html);
        assertTrue(!html.contains("<script"), html);
    }

    @Test
    void longTablesAreCutWithACount() {
        Table t = Tables.of("long", "i", new int[WorkbenchDisplay.MAX_ROWS + 5]);
        assertTrue(((String) render(t).data().get("text/html")).contains("... 5 more rows"));
    }

    @Test
    void resultRecordsRenderTheirSummary() {
        String html = (String) render(ErlangC.solve(new MMcQueue(8, 1, 10))).data().get("text/html");
        assertTrue(html.contains("P(wait)") && html.contains("<table"), html);
    }

    @Test
    void chartsBecomeImages() {
        XYChart chart = Charts.line("t", "x", "y");
        Charts.addLine(chart, "s", new double[] {0, 1}, new double[] {0, 1});
        DisplayTransformer tr = provider.getDisplayTransformers().get(0);
        assertTrue(tr.canTransform(chart));
        BufferedImage img = (BufferedImage) tr.transform(chart);
        assertEquals(Charts.WIDTH, img.getWidth());
        assertEquals(Charts.HEIGHT, img.getHeight());
    }

    @Test
    void numbersAreFormattedForReading() {
        assertEquals("0.8", Tables.format(0.8));
        assertEquals("1.20459", Tables.format(1.2045902));
        assertEquals("10", Tables.format(10.0));
        assertEquals("", Tables.format(Double.NaN));
        assertEquals("inf", Tables.format(Double.POSITIVE_INFINITY));
    }
}
