package lbw.offloading;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SweepsTest {

    @Test
    void thresholdsRiseWithK() {
        OffloadingSetup base = new OffloadingSetup(OffloadingModel.ofLoad(0.5, 5, 0.5), 30, 0.99);
        ThresholdSweep t = Sweeps.thresholds(base, Sweeps.Parameter.K, new double[] {2, 5, 10, 20});
        assertArrayEquals(new double[] {2, 5, 10, 20}, t.values(), 0.0);
        double[] t1 = t.t1(0);
        for (int i = 1; i < t1.length; i++) {
            assertTrue(t1[i] >= t1[i - 1], t.table().print());
        }
        assertTrue(t1[t1.length - 1] > t1[0], t.table().print());
        assertTrue(t.structureHoldsEverywhere(), "inside f > 1/K every claim holds");
        // each row is the structure report of the solved model at that value
        OffloadingSetup at10 = new OffloadingSetup(OffloadingModel.ofLoad(0.5, 10, 0.5), 30, 0.99);
        StructureReport r = Structure.check(DiscountedSolver.gaussSeidel(at10.compile(), at10.options()).policy(),
                Structure.defaultWindow(30));
        assertEquals(r.t1()[1], t.t1(1)[2], 0.0);
        assertEquals(r.t0()[1] == Policy.NEVER ? Double.NaN : r.t0()[1], t.t0(1)[2], 0.0);
    }

    @Test
    void theGridFindsCloudFirstFailingOutsideTheAssumptionOnly() {
        StructureGrid g = Sweeps.structureGrid(new double[] {0.9}, new double[] {1.05, 5}, new double[] {0.6, 0.8}, 24, 0.99);
        assertEquals(4, g.points().size());
        StructureGrid bad = g.counterexamples();
        assertTrue(bad.points().size() >= 1, g.table().print());
        for (StructureGrid.Point p : bad.points()) {
            assertFalse(p.withinAssumption(), "a counterexample inside f > 1/K: " + p);
            assertTrue(p.f() <= 1 / p.k(), "withinAssumption must follow f > 1/K: " + p);
            assertTrue(p.firstViolation().isPresent());
        }
        assertEquals(0, bad.withinAssumption());
        // K = 1.05, f = 0.6: mu_l2 = 1/0.6 > mu_c1 = 1.05, and with the cloud empty SM2 comes first
        StructureGrid.Point k105 = g.points().stream().filter(p -> p.k() == 1.05 && p.f() == 0.6).findFirst().orElseThrow();
        assertFalse(k105.structure().cloudFirst());
        assertFalse(k105.allClaimsHold());
        // inside the assumption every claim holds, and the table says so in words
        StructureGrid.Point k5 = g.points().stream().filter(p -> p.k() == 5 && p.f() == 0.8).findFirst().orElseThrow();
        assertTrue(k5.withinAssumption() && k5.allClaimsHold() && k5.converged());
        // the counts per claim, by assumption: cloud-first fails only outside it
        ClaimCount cf = g.claimCounts().get(0);
        assertEquals("cloudFirst", cf.claim());
        assertEquals(g.withinAssumption(), cf.inside());
        assertEquals(g.points().size() - g.withinAssumption(), cf.outside());
        assertTrue(cf.holdsInside());
        assertEquals(g.points().stream().filter(p -> !p.structure().cloudFirst()).count(), cf.failsOutside());
        assertTrue(cf.failsOutside() >= 1, "K = 1.05, f = 0.6 is not cloud-first");
    }

    @Test
    void gaussSeidelStopsFirstInTheConvergenceTrace() {
        OffloadingSetup s = new OffloadingSetup(OffloadingModel.ofLoad(0.5, 5, 0.5), 20, 0.99);
        ConvergenceTrace t = Sweeps.convergence(s.compile(), s.options());
        double[] vi = t.valueIteration();
        double[] gs = t.gaussSeidel();
        double tol = s.options().stoppingThreshold();
        assertEquals(tol, t.threshold(), 0.0);
        assertTrue(vi[vi.length - 1] < tol);
        int gsLast = t.gaussSeidelSweeps() - 1;
        assertTrue(gs[gsLast] < tol);
        assertTrue(gsLast < vi.length - 1);
        assertEquals(vi.length, t.valueIterationSweeps());
        assertEquals(DiscountedSolver.gaussSeidel(s.compile(), s.options()).iterations(), t.gaussSeidelSweeps());
        assertEquals(DiscountedSolver.valueIteration(s.compile(), s.options()).iterations(), t.valueIterationSweeps());
    }
}
