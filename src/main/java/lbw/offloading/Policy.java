package lbw.offloading;

import java.util.Arrays;
import lbw.core.InvalidParameterException;

/**
 * A stationary policy of the dynamic mode selector as a value: one action code per state of a {@link StateSpace}
 * ({@link StateSpace#IDLE}, {@link StateSpace#SM1}, {@link StateSpace#SM2}, {@link StateSpace#SM1_SM2}).
 * Immutable; every action is admissible in its state. Factories give the paper's baselines (Offload-Only,
 * Non-Idling) and any threshold policy; solvers return the optimal one.
 */
public final class Policy {

    /** A threshold that is never reached: SM2 is not used in that row. */
    public static final int NEVER = Integer.MAX_VALUE;

    private final String name;
    private final StateSpace space;
    private final int[] actions;

    /** A policy from one action per state; refuses inadmissible actions. */
    public Policy(String name, StateSpace space, int[] actions) {
        if (actions.length != space.size()) {
            throw new InvalidParameterException("actions", "has " + actions.length + " entries but the space has "
                    + space.size() + " states");
        }
        for (int s = 0; s < actions.length; s++) {
            if (!space.admissible(s, actions[s])) {
                throw new InvalidParameterException("actions[" + s + "]", actions[s],
                        "is not admissible in state " + space.label(s));
            }
        }
        this.name = name;
        this.space = space;
        this.actions = actions.clone();
    }

    /** Offload-Only: SM1 whenever the cloud SM1 slot is free and a job waits; SM2 never. */
    public static Policy offloadOnly(StateSpace space) {
        int[] a = new int[space.size()];
        for (int s = 0; s < a.length; s++) {
            a[s] = space.admissible(s, StateSpace.SM1) ? StateSpace.SM1 : StateSpace.IDLE;
        }
        return new Policy("Offload-Only", space, a);
    }

    /**
     * Non-Idling: cloud-first (SM1 on S_c) and SM2 whenever admissible, including right after SM1; SM1 is never
     * used outside S_c.
     */
    public static Policy nonIdling(StateSpace space) {
        return threshold("Non-Idling", space, new int[] {1}, new int[] {1});
    }

    /**
     * A cloud-first threshold policy: SM1 on S_c; in a state {@code (n0, 0, i1, n2)} outside S_c with n0 >= 1 it
     * assigns SM2 iff {@code n0 >= T_{i1}(n2)}; after SM1 on S_c it also assigns SM2 if the post-decision state
     * {@code (n0-1, 0, 1, 0)} qualifies. {@code t1[n2]} is T1(n2) (cloud SM1 slot busy), {@code t0[n2]} is T0(n2)
     * (slot free, n2 >= 1; t0[0] is unused); beyond the arrays' ends the last entry applies. Use {@link #NEVER}
     * for a row without SM2.
     */
    public static Policy threshold(String name, StateSpace space, int[] t1, int[] t0) {
        if (t1.length == 0 || t0.length == 0) {
            throw new InvalidParameterException("thresholds", "need at least one entry each");
        }
        int[] a = new int[space.size()];
        for (int s = 0; s < a.length; s++) {
            int n0 = space.n0(s), i2 = space.i2(s), i1 = space.i1(s), n2 = space.n2(s);
            if (n0 == 0) {
                a[s] = StateSpace.IDLE;
            } else if (space.inSc(s)) {
                boolean alsoSm2 = i2 == 0 && n0 - 1 >= 1 && n0 - 1 >= at(t1, 0);
                a[s] = alsoSm2 ? StateSpace.SM1_SM2 : StateSpace.SM1;
            } else if (i2 == 0) {
                int t = i1 == 1 ? at(t1, n2) : at(t0, n2);
                a[s] = n0 >= t ? StateSpace.SM2 : StateSpace.IDLE;
            } else {
                a[s] = StateSpace.IDLE;
            }
        }
        return new Policy(name, space, a);
    }

    private static int at(int[] t, int n2) {
        return t[Math.min(n2, t.length - 1)];
    }

    public String name() {
        return name;
    }

    public StateSpace space() {
        return space;
    }

    /** The action code in state s. */
    public int action(int s) {
        return actions[s];
    }

    /** The action code in state (n0, i2, i1, n2). */
    public int action(int n0, int i2, int i1, int n2) {
        return actions[space.index(n0, i2, i1, n2)];
    }

    /** The state right after the decision in s. */
    public int post(int s) {
        return space.post(s, actions[s]);
    }

    /** A copy of the action codes, indexed by state. */
    public int[] actions() {
        return actions.clone();
    }

    /** The same actions under another name. */
    public Policy named(String newName) {
        return new Policy(newName, space, actions);
    }

    /** The states where this policy and another (on the same space) act differently. */
    public int[] differences(Policy other) {
        if (!other.space.equals(space)) {
            throw new InvalidParameterException("other", "is on buffer " + other.space.buffer() + ", not " + space.buffer());
        }
        return java.util.stream.IntStream.range(0, actions.length).filter(s -> actions[s] != other.actions[s]).toArray();
    }

    /**
     * The actions on the slice (i2, i1) fixed, {@code grid[n2][n0]} for n0 in [0, n0Max] and n2 in [0, n2Max],
     * with the figures' display code (SM1 then SM2 shows as 1).
     */
    public int[][] grid(int i2, int i1, int n0Max, int n2Max) {
        int[][] g = new int[n2Max + 1][n0Max + 1];
        for (int n2 = 0; n2 <= n2Max; n2++) {
            for (int n0 = 0; n0 <= n0Max; n0++) {
                g[n2][n0] = displayCode(action(n0, i2, i1, n2));
            }
        }
        return g;
    }

    /**
     * The slice i2 = 0 and the given i1 for n0, n2 in [0, window] as a table: one row per n2, one column per n0,
     * cells 0 idle / 1 SM1 / 2 SM2.
     */
    public tech.tablesaw.api.Table gridTable(int i1, int window) {
        int[][] g = grid(0, i1, window, window);
        Object[] cols = new Object[2 * (window + 2)];
        int[] n2 = new int[window + 1];
        for (int i = 0; i <= window; i++) {
            n2[i] = i;
        }
        cols[0] = "n2";
        cols[1] = n2;
        for (int n0 = 0; n0 <= window; n0++) {
            int[] c = new int[window + 1];
            for (int i = 0; i <= window; i++) {
                c[i] = g[i][n0];
            }
            cols[2 + 2 * n0] = "n0=" + n0;
            cols[3 + 2 * n0] = c;
        }
        return lbw.table.Tables.of(name + ": actions at i2 = 0, i1 = " + i1, cols);
    }

    /** The code the paper's figures print: 0 idle, 1 SM1 (also SM1 then SM2), 2 SM2. */
    public static int displayCode(int action) {
        return action == StateSpace.SM1_SM2 ? StateSpace.SM1 : action;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Policy p && p.space.equals(space) && Arrays.equals(p.actions, actions);
    }

    @Override
    public int hashCode() {
        return 31 * space.hashCode() + Arrays.hashCode(actions);
    }

    @Override
    public String toString() {
        return "Policy[" + name + ", buffer " + space.buffer() + "]";
    }
}
