package lbw.offloading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The value-function inequalities, the discounted against the average-cost policy state by state, Remark 1's stage
 * rates and the Figure 5 variants.
 */
class ValueFunctionTest {

    private static Map<String, ValueFunctionChecks.Inequality> byName(List<ValueFunctionChecks.Inequality> list) {
        return list.stream().collect(Collectors.toMap(ValueFunctionChecks.Inequality::name, x -> x));
    }

    @Test
    void theProofsInequalitiesHoldOnEveryConfiguration() {
        for (char id : Configs.ALL) {
            OffloadingSetup s = Configs.load(id);
            DiscountedSolution d = DiscountedSolver.gaussSeidel(s.compile(), s.options());
            int w = Structure.defaultWindow(s.buffer());
            List<ValueFunctionChecks.Inequality> all = ValueFunctionChecks.check(d, w);
            assertEquals(10, all.size());
            for (ValueFunctionChecks.Inequality q : all) {
                if (!q.source().startsWith("ours")) {
                    assertTrue(q.holds(), "config " + id + ": " + q);
                }
                assertTrue(q.checked() > w, q.name() + " checked " + q.checked());
            }
            ValueFunctionChecks.LemmaGap gap = ValueFunctionChecks.lemmaGap(d, w);
            assertTrue(gap.c() > 0.05, "config " + id + ": c = " + gap.c());
            Map<String, ValueFunctionChecks.Inequality> m = byName(all);
            // the lemma's row reports the same constant
            assertEquals(gap.c(), m.get("Lemma III-D (SM2 job past its local stage beats an SM1 job at the cloud)")
                    .worstMargin(), 1e-12);
        }
    }

    @Test
    void lemmaGapAgreesWithPolicyEvaluation() {
        // an independent computation of V: the linear fixed point of the optimal policy, no minimum taken
        OffloadingSetup s = Configs.load('a');
        UniformizedMdp mdp = s.compile();
        DiscountedSolution d = DiscountedSolver.gaussSeidel(mdp, s.options());
        DiscountedSolution ev = DiscountedSolver.evaluate(mdp, d.policy(), s.options());
        int w = Structure.defaultWindow(s.buffer());
        double[] a = ValueFunctionChecks.lemmaGap(d, w).gap();
        double[] b = ValueFunctionChecks.lemmaGap(ev, w).gap();
        double acc = ValueFunctionChecks.accuracy(d) + ValueFunctionChecks.accuracy(ev);
        for (int n = 0; n <= w; n++) {
            assertEquals(a[n], b[n], acc, "n = " + n);
        }
    }

    @Test
    void cloudFirstFailsInValuesOutsideTheAssumption() {
        // K = 1.05, f = 0.6: the local stage is faster than the whole cloud job; SM2 first at (1,0,0,0)
        OffloadingSetup s = new OffloadingSetup(OffloadingModel.ofLoad(0.5, 1.05, 0.6), 30, 0.99);
        DiscountedSolution d = DiscountedSolver.gaussSeidel(s.compile(), s.options());
        ValueFunctionChecks.Inequality cf = byName(ValueFunctionChecks.check(d, 10)).get("cloud-first in values");
        assertTrue(cf.violations() > 0, cf.toString());
        assertTrue(cf.worstMargin() < 0, cf.toString());
    }

    @Test
    void eachCriterionPrefersItsOwnActionWhereThePoliciesDiffer() {
        OffloadingSetup s = Configs.load('b');
        List<CriteriaComparison.Row> rows = CriteriaComparison.discountSweep(s, new double[] {0.9, 0.99, 0.999}, 13);
        assertEquals(3, rows.size());
        for (CriteriaComparison.Row r : rows) {
            for (CriteriaComparison.Difference d : r.differences()) {
                assertTrue(d.discountedGap() >= -1e-6, r.discount() + " " + d);
                assertTrue(d.averageGap() >= -1e-6, r.discount() + " " + d);
                assertTrue(d.discountedAction() != d.averageAction());
            }
            assertTrue(r.delayAverage() <= r.delayDiscounted() * (1 + 1e-9), "the average-cost policy minimizes delay");
        }
        // as gamma -> 1 the discounted-optimal policy approaches the average-cost optimal one (Blackwell)
        assertTrue(rows.get(2).differences().size() < rows.get(0).differences().size(),
                rows.get(0).differences().size() + " -> " + rows.get(2).differences().size());
        assertTrue(rows.get(2).differencesWindow() <= rows.get(0).differencesWindow());
    }

    @Test
    void stageRatesMapOntoTheModelAndBackAndRefuseNoBalancing() {
        HeterogeneousStages.Case c = HeterogeneousStages.solve("inside", 2, 3, 2, 6, 30, 0.99);
        assertNotNull(c.model());
        assertEquals(3, c.model().muC1(), 1e-12);
        assertEquals(2, c.model().muL2(), 1e-12);
        assertEquals(6, c.model().muC2(), 1e-12);
        assertEquals(2, c.model().lambda(), 1e-12);
        assertTrue(c.model().withinAssumption());
        assertTrue(c.structure().allHold(), c.structure().violations().toString());
        assertTrue(c.delayOptimal() <= Math.min(c.delayNonIdling(), c.delayOffloadOnly()) * (1 + 1e-9));
        // the same model written as (rho, K, f, mu0) solves to the same policy
        OffloadingModel m = c.model();
        OffloadingSetup twin = new OffloadingSetup(OffloadingModel.ofLoad(m.rho(), m.k(), m.f(), m.mu0()), 30, 0.99);
        Policy p1 = DiscountedSolver.gaussSeidel(twin.compile(), twin.options()).policy();
        OffloadingSetup orig = new OffloadingSetup(m, 30, 0.99);
        Policy p2 = DiscountedSolver.gaussSeidel(orig.compile(), orig.options()).policy();
        assertEquals(0, p1.differences(p2).length);
        // muC1 <= muL2 < muC2: a valid model outside the paper's assumption
        HeterogeneousStages.Case out = HeterogeneousStages.solve("outside", 2, 3, 4, 6, 30, 0.99);
        assertNotNull(out.model());
        assertTrue(!out.model().withinAssumption());
        // muL2 >= muC2: SM2 cannot balance load, refused with the parameter named
        HeterogeneousStages.Case no = HeterogeneousStages.solve("refused", 2, 3, 5, 4, 30, 0.99);
        assertNull(no.model());
        assertTrue(no.refusal().startsWith("f = 0.25"), no.refusal());
    }

    @Test
    void figure5SummaryReadsTheExactCurves() {
        Figure5Scenario base = Figure5Scenario.load(lbw.core.Workbench.data("offloading-figure5.json"));
        Figure5Scenario s = Figure5Variants.setup(base.quick(), 3, 0.6, new double[] {0.1, 0.5, 0.7});
        Figure5Curves exact = DelayStudy.exact(s);
        Figure5Variants.Summary sum = Figure5Variants.summarize(3, 0.6, exact);
        assertTrue(sum.optimalLowest());
        assertTrue(sum.withinAssumption());
        double[] non = exact.nonIdling();
        double[] avg = exact.averageOptimal();
        double max = 0;
        for (int i = 0; i < non.length; i++) {
            max = Math.max(max, non[i] / avg[i] - 1);
        }
        assertEquals(max, sum.maxExcessNonIdling(), 1e-15);
        // rho = 0.7 < K/(1+K) = 0.75: Offload-Only is stable at every load of this grid
        assertTrue(Double.isFinite(sum.maxExcessOffloadOnly()));
    }
}
