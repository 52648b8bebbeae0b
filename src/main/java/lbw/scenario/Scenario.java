package lbw.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

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

    /** Reads and parses a scenario file; every failure is a {@link ScenarioException} naming the file. */
    public static Scenario load(Path file) {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(name, "", "no such file");
        } catch (IOException e) {
            throw new ScenarioException(name, "", "cannot read the file: " + e.getMessage());
        }
        return parse(name, text);
    }

    /**
     * Loads a file that must be of the given model, reads its fields with {@code reader} and refuses any field the
     * reader did not read: {@code Scenario.load(file, "mmc", MMcQueue::read)}.
     */
    public static <T> T load(Path file, String model, java.util.function.Function<Fields, T> reader) {
        Scenario s = load(file);
        if (!s.model().equals(model)) {
            throw new ScenarioException(s.source(), "model", "expected \"" + model + "\", found \"" + s.model() + "\"");
        }
        Fields in = s.fields();
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
        if (m == null) {
            throw new ScenarioException(source, "model", "is missing: name the model, e.g. \"model\": \"setup-delays\"");
        }
        if (!m.isTextual()) {
            throw new ScenarioException(source, "model", "must be a string");
        }
        return m.asText();
    }

    /**
     * The model's parameters: every field but {@code "model"} (and an optional free-text {@code "description"}),
     * to be read through the returned {@link Fields} and closed with {@link Fields#finish()}.
     */
    public Fields fields() {
        ObjectNode params = root.deepCopy();
        params.remove("model");
        params.remove("description");
        return new Fields(source, "", params);
    }

    /** The optional free-text description of the scenario (empty if absent). */
    public String description() {
        JsonNode d = root.get("description");
        return d == null ? "" : d.asText();
    }

    /** The raw JSON, for display. */
    public ObjectNode json() {
        return root.deepCopy();
    }
}
