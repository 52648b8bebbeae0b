package lbw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One run of the scenario CLI in-process: its exit status, stdout and stderr. Shared by the CLI tests. */
record CliRun(int status, String out, String err) {

    static CliRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    JsonNode json() throws IOException {
        return new ObjectMapper().readTree(out);
    }

    /**
     * Solves {@code json} written to {@code dir/bad.json} with {@code --out}, checks the whole bad-input contract
     * (status 2, nothing on stdout, nothing written, one line on stderr starting with the file name) and returns
     * that line.
     */
    static String badInput(Path dir, String json) throws IOException {
        Path f = Files.writeString(dir.resolve("bad.json"), json);
        Path outDir = dir.resolve("out");
        CliRun r = run("solve", f.toString(), "--out", outDir.toString());
        assertEquals(Main.BAD_INPUT, r.status(), r.err());
        assertEquals("", r.out(), "nothing on stdout");
        assertFalse(Files.exists(outDir), "nothing written");
        String line = r.err().strip();
        assertFalse(line.contains("\n"), "one line: " + line);
        assertTrue(line.startsWith(f + ": "), "names the file: " + line);
        return line;
    }
}
