package lbw.present;

import java.nio.file.Path;
import lbw.core.Workbench;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.Table;

/**
 * Figures and tables that a notebook wants kept: when {@code LBW_OUTPUT_DIR} is set (as {@code ./workbench
 * reproduce} does), {@link #figure} writes {@code NAME.png} and {@link #table} writes {@code NAME.csv} there.
 * Both return their argument, so a notebook writes {@code display(Export.figure("fig1a-routing", chart));}.
 */
public final class Export {

    private Export() {
    }

    public static <C extends Chart<?, ?>> C figure(String name, C chart) {
        Workbench.outputDir().ifPresent(dir -> Charts.writePng(chart, dir.resolve(checkName(name) + ".png")));
        return chart;
    }

    /**
     * An image drawn without XChart (e.g. an annotated grid): returns it, and under the reproduce command also writes
     * {@code NAME.png}.
     */
    public static <I extends java.awt.image.RenderedImage> I image(String name, I image) {
        Workbench.outputDir().ifPresent(dir -> {
            Path file = dir.resolve(checkName(name) + ".png");
            try {
                java.nio.file.Files.createDirectories(dir);
                javax.imageio.ImageIO.write(image, "png", file.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot write " + file, e);
            }
        });
        return image;
    }

    public static Table table(String name, Table table) {
        Workbench.outputDir().ifPresent(dir -> Tables.writeCsv(table, dir.resolve(checkName(name) + ".csv")));
        return table;
    }

    /** Writes a chart and a table under explicit paths (used by the CLI's {@code --out}). */
    public static void write(Path dir, String name, Chart<?, ?> chart) {
        Charts.writePng(chart, dir.resolve(checkName(name) + ".png"));
    }

    private static String checkName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("name '" + name + "': use letters, digits, '.', '_' and '-' only");
        }
        return name;
    }
}
