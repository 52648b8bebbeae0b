package lbw.offloading;

import java.util.ArrayList;
import java.util.List;
import lbw.core.Check;

/**
 * The value-function inequalities behind the structural proofs of Section III, checked on a computed value function
 * over the window {@code n0, n2 <= W}. The paper states them in words (its formulas were lost in conversion): the
 * forms below are the restoration's (Lemma III-D of Appendix A-B2, {@code V(n,0,0,1) <= V(n,0,1,0) - c}) and our
 * reading of the coupling ("dummy job") arguments of Appendix A; each row says which.
 *
 * <p>Every comparison allows the accuracy of the solve: value iteration stops with {@code |V - V*| < eps/2}, so a
 * difference of two values is known to {@code eps}; a margin below {@code -eps} is a violation, a margin in
 * {@code [-eps, 0]} (for a strict inequality: {@code [-eps, eps]}) counts as a tie within solver accuracy.
 */
public final class ValueFunctionChecks {

    private ValueFunctionChecks() {
    }

    /**
     * One inequality on the window.
     *
     * @param name        short name
     * @param statement   the inequality, over which states
     * @param source      where it comes from (stated, used in words in a proof, or ours)
     * @param checked     number of state pairs compared
     * @param violations  pairs whose margin is below {@code -accuracy} (strict: below {@code +accuracy})
     * @param worstMargin smallest margin (right-hand side minus left-hand side)
     * @param worstState  the state where it is smallest
     */
    public record Inequality(String name, String statement, String source, int checked, int violations,
                             double worstMargin, String worstState) {

        public boolean holds() {
            return violations == 0;
        }
    }

    /**
     * Lemma III-D (Appendix A-B2): the gap {@code V(n,0,1,0) - V(n,0,0,1)} for {@code n = 0..W} (an SM2 job whose
     * local stage is done against an SM1 job at the cloud), with the policy's action at {@code (n,0,1,0)}.
     *
     * @param n      base-queue lengths
     * @param gap    {@code V(n,0,1,0) - V(n,0,0,1)}
     * @param action the optimal action at {@code (n,0,1,0)} (0 idle, 2 SM2)
     * @param c      {@code min_n gap}: the constant of the lemma on the window (positive when the lemma holds)
     */
    public record LemmaGap(int[] n, double[] gap, int[] action, double c) {
    }

    /**
     * Value-function slices {@code V(n0, i2, i1, n2)} against {@code n0 = 0..W} for fixed {@code (i2, i1, n2)}.
     *
     * @param n0     the base-queue lengths
     * @param labels one per slice, e.g. {@code V(n0,0,1,0)}
     * @param values {@code [slice][n0]}
     */
    public record Slices(int[] n0, String[] labels, double[][] values) {
    }

    /** The accuracy of a difference of two values of {@code sol}: {@code eps = 2 tol gamma / (1 - gamma)}. */
    public static double accuracy(DiscountedSolution sol) {
        return 2 * sol.tolerance() * sol.discount() / (1 - sol.discount());
    }

    /** The lemma's gap on the window. */
    public static LemmaGap lemmaGap(DiscountedSolution sol, int window) {
        checkWindow(sol, window);
        int[] n = new int[window + 1];
        double[] gap = new double[window + 1];
        int[] act = new int[window + 1];
        double c = Double.POSITIVE_INFINITY;
        for (int k = 0; k <= window; k++) {
            n[k] = k;
            gap[k] = sol.value(k, 0, 1, 0) - sol.value(k, 0, 0, 1);
            act[k] = sol.policy().action(k, 0, 1, 0);
            c = Math.min(c, gap[k]);
        }
        return new LemmaGap(n, gap, act, c);
    }

    /** Slices of V at the given {@code (i2, i1, n2)} triples. */
    public static Slices slices(DiscountedSolution sol, int window, int[][] fixed) {
        checkWindow(sol, window);
        int[] n0 = new int[window + 1];
        for (int k = 0; k <= window; k++) {
            n0[k] = k;
        }
        String[] labels = new String[fixed.length];
        double[][] v = new double[fixed.length][window + 1];
        for (int s = 0; s < fixed.length; s++) {
            int i2 = fixed[s][0], i1 = fixed[s][1], n2 = fixed[s][2];
            labels[s] = "V(n0," + i2 + "," + i1 + "," + n2 + ")";
            for (int k = 0; k <= window; k++) {
                v[s][k] = sol.value(k, i2, i1, n2);
            }
        }
        return new Slices(n0, labels, v);
    }

    /** Every inequality on the window {@code n0, n2 <= window}. */
    public static List<Inequality> check(DiscountedSolution sol, int window) {
        checkWindow(sol, window);
        UniformizedMdp mdp = sol.mdp();
        StateSpace sp = mdp.space();
        double acc = accuracy(sol);
        double[] v = sol.values();
        double[] q = new double[mdp.size() + 1];
        mdp.postValues(v, q, sol.discount());
        List<Inequality> out = new ArrayList<>();

        Acc lemma = new Acc(acc, true);
        for (int n = 0; n <= window; n++) {
            lemma.add(sol.value(n, 0, 1, 0) - sol.value(n, 0, 0, 1), sp.label(sp.index(n, 0, 1, 0)));
        }
        out.add(lemma.result("Lemma III-D (SM2 job past its local stage beats an SM1 job at the cloud)",
                "V(n,0,0,1) <= V(n,0,1,0) - c with c > 0 independent of n, n <= W (worst margin = c on the window)",
                "stated (Appendix A-B2; form restored in docs/offloading.md)"));

        Acc addN0 = new Acc(acc, false);
        Acc addN2 = new Acc(acc, false);
        Acc addI2 = new Acc(acc, false);
        Acc addI1 = new Acc(acc, false);
        Acc local = new Acc(acc, false);
        for (int n0 = 0; n0 <= window; n0++) {
            for (int i2 = 0; i2 <= 1; i2++) {
                for (int i1 = 0; i1 <= 1; i1++) {
                    for (int n2 = 0; n2 <= window; n2++) {
                        int s = sp.index(n0, i2, i1, n2);
                        String l = sp.label(s);
                        if (n0 < window) {
                            addN0.add(v[sp.index(n0 + 1, i2, i1, n2)] - v[s], l);
                        }
                        if (n2 < window) {
                            addN2.add(v[sp.index(n0, i2, i1, n2 + 1)] - v[s], l);
                        }
                        if (i2 == 0) {
                            addI2.add(v[sp.index(n0, 1, i1, n2)] - v[s], l);
                        }
                        if (i1 == 0) {
                            addI1.add(v[sp.index(n0, i2, 1, n2)] - v[s], l);
                        }
                        if (i2 == 1 && n2 < window) {
                            local.add(v[s] - v[sp.index(n0, 0, i1, n2 + 1)], l);
                        }
                    }
                }
            }
        }
        String coupling = "used in words in the coupling proofs (dummy job, Appendix A); formula our reading";
        out.add(addN0.result("one more job in the base queue costs", "V(s) <= V(s + e_n0)", coupling));
        out.add(addN2.result("one more SM2 job at the cloud costs", "V(s) <= V(s + e_n2)", coupling));
        out.add(addI2.result("an SM2 job at the local server costs", "V(n0,0,i1,n2) <= V(n0,1,i1,n2)", coupling));
        out.add(addI1.result("an SM1 job at the cloud costs", "V(n0,i2,0,n2) <= V(n0,i2,1,n2)", coupling));
        out.add(local.result("finishing the local stage helps",
                "V(n0,0,i1,n2+1) <= V(n0,1,i1,n2) (the SM2 job moves on to the cloud)",
                "used in words (Appendix A-A2, A-C1: 'the state where [the job] completes local service'); formula our reading"));

        Acc cloudFirst = new Acc(acc, true);
        Acc noSm1 = new Acc(acc, false);
        Acc switchN0 = new Acc(acc, false);
        Acc switchN2 = new Acc(acc, false);
        for (int n0 = 1; n0 <= window; n0++) {
            for (int i2 = 0; i2 <= 1; i2++) {
                for (int i1 = 0; i1 <= 1; i1++) {
                    for (int n2 = 0; n2 <= window; n2++) {
                        int s = sp.index(n0, i2, i1, n2);
                        String l = sp.label(s);
                        double withSm1 = Math.min(q[mdp.postSm1[s]], q[mdp.postBoth[s]]);
                        double without = Math.min(q[s], q[mdp.postSm2[s]]);
                        if (sp.inSc(s)) {
                            cloudFirst.add(without - withSm1, l);
                        } else if (i1 == 0) {
                            noSm1.add(withSm1 - without, l);
                        }
                        if (i2 == 0 && !sp.inSc(s)) {
                            double adv = q[s] - q[mdp.postSm2[s]];
                            if (n0 < window) {
                                int t = sp.index(n0 + 1, 0, i1, n2);
                                switchN0.add(q[t] - q[mdp.postSm2[t]] - adv, l);
                            }
                            if (n2 < window) {
                                int t = sp.index(n0, 0, i1, n2 + 1);
                                switchN2.add(q[t] - q[mdp.postSm2[t]] - adv, l);
                            }
                        }
                    }
                }
            }
        }
        out.add(cloudFirst.result("cloud-first in values",
                "on S_c: min(Q(U1 s), Q(U2 U1 s)) < min(Q(s), Q(U2 s)) (strictly)",
                "Theorem III-B (cloud-first) written with the post-decision values"));
        out.add(noSm1.result("no SM1 outside S_c in values",
                "outside S_c with SM1 admissible: min(Q(s), Q(U2 s)) <= min(Q(U1 s), Q(U2 U1 s))",
                "Section III-D ('outside S_c an optimal policy never uses SM1') in values"));
        out.add(switchN0.result("SM2 advantage grows with n0", "A(s) = Q(s) - Q(U2 s) nondecreasing in n0 (i2 = 0, "
                + "outside S_c)", "ours: a sufficient condition for the switch-type property, not the paper's"));
        out.add(switchN2.result("SM2 advantage grows with n2", "A(s) nondecreasing in n2 (i2 = 0, outside S_c)",
                "ours: a sufficient condition for the switch-type property, not the paper's"));
        return out;
    }

    private static void checkWindow(DiscountedSolution sol, int window) {
        Check.positive("window", window);
        if (window > sol.mdp().space().buffer() - 1) {
            throw new lbw.core.InvalidParameterException("window", window, "must be below the buffer "
                    + sol.mdp().space().buffer());
        }
    }

    /** Accumulates the margins of one inequality. */
    private static final class Acc {
        private final double acc;
        private final boolean strict;
        private int checked;
        private int violations;
        private double worst = Double.POSITIVE_INFINITY;
        private String worstState = "-";

        Acc(double acc, boolean strict) {
            this.acc = acc;
            this.strict = strict;
        }

        void add(double margin, String state) {
            checked++;
            if (strict ? margin <= acc : margin < -acc) {
                violations++;
            }
            if (margin < worst) {
                worst = margin;
                worstState = state;
            }
        }

        Inequality result(String name, String statement, String source) {
            return new Inequality(name, statement, source, checked, violations, worst, worstState);
        }
    }
}
