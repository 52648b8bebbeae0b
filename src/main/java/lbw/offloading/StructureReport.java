package lbw.offloading;

import java.util.List;
import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The structural claims checked on one policy over the window {@code n0, n2 <= window}.
 *
 * @param policy            the policy's name
 * @param window            the window W
 * @param cloudFirst        SM1 (alone or followed by SM2) in every state of S_c
 * @param noSm1OutsideSc    SM1 never chosen outside S_c
 * @param switchType        SM2 at s implies SM2 at A s and at s + e_{n2} (states with i2 = 0)
 * @param urgencyMonotone   idle at (n0, 0, i1, n2) outside S_c implies idle at (n0 - 1, 0, i1, n2) (conjecture (2))
 * @param singleThreshold   {n0 : SM2 at (n0, 0, 1, 0)} is an up-set (eq. (3))
 * @param t1NonIncreasing   T1(n2) non-increasing in n2
 * @param t0NonIncreasing   T0(n2) non-increasing in n2 (n2 >= 1)
 * @param t1AtMostT0        {@code T1(n2) <= T0(n2)} wherever both exist
 * @param t1                T1(n2) = min{n0 : SM2 at (n0,0,1,n2)}, n2 = 0..W ({@link Policy#NEVER} if none in the window)
 * @param t0                T0(n2) = min{n0 : SM2 at (n0,0,0,n2)}, n2 = 0..W (entry 0 unused: S_c)
 * @param violations        the first violations found, in words
 */
public record StructureReport(String policy, int window, boolean cloudFirst, boolean noSm1OutsideSc,
                              boolean switchType, boolean urgencyMonotone, boolean singleThreshold,
                              boolean t1NonIncreasing, boolean t0NonIncreasing, boolean t1AtMostT0,
                              int[] t1, int[] t0, List<String> violations) implements Summarizable {

    public StructureReport {
        t1 = t1.clone();
        t0 = t0.clone();
        violations = List.copyOf(violations);
    }

    @Override
    public int[] t1() {
        return t1.clone();
    }

    @Override
    public int[] t0() {
        return t0.clone();
    }

    /** All the paper's claims hold on the window. */
    public boolean allHold() {
        return cloudFirst && noSm1OutsideSc && switchType && urgencyMonotone && singleThreshold && t1NonIncreasing
                && t0NonIncreasing;
    }

    /** T1(n2) for n2 = 0..max, null where SM2 is not chosen in the window. */
    public Integer[] busyThresholds(int max) {
        return slice(t1, 0, max);
    }

    /** T0(n2) for n2 = 1..max, null where SM2 is not chosen in the window. */
    public Integer[] idleThresholds(int max) {
        return slice(t0, 1, max);
    }

    private Integer[] slice(int[] t, int from, int max) {
        if (max > window) {
            throw new IllegalArgumentException("max = " + max + " is beyond the window " + window);
        }
        Integer[] out = new Integer[max - from + 1];
        for (int i = from; i <= max; i++) {
            out[i - from] = t[i] == Policy.NEVER ? null : t[i];
        }
        return out;
    }

    @Override
    public Table summary() {
        return Tables.of("Structure of " + policy + " on n0, n2 <= " + window,
                "claim", new String[] {"cloud-first (SM1 on S_c)", "no SM1 outside S_c", "switch-type",
                        "urgency-monotonicity (conjecture)", "single threshold T* on (n0,0,1,0)",
                        "T1 non-increasing", "T0 non-increasing", "T1 <= T0"},
                "holds", new String[] {yes(cloudFirst), yes(noSm1OutsideSc), yes(switchType), yes(urgencyMonotone),
                        yes(singleThreshold), yes(t1NonIncreasing), yes(t0NonIncreasing), yes(t1AtMostT0)});
    }

    /** T1 and T0 against n2 as a table (empty cells where SM2 is not chosen in the window). */
    public Table thresholds() {
        int n = window + 1;
        String[] n2 = new String[n], a = new String[n], b = new String[n];
        for (int i = 0; i < n; i++) {
            n2[i] = Integer.toString(i);
            a[i] = t1[i] == Policy.NEVER ? "" : Integer.toString(t1[i]);
            b[i] = i == 0 || t0[i] == Policy.NEVER ? "" : Integer.toString(t0[i]);
        }
        return Tables.of("Thresholds of " + policy, "n2", n2, "T1 (SM1 slot busy)", a, "T0 (SM1 slot free)", b);
    }

    private static String yes(boolean b) {
        return b ? "yes" : "NO";
    }
}
