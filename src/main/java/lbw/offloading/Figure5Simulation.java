package lbw.offloading;

import java.util.List;
import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The simulation points of Figure 5 ({@link DelayStudy#simulated}): one point per (load, policy), each with its
 * confidence interval and the exact value it should cover.
 *
 * @param replications replications per point
 * @param horizon      simulated time per replication
 * @param level        the confidence level of the intervals (0.95)
 * @param points       the points, by load and then policy (optimal, Non-Idling, Offload-Only where stable)
 */
public record Figure5Simulation(int replications, double horizon, double level, List<Point> points)
        implements Summarizable {

    /**
     * One simulated policy at one load.
     *
     * @param rho       the load
     * @param policy    the policy's name ({@link Policy#name()}: "optimal", "Non-Idling", "Offload-Only")
     * @param simulated the simulated mean delay (mean over replications)
     * @param halfWidth the half-width of its confidence interval
     * @param exact     the exact mean delay from the stationary distribution of the truncated chain
     */
    public record Point(double rho, String policy, double simulated, double halfWidth, double exact) {

        /** Whether the confidence interval covers the exact value. */
        public boolean covered() {
            return Math.abs(simulated - exact) <= halfWidth;
        }
    }

    public Figure5Simulation {
        points = List.copyOf(points);
    }

    /** The points of one policy, in increasing load (empty if the policy was not simulated). */
    public List<Point> of(String policy) {
        return points.stream().filter(p -> p.policy().equals(policy)).toList();
    }

    /** How many intervals cover their exact value. */
    public long coveredCount() {
        return points.stream().filter(Point::covered).count();
    }

    /** The points as a table: rho, policy, simulated, halfWidth, exact, covered ("yes"/"no"). */
    public Table table() {
        return Tables.of("Simulated mean delay, " + replications + " replications of " + Tables.format(horizon)
                        + " time units, " + Math.round(100 * level) + "% intervals",
                "rho", points.stream().mapToDouble(Point::rho).toArray(),
                "policy", points.stream().map(Point::policy).toArray(String[]::new),
                "simulated", points.stream().mapToDouble(Point::simulated).toArray(),
                "halfWidth", points.stream().mapToDouble(Point::halfWidth).toArray(),
                "exact", points.stream().mapToDouble(Point::exact).toArray(),
                "covered", points.stream().map(p -> p.covered() ? "yes" : "no").toArray(String[]::new));
    }

    @Override
    public Table summary() {
        return table();
    }
}
