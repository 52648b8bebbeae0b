package lbw.present;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A figure of a fixed size that paints itself on any {@link Graphics2D}: one chart, a drawing (a schematic, a
 * policy grid), or panels composed into one image. Painting the same figure on a bitmap gives the PNG, on
 * VectorGraphics2D the SVG and on PDFBox's Graphics2D the PDF (XChart's optional vector back ends), so all three
 * always agree.
 */
public interface Figure {

    /** Width in pixels (points in the vector formats). */
    int width();

    /** Height in pixels (points in the vector formats). */
    int height();

    /** Paints the figure with its top-left corner at the origin of {@code g}. */
    void paint(Graphics2D g);

    /** A chart as a figure (its own size). */
    static Figure of(Chart<?, ?> chart) {
        return drawing(chart.getWidth(), chart.getHeight(), g -> Charts.paint(chart, g));
    }

    /** A drawing made by {@code painter} on a white canvas of the given size. */
    static Figure drawing(int width, int height, Consumer<Graphics2D> painter) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("figure size " + width + " x " + height + ": both must be positive");
        }
        return new Figure() {
            @Override
            public int width() {
                return width;
            }

            @Override
            public int height() {
                return height;
            }

            @Override
            public void paint(Graphics2D g) {
                Graphics2D c = (Graphics2D) g.create();
                try {
                    c.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                    c.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                    c.setColor(Color.WHITE);
                    c.fillRect(0, 0, width, height);
                    painter.accept(c);
                } finally {
                    c.dispose();
                }
            }
        };
    }

    /** Panels side by side, {@code perRow} to a row, under a common title (none if null or blank). */
    static Figure panels(String title, int perRow, List<? extends Figure> panels) {
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("panels: at least one panel is needed");
        }
        if (perRow < 1) {
            throw new IllegalArgumentException("perRow = " + perRow + ": at least one panel per row");
        }
        int n = panels.size();
        int cols = Math.min(n, perRow);
        int rows = (n + perRow - 1) / perRow;
        int[] colW = new int[cols];
        int[] rowH = new int[rows];
        for (int i = 0; i < n; i++) {
            colW[i % perRow] = Math.max(colW[i % perRow], panels.get(i).width());
            rowH[i / perRow] = Math.max(rowH[i / perRow], panels.get(i).height());
        }
        int[] x = new int[cols + 1];
        int[] y = new int[rows + 1];
        boolean titled = title != null && !title.isBlank();
        y[0] = titled ? 34 : 0;
        for (int c = 0; c < cols; c++) {
            x[c + 1] = x[c] + colW[c];
        }
        for (int r = 0; r < rows; r++) {
            y[r + 1] = y[r] + rowH[r];
        }
        List<Figure> copy = List.copyOf(panels);
        int width = x[cols];
        return drawing(width, y[rows], g -> {
            if (titled) {
                g.setColor(Color.BLACK);
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
                FontMetrics fm = g.getFontMetrics();
                g.drawString(title, (width - fm.stringWidth(title)) / 2, 24);
            }
            for (int i = 0; i < n; i++) {
                Graphics2D p = (Graphics2D) g.create();
                try {
                    p.translate(x[i % perRow], y[i / perRow]);
                    p.clipRect(0, 0, colW[i % perRow], rowH[i / perRow]);
                    copy.get(i).paint(p);
                } finally {
                    p.dispose();
                }
            }
        });
    }

    /** Charts as panels (see {@link #panels(String, int, List)}). */
    static Figure charts(String title, int perRow, List<? extends Chart<?, ?>> charts) {
        return panels(title, perRow, charts.stream().map(Figure::of).toList());
    }

    /** The figure as a bitmap at the given scale (1 = its pixel size). */
    default BufferedImage image(double scale) {
        int w = (int) Math.ceil(width() * scale);
        int h = (int) Math.ceil(height() * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.transform(AffineTransform.getScaleInstance(scale, scale));
            paint(g);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The figure as a bitmap at its pixel size (what a notebook shows inline). */
    default BufferedImage image() {
        return image(1);
    }

    /** The vector formats a figure is written in besides PNG. */
    enum VectorFormat {
        SVG("svg"), PDF("pdf");

        private final String extension;

        VectorFormat(String extension) {
            this.extension = extension;
        }

        /** The file extension, without the dot. */
        public String extension() {
            return extension;
        }
    }

    /** Writes the figure in a vector format. */
    default void writeVector(VectorFormat format, OutputStream out) throws IOException {
        if (format == VectorFormat.SVG) {
            VectorGraphics2D g = new VectorGraphics2D();
            paint(g);
            new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, width(), height())).writeTo(out);
            return;
        }
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width(), height()));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, width(), height());
            try {
                paint(g);
            } finally {
                g.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawForm(g.getXFormObject());
            }
            doc.save(out);
        }
    }

    /** The figure in a vector format, as bytes. */
    default byte[] vector(VectorFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writeVector(format, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the figure as " + format, e);
        }
        return out.toByteArray();
    }
}
