package lbw.present.offloading;

import java.util.List;
import lbw.offloading.CriteriaComparison;
import lbw.offloading.Figure5Variants;
import lbw.offloading.HeterogeneousStages;
import lbw.offloading.StructureReport;
import lbw.offloading.ValueFunctionChecks;
import lbw.present.Tables;
import tech.tablesaw.api.Table;

/** Tables for the value-function checks, the two optimality criteria, Remark 1 and the Figure 5 variants. */
public final class ValueTables {

    private static final String[] ACTIONS = {"idle", "SM1", "SM2", "SM1 then SM2"};

    private ValueTables() {
    }

    /** One row per inequality. */
    public static Table inequalities(String title, List<ValueFunctionChecks.Inequality> list) {
        int k = list.size();
        String[] name = new String[k], stmt = new String[k], src = new String[k], holds = new String[k],
                worstAt = new String[k];
        int[] checked = new int[k], viol = new int[k];
        double[] worst = new double[k];
        for (int r = 0; r < k; r++) {
            ValueFunctionChecks.Inequality q = list.get(r);
            name[r] = q.name();
            stmt[r] = q.statement();
            src[r] = q.source();
            checked[r] = q.checked();
            viol[r] = q.violations();
            holds[r] = q.holds() ? "yes" : "NO";
            worst[r] = q.worstMargin();
            worstAt[r] = q.worstState();
        }
        return Tables.of(title, "inequality", name, "statement", stmt, "source", src, "pairs checked", checked,
                "violations", viol, "holds", holds, "smallest margin", worst, "at state", worstAt);
    }

    /** Lemma III-D's gap against n, with the optimal action at (n,0,1,0). */
    public static Table lemmaGap(ValueFunctionChecks.LemmaGap g) {
        String[] act = new String[g.n().length];
        double[] n = new double[g.n().length];
        for (int k = 0; k < act.length; k++) {
            act[k] = ACTIONS[g.action()[k]];
            n[k] = g.n()[k];
        }
        return Tables.of("Lemma III-D: V(n,0,1,0) - V(n,0,0,1) (c = its minimum = " + Tables.format(g.c()) + ")",
                "n", n, "V(n,0,1,0) - V(n,0,0,1)", g.gap(), "optimal action at (n,0,1,0)", act);
    }

    /** One row per discount. */
    public static Table discountSweep(List<CriteriaComparison.Row> rows) {
        int k = rows.size();
        double[] g = new double[k], dd = new double[k], da = new double[k];
        int[] sweeps = new int[k], all = new int[k], win = new int[k];
        String[] t1 = new String[k];
        for (int r = 0; r < k; r++) {
            CriteriaComparison.Row row = rows.get(r);
            g[r] = row.discount();
            sweeps[r] = row.sweeps();
            all[r] = row.differences().size();
            win[r] = row.differencesWindow();
            t1[r] = list(row.busyThresholds());
            dd[r] = row.delayDiscounted();
            da[r] = row.delayAverage();
        }
        return Tables.of("Discounted-optimal against average-cost optimal, by discount", "gamma", g, "sweeps", sweeps,
                "states that differ", all, "of them in the window", win, "T1(0..5) discounted", t1,
                "delay, discounted-optimal", dd, "delay, average-cost optimal", da);
    }

    /** The differing states of one row, in the window only if {@code windowOnly}. */
    public static Table differences(CriteriaComparison.Row row, boolean windowOnly) {
        List<CriteriaComparison.Difference> d = row.differences().stream()
                .filter(x -> !windowOnly || x.inWindow()).toList();
        int k = d.size();
        String[] label = new String[k], ad = new String[k], aa = new String[k];
        int[] jobs = new int[k];
        double[] gd = new double[k], ga = new double[k];
        for (int r = 0; r < k; r++) {
            CriteriaComparison.Difference x = d.get(r);
            label[r] = x.label();
            jobs[r] = x.jobs();
            ad[r] = ACTIONS[x.discountedAction()];
            aa[r] = ACTIONS[x.averageAction()];
            gd[r] = x.discountedGap();
            ga[r] = x.averageGap();
        }
        return Tables.of("States where the policies differ, gamma = " + row.discount()
                        + (windowOnly ? " (window)" : ""), "state", label, "|s|", jobs, "discounted-optimal", ad,
                "average-cost optimal", aa, "discounted criterion prefers its action by", gd,
                "average criterion prefers its action by", ga);
    }

    /** One row per stage-rate case. */
    public static Table stageRates(List<HeterogeneousStages.Case> cases) {
        int k = cases.size();
        String[] name = new String[k], within = new String[k], holds = new String[k], t1 = new String[k],
                t0 = new String[k], note = new String[k];
        double[] lam = new double[k], c1 = new double[k], l2 = new double[k], c2 = new double[k], mu0 = new double[k],
                kk = new double[k], f = new double[k], rho = new double[k], opt = new double[k], non = new double[k],
                off = new double[k];
        for (int r = 0; r < k; r++) {
            HeterogeneousStages.Case c = cases.get(r);
            name[r] = c.name();
            lam[r] = c.lambda();
            c1[r] = c.muC1();
            l2[r] = c.muL2();
            c2[r] = c.muC2();
            boolean ok = c.model() != null;
            mu0[r] = ok ? c.model().mu0() : Double.NaN;
            kk[r] = ok ? c.model().k() : Double.NaN;
            f[r] = ok ? c.model().f() : Double.NaN;
            rho[r] = ok ? c.model().rho() : Double.NaN;
            within[r] = ok ? (c.model().withinAssumption() ? "yes" : "no") : "-";
            StructureReport s = c.structure();
            holds[r] = ok ? (s.allHold() ? "yes" : "NO") : "-";
            t1[r] = ok ? list(s.busyThresholds(3)) : "-";
            t0[r] = ok ? list(s.idleThresholds(3)) : "-";
            opt[r] = c.delayOptimal();
            non[r] = c.delayNonIdling();
            off[r] = c.delayOffloadOnly();
            note[r] = ok ? (s.violations().isEmpty() ? "" : s.violations().get(0)) : c.refusal();
        }
        return Tables.of("Remark 1: heterogeneous stage rates cast as (mu0, K, f)", "case", name, "lambda", lam,
                "muC1", c1, "muL2", l2, "muC2", c2, "mu0 = f muL2", mu0, "K = muC1/mu0", kk, "f = 1 - muC1/muC2", f,
                "rho", rho, "f > 1/K", within, "structure claims hold", holds, "T1(0..3)", t1, "T0(1..3)", t0,
                "delay optimal", opt, "delay Non-Idling", non, "delay Offload-Only", off, "note", note);
    }

    /** One row per (K, f). */
    public static Table figure5Summaries(List<Figure5Variants.Summary> list) {
        int k = list.size();
        double[] kk = new double[k], f = new double[k], en = new double[k], rn = new double[k], eo = new double[k],
                ro = new double[k], cross = new double[k];
        String[] within = new String[k], lowest = new String[k];
        for (int r = 0; r < k; r++) {
            Figure5Variants.Summary s = list.get(r);
            kk[r] = s.k();
            f[r] = s.f();
            within[r] = s.withinAssumption() ? "yes" : "no";
            en[r] = s.maxExcessNonIdling();
            rn[r] = s.rhoMaxNonIdling();
            eo[r] = s.maxExcessOffloadOnly();
            ro[r] = s.rhoMaxOffloadOnly();
            cross[r] = s.crossover();
            lowest[r] = s.optimalLowest() ? "yes" : "NO";
        }
        return Tables.of("Figure 5 for other K and f: excess mean delay over the average-cost optimum", "K", kk,
                "f", f, "f > 1/K", within, "Non-Idling: largest excess", en, "Non-Idling: at rho", rn,
                "Offload-Only: largest excess (stable loads)", eo, "Offload-Only: at rho", ro,
                "first rho where Non-Idling beats Offload-Only", cross, "optimal lowest everywhere", lowest);
    }

    private static String list(Integer[] t) {
        StringBuilder sb = new StringBuilder();
        for (Integer x : t) {
            sb.append(sb.length() == 0 ? "" : " ").append(x == null ? "-" : x.toString());
        }
        return sb.toString();
    }
}
