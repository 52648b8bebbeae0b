package lbw.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One row of a sweep's result: the grid point, the replication, the collected values ({@code null} when the row
 * failed) and the error in words ({@code null} when it did not).
 */
public record SweepRow(int index, ObjectNode point, int replication, ObjectNode values, String error) {

    static final ObjectMapper JSON = new ObjectMapper();

    public boolean failed() {
        return error != null;
    }

    /** The row as printed: {@code {"point": {...}, "replication": r, "values": {...}, "error": null}}. */
    public ObjectNode json() {
        ObjectNode o = JSON.createObjectNode();
        o.set("point", point);
        o.put("replication", replication);
        o.set("values", values);
        o.put("error", error);
        return o;
    }

    /** One line of JSON with the row index: how rows travel from workers (Spark) back to the driver. */
    public String wire() {
        ObjectNode o = json();
        o.put("index", index);
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The inverse of {@link #wire()}; numbers come back bit for bit (Jackson writes doubles round-trip exact). */
    public static SweepRow fromWire(String line) {
        try {
            JsonNode o = JSON.readTree(line);
            JsonNode values = o.get("values");
            JsonNode error = o.get("error");
            return new SweepRow(o.get("index").intValue(), (ObjectNode) o.get("point"), o.get("replication").intValue(),
                    values == null || values.isNull() ? null : (ObjectNode) values,
                    error == null || error.isNull() ? null : error.asText());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a worker sent a malformed row: " + e.getOriginalMessage(), e);
        }
    }
}
