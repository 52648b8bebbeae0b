package lbw.offloading;

import java.util.ArrayList;
import java.util.List;
import lbw.core.Workbench;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The four configurations of Figures 3 and 4, read from {@code data/offloading-config-a.json} ... {@code -d.json}.
 * Their values are reconstructions (see docs/offloading.md): the paper's numbers did not survive conversion;
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
     * The paper's statements about Figures 3 and 4 (Section IV-B) checked on the computed policies: each verdict a
     * boolean with the numbers behind it. The statements are qualitative; the paper's threshold values did not
     * survive conversion.
     */
    public static Figures34Claims claims(List<Solved> solved) {
        return Figures34Claims.of(solved);
    }

    /**
     * The paper's discounted-optimal policy (gamma fixed) against the average-cost optimal policy (relative value
     * iteration) for each configuration: thresholds, how many states of the window differ, and the stationary mean
     * delay of each.
     */
    public static AverageVsDiscounted averageVsDiscounted(List<Solved> solved) {
        List<AverageVsDiscounted.Row> rows = new ArrayList<>();
        for (Solved s : solved) {
            UniformizedMdp mdp = s.solution().mdp();
            AverageCostSolver.Solution avg = AverageCostSolver.solve(mdp);
            int w = s.structure().window();
            StructureReport ra = Structure.check(avg.policy(), w);
            StateSpace sp = mdp.space();
            int count = 0;
            for (int x : s.policy().differences(avg.policy())) {
                if (sp.n0(x) <= w && sp.n2(x) <= w) {
                    count++;
                }
            }
            rows.add(new AverageVsDiscounted.Row(s.config().caption(), s.structure().busyThresholds(5),
                    ra.busyThresholds(5), count, StationaryAnalysis.solve(mdp, s.policy()).meanDelay(),
                    StationaryAnalysis.solve(mdp, avg.policy()).meanDelay()));
        }
        return new AverageVsDiscounted(rows);
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
