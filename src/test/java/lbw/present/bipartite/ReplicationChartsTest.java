package lbw.present.bipartite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.Color;
import lbw.bipartite.BipartiteModel;
import lbw.bipartite.FluidInclusion;
import lbw.bipartite.FluidPath;
import lbw.bipartite.ServiceRate;
import lbw.present.Charts;
import lbw.sweep.Replications;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** The band chart of notebook 40: one hue per backend, and each fluid line dashed in its own backend's hue. */
class ReplicationChartsTest {

    private static XYSeries series(XYChart c, String name) {
        return c.getSeriesCollection().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void eachBackendKeepsOneHueAndItsFluidLineIsDashedInThatHue() {
        BipartiteModel n = new BipartiteModel(new double[] {0.4, 0.6},
                new ServiceRate[] {ServiceRate.saturating(1, 1), ServiceRate.saturating(1, 2)},
                new int[][] {{0, 0}, {1, 0}, {1, 1}});
        FluidPath fluid = FluidInclusion.solve(n, new double[] {2, 1}, 5);
        double[] t = {0, 1, 2, 3, 4, 5};
        double[][] mean = {{2, 1.8, 1.6, 1.5, 1.45, 1.42}, {1, 1.1, 1.2, 1.3, 1.35, 1.4}};
        double[][] low = new double[2][6], high = new double[2][6];
        for (int b = 0; b < 2; b++) {
            for (int k = 0; k < 6; k++) {
                low[b][k] = mean[b][k] - 0.1;
                high[b][k] = mean[b][k] + 0.1;
            }
        }
        XYChart c = ReplicationCharts.workloadBand("band", fluid, t, 10,
                new Replications.Band(mean, low, high, 8, 0.95));
        for (int b = 0; b < 2; b++) {
            String name = "b" + (b + 1);
            XYSeries m = series(c, name + ": mean of 8 paths, c = 10");
            XYSeries f = series(c, name + ": fluid");
            XYSeries e = series(c, name + ": 95% band");
            assertEquals(Charts.hue(b), m.getLineColor(), name + " mean");
            assertEquals(Charts.hue(b).darker(), f.getLineColor(), name + " fluid: the backend's hue, darker");
            assertNotNull(f.getLineStyle().getDashArray(), name + " fluid is dashed");
            assertNull(m.getLineStyle().getDashArray(), name + " mean is solid");
            assertEquals(Charts.tint(Charts.hue(b), 0.55), e.getLineColor(), name + " band edge");
        }
        Color b1 = series(c, "b1: fluid").getLineColor(), b2 = series(c, "b2: fluid").getLineColor();
        assertEquals(false, b1.equals(b2), "the two fluid lines differ in hue");
    }
}
