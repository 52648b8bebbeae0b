package lbw.present;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lbw.core.Workbench;
import tech.tablesaw.api.Table;

/**
 * The {@code RESULTS.md} of an output folder: every figure, table and verdict that the notebooks of one run
 * exported, grouped by notebook, with the key numbers (small tables in full, larger ones linked as CSV). Each
 * {@link Export} call stores one entry under {@code .results/} and rewrites {@code RESULTS.md} from all entries,
 * so the file is complete after every cell. {@code ./workbench reproduce} empties the folder's entries before
 * it starts, so {@code RESULTS.md} holds exactly the numbers of that run; documentation links to it instead of
 * copying numbers that change from run to run.
 *
 * <p>The notebook an entry belongs to comes from {@code LBW_NOTEBOOK}, which the notebook runner sets.
 */
public final class Results {

    /** Tables with at most this many rows appear in RESULTS.md in full; larger ones are linked. */
    public static final int INLINE_ROWS = 16;

    /** The file name. */
    public static final String FILE = "RESULTS.md";

    private static final String ENTRIES = ".results";

    /** What an entry is. */
    enum Kind {
        FIGURE, TABLE, VERDICT
    }

    private final Path dir;

    private Results(Path dir) {
        this.dir = dir;
    }

    /** The results of an output folder. */
    public static Results in(Path dir) {
        return new Results(dir);
    }

    /** Deletes the folder's entries and its RESULTS.md (the start of a new run). */
    public void clear() {
        try {
            Path entries = dir.resolve(ENTRIES);
            if (Files.isDirectory(entries)) {
                try (Stream<Path> s = Files.list(entries)) {
                    for (Path p : s.toList()) {
                        Files.delete(p);
                    }
                }
                Files.delete(entries);
            }
            Files.deleteIfExists(dir.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the results in " + dir, e);
        }
    }

    /** Adds (or replaces: same notebook, kind and name) one entry and rewrites RESULTS.md. */
    synchronized void add(Kind kind, String name, String markdown) {
        String notebook = notebook();
        try {
            Path entries = dir.resolve(ENTRIES);
            Files.createDirectories(entries);
            String key = notebook + "__" + kind.name().toLowerCase() + "__" + name
                    + (kind == Kind.VERDICT ? "__" + Integer.toHexString(markdown.replaceFirst(" \\(.*", "").hashCode()) : "");
            Path file = entries.resolve(key + ".md");
            long seq;
            if (Files.exists(file)) {
                seq = Long.parseLong(Files.readAllLines(file, StandardCharsets.UTF_8).get(0).split("\t")[0]);
            } else {
                try (Stream<Path> s = Files.list(entries)) {
                    seq = s.count() + 1;
                }
            }
            String body = seq + "\t" + notebook + "\t" + kind + "\t" + name + "\n" + markdown.strip() + "\n";
            Export.atomically(file, out -> out.write(body.getBytes(StandardCharsets.UTF_8)));
            String text = render();
            Export.atomically(dir.resolve(FILE), out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record " + name + " in " + dir.resolve(FILE), e);
        }
    }

    /** RESULTS.md from the stored entries. */
    String render() throws IOException {
        record Entry(long seq, String notebook, Kind kind, String name, String body) {
        }
        List<Entry> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir.resolve(ENTRIES))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".md")).toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                int nl = text.indexOf('\n');
                String[] head = text.substring(0, nl).split("\t");
                all.add(new Entry(Long.parseLong(head[0]), head[1], Kind.valueOf(head[2]), head[3], text.substring(nl + 1)));
            }
        }
        all.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        Map<String, List<Entry>> byNotebook = new LinkedHashMap<>();
        for (Entry e : all) {
            byNotebook.computeIfAbsent(e.notebook(), k -> new ArrayList<>()).add(e);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# Results of this run\n\n");
        sb.append("Every figure, table and verdict the notebooks exported in this run, in the order they were made")
                .append(Workbench.quick() ? " (quick mode: smaller simulations, so numbers differ from a full run)" : "")
                .append(". Every number here was computed in this run; none is copied from a paper. Figures are in PNG, ")
                .append("SVG and PDF; tables with more than ").append(INLINE_ROWS).append(" rows are linked as CSV.\n");
        for (Map.Entry<String, List<Entry>> nb : byNotebook.entrySet()) {
            sb.append("\n## ").append(nb.getKey()).append("\n");
            for (Entry e : nb.getValue()) {
                switch (e.kind()) {
                    case FIGURE -> sb.append("\n**Figure `").append(e.name()).append("`**: ").append(e.body());
                    case TABLE -> sb.append("\n**Table `").append(e.name()).append("`**\n\n").append(e.body());
                    case VERDICT -> sb.append("\n- Verdict on `").append(e.name()).append("`: ").append(e.body());
                }
            }
        }
        return sb.toString();
    }

    static String figureLinks(String name, boolean vector) {
        return vector ? "[png](" + name + ".png) · [svg](" + name + ".svg) · [pdf](" + name + ".pdf)"
                : "[png](" + name + ".png)";
    }

    static String tableEntry(String name, Table t) {
        String caption = t.name() == null || t.name().isBlank() ? "" : "_" + t.name().replace("_", "\\_") + "_ ";
        if (t.rowCount() <= INLINE_ROWS) {
            return caption + "([csv](" + name + ".csv))\n\n" + Tables.toMarkdown(t, INLINE_ROWS);
        }
        return caption + "(" + t.rowCount() + " rows: [csv](" + name + ".csv); the first rows)\n\n" + Tables.toMarkdown(t, 5);
    }

    private static String notebook() {
        String nb = System.getenv("LBW_NOTEBOOK");
        if (nb == null || nb.isBlank()) {
            nb = System.getProperty("lbw.notebook", "");
        }
        return nb.isBlank() ? "(no notebook named)" : nb.replaceAll("[\\t\\n]", " ");
    }
}
