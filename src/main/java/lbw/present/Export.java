package lbw.present;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import lbw.core.Workbench;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.Table;

/**
 * Figures, tables and verdicts that a notebook wants kept. When {@code LBW_OUTPUT_DIR} is set (as {@code ./workbench
 * reproduce} does), {@link #figure} writes {@code NAME.png}, {@code NAME.svg} and {@code NAME.pdf} there,
 * {@link #table} writes {@code NAME.csv}, and every call adds its entry to the folder's {@code RESULTS.md} (see
 * {@link Results}). Each returns its argument, so a notebook writes
 * {@code display(Export.figure("sd-fig1a-routing", chart))}.
 */
public final class Export {

    private Export() {
    }

    /** A chart: shown by the caller, written as PNG, SVG and PDF under the reproduce command. */
    public static <C extends Chart<?, ?>> C figure(String name, C chart) {
        write(name, Figure.of(chart));
        return chart;
    }

    /** A composed figure or drawing: shown by the caller, written as PNG, SVG and PDF under the reproduce command. */
    public static Figure figure(String name, Figure figure) {
        write(name, figure);
        return figure;
    }

    /**
     * An image that exists only as pixels: returns it, and under the reproduce command also writes {@code NAME.png}.
     * Prefer {@link #figure(String, Figure)}, which also gives the vector formats.
     */
    public static <I extends RenderedImage> I image(String name, I image) {
        Workbench.outputDir().ifPresent(dir -> {
            String n = checkName(name);
            atomically(dir.resolve(n + ".png"), out -> javax.imageio.ImageIO.write(image, "png", out));
            Results.in(dir).add(Results.Kind.FIGURE, n, Results.figureLinks(n, false));
        });
        return image;
    }

    public static Table table(String name, Table table) {
        Workbench.outputDir().ifPresent(dir -> {
            String n = checkName(name);
            Tables.writeCsv(table, dir.resolve(n + ".csv"));
            Results.in(dir).add(Results.Kind.TABLE, n, Results.tableEntry(n, table));
        });
        return table;
    }

    /**
     * Prints a verdict (the statement, whether it holds, the numbers behind it) and, under the reproduce command,
     * records it in {@code RESULTS.md} under {@code name} (the figure or table it is about). Returns nothing, so
     * a notebook cell that ends with it shows the sentence once.
     */
    public static void verdict(String name, Verdict verdict) {
        String n = checkName(name);
        System.out.println(verdict);
        Workbench.outputDir().ifPresent(dir -> Results.in(dir).add(Results.Kind.VERDICT, n, verdict.toString()));
    }

    /** Writes a figure as NAME.png, NAME.svg and NAME.pdf into {@code dir}; returns the PNG's path. */
    public static Path write(Figure figure, Path dir, String name) {
        String n = checkName(name);
        Path png = dir.resolve(n + ".png");
        atomically(png, out -> javax.imageio.ImageIO.write(figure.image(), "png", out));
        for (Figure.VectorFormat f : Figure.VectorFormat.values()) {
            atomically(dir.resolve(n + "." + f.extension()), out -> figure.writeVector(f, out));
        }
        return png;
    }

    private static void write(String name, Figure figure) {
        Workbench.outputDir().ifPresent(dir -> {
            write(figure, dir, name);
            Results.in(dir).add(Results.Kind.FIGURE, name, Results.figureLinks(name, true));
        });
    }

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Writes through a temporary file in the same folder and moves it into place, so no half-written file is left. */
    static void atomically(Path file, Writer writer) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".part");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    writer.write(out);
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static String checkName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("name '" + name + "': use letters, digits, '.', '_' and '-' only");
        }
        return name;
    }
}
