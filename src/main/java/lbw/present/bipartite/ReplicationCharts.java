package lbw.present.bipartite;

import lbw.bipartite.FluidPath;
import lbw.present.Charts;
import lbw.present.Charts.Line;
import lbw.sweep.Replications;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * Figure 7 with confidence bands: replicated stochastic paths (mean and band per backend and scale) and the fluid
 * path, in the {@link BipartiteCharts} style: one hue per backend, the fluid path dashed in its backend's hue.
 */
public final class ReplicationCharts {

    private ReplicationCharts() {
    }

    /**
     * Workloads {@code N_b / c} against time at one scale, one hue per backend ({@link Charts#hue}): the mean over
     * replications (solid), the edges of its band (thin, lighter), and the fluid path (dashed, darker, on top).
     *
     * @param t     the sample times of the band
     * @param scale the scale c of the replicated paths
     * @param band  a band whose row b is backend b over the times {@code t}
     */
    public static XYChart workloadBand(String title, FluidPath fluid, double[] t, double scale, Replications.Band band) {
        XYChart c = Charts.line(title, "time t", "workload N_b / c");
        int nb = fluid.workload()[0].length;
        String pct = Math.round(band.level() * 100) + "% band";
        for (int b = 0; b < nb; b++) {
            String name = "b" + (b + 1);
            Charts.add(c, name + ": mean of " + band.n() + " paths, c = " + fmt(scale), t, band.mean()[b],
                    Charts.hue(b), Line.SOLID);
            Charts.add(c, name + ": " + pct, t, band.low()[b], Charts.tint(Charts.hue(b), 0.55), Line.THIN);
            XYSeries high = Charts.add(c, name + ": " + pct + ", upper edge", t, band.high()[b],
                    Charts.tint(Charts.hue(b), 0.55), Line.THIN);
            high.setShowInLegend(false);
        }
        for (int b = 0; b < nb; b++) {
            double[] y = new double[t.length];
            for (int k = 0; k < t.length; k++) {
                y[k] = fluid.at(t[k])[b];
            }
            Charts.add(c, "b" + (b + 1) + ": fluid", t, y, Charts.hue(b).darker(), Line.DASHED);
        }
        return c;
    }

    private static String fmt(double c) {
        return c == Math.rint(c) ? String.valueOf((long) c) : String.valueOf(c);
    }
}
