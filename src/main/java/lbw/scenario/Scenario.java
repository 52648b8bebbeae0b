package lbw.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import lbw.core.IoReason;

/**
 * A scenario file: a JSON object whose {@code "model"} names the model and whose other fields are that model's
 * parameters. The CLI, the notebooks and the tests read the same files from {@code data/}.
 *
 * <pre>{@code
 * Scenario s = Scenario.load(Workbench.data("setup-delays-figure1.json"));
 * Fields f = s.fields();          // typed, checked access to the parameters
 * double eps = f.number("epsilon");
 * f.finish();                     // unknown fields are errors
 * }</pre>
 */
public final class Scenario {

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String source;
    private final ObjectNode root;

    private Scenario(String source, ObjectNode root) {
        this.source = source;
        this.root = root;
    }

    /** The largest scenario file read, in bytes (checked before reading). */
    public static final long MAX_FILE_BYTES = 16L << 20;

    /** The longest {@code "description"}, in characters. */
    public static final int MAX_DESCRIPTION = 2000;

    /** Reads and parses a scenario file; every failure is a {@link ScenarioException} naming the file. */
    public static Scenario load(Path file) {
        return load(file, file.toString());
    }

    /**
     * Reads and parses a scenario file, naming it {@code name} in messages (the path as the user spelled it). The
     * file must be a regular file (not a folder, FIFO or device) of at most {@link #MAX_FILE_BYTES}, checked before
     * reading, and UTF-8 text.
     */
    public static Scenario load(Path file, String name) {
        return parse(name, read(file, name));
    }

    private static String read(Path file, String name) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(name, "", "no such file");
        } catch (IOException e) {
            throw new ScenarioException(name, "", "cannot read the file: " + IoReason.of(e));
        }
        if (attributes.isDirectory()) {
            throw new ScenarioException(name, "", "is a folder, not a scenario file");
        }
        if (!attributes.isRegularFile()) {
            throw new ScenarioException(name, "", "is not a regular file (a device, FIFO or socket): give a .json file");
        }
        if (attributes.size() > MAX_FILE_BYTES) {
            throw new ScenarioException(name, "", "is " + attributes.size() + " bytes; scenario files are limited to "
                    + MAX_FILE_BYTES + " bytes (" + (MAX_FILE_BYTES >> 20) + " MiB)");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new ScenarioException(name, "", "cannot read the file: " + IoReason.of(e));
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new ScenarioException(name, "", "grew beyond " + MAX_FILE_BYTES + " bytes while being read");
        }
        return decode(name, bytes);
    }

    /** Strict UTF-8 (a leading byte-order mark is allowed); anything else is refused as such. */
    static String decode(String name, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new ScenarioException(name, "", "is UTF-16 text (it starts with a UTF-16 byte-order mark); "
                    + "scenario files must be UTF-8");
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int at = in.position();
            throw new ScenarioException(name, "", String.format(Locale.ROOT,
                    "is not UTF-8 text: invalid byte 0x%02X at byte offset %d (line %d); save the file as UTF-8",
                    bytes[Math.min(at, bytes.length - 1)] & 0xff, at, lineOf(bytes, at)));
        }
        out.flip();
        return out.toString();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * Loads a file that must be of the given model, reads its fields with {@code reader} and refuses any field the
     * reader did not read: {@code Scenario.load(file, "mmc", MMcScenario::read)}.
     */
    public static <T> T load(Path file, String model, java.util.function.Function<Fields, T> reader) {
        Scenario s = load(file);
        if (!s.model().equals(model)) {
            throw new ScenarioException(s.source(), "model", "expected \"" + model + "\", found \"" + s.model() + "\"");
        }
        return s.read(reader);
    }

    /**
     * Reads the parameters with {@code reader}, then refuses every field (nested ones included) that the reader did
     * not read. This is the one place where scenario reading is closed with {@link Fields#finish()}: readers only
     * read, so that the command line and the notebooks refuse the same files.
     */
    public <T> T read(java.util.function.Function<Fields, T> reader) {
        Fields in = fields();
        T value = reader.apply(in);
        in.finish();
        return value;
    }

    /** Parses scenario text; {@code source} names it in error messages. */
    public static Scenario parse(String source, String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ScenarioException(source, "", "malformed JSON" + where + ": " + e.getOriginalMessage());
        }
        if (node == null || node.isMissingNode()) {
            throw new ScenarioException(source, "", "the file is empty: expected a JSON object");
        }
        if (!node.isObject()) {
            throw new ScenarioException(source, "", "expected a JSON object, found " + node.getNodeType().toString().toLowerCase());
        }
        return new Scenario(source, (ObjectNode) node);
    }

    /** Where the scenario came from (the file name in error messages). */
    public String source() {
        return source;
    }

    /** The model name, from the required {@code "model"} field. */
    public String model() {
        JsonNode m = root.get("model");
        if (m == null || m.isNull()) {
            throw new ScenarioException(source, "model", "is missing: name the model, e.g. \"model\": \"setup-delays\"");
        }
        if (!m.isTextual()) {
            throw new ScenarioException(source, "model", "must be a string naming the model, e.g. \"mmc\"");
        }
        return m.asText();
    }

    /**
     * The model's parameters: every field but {@code "model"} (and an optional free-text {@code "description"}),
     * to be read through the returned {@link Fields} and closed with {@link Fields#finish()}.
     */
    public Fields fields() {
        description();
        ObjectNode params = root.deepCopy();
        params.remove("model");
        params.remove("description");
        return new Fields(source, "", params);
    }

    /**
     * The optional free-text description of the scenario (empty if absent): a string of at most
     * {@link #MAX_DESCRIPTION} characters, anything else refused.
     */
    public String description() {
        JsonNode d = root.get("description");
        if (d == null) {
            return "";
        }
        if (!d.isTextual()) {
            throw new ScenarioException(source, "description", "must be a string of free text, found "
                    + (d.isNull() ? "null" : d.getNodeType().toString().toLowerCase(Locale.ROOT)));
        }
        if (d.asText().length() > MAX_DESCRIPTION) {
            throw new ScenarioException(source, "description", "has " + d.asText().length()
                    + " characters; at most " + MAX_DESCRIPTION + " are allowed");
        }
        return d.asText();
    }

    /** The raw JSON, for display. */
    public ObjectNode json() {
        return root.deepCopy();
    }
}
