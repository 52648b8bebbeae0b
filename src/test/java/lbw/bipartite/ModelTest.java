package lbw.bipartite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lbw.core.InvalidParameterException;
import org.junit.jupiter.api.Test;

class ModelTest {

    static final double FD = 1e-6;

    @Test
    void familiesHaveConsistentDerivativesAndInverses() {
        for (ServiceRate l : new ServiceRate[] {ServiceRate.saturating(1.5, 2), ServiceRate.exponential(2, 0.7)}) {
            assertEquals(0.0, l.value(0), 0.0);
            for (double n : new double[] {0.01, 0.3, 1, 4, 20}) {
                double h = 1e-5;
                assertEquals((l.value(n + h) - l.value(n - h)) / (2 * h), l.derivative(n), FD);
                assertEquals((l.derivative(n + h) - l.derivative(n - h)) / (2 * h), l.secondDerivative(n), FD);
                // inverses lose accuracy where l is flat: relative 1e-15 / l'(n)
                double tol = 1e-12 * (1 + n) / l.derivative(n);
                assertEquals(n, l.inverse(l.value(n)), tol);
                assertEquals(n, l.derivativeInverse(l.derivative(n)), tol);
                assertTrue(l.value(n) < l.supremum());
            }
        }
    }

    /** The closed forms at a gradient agree with value and curvature at (l')^-1(g), to rounding. */
    static final double AT_GRADIENT = 1e-13;

    @Test
    void closedFormsAtAGradientMatchTheWorkloadRoute() {
        ServiceRate custom = ServiceRate.custom("1-exp(-n/4)", n -> -Math.expm1(-n / 4), n -> Math.exp(-n / 4) / 4,
                n -> -Math.exp(-n / 4) / 16, 1);
        for (ServiceRate l : new ServiceRate[] {ServiceRate.saturating(1.5, 2), ServiceRate.exponential(2, 0.7),
            ServiceRate.saturating(0.6, 0.5), ServiceRate.exponential(0.8, 2.4), custom}) {
            double top = l.derivative(0);
            // from far below l'(0) (large workloads) to above it (N = 0), and the boundaries g <= 0
            for (double g : new double[] {-1, 0, 1e-9 * top, 0.01 * top, 0.3 * top, 0.99 * top, top, 1.5 * top}) {
                double n = l.derivativeInverse(g);
                String id = l.describe() + " at g = " + g;
                assertEquals(l.value(n), l.valueAtGradient(g), AT_GRADIENT * l.supremum(), id);
                double c = l.secondDerivative(n);
                assertEquals(c, l.curvatureAtGradient(g), AT_GRADIENT * Math.max(Math.abs(c), 1e-300), id);
            }
        }
    }

    @Test
    void customFunctionIsCheckedAgainstAssumption1() {
        ServiceRate ok = ServiceRate.custom("1-1/(1+N)^2", n -> 1 - 1 / ((1 + n) * (1 + n)),
                n -> 2 / Math.pow(1 + n, 3), n -> -6 / Math.pow(1 + n, 4), 1);
        assertEquals(1 / Math.sqrt(0.5) - 1, ok.inverse(0.5), 1e-9);
        assertEquals(1.0, ok.derivativeInverse(0.25), 1e-9);
        // atan'' = 0 at N = 0: not strictly concave there
        InvalidParameterException atan = assertThrows(InvalidParameterException.class,
                () -> ServiceRate.custom("atan", n -> Math.atan(n), n -> 1 / (1 + n * n),
                        n -> -2 * n / ((1 + n * n) * (1 + n * n)), Math.PI / 2));
        assertTrue(atan.getMessage().contains("strictly concave"), atan.getMessage());
        InvalidParameterException notConcave = assertThrows(InvalidParameterException.class,
                () -> ServiceRate.custom("linear", n -> Math.min(n, 1), n -> 1, n -> 0, 1));
        assertTrue(notConcave.getMessage().contains("strictly concave"), notConcave.getMessage());
        InvalidParameterException offset = assertThrows(InvalidParameterException.class,
                () -> ServiceRate.custom("offset", n -> 1 - Math.exp(-n) + 0.1, n -> Math.exp(-n), n -> -Math.exp(-n), 1.1));
        assertTrue(offset.getMessage().contains("l(0) must be 0"), offset.getMessage());
        InvalidParameterException wrongDerivative = assertThrows(InvalidParameterException.class,
                () -> ServiceRate.custom("bad", n -> 1 - Math.exp(-n), n -> 2 * Math.exp(-n), n -> -Math.exp(-n), 1));
        assertTrue(wrongDerivative.getMessage().contains("disagrees"), wrongDerivative.getMessage());
    }

    @Test
    void refusesIsolatedNodesAndBadEdges() {
        ServiceRate[] two = {ServiceRate.saturating(1, 1), ServiceRate.saturating(1, 1)};
        assertTrue(assertThrows(InvalidParameterException.class,
                () -> new BipartiteModel(new double[] {0.5}, two, new int[][] {{0, 0}})).getMessage()
                .contains("backend 1 is isolated"));
        assertTrue(assertThrows(InvalidParameterException.class,
                () -> new BipartiteModel(new double[] {0.5, 0.1}, two, new int[][] {{0, 0}, {0, 1}})).getMessage()
                .contains("frontend 1 is isolated"));
        assertTrue(assertThrows(InvalidParameterException.class,
                () -> new BipartiteModel(new double[] {0.5}, two, new int[][] {{0, 0}, {0, 2}})).getMessage()
                .contains("backend 2 is out of range"));
        assertTrue(assertThrows(InvalidParameterException.class,
                () -> new BipartiteModel(new double[] {0.5}, two, new int[][] {{0, 0}, {0, 1}, {0, 0}})).getMessage()
                .contains("repeats the edge [0, 0]"));
        assertEquals("arrivalRate", assertThrows(InvalidParameterException.class,
                () -> new BipartiteModel(new double[] {-0.5}, two, new int[][] {{0, 0}, {0, 1}})).parameter());
    }

    @Test
    void namesTheInfeasibleFrontendSet() {
        // f0 and f1 only reach b0 (sup 1) and ask 1.2; f2 has plenty of room.
        ServiceRate[] l = {ServiceRate.saturating(1, 1), ServiceRate.saturating(5, 1)};
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> new BipartiteModel(new double[] {0.6, 0.6, 0.5}, l, new int[][] {{0, 0}, {1, 0}, {2, 0}, {2, 1}}));
        assertEquals("arrivalRate", e.parameter());
        assertTrue(e.getMessage().contains("frontends {0, 1}") && e.getMessage().contains("backends {0}"), e.getMessage());
        // asking exactly the supremum is infeasible too (l_b(N) < sup for every finite N)
        InvalidParameterException exact = assertThrows(InvalidParameterException.class,
                () -> new BipartiteModel(new double[] {1.0, 0.5}, l, new int[][] {{0, 0}, {1, 0}, {1, 1}}));
        assertTrue(exact.getMessage().contains("frontends {0}") && exact.getMessage().contains("backends {0}"),
                exact.getMessage());
    }

    @Test
    void csrAdjacencyIsSortedAndConsistent() {
        BipartiteModel m = EquilibriumTest.nModel();
        BipartiteModel.Graph g = m.graph();
        assertEquals(3, g.edgeCount());
        assertEquals(1, g.edgeIndex(1, 0));
        assertEquals(-1, g.edgeIndex(0, 1));
        assertEquals(2, g.bStart()[1] - g.bStart()[0]);
    }
}
