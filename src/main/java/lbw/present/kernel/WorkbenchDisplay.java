package lbw.present.kernel;

import java.util.List;
import java.util.function.Function;
import lbw.table.Summarizable;
import lbw.present.Charts;
import lbw.present.Figure;
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
        return List.of(new TableRenderer<>(Table.class, t -> t), new TableRenderer<>(Summarizable.class, Summarizable::summary));
    }

    @Override
    public List<DisplayTransformer> getDisplayTransformers() {
        return List.of(new ChartToImage(), new FigureToImage());
    }

    /** Shows objects of one type as an HTML table (with a plain-text copy), through a function to a table. */
    static final class TableRenderer<T> implements DisplayRenderer {
        private final Class<T> type;
        private final Function<T, Table> toTable;

        TableRenderer(Class<T> type, Function<T, Table> toTable) {
            this.type = type;
            this.toTable = toTable;
        }

        @Override
        public Class<?> rendererClass() {
            return type;
        }

        @Override
        public boolean canRender(String mime) {
            return mime == null || mime.contains("html") || mime.contains("text");
        }

        @Override
        public DisplayData render(String mime, Object o) {
            Table t = toTable.apply(type.cast(o));
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

    /** Composed figures and drawings become images too. */
    static final class FigureToImage implements DisplayTransformer {
        @Override
        public boolean canTransform(Object o) {
            return o instanceof Figure;
        }

        @Override
        public Class<?> transformedClass() {
            return java.awt.image.BufferedImage.class;
        }

        @Override
        public Object transform(Object o) {
            return ((Figure) o).image();
        }
    }
}
