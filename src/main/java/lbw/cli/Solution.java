package lbw.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.Table;

/**
 * What {@code solve} produces: the JSON printed on stdout, and the tables (CSV) and charts (PNG) that
 * {@code --out DIR} writes, keyed by file name without extension.
 */
public record Solution(ObjectNode json, Map<String, Table> tables, Map<String, Chart<?, ?>> charts) {

    public Solution {
        tables = new LinkedHashMap<>(tables);
        charts = new LinkedHashMap<>(charts);
    }

    public static Solution of(ObjectNode json) {
        return new Solution(json, Map.of(), Map.of());
    }
}
