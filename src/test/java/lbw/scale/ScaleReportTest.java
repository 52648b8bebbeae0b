package lbw.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lbw.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleReportTest {

    @TempDir
    Path dir;

    /** Every generated scenario is one the CLI accepts and solves (exit 0, or 3 when a horizon is too short). */
    @Test
    void generatedScenariosSolve() throws IOException {
        for (ScaleReport.Family f : ScaleReport.families()) {
            int size = f.quickSizes()[0];
            Path file = dir.resolve(f.model() + ".json");
            Files.writeString(file, ScaleReport.JSON.writeValueAsString(f.scenario().apply(size)));
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Main.run(new String[] {"solve", file.toString()},
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertTrue(status == 0 || status == 3, f.model() + ": exit " + status + " " + err);
        }
    }

    @Test
    void growthExponentsBetweenNeighbours() {
        List<ScaleReport.Row> rows = List.of(row(10, 0.1), row(20, 0.4), row(40, 3.2));
        assertEquals("10 -> 20: t ~ size^2.0, 20 -> 40: t ~ size^3.0", ScaleReport.growth(rows));
        assertEquals("(all runs under 0.05 s)", ScaleReport.growth(List.of(row(1, 0.01), row(2, 0.02))));
        // the CPU seconds where both runs have them, else the solve's seconds
        ScaleReport.Row slowWall = new ScaleReport.Row("m", "n = 20", 20, 0, 9.0, 9.3, 0.4, 1, 1, false, "");
        assertEquals("10 -> 20: t ~ size^2.0", ScaleReport.growth(List.of(row(10, 0.1), slowWall)));
        ScaleReport.Row noCpu = new ScaleReport.Row("m", "n = 20", 20, 0, 0.2, 0.5, Double.NaN, 1, 1, false, "");
        assertEquals("10 -> 20: t ~ size^1.0", ScaleReport.growth(List.of(row(10, 0.1), noCpu)));
    }

    @Test
    void badArgumentsAreRefusedWithUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(2, ScaleReport.run(new String[] {"--timeout", "-1"}, o, e));
        assertEquals(2, ScaleReport.run(new String[] {"--model", "nope"}, o, e));
        assertEquals(2, ScaleReport.run(new String[] {"--fast"}, o, e));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("--timeout -1: must be a positive number of seconds"), text);
        assertTrue(text.contains("--model nope: not one of"), text);
        assertTrue(text.contains("usage: ./workbench scale"), text);
    }

    /** Each size's JVM starts like {@code solve}: with the command line's class-data archive when there is one. */
    @Test
    void childJvmsUseTheClassDataArchiveWhenGiven() {
        Path f = dir.resolve("s.json");
        List<String> plain = ScaleReport.childCommand("java", null, f);
        List<String> cds = ScaleReport.childCommand("java", "/x/cli-classes.jsa", f);
        assertTrue(plain.stream().noneMatch(a -> a.startsWith("-XX:SharedArchiveFile")), plain.toString());
        assertTrue(cds.contains("-XX:SharedArchiveFile=/x/cli-classes.jsa"), cds.toString());
        assertEquals(f.toString(), cds.get(cds.size() - 1));
        assertEquals(ScaleProbe.class.getName(), cds.get(cds.size() - 2));
    }

    /** The class-data archive's training run solves a small scenario of every model, with tables and charts. */
    @Test
    void startupTrainingSolvesEveryModel() throws IOException {
        assertEquals(List.of(), StartupTraining.run());
    }

    private static ScaleReport.Row row(int n, double s) {
        return new ScaleReport.Row("m", "n = " + n, n, 0, s, s + 0.3, s, 1, 1, false, "");
    }
}
