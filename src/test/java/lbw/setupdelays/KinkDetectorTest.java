package lbw.setupdelays;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;

/** The shared kink detector on one pool with a known solution on each side of its kink. */
class KinkDetectorTest {

    /** Integration tolerance against closed forms. */
    private static final double ODE = 1e-8;

    /** {@code q' = r - min(q, c)} written in modes, as the setup-delay fields are. */
    private static final class OnePool implements FirstOrderDifferentialEquations {
        final double r;
        final double c;
        final boolean[] saturated = new boolean[1];

        OnePool(double r, double c) {
            this.r = r;
            this.c = c;
        }

        @Override
        public int getDimension() {
            return 1;
        }

        @Override
        public void computeDerivatives(double t, double[] q, double[] qDot) {
            qDot[0] = r - (saturated[0] ? c : q[0]);
        }
    }

    private static double[] run(OnePool field, double q0, double horizon, int[] switches) {
        double[] y = {q0};
        KinkModes.initialize(field.saturated, new double[] {field.c}, field, y);
        DormandPrince853Integrator integ = new DormandPrince853Integrator(1e-12, horizon, 1e-12, 1e-12);
        KinkDetector d = new KinkDetector(new double[] {field.c}, field.saturated).addTo(integ, horizon);
        integ.integrate(field, 0, y, horizon, y);
        switches[0] = d.switches();
        return y;
    }

    @Test
    void anUpwardCrossingSwitchesOnceAtLn2() {
        // r = 2, c = 1 from q = 0: q = 2(1 - e^-t) until q = 1 at t = ln 2, then q' = 1
        int[] switches = new int[1];
        double[] q = run(new OnePool(2, 1), 0, 3, switches);
        assertEquals(1, switches[0]);
        assertEquals(1 + 3 - Math.log(2), q[0], ODE);
    }

    @Test
    void aDownwardCrossingSwitchesBack() {
        // r = 0.5, c = 1 from q = 3: q' = -0.5 until q = 1 at t = 4, then q = 0.5 + 0.5 e^-(t - 4)
        int[] switches = new int[1];
        OnePool field = new OnePool(0.5, 1);
        double[] q = run(field, 3, 6, switches);
        assertEquals(1, switches[0]);
        assertEquals(0.5 + 0.5 * Math.exp(-2), q[0], ODE);
        assertEquals(false, field.saturated[0]);
    }
}
