package lbw.offloading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class SweepsTest {

    @Test
    void thresholdsRiseWithK() {
        OffloadingSetup base = new OffloadingSetup(OffloadingModel.ofLoad(0.5, 5, 0.5), 30, 0.99);
        Table t = Sweeps.thresholds(base, Sweeps.Parameter.K, new double[] {2, 5, 10, 20});
        double[] t1 = t.doubleColumn("T1(0)").asDoubleArray();
        for (int i = 1; i < t1.length; i++) {
            assertTrue(t1[i] >= t1[i - 1], t.print());
        }
        assertTrue(t1[t1.length - 1] > t1[0], t.print());
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
        assertEquals("no (f <= 1/K)", bad.table().stringColumn("within f > 1/K").get(0));
    }

    @Test
    void gaussSeidelStopsFirstInTheConvergenceTrace() {
        OffloadingSetup s = new OffloadingSetup(OffloadingModel.ofLoad(0.5, 5, 0.5), 20, 0.99);
        Table t = Sweeps.convergence(s.compile(), s.options());
        double[] vi = t.doubleColumn("value iteration").asDoubleArray();
        double[] gs = t.doubleColumn("Gauss-Seidel").asDoubleArray();
        double tol = s.options().stoppingThreshold();
        assertTrue(vi[vi.length - 1] < tol);
        int gsLast = 0;
        while (gsLast + 1 < gs.length && !Double.isNaN(gs[gsLast + 1])) {
            gsLast++;
        }
        assertTrue(gs[gsLast] < tol);
        assertTrue(gsLast < vi.length - 1);
        assertEquals(DiscountedSolver.gaussSeidel(s.compile(), s.options()).iterations(), gsLast + 1);
    }
}
