package lbw.offloading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The paper's statements about Figures 3 and 4 (Section IV-B) checked on the computed policies of the
 * configurations ({@link PaperConfigurations#claims}): each verdict a boolean, with the numbers behind it.
 *
 * @param configurations  how many configurations were checked
 * @param cloudFirst      every configuration's policy is cloud-first (every cell of S_c is SM1)
 * @param noSm1OutsideSc  SM1 appears outside S_c in none of them
 * @param switchType      every policy is switch-type with T1 and T0 non-increasing in n2
 * @param urgencyMonotone the urgency-monotonicity conjecture holds on every window
 * @param t1AtZero        T1(0) by configuration letter ({@link Policy#NEVER} where SM2 is not used in the window)
 * @param higherLoad      configuration (b) against (a): the paper says a higher rho lowers the SM2 threshold
 * @param largerF         configuration (c) against (a): a larger f raises it
 * @param largerK         configuration (d) against (a): a larger K raises it
 */
public record Figures34Claims(int configurations, boolean cloudFirst, boolean noSm1OutsideSc, boolean switchType,
                              boolean urgencyMonotone, Map<String, Integer> t1AtZero, Trend higherLoad, Trend largerF,
                              Trend largerK) {

    public Figures34Claims {
        t1AtZero = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(t1AtZero));
    }

    /**
     * How T1(n2) of one configuration compares with configuration (a)'s over the values of n2 both windows share.
     *
     * @param config the configuration's letter
     * @param sign   the direction the paper states: +1 raises the threshold, -1 lowers it
     * @param higher values of n2 where its T1 is higher than (a)'s
     * @param lower  values where it is lower
     * @param equal  values where they are equal
     */
    public record Trend(String config, int sign, int higher, int lower, int equal) {

        /** The stated direction on at least one value of n2 and the opposite on none. */
        public boolean holds() {
            return sign > 0 ? lower == 0 && higher > 0 : higher == 0 && lower > 0;
        }

        /** The statement holds, but rests on a single value of n2. */
        public boolean onOneValueOnly() {
            return holds() && (sign > 0 ? higher : lower) == 1;
        }

        String describe() {
            String verdict = !holds() ? "not strictly" : onOneValueOnly() ? "yes, but on one value of n2 only" : "yes";
            return verdict + ": T1(n2) of " + config + " vs a is higher at " + higher + ", lower at " + lower
                    + ", equal at " + equal + " of " + (higher + lower + equal) + " values of n2";
        }
    }

    /** The statements beside what the computed policies show, in words (columns figure, paper says, computed). */
    public Table table() {
        String all = configurations == 4 ? "four" : Integer.toString(configurations);
        String t = "T1(0): " + String.join(", ", t1AtZero.entrySet().stream().map(e -> e.getKey() + " = "
                + (e.getValue() == Policy.NEVER ? "-" : e.getValue().toString())).toList());
        return Tables.of("Figures 3 and 4: the paper's statements against the computed policies",
                "figure", new String[] {"Fig. 3", "Fig. 4", "Fig. 4", "Sec. III-C", "Sec. IV-B", "Sec. IV-B", "Sec. IV-B"},
                "paper says", new String[] {
                    "every cell of S_c is 1: the optimal policy is cloud-first",
                    "SM1 never appears outside S_c",
                    "threshold (staircase) structure in n0 and n2: switch-type",
                    "urgency-monotonicity conjecture (not proved)",
                    "higher rho lowers the SM2 threshold (b vs a)",
                    "larger f raises the SM2 threshold (c vs a)",
                    "larger K raises the SM2 threshold (d vs a)"},
                "computed", new String[] {
                    cloudFirst ? "yes, in all " + all + " configurations" : "NO: see the structure table",
                    noSm1OutsideSc ? "yes, in all " + all : "NO",
                    switchType ? "yes, in all " + all + " (T1, T0 non-increasing)" : "NO",
                    urgencyMonotone ? "holds on the window in all " + all : "fails somewhere",
                    higherLoad.describe() + "; " + t,
                    largerF.describe(),
                    largerK.describe()});
    }

    /** Builds the trends from the solved configurations (the letters a-d of {@link PaperConfigurations}). */
    static Figures34Claims of(List<PaperConfigurations.Solved> solved) {
        boolean sc = solved.stream().allMatch(x -> x.structure().cloudFirst());
        boolean noSm1 = solved.stream().allMatch(x -> x.structure().noSm1OutsideSc());
        boolean sw = solved.stream().allMatch(x -> x.structure().switchType() && x.structure().t1NonIncreasing()
                && x.structure().t0NonIncreasing());
        boolean um = solved.stream().allMatch(x -> x.structure().urgencyMonotone());
        Map<String, Integer> t1 = new LinkedHashMap<>();
        for (PaperConfigurations.Solved x : solved) {
            t1.put(x.config().id(), x.structure().t1()[0]);
        }
        return new Figures34Claims(solved.size(), sc, noSm1, sw, um, t1, trend(solved, "b", -1),
                trend(solved, "c", +1), trend(solved, "d", +1));
    }

    private static Trend trend(List<PaperConfigurations.Solved> solved, String id, int sign) {
        int[] ta = byId(solved, "a").structure().t1(), to = byId(solved, id).structure().t1();
        int w = Math.min(ta.length, to.length);
        int up = 0, down = 0;
        for (int n2 = 0; n2 < w; n2++) {
            up += to[n2] > ta[n2] ? 1 : 0;
            down += to[n2] < ta[n2] ? 1 : 0;
        }
        return new Trend(id, sign, up, down, w - up - down);
    }

    private static PaperConfigurations.Solved byId(List<PaperConfigurations.Solved> solved, String id) {
        return solved.stream().filter(x -> x.config().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("configuration (" + id + ") is not among the solved "
                        + solved.stream().map(x -> x.config().id()).toList()));
    }
}
