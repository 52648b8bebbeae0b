package lbw.setupdelays;

import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The {@code c~} trade-off of {@link Studies#marginSweep}: for each margin, the proximal equilibrium with
 * {@code c~ = margin c} (Theorem 6): its setup cost, the tasks at the pools {@code sum_j q*_j} and in the system.
 *
 * @param margins        the margins, increasing
 * @param setupCost      the optimal cost of (21), tasks in setup, per margin
 * @param tasksAtPools   {@code sum_j q*_j = sum_ij x*_ij}, per margin
 * @param tasksWaiting   tasks waiting at the pools, per margin (zero: {@code q*_j < c_j} at a proximal equilibrium)
 * @param tasksInSystem  setup plus pools, per margin
 * @param maxUtilization {@code max_j q*_j / c_j}, per margin
 */
public record MarginSweep(double[] margins, double[] setupCost, double[] tasksAtPools, double[] tasksWaiting,
                          double[] tasksInSystem, double[] maxUtilization) implements Summarizable {

    public MarginSweep {
        margins = margins.clone();
        setupCost = setupCost.clone();
        tasksAtPools = tasksAtPools.clone();
        tasksWaiting = tasksWaiting.clone();
        tasksInSystem = tasksInSystem.clone();
        maxUtilization = maxUtilization.clone();
    }

    @Override
    public double[] margins() {
        return margins.clone();
    }

    @Override
    public double[] setupCost() {
        return setupCost.clone();
    }

    @Override
    public double[] tasksAtPools() {
        return tasksAtPools.clone();
    }

    @Override
    public double[] tasksWaiting() {
        return tasksWaiting.clone();
    }

    @Override
    public double[] tasksInSystem() {
        return tasksInSystem.clone();
    }

    @Override
    public double[] maxUtilization() {
        return maxUtilization.clone();
    }

    /** Whether every pool stays below its capacity at every margin (Theorem 6(b)): {@code max_j q*_j / c_j < 1}. */
    public boolean belowCapacity() {
        for (double u : maxUtilization) {
            if (!(u < 1)) {
                return false;
            }
        }
        return true;
    }

    /** The largest {@code max_j q*_j / c_j} over the sweep (the number behind {@link #belowCapacity()}). */
    public double largestUtilization() {
        double worst = 0;
        for (double u : maxUtilization) {
            worst = Math.max(worst, u);
        }
        return worst;
    }

    /**
     * Whether the setup cost does not rise as the margin grows (more usable capacity lets more tasks go to their
     * fastest pools), within {@code 1e-9} relative round-off.
     */
    public boolean setupCostNonIncreasing() {
        for (int s = 1; s < setupCost.length; s++) {
            if (setupCost[s] > setupCost[s - 1] + 1e-9 * Math.max(1, Math.abs(setupCost[s - 1]))) {
                return false;
            }
        }
        return true;
    }

    /** The sweep as a table, one row per margin. */
    public Table table() {
        return Tables.of("c~ = margin * c: setup cost against queueing (proximal equilibria)", "margin", margins(),
                "setup cost (21)", setupCost(), "tasks at pools sum q*", tasksAtPools(), "tasks waiting", tasksWaiting(),
                "tasks in system", tasksInSystem(), "max q*_j / c_j", maxUtilization());
    }

    @Override
    public Table summary() {
        return table();
    }
}
