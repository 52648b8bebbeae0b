package lbw.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Finds what did not converge in a result: every object whose {@code "converged"} is {@code false} (or a
 * {@code "converged"} column holding a {@code false}), named by its JSON path with the residual and tolerance the
 * object reports beside it. A non-empty list makes {@code solve} exit with status 3.
 */
final class Convergence {

    private static final String[] EVIDENCE = {"residual", "kktResidual", "distanceToEquilibrium", "tolerance", "gap",
        "iterations"};

    private Convergence() {
    }

    static List<String> misses(JsonNode result) {
        List<String> out = new ArrayList<>();
        walk(result, "", out);
        return out;
    }

    /**
     * The report's own convergence facts ({@link lbw.report.Report#convergence()}) that are false, with the evidence
     * beside them in the printed JSON, followed by any other {@code "converged": false} the JSON holds.
     */
    static List<String> misses(lbw.report.Report report, JsonNode result) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Boolean> e : report.convergence().entrySet()) {
            if (!e.getValue()) {
                String key = e.getKey();
                int dot = key.lastIndexOf('.');
                String parent = dot < 0 ? "" : key.substring(0, dot);
                String label = key.endsWith(".converged") ? parent : key;
                JsonNode holder = parent.isEmpty() ? result : result.at("/" + parent.replace('.', '/'));
                out.add(label + (holder.isObject() && label.equals(parent) ? evidence(holder) : ""));
            }
        }
        for (String m : misses(result)) {
            String path = m.contains(" (") ? m.substring(0, m.indexOf(" (")) : m;
            if (out.stream().noneMatch(o -> o.equals(path) || o.startsWith(path + " ("))) {
                out.add(m);
            }
        }
        return out;
    }

    private static void walk(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            JsonNode c = node.get("converged");
            if (c != null && c.isBoolean() && !c.booleanValue()) {
                out.add((path.isEmpty() ? "the result" : path) + evidence(node));
            } else if (c != null && c.isArray()) {
                for (int i = 0; i < c.size(); i++) {
                    if (c.get(i).isBoolean() && !c.get(i).booleanValue()) {
                        out.add(join(path, "converged") + "[" + i + "]");
                    }
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals("converged")) {
                    walk(e.getValue(), join(path, e.getKey()), out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private static String evidence(JsonNode o) {
        StringBuilder sb = new StringBuilder();
        for (String k : EVIDENCE) {
            JsonNode v = o.get(k);
            if (v != null && (v.isNumber() || v.isNull())) {
                sb.append(sb.length() == 0 ? " (" : ", ").append(k).append(' ').append(v.isNull() ? "not finite" : v.asText());
            }
        }
        return sb.length() == 0 ? "" : sb.append(')').toString();
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
