package lbw.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small helpers for building the JSON that {@code solve} prints. Non-finite numbers become {@code null}. */
public final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Json() {
    }

    public static ObjectNode object() {
        return F.objectNode();
    }

    public static ArrayNode array(double... values) {
        ArrayNode a = F.arrayNode();
        for (double v : values) {
            if (Double.isFinite(v)) {
                a.add(v);
            } else {
                a.addNull();
            }
        }
        return a;
    }

    public static ArrayNode array(int... values) {
        ArrayNode a = F.arrayNode();
        for (int v : values) {
            a.add(v);
        }
        return a;
    }

    public static ArrayNode matrix(double[][] rows) {
        ArrayNode a = F.arrayNode();
        for (double[] r : rows) {
            a.add(array(r));
        }
        return a;
    }

    /** Puts a number, or null when it is not finite. */
    public static ObjectNode put(ObjectNode o, String key, double value) {
        if (Double.isFinite(value)) {
            o.put(key, value);
        } else {
            o.putNull(key);
        }
        return o;
    }

    /**
     * A table as an object of columns: {@code {"rho": [...], "policy": [...]}}; numbers stay numbers, missing or
     * non-finite values become null.
     */
    public static ObjectNode columns(tech.tablesaw.api.Table table) {
        ObjectNode o = object();
        for (tech.tablesaw.columns.Column<?> c : table.columns()) {
            ArrayNode a = o.putArray(c.name());
            for (int r = 0; r < c.size(); r++) {
                Object v = c.get(r);
                if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
                    a.add(n.doubleValue());
                } else if (v == null || v instanceof Number) {
                    a.addNull();
                } else {
                    a.add(v.toString());
                }
            }
        }
        return o;
    }

    public static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
