package lbw.offloading;

import lbw.report.AbstractDescriptor;
import lbw.report.Plot;
import lbw.report.Report;

/**
 * {@code "model": "offloading-figure5"}: the Figure 5 study of the offloading CTMDP - mean delay against rho for the
 * optimal policy, Offload-Only and Non-Idling (exact, from the stationary distribution of the truncated chain), with
 * simulation points. Keys: {@code K}, {@code f}, {@code mu0} (1), {@code buffer}, {@code discount}, {@code rhos},
 * {@code simulationRhos}, {@code horizon}, {@code replications}, {@code seed} (1).
 */
public final class Figure5Descriptor extends AbstractDescriptor<Figure5Scenario> {

    /** Palette positions (hues) of the policies, shared by lines and simulation points. */
    private static final int OPTIMAL = 0;
    private static final int NON_IDLING = 2;
    private static final int OFFLOAD_ONLY = 4;
    private static final int AVERAGE = 9;

    public Figure5Descriptor() {
        super(Figure5Scenario.MODEL,
                "offloading Figure 5: mean delay against rho, optimal vs Offload-Only vs Non-Idling, with simulation",
                Figure5Scenario::read);
    }

    @Override
    public Report solve(Figure5Scenario setup) {
        Figure5Curves exact = DelayStudy.exact(setup);
        Figure5Simulation simulated = DelayStudy.simulated(setup, 1.0);
        Report report = new Report(name());
        report.values().put("exact", exact.table());
        report.values().put("simulated", simulated.table());
        report.values().put("claims", DelayStudy.claims(exact).table());
        java.util.List<String> notes = new java.util.ArrayList<>();
        double[] rhos = exact.rho();
        double[] off = exact.offloadOnly();
        long unstable = java.util.Arrays.stream(off).filter(v -> !Double.isFinite(v)).count();
        if (unstable > 0) {
            notes.add("offloadOnly is null at " + unstable + " of " + rhos.length + " loads: Offload-Only is unstable "
                    + "where lambda = rho (1+K) mu0 is not below K mu0, i.e. rho >= K/(1+K) = "
                    + setup.k() / (1 + setup.k()));
        }
        report.notes(notes);
        return report.table("offloading-fig5-exact", exact.table()).table("offloading-fig5-simulated", simulated.table())
                .chart("offloading-fig5", plot("Figure 5: mean delay against rho", exact, simulated));
    }

    /** Mean delay against rho: exact curves (lines) and simulation points with 95% error bars. */
    static Plot plot(String title, Figure5Curves exact, Figure5Simulation simulated) {
        double[] rho = exact.rho();
        Plot p = new Plot(title, "utilization rho", "mean delay")
                .line("optimal (discounted, gamma fixed)", rho, exact.optimal(), OPTIMAL)
                .dashed("average-cost optimal", rho, exact.averageOptimal(), AVERAGE);
        double[] off = exact.offloadOnly();
        int[] stable = java.util.stream.IntStream.range(0, rho.length).filter(i -> Double.isFinite(off[i]) && off[i] > 0)
                .toArray();
        if (stable.length > 0) {
            p.line("Offload-Only (stable loads only)", pick(rho, stable), pick(off, stable), OFFLOAD_ONLY);
        }
        double[] non = exact.nonIdling();
        p.line("Non-Idling", rho, non, NON_IDLING);
        String[] names = {"optimal", "Offload-Only", "Non-Idling"};
        int[] hues = {OPTIMAL, OFFLOAD_ONLY, NON_IDLING};
        for (int k = 0; k < names.length; k++) {
            java.util.List<Figure5Simulation.Point> t = simulated.of(names[k]);
            if (!t.isEmpty()) {
                p.points("simulated " + names[k] + " (95% CI)",
                        t.stream().mapToDouble(Figure5Simulation.Point::rho).toArray(),
                        t.stream().mapToDouble(Figure5Simulation.Point::simulated).toArray(),
                        t.stream().mapToDouble(Figure5Simulation.Point::halfWidth).toArray(), hues[k]);
            }
        }
        double top = java.util.Arrays.stream(non).max().orElse(1.0);
        return p.legend(Plot.Legend.INSIDE_NW).yRange(0.0, 1.3 * top);
    }

    private static double[] pick(double[] v, int[] at) {
        return java.util.Arrays.stream(at).mapToDouble(i -> v[i]).toArray();
    }
}
