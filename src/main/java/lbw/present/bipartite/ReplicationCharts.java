package lbw.present.bipartite;

import java.awt.BasicStroke;
import java.awt.Color;
import lbw.bipartite.FluidPath;
import lbw.present.Charts;
import lbw.sweep.Replications;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;

/** Figure 7 with confidence bands: replicated stochastic paths (mean and band per backend and scale) and the fluid path. */
public final class ReplicationCharts {

    private static final Color[] HUES = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0x9467bd)};

    private ReplicationCharts() {
    }

    /**
     * Workloads {@code N_b / c} against time at one scale: the mean over replications (solid), the edges of its band
     * (thin, same hue), one hue per backend, and the fluid path in black dashes.
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
            Color hue = HUES[b % HUES.length];
            String name = "b" + (b + 1);
            XYSeries mean = Charts.addLine(c, name + ": mean of " + band.n() + " paths, c = " + fmt(scale), t,
                    band.mean()[b]);
            mean.setLineColor(hue);
            XYSeries low = Charts.addLine(c, name + ": " + pct, t, band.low()[b]);
            XYSeries high = Charts.addLine(c, name + ": " + pct + ", upper edge", t, band.high()[b]);
            high.setShowInLegend(false);
            for (XYSeries e : new XYSeries[] {low, high}) {
                e.setLineColor(new Color(hue.getRed(), hue.getGreen(), hue.getBlue(), 140));
                e.setLineStyle(new BasicStroke(1f));
            }
        }
        for (int b = 0; b < nb; b++) {
            double[] y = new double[t.length];
            for (int k = 0; k < t.length; k++) {
                y[k] = fluid.at(t[k])[b];
            }
            XYSeries f = Charts.addDashed(c, "b" + (b + 1) + ": fluid", t, y);
            f.setLineColor(Color.BLACK);
            f.setLineStyle(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 4f}, 0f));
        }
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        return c;
    }

    private static String fmt(double c) {
        return c == Math.rint(c) ? String.valueOf((long) c) : String.valueOf(c);
    }
}
