package lbw.offloading;

import java.util.ArrayList;
import java.util.List;
import lbw.core.InvalidParameterException;

/**
 * The structural claims of Section III checked on a policy, on the window {@code n0, n2 <= W} well inside the
 * buffer (near the buffer edge the truncated problem's optimal policy idles to let arrivals be dropped, an artifact
 * of truncation).
 */
public final class Structure {

    private static final int MAX_REPORTED = 12;

    private Structure() {
    }

    /** The default window: a third of the buffer. */
    public static int defaultWindow(int buffer) {
        return buffer / 3;
    }

    /** Checks every claim on the window {@code n0, n2 <= window}. */
    public static StructureReport check(Policy p, int window) {
        StateSpace sp = p.space();
        if (window < 2 || window >= sp.buffer()) {
            throw new InvalidParameterException("window", window, "must be in [2, buffer - 1] = [2, " + (sp.buffer() - 1) + "]");
        }
        List<String> bad = new ArrayList<>();
        boolean cloudFirst = true, noSm1Outside = true, switchType = true, urgency = true;
        for (int n0 = 1; n0 <= window; n0++) {
            for (int i2 = 0; i2 <= 1; i2++) {
                for (int i1 = 0; i1 <= 1; i1++) {
                    for (int n2 = 0; n2 <= window; n2++) {
                        int s = sp.index(n0, i2, i1, n2);
                        int a = p.action(s);
                        boolean usesSm1 = a == StateSpace.SM1 || a == StateSpace.SM1_SM2;
                        if (sp.inSc(s) && !usesSm1) {
                            cloudFirst = false;
                            note(bad, "cloud-first fails at " + sp.label(s) + ": action " + a);
                        }
                        if (!sp.inSc(s) && usesSm1) {
                            noSm1Outside = false;
                            note(bad, "SM1 outside S_c at " + sp.label(s));
                        }
                        if (i2 == 0 && a == StateSpace.SM2) {
                            if (n0 + 1 <= window && p.action(n0 + 1, 0, i1, n2) != StateSpace.SM2) {
                                switchType = false;
                                note(bad, "switch-type fails: SM2 at " + sp.label(s) + " but not after an arrival");
                            }
                            if (n2 + 1 <= window && p.action(n0, 0, i1, n2 + 1) != StateSpace.SM2) {
                                switchType = false;
                                note(bad, "switch-type fails: SM2 at " + sp.label(s) + " but not with one more cloud SM2 job");
                            }
                        }
                        if (i2 == 0 && n0 >= 2 && !sp.inSc(s) && a == StateSpace.IDLE
                                && p.action(n0 - 1, 0, i1, n2) != StateSpace.IDLE) {
                            urgency = false;
                            note(bad, "urgency-monotonicity fails: idle at " + sp.label(s) + " but not at n0 - 1");
                        }
                    }
                }
            }
        }
        int[] t1 = new int[window + 1];
        int[] t0 = new int[window + 1];
        for (int n2 = 0; n2 <= window; n2++) {
            t1[n2] = threshold(p, 1, n2, window);
            t0[n2] = n2 == 0 ? Policy.NEVER : threshold(p, 0, n2, window);
        }
        // eq. (3): a single threshold T* in n0 on (n0, 0, 1, 0)
        boolean single = true;
        for (int n0 = 1; n0 < window; n0++) {
            if (p.action(n0, 0, 1, 0) == StateSpace.SM2 && p.action(n0 + 1, 0, 1, 0) != StateSpace.SM2) {
                single = false;
                note(bad, "no single threshold on (n0,0,1,0): SM2 at n0 = " + n0 + " but not at " + (n0 + 1));
            }
        }
        boolean t1Down = nonIncreasing(t1, 0), t0Down = nonIncreasing(t0, 1);
        boolean t1BelowT0 = true;
        for (int n2 = 1; n2 <= window; n2++) {
            if (t1[n2] != Policy.NEVER && t0[n2] != Policy.NEVER && t1[n2] > t0[n2]) {
                t1BelowT0 = false;
            }
        }
        return new StructureReport(p.name(), window, cloudFirst, noSm1Outside, switchType, urgency, single,
                t1Down, t0Down, t1BelowT0, t1, t0, bad);
    }

    /** min{n0 in [1, window] : SM2 at (n0, 0, i1, n2)}, or {@link Policy#NEVER}. */
    public static int threshold(Policy p, int i1, int n2, int window) {
        for (int n0 = 1; n0 <= window; n0++) {
            if (p.action(n0, 0, i1, n2) == StateSpace.SM2) {
                return n0;
            }
        }
        return Policy.NEVER;
    }

    private static boolean nonIncreasing(int[] t, int from) {
        for (int i = from + 1; i < t.length; i++) {
            if (t[i] > t[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private static void note(List<String> bad, String what) {
        if (bad.size() < MAX_REPORTED) {
            bad.add(what);
        }
    }
}
