package lbw.offloading;

import java.util.ArrayList;
import java.util.List;
import lbw.core.Check;

/**
 * Where the paper's discounted-optimal policy and the average-cost (mean delay) optimal policy differ, state by
 * state, and how that changes with the discount {@code gamma}. For each differing state: both actions, and how much
 * each criterion prefers its own action (the gap of post-decision values), so that near-ties are visible.
 */
public final class CriteriaComparison {

    private CriteriaComparison() {
    }

    /**
     * One state where the policies differ.
     *
     * @param label            the state {@code (n0,i2,i1,n2)}
     * @param jobs             {@code |s|}
     * @param inWindow         whether {@code n0, n2 <= window}
     * @param discountedAction the discounted-optimal action (0 idle, 1 SM1, 2 SM2, 3 SM1 then SM2)
     * @param averageAction    the average-cost optimal action
     * @param discountedGap    {@code Q_gamma(average's choice) - Q_gamma(discounted's choice) >= 0}
     * @param averageGap       {@code Q_avg(discounted's choice) - Q_avg(average's choice) >= 0} (relative values)
     */
    public record Difference(String label, int jobs, boolean inWindow, int discountedAction, int averageAction,
                             double discountedGap, double averageGap) {
    }

    /**
     * The policies under one discount.
     *
     * @param discount          gamma
     * @param sweeps            Gauss-Seidel sweeps of the discounted solve
     * @param differences       every state where the two policies differ
     * @param differencesWindow how many of them lie in the window
     * @param busyThresholds    {@code T1(0..5)} of the discounted-optimal policy ({@code null}: never SM2)
     * @param delayDiscounted   mean delay of the discounted-optimal policy (stationary analysis)
     * @param delayAverage      mean delay of the average-cost optimal policy
     */
    public record Row(double discount, int sweeps, List<Difference> differences, int differencesWindow,
                      Integer[] busyThresholds, double delayDiscounted, double delayAverage) {
    }

    /** The states where {@code discounted} and {@code average} differ, with both criteria's gaps. */
    public static List<Difference> differences(DiscountedSolution discounted, AverageCostSolver.Solution average,
                                               int window) {
        UniformizedMdp mdp = discounted.mdp();
        StateSpace sp = mdp.space();
        double[] qd = new double[mdp.size() + 1];
        double[] qa = new double[mdp.size() + 1];
        mdp.postValues(discounted.values(), qd, discounted.discount());
        mdp.postValues(average.bias(), qa, 1.0);
        List<Difference> out = new ArrayList<>();
        for (int s : discounted.policy().differences(average.policy())) {
            int pd = discounted.policy().post(s);
            int pa = average.policy().post(s);
            out.add(new Difference(sp.label(s), sp.jobs(s), sp.n0(s) <= window && sp.n2(s) <= window,
                    discounted.policy().action(s), average.policy().action(s), qd[pa] - qd[pd], qa[pd] - qa[pa]));
        }
        return out;
    }

    /** The comparison at each discount, against one average-cost solve of the same model and buffer. */
    public static List<Row> discountSweep(OffloadingSetup setup, double[] discounts, int window) {
        Check.notEmpty("discounts", discounts);
        UniformizedMdp mdp = setup.compile();
        AverageCostSolver.Solution avg = AverageCostSolver.solve(mdp);
        double delayAvg = StationaryAnalysis.solve(mdp, avg.policy()).meanDelay();
        List<Row> rows = new ArrayList<>();
        for (double g : discounts) {
            Check.openInterval("discount", g, 0, 1);
            DiscountedSolution d = DiscountedSolver.gaussSeidel(mdp, SolverOptions.withDiscount(g));
            List<Difference> diff = differences(d, avg, window);
            int inWindow = (int) diff.stream().filter(Difference::inWindow).count();
            StructureReport rep = Structure.check(d.policy(), window);
            rows.add(new Row(g, d.iterations(), diff, inWindow, rep.busyThresholds(5),
                    StationaryAnalysis.solve(mdp, d.policy()).meanDelay(), delayAvg));
        }
        return rows;
    }
}
