package lbw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import lbw.core.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command as a real process: relative paths from the caller's folder (as the launcher passes it in
 * {@code LBW_CALLER_DIR}), and SIGTERM in the middle of a long solve leaving no partial {@code --out} folder.
 */
class ProcessContractTest {

    @TempDir
    Path dir;

    private static ProcessBuilder cli(Path workingDir, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "lbw.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(workingDir.toFile());
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void pathsAreTheCallersWhenTheLauncherRunsInTheProject() throws Exception {
        Files.writeString(dir.resolve("local.json"),
                "{\"model\": \"mmc\", \"arrivalRate\": 1, \"serviceRate\": 1, \"servers\": 2}");
        ProcessBuilder pb = cli(Workbench.home(), "solve", "local.json", "--out", "relout");
        pb.environment().put("LBW_CALLER_DIR", dir.toString());
        Process p = pb.redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        assertEquals(List.of("mmc-response.png", "mmc-sweep.csv"), listing(dir.resolve("relout")));
        assertFalse(Files.exists(Workbench.home().resolve("relout")));
    }

    @Test
    void sigtermDuringALongSolveLeavesNoOutputFolder() throws Exception {
        Process p = cli(dir, "solve", Workbench.data("offloading-figure5.json").toString(), "--out", "results")
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (listing(dir).stream().noneMatch(n -> n.startsWith(".results.partial-")) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(listing(dir).stream().anyMatch(n -> n.startsWith(".results.partial-")), "the run started");
        Thread.sleep(500);
        long sent = System.nanoTime();
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(10, TimeUnit.SECONDS), "stopped within 10 s of SIGTERM");
        assertTrue(System.nanoTime() - sent < TimeUnit.SECONDS.toNanos(10));
        assertEquals(List.of("log.txt"), listing(dir), "no --out folder and no temporary folder");
    }
}
