package lbw.present.kernel;

import java.util.List;
import lbw.core.Summarizable;
import lbw.present.Charts;
import lbw.present.Tables;
import org.knowm.xchart.internal.chartpart.Chart;
import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplayRenderer;
import org.rapaio.jupyter.kernel.display.DisplayTransformer;
import org.rapaio.jupyter.kernel.display.spi.DisplayProvider;
import tech.tablesaw.api.Table;

/**
 * Registers the workbench's renderers with the notebook kernel (through {@code META-INF/services}):
 * a Tablesaw {@link Table} shows as an HTML table, an XChart chart as an inline PNG, and any
 * {@link Summarizable} result as its summary table. No output needs JavaScript.
 */
public final class WorkbenchDisplay implements DisplayProvider {

    /** Rows shown before a table is cut (the CSV export holds them all). */
    public static final int MAX_ROWS = 40;

    @Override
    public List<DisplayRenderer> getDisplayRenderers() {
        return List.of(new TableRenderer(), new SummaryRenderer());
    }

    @Override
    public List<DisplayTransformer> getDisplayTransformers() {
        return List.of(new ChartToImage());
    }

    static final class TableRenderer implements DisplayRenderer {
        @Override
        public Class<?> rendererClass() {
            return Table.class;
        }

        @Override
        public boolean canRender(String mime) {
            return mime == null || mime.contains("html") || mime.contains("text");
        }

        @Override
        public DisplayData render(String mime, Object o) {
            Table t = (Table) o;
            DisplayData d = DisplayData.fromHtml(Tables.toHtml(t, MAX_ROWS));
            d.putText(t.print(MAX_ROWS));
            return d;
        }
    }

    static final class SummaryRenderer implements DisplayRenderer {
        @Override
        public Class<?> rendererClass() {
            return Summarizable.class;
        }

        @Override
        public boolean canRender(String mime) {
            return mime == null || mime.contains("html") || mime.contains("text");
        }

        @Override
        public DisplayData render(String mime, Object o) {
            Table t = ((Summarizable) o).summary();
            DisplayData d = DisplayData.fromHtml(Tables.toHtml(t, MAX_ROWS));
            d.putText(t.print(MAX_ROWS));
            return d;
        }
    }

    /** Charts become images, which the kernel's own renderer sends as image/png. */
    static final class ChartToImage implements DisplayTransformer {
        @Override
        public boolean canTransform(Object o) {
            return o instanceof Chart<?, ?>;
        }

        @Override
        public Class<?> transformedClass() {
            return java.awt.image.BufferedImage.class;
        }

        @Override
        public Object transform(Object o) {
            return Charts.image((Chart<?, ?>) o);
        }
    }
}
