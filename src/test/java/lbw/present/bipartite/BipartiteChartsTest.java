package lbw.present.bipartite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lbw.bipartite.RoutingRule;
import lbw.bipartite.RuleComparison;
import lbw.present.Charts;
import lbw.present.Figure;
import org.junit.jupiter.api.Test;

/** The rule comparison chart: no zero-height bar for a missing fluid value, a log panel when ratios span far. */
class BipartiteChartsTest {

    private static RuleComparison comparison(double randomSimulated) {
        return new RuleComparison(2.0, List.of(
                new RuleComparison.Row(RoutingRule.GMSR, 2.0, 2.01, 1.0, 1.005),
                new RuleComparison.Row(RoutingRule.LATENCY, 2.12, 2.11, 1.06, 1.055),
                new RuleComparison.Row(RoutingRule.RANDOM, Double.POSITIVE_INFINITY, 2 * randomSimulated,
                        Double.POSITIVE_INFINITY, randomSimulated),
                new RuleComparison.Row(RoutingRule.powerOf(2), Double.NaN, 2.5, Double.NaN, 1.25)));
    }

    @Test
    void closeRatiosGetOneLinearPanel() {
        Figure f = BipartiteCharts.priceOfAnarchy("close", comparison(1.3));
        assertEquals(Charts.WIDTH, f.width());
        assertTrue(f.image().getWidth() > 0);
    }

    @Test
    void farRatiosGetAZoomAndALogPanel() {
        Figure f = BipartiteCharts.priceOfAnarchy("far", comparison(17.5));
        assertEquals(2 * Charts.PANEL_WIDTH, f.width());
        assertTrue(f.image().getHeight() > Charts.PANEL_HEIGHT);
        assertTrue(f.vector(Figure.VectorFormat.SVG).length > 1000);
    }
}
