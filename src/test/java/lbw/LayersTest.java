package lbw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lbw.core.Workbench;
import org.junit.jupiter.api.Test;

/**
 * The layers run one way: core and numerics at the bottom, then scenario reading, tables and reports, then the
 * models, then presentation and the command line on top. Checked on the import lines of every main source file.
 */
class LayersTest {

    private static final Path MAIN = Workbench.home().resolve("src/main/java/lbw");
    private static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+)", Pattern.MULTILINE);

    /** Packages (under lbw) and the import prefixes they must not use. */
    private static final List<String[]> RULES = List.of(
            new String[] {"core", "lbw.", "tech.tablesaw", "org.knowm"},
            new String[] {"numerics", "lbw.scenario", "lbw.report", "lbw.table", "lbw.present", "lbw.cli",
                "lbw.queueing", "lbw.setupdelays", "lbw.bipartite", "lbw.offloading", "org.knowm"},
            new String[] {"scenario", "lbw.report", "lbw.table", "lbw.present", "lbw.cli", "lbw.queueing",
                "lbw.setupdelays", "lbw.bipartite", "lbw.offloading", "org.knowm"},
            new String[] {"table", "lbw.report", "lbw.present", "lbw.cli", "lbw.queueing", "lbw.setupdelays",
                "lbw.bipartite", "lbw.offloading", "org.knowm"},
            new String[] {"report", "lbw.present", "lbw.cli", "lbw.queueing", "lbw.setupdelays", "lbw.bipartite",
                "lbw.offloading", "org.knowm"},
            new String[] {"queueing", "lbw.present", "lbw.cli", "org.knowm"},
            new String[] {"setupdelays", "lbw.present", "lbw.cli", "org.knowm"},
            new String[] {"bipartite", "lbw.present", "lbw.cli", "org.knowm"},
            new String[] {"offloading", "lbw.present", "lbw.cli", "org.knowm"},
            new String[] {"present", "lbw.cli"});

    @Test
    void noPackageImportsALayerAboveIt() {
        List<String> violations = new ArrayList<>();
        for (String[] rule : RULES) {
            for (Path file : javaFiles(MAIN.resolve(rule[0]))) {
                Matcher m = IMPORT.matcher(read(file));
                while (m.find()) {
                    String imported = m.group(2);
                    for (int k = 1; k < rule.length; k++) {
                        boolean own = imported.startsWith("lbw." + rule[0] + ".");
                        boolean allowedCore = rule[0].equals("core") && imported.startsWith("lbw.core.");
                        if (imported.startsWith(rule[k]) && !own && !allowedCore) {
                            violations.add(MAIN.relativize(file) + " imports " + imported);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void onlyThePresentationLayerImportsTheChartLibrary() {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            if (!file.startsWith(MAIN.resolve("present")) && read(file).contains("org.knowm.xchart")) {
                violations.add(MAIN.relativize(file).toString());
            }
        }
        assertEquals(List.of(), violations);
    }

    private static List<Path> javaFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
