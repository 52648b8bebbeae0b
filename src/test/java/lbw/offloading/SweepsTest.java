package lbw.offloading;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        Table g = Sweeps.structureGrid(new double[] {0.9}, new double[] {1.05, 5}, new double[] {0.6, 0.8}, 24, 0.99);
        assertEquals(4, g.rowCount());
        Table bad = Sweeps.counterexamples(g);
        assertTrue(bad.rowCount() >= 1, g.print());
        for (int i = 0; i < bad.rowCount(); i++) {
            assertEquals("no (f <= 1/K)", bad.stringColumn("within f > 1/K").get(i), bad.print());
        }
        // K = 1.05, f = 0.6: mu_l2 = 1/0.6 > mu_c1 = 1.05, and with the cloud empty SM2 comes first
        Table k105 = g.where(g.doubleColumn("K").isEqualTo(1.05).and(g.doubleColumn("f").isEqualTo(0.6)));
        assertEquals("NO", k105.stringColumn("cloud-first").get(0));
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
