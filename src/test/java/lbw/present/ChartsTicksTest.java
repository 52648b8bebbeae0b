package lbw.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.AxesChart;

/** The ticks XChart computes when a chart is painted through {@link Figure}. */
class ChartsTicksTest {

    /** A path sampled every 0.5 on [0, 100], plus step lines and verticals on the same grid (like ChangeCharts). */
    private static XYChart uniformPanel() {
        XYChart c = Charts.panel("uniform", "time t", "value");
        double[] t = new double[201];
        double[] y = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = 0.5 * i;
            y[i] = Math.sin(t[i] / 7);
        }
        Charts.add(c, "path", t, y, 0, Charts.Line.THIN);
        Charts.add(c, "steps", new double[] {0, 20, 20, 40, 40, 100}, new double[] {0, 0, 1, 1, 0.5, 0.5}, 1,
                Charts.Line.DASHED);
        Charts.addVertical(c, "change", 20, -1, 1);
        return Charts.xRange(c, 0, 100);
    }

    /** The same data on an adaptive (non-uniform) time grid. */
    private static XYChart adaptivePanel() {
        XYChart c = Charts.panel("adaptive", "time t", "value");
        double[] t = new double[201];
        double[] y = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = 100 * Math.pow(i / 200.0, 1.3);
            y[i] = Math.sin(t[i] / 7);
        }
        Charts.add(c, "path", t, y, 0, Charts.Line.SOLID);
        return Charts.xRange(c, 0, 100);
    }

    @Test
    void uniformlySampledPanelGetsTheSameRoundTicksAsAnAdaptiveOne() throws Exception {
        XYChart uniform = uniformPanel();
        assertTrue(Charts.equallySpacedX(uniform), "the fixture must trigger XChart's category-like ticks");
        List<String> u = xTickLabels(uniform);
        List<String> a = xTickLabels(adaptivePanel());
        assertEquals(a, u);
        assertTrue(u.contains("20") && u.contains("100") && !u.contains("6"), u.toString());
        assertEquals(3, uniform.getSeriesCollection().size(), "painting leaves the chart's series as they were");
    }

    @Test
    void logAxisOverManyDecadesHasGridLinesAtTheDecadesOnly() {
        XYChart c = Charts.panel("log", "time t", "value (log scale)");
        c.getStyler().setYAxisLogarithmic(true);
        double[] t = new double[100];
        double[] y = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = i;
            y[i] = Math.pow(10, 1 - 0.14 * i);
        }
        Charts.add(c, "decay", t, y, 0, Charts.Line.SOLID);
        assertEquals(14, gridRows(c, 75, 1.5e-13, 15), "one grid line per decade from 1E-12 to 10");
        assertTrue(c.getStyler().isPlotGridHorizontalLinesVisible(), "painting leaves the style as it was");

        XYChart narrow = Charts.panel("log, two decades", "x", "y");
        narrow.getStyler().setYAxisLogarithmic(true);
        Charts.add(narrow, "y", new double[] {0, 1, 2}, new double[] {1, 10, 100}, 0, Charts.Line.SOLID);
        assertTrue(gridRows(narrow, 1.5, 1.05, 95) > 10, "a short log axis keeps XChart's grid at 1..9 x 10^k");
    }

    /** Grid lines (runs of grid-grey rows) in a vertical strip of the plot at x = at, from y = lo to y = hi. */
    private static int gridRows(XYChart c, double at, double lo, double hi) {
        java.awt.image.BufferedImage img = Figure.of(c).image();
        int x = (int) Math.round(c.getScreenXFromChart(at));
        int rows = 0;
        boolean inLine = false;
        for (int y = (int) c.getScreenYFromChart(hi); y <= (int) c.getScreenYFromChart(lo); y++) {
            boolean grey = false;
            for (int dx = -12; dx <= 12 && !grey; dx++) {
                java.awt.Color p = new java.awt.Color(img.getRGB(x + dx, y));
                grey = p.getRed() < 245 && p.getRed() > 200 && p.getRed() == p.getGreen() && p.getGreen() == p.getBlue();
            }
            if (grey && !inLine) {
                rows++;
            }
            inLine = grey;
        }
        return rows;
    }

    private static List<String> xTickLabels(XYChart c) throws Exception {
        return tickLabels(c, "getXAxis");
    }

    @SuppressWarnings("unchecked")
    private static List<String> tickLabels(XYChart c, String axis) throws Exception {
        Figure.of(c).image();
        Field pair = AxesChart.class.getDeclaredField("axisPair");
        pair.setAccessible(true);
        Object p = pair.get(c);
        Method get = p.getClass().getDeclaredMethod(axis);
        get.setAccessible(true);
        Object ax = get.invoke(p);
        Method calc = ax.getClass().getMethod("getAxisTickCalculator");
        calc.setAccessible(true);
        Object tc = calc.invoke(ax);
        Method labels = tc.getClass().getMethod("getTickLabels");
        labels.setAccessible(true);
        List<String> l = (List<String>) labels.invoke(tc);
        return l.stream().map(s -> s == null ? null : s.trim()).toList();
    }
}
