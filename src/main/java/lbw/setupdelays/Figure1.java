package lbw.setupdelays;

import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * Everything Figure 1 and Section 6 of the paper show, recomputed: the LP (10) at eps = 0, the myopic equilibrium
 * (15) at the scenario's eps (dual (14)), the myopic dynamics (9), problem (21) with {@code c~} and the proximal
 * dynamics (26), all from the scenario's initial queues.
 *
 * @param scenario the scenario
 * @param lp       problem (10) at eps = 0 with capacities c
 * @param myopic   the myopic equilibrium from the dual
 * @param lpTilde  problem (21) with c~ (an LP at its optimum)
 * @param myopicDynamics   trajectory of (9)
 * @param proximalDynamics trajectory of (26)
 */
public record Figure1(SetupDelayScenario scenario, LpSolution lp, EntropicSolution myopic, LpSolution lpTilde,
                      MyopicTrajectory myopicDynamics, SetupQueueTrajectory proximalDynamics) implements Summarizable {

    /** Computes every piece with the given ODE options. */
    public static Figure1 compute(SetupDelayScenario s, OdeOptions options) {
        SetupDelayModel m = s.model();
        double[] ct = s.tightenedCapacity();
        return new Figure1(s, StaticLp.solve(m), DualSolver.solve(m, s.epsilon()), StaticLp.solve(m, ct),
                MyopicDynamics.simulate(m, s.epsilon(), s.initialQueues(), s.horizon(), options),
                SetupQueueDynamics.proximal(m, ct, s.initialQueues(), s.horizon(), options));
    }

    /**
     * Largest distance, over pool queues and routing rates, of the myopic dynamics (9) at the horizon from the
     * myopic equilibrium (15).
     */
    public double myopicDistance() {
        return Math.max(Trajectories.maxAbsDiff(myopicDynamics.finalQueues(), myopic.queues()),
                Trajectories.maxAbsDiff(myopicDynamics.finalRouting(), myopic.routing()));
    }

    /**
     * Whether the myopic dynamics ended within {@link ProximalEquilibrium#CONVERGENCE_TOLERANCE} {@code max_j c_j} of
     * the equilibrium (the same tolerance as the proximal dynamics).
     */
    public boolean myopicSettled() {
        double c = 0;
        for (double v : scenario.model().capacity()) {
            c = Math.max(c, v);
        }
        return myopicDistance() <= ProximalEquilibrium.CONVERGENCE_TOLERANCE * c;
    }

    /** The equilibrium of dynamics (26) with {@code c~} (Theorem 6): problem (21)'s solution and its queues. */
    public ProximalEquilibrium proximalEquilibrium() {
        return ProximalEquilibrium.solve(scenario.model(), scenario.tightenedCapacity());
    }

    /** Row names of {@link #equilibria()}, for putting stated values beside. */
    public String[] quantities() {
        int m = scenario.model().types();
        int n = scenario.model().pools();
        java.util.List<String> names = new java.util.ArrayList<>();
        String[] blocks = {"LP eps=0", "myopic eq.", "myopic (9) at T", "problem (21) c~", "proximal (26) at T"};
        for (String b : blocks) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    names.add(b + " x" + SetupDelayModel.pairIndex(i, j, m, n));
                }
            }
        }
        for (int j = 0; j < n; j++) {
            names.add("myopic eq. q" + (j + 1));
        }
        for (int j = 0; j < n; j++) {
            names.add("myopic eq. mu" + (j + 1));
        }
        for (int j = 0; j < n; j++) {
            names.add("proximal (26) at T q" + (j + 1));
        }
        for (int j = 0; j < n; j++) {
            names.add("proximal (26) at T nu" + (j + 1));
        }
        names.add("LP eps=0 setup cost");
        names.add("myopic eq. setup cost");
        names.add("problem (21) c~ setup cost");
        names.add("myopic eq. tasks waiting sum c mu");
        return names.toArray(new String[0]);
    }

    /** The computed values in the order of {@link #quantities()}. */
    public double[] values() {
        java.util.List<Double> v = new java.util.ArrayList<>();
        double[][][] blocks = {lp.routing(), myopic.routing(), myopicDynamics.finalRouting(), lpTilde.routing(),
            proximalDynamics.finalRouting()};
        for (double[][] b : blocks) {
            for (double[] row : b) {
                for (double x : row) {
                    v.add(x);
                }
            }
        }
        for (double q : myopic.queues()) {
            v.add(q);
        }
        for (double mu : myopic.prices()) {
            v.add(mu);
        }
        for (double q : proximalDynamics.finalQueues()) {
            v.add(q);
        }
        for (double nu : proximalDynamics.finalPrices()) {
            v.add(nu);
        }
        v.add(lp.cost());
        v.add(myopic.setupCost());
        v.add(lpTilde.cost());
        double w = 0;
        double[] c = scenario.model().capacity();
        double[] mu = myopic.prices();
        for (int j = 0; j < c.length; j++) {
            w += c[j] * mu[j];
        }
        v.add(w);
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The computed quantities by name ({@link #quantities()} with {@link #values()}), in that order. */
    public java.util.Map<String, Double> computed() {
        String[] names = quantities();
        double[] v = values();
        java.util.Map<String, Double> m = new java.util.LinkedHashMap<>();
        for (int k = 0; k < names.length; k++) {
            m.put(names[k], v[k]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * The computed quantities beside the values the paper states, matched by name (see {@link Studies#compare}):
     * {@code fig.compareWith(Map.of("LP eps=0 x11", 15.0, ...))}.
     */
    public StatedComparison compareWith(java.util.Map<String, Double> stated) {
        return Studies.compare("Section 6: computed against stated", computed(), stated);
    }

    /** All equilibria in one table. */
    public Table equilibria() {
        return Tables.of("Section 6 equilibria (computed)", "quantity", quantities(), "value", values());
    }

    /**
     * The orderings the caption of Figure 1 states, checked on the computed equilibria:
     * {@code x11 > x22 > x12 > x21} and {@code q1 > q2} for both policies (2 x 2 scenarios only).
     */
    public Table captionChecks() {
        double[][] xm = myopicDynamics.finalRouting();
        double[][] xp = proximalDynamics.finalRouting();
        double[] qm = myopicDynamics.finalQueues();
        double[] qp = proximalDynamics.finalQueues();
        String[] claim = {"myopic x11 > x22 > x12 > x21", "proximal x11 > x22 > x12 > x21", "myopic q1 > q2",
            "proximal q1 > q2", "proximal q_j < c_j for all j (Theorem 6b)"};
        double[] c = scenario.model().capacity();
        boolean below = true;
        for (int j = 0; j < c.length; j++) {
            below &= qp[j] < c[j];
        }
        String[] holds = {
            String.valueOf(xm[0][0] > xm[1][1] && xm[1][1] > xm[0][1] && xm[0][1] > xm[1][0]),
            String.valueOf(xp[0][0] > xp[1][1] && xp[1][1] > xp[0][1] && xp[0][1] > xp[1][0]),
            String.valueOf(qm[0] > qm[1]), String.valueOf(qp[0] > qp[1]), String.valueOf(below)};
        return Tables.of("Figure 1 caption, checked", "claim", claim, "holds", holds);
    }

    @Override
    public Table summary() {
        return equilibria();
    }
}
