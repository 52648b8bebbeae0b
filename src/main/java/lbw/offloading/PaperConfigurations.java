package lbw.offloading;

import java.util.ArrayList;
import java.util.List;
import lbw.core.Workbench;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The four configurations of Figures 3 and 4, read from {@code data/offloading-config-a.json} ... {@code -d.json}.
 * Their values are PLACEHOLDERS (see docs/offloading.md): the paper's numbers did not survive conversion;
 * only the pattern (b: higher load, c: larger f, d: larger K) is the paper's.
 */
public final class PaperConfigurations {

    /** One configuration: its letter, the paper's caption, and its setup. */
    public record Config(String id, String caption, OffloadingSetup setup) {
    }

    /** A configuration with its optimal discounted policy and structure report. */
    public record Solved(Config config, DiscountedSolution solution, StructureReport structure) {
        public Policy policy() {
            return solution.policy();
        }
    }

    private static final String[][] CAPTIONS = {
            {"a", "(a) Baseline"}, {"b", "(b) High utilization"}, {"c", "(c) More local SM2 processing"},
            {"d", "(d) Higher cloud capacity"}};

    private PaperConfigurations() {
    }

    /** The four configurations from data/. */
    public static List<Config> load() {
        List<Config> out = new ArrayList<>();
        for (String[] c : CAPTIONS) {
            out.add(new Config(c[0], c[1], OffloadingScenario.load(Workbench.data("offloading-config-" + c[0] + ".json"))));
        }
        return out;
    }

    /** Solves each (Gauss-Seidel value iteration) and checks the structure on the window buffer/3. */
    public static List<Solved> solve(List<Config> configs) {
        List<Solved> out = new ArrayList<>();
        for (Config c : configs) {
            OffloadingSetup s = c.setup();
            DiscountedSolution sol = DiscountedSolver.gaussSeidel(s.compile(), s.options());
            out.add(new Solved(c, sol, Structure.check(sol.policy(), Structure.defaultWindow(s.buffer()))));
        }
        return out;
    }

    /** One row per configuration: parameters, solver facts, thresholds near the origin and the structure checks. */
    public static Table summary(List<Solved> solved) {
        int n = solved.size();
        String[] id = new String[n], t1 = new String[n], t0 = new String[n], cf = new String[n], sw = new String[n],
                um = new String[n], conv = new String[n];
        double[] rho = new double[n], k = new double[n], f = new double[n];
        int[] sweeps = new int[n], buffer = new int[n];
        for (int i = 0; i < n; i++) {
            Solved s = solved.get(i);
            OffloadingModel m = s.config().setup().model();
            id[i] = s.config().caption();
            rho[i] = m.rho();
            k[i] = m.k();
            f[i] = m.f();
            buffer[i] = s.config().setup().buffer();
            sweeps[i] = s.solution().iterations();
            conv[i] = Boolean.toString(s.solution().converged());
            t1[i] = list(s.structure().busyThresholds(5));
            t0[i] = list(s.structure().idleThresholds(5));
            cf[i] = yes(s.structure().cloudFirst() && s.structure().noSm1OutsideSc());
            sw[i] = yes(s.structure().switchType());
            um[i] = yes(s.structure().urgencyMonotone());
        }
        return Tables.of("Optimal policies of configurations (a)-(d) (placeholder parameters)",
                "config", id, "rho", rho, "K", k, "f", f, "buffer", buffer, "sweeps", sweeps, "converged", conv,
                "T1(0..5)", t1, "T0(1..5)", t0, "cloud-first", cf, "switch-type", sw, "urgency-monotone", um);
    }

    /**
     * The paper's statements about Figures 3 and 4 (Section IV-B) beside what the computed policies show. The
     * statements are qualitative; the paper's threshold values did not survive conversion.
     */
    public static Table claims(List<Solved> solved) {
        boolean sc = solved.stream().allMatch(x -> x.structure().cloudFirst());
        boolean noSm1 = solved.stream().allMatch(x -> x.structure().noSm1OutsideSc());
        boolean sw = solved.stream().allMatch(x -> x.structure().switchType() && x.structure().t1NonIncreasing()
                && x.structure().t0NonIncreasing());
        boolean um = solved.stream().allMatch(x -> x.structure().urgencyMonotone());
        String t = "T1(0): " + String.join(", ", solved.stream().map(x -> x.config().id() + " = "
                + show(x.structure().t1()[0])).toList());
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
                        sc ? "yes, in all four configurations" : "NO: see the structure table",
                        noSm1 ? "yes, in all four" : "NO",
                        sw ? "yes, in all four (T1, T0 non-increasing)" : "NO",
                        um ? "holds on the window in all four" : "fails somewhere",
                        trend(solved, "b", -1) + "; " + t,
                        trend(solved, "c", +1),
                        trend(solved, "d", +1)});
    }

    private static String trend(List<Solved> solved, String id, int sign) {
        Solved a = solved.stream().filter(x -> x.config().id().equals("a")).findFirst().orElseThrow();
        Solved o = solved.stream().filter(x -> x.config().id().equals(id)).findFirst().orElseThrow();
        int[] ta = a.structure().t1(), to = o.structure().t1();
        int w = Math.min(ta.length, to.length);
        int up = 0, down = 0;
        for (int n2 = 0; n2 < w; n2++) {
            up += to[n2] > ta[n2] ? 1 : 0;
            down += to[n2] < ta[n2] ? 1 : 0;
        }
        boolean ok = sign > 0 ? down == 0 && up > 0 : up == 0 && down > 0;
        int moved = sign > 0 ? up : down;
        String verdict = !ok ? "not strictly" : moved == 1 ? "yes, but on one value of n2 only" : "yes";
        return verdict + ": T1(n2) of " + id + " vs a is higher at " + up + ", lower at " + down + ", equal at "
                + (w - up - down) + " of " + w + " values of n2";
    }

    private static String show(int t) {
        return t == Policy.NEVER ? "-" : Integer.toString(t);
    }

    /**
     * The paper's discounted-optimal policy (gamma fixed) against the average-cost optimal policy (relative value
     * iteration) for each configuration: thresholds, how many states of the window differ, and the stationary mean
     * delay of each.
     */
    public static Table averageVsDiscounted(List<Solved> solved) {
        int n = solved.size();
        String[] id = new String[n], t1d = new String[n], t1a = new String[n];
        int[] diff = new int[n];
        double[] dd = new double[n], da = new double[n];
        for (int i = 0; i < n; i++) {
            Solved s = solved.get(i);
            UniformizedMdp mdp = s.solution().mdp();
            AverageCostSolver.Solution avg = AverageCostSolver.solve(mdp);
            int w = s.structure().window();
            StructureReport ra = Structure.check(avg.policy(), w);
            id[i] = s.config().caption();
            t1d[i] = list(s.structure().busyThresholds(5));
            t1a[i] = list(ra.busyThresholds(5));
            StateSpace sp = mdp.space();
            int count = 0;
            for (int x : s.policy().differences(avg.policy())) {
                if (sp.n0(x) <= w && sp.n2(x) <= w) {
                    count++;
                }
            }
            diff[i] = count;
            dd[i] = StationaryAnalysis.solve(mdp, s.policy()).meanDelay();
            da[i] = StationaryAnalysis.solve(mdp, avg.policy()).meanDelay();
        }
        return Tables.of("Discounted (gamma fixed) against average-cost optimal policies",
                "config", id, "T1(0..5) discounted", t1d, "T1(0..5) average cost", t1a,
                "states that differ in the window", diff, "delay, discounted-optimal", dd, "delay, average-cost optimal", da);
    }

    static String list(Integer[] t) {
        StringBuilder sb = new StringBuilder();
        for (Integer x : t) {
            sb.append(sb.length() == 0 ? "" : " ").append(x == null ? "-" : x.toString());
        }
        return sb.toString();
    }

    private static String yes(boolean b) {
        return b ? "yes" : "NO";
    }
}
