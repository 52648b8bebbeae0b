package lbw.setupdelays;

import java.util.List;
import lbw.core.Check;
import lbw.numerics.SoftMin;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;

/**
 * The myopic soft-min dynamics (9): {@code q_j' = sum_i r_i delta_ij(mu) - min(q_j, c_j)} with
 * {@code mu_j = [q_j/c_j - 1]^+}, integrated with Commons Math's Dormand-Prince 8(5,3).
 *
 * <p>The field has kinks at {@code q_j = c_j} (both {@code min(q_j, c_j)} and {@code [q_j/c_j - 1]^+} switch branch
 * there). Each pool carries a mode (below or above capacity); inside a step the field uses the smooth formula of the
 * current mode, an event handler on {@code g_j = q_j - c_j} locates the crossing, and the integration restarts there
 * in the other mode. So no Runge-Kutta step straddles a kink and the high order is kept.
 */
public final class MyopicDynamics {

    private MyopicDynamics() {
    }

    /** Integrates (9) from {@code q0} (empty queues if null) to {@code horizon}. */
    public static MyopicTrajectory simulate(SetupDelayModel model, double epsilon, double[] q0, double horizon,
                                            OdeOptions options) {
        Check.positive("epsilon", epsilon);
        Check.positive("horizon", horizon);
        int n = model.pools();
        int m = model.types();
        double[] y0 = q0 == null ? new double[n] : Check.nonNegative("initialQueues", Check.length("initialQueues", q0, n,
                "one per pool"));
        Field field = new Field(model.capacity(), model.arrivalRate(), model.setupTime(), epsilon);
        Sampler sampler = new Sampler();
        int kinks = integrate(field, y0, horizon, options, sampler, "myopic fluid dynamics");
        List<Double> ts = sampler.times;
        List<double[]> qs = sampler.states;
        int k = ts.size();
        double[] times = new double[k];
        double[][] queues = new double[k][];
        double[][] prices = new double[k][];
        double[][][] routing = new double[k][][];
        double[] lyap = new double[k];
        for (int s = 0; s < k; s++) {
            times[s] = ts.get(s);
            queues[s] = qs.get(s);
            prices[s] = Trajectories.prices(model, queues[s]);
            routing[s] = DualSolver.routing(model, epsilon, prices[s]);
            lyap[s] = DualSolver.dualValue(model, epsilon, prices[s]);
        }
        return new MyopicTrajectory(epsilon, times, queues, prices, routing, lyap, sampler.evaluations, kinks);
    }

    /**
     * Integrates {@code field} from {@code y0} to {@code horizon} with mode switching at the kinks, sampling into
     * {@code sampler} (which also receives the evaluation count); returns the number of kinks crossed.
     */
    static int integrate(Field field, double[] y0, double horizon, OdeOptions options, Sampler sampler,
                         String label) {
        double[] c = field.c;
        KinkModes.initialize(field.saturated, c, field, y0);
        DormandPrince853Integrator integ = new DormandPrince853Integrator(1e-12, Math.max(1.0, horizon),
                options.absoluteTolerance(), options.relativeTolerance());
        KinkDetector kinks = new KinkDetector(c, field.saturated).addTo(integ, horizon);
        double[] y = y0.clone();
        sampler.integrate(integ, field, y, horizon, options.sampleStep(), label);
        sampler.evaluations = integ.getEvaluations();
        return kinks.switches();
    }

    /** The field of (9) in the current modes (smooth inside each mode). */
    static final class Field implements FirstOrderDifferentialEquations {
        final double[] c;
        final double[] r;
        final double[][] tau;
        final double eps;
        final boolean[] saturated;
        final double[] mu;
        final double[] y;
        final double[] delta;

        /** The field for capacities {@code c}, arrival rates {@code r} and setup times {@code tau} (not copied). */
        Field(double[] c, double[] r, double[][] tau, double eps) {
            this.c = c;
            this.r = r;
            this.tau = tau;
            this.eps = eps;
            int n = c.length;
            this.saturated = new boolean[n];
            this.mu = new double[n];
            this.y = new double[n];
            this.delta = new double[n];
        }

        @Override
        public int getDimension() {
            return c.length;
        }

        @Override
        public void computeDerivatives(double t, double[] q, double[] qDot) {
            int n = c.length;
            for (int j = 0; j < n; j++) {
                mu[j] = saturated[j] ? q[j] / c[j] - 1.0 : 0.0;
                qDot[j] = -(saturated[j] ? c[j] : q[j]);
            }
            for (int i = 0; i < r.length; i++) {
                for (int j = 0; j < n; j++) {
                    y[j] = tau[i][j] + mu[j];
                }
                SoftMin.fractions(eps, y, delta);
                for (int j = 0; j < n; j++) {
                    qDot[j] += r[i] * delta[j];
                }
            }
        }
    }
}
