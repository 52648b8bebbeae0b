package lbw.setupdelays;

import java.util.List;
import lbw.core.Check;
import lbw.numerics.SoftMin;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.events.EventHandler;
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
        Field field = new Field(model, epsilon);
        KinkModes.initialize(field.saturated, model, field, y0);
        DormandPrince853Integrator integ = new DormandPrince853Integrator(1e-12, Math.max(1.0, horizon),
                options.absoluteTolerance(), options.relativeTolerance());
        int[] kinks = {0};
        for (int j = 0; j < n; j++) {
            final int jj = j;
            integ.addEventHandler(new EventHandler() {
                @Override
                public void init(double t0, double[] y, double t) {
                }

                @Override
                public double g(double t, double[] y) {
                    return y[jj] - model.c(jj);
                }

                @Override
                public Action eventOccurred(double t, double[] y, boolean increasing) {
                    field.saturated[jj] = increasing;
                    kinks[0]++;
                    return Action.RESET_DERIVATIVES;
                }

                @Override
                public void resetState(double t, double[] y) {
                }
            }, Double.POSITIVE_INFINITY, 1e-12 * Math.max(1, horizon), 1000);
        }
        Sampler sampler = new Sampler();
        List<Double> ts = sampler.times;
        List<double[]> qs = sampler.states;
        double[] y = y0.clone();
        sampler.integrate(integ, field, y, horizon, options.sampleStep(), "myopic fluid dynamics");
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
        return new MyopicTrajectory(epsilon, times, queues, prices, routing, lyap, integ.getEvaluations(), kinks[0]);
    }

    /** The field of (9) in the current modes (smooth inside each mode). */
    static final class Field implements FirstOrderDifferentialEquations {
        final SetupDelayModel model;
        final double eps;
        final boolean[] saturated;
        final double[] mu;
        final double[] y;
        final double[] delta;

        Field(SetupDelayModel model, double eps) {
            this.model = model;
            this.eps = eps;
            int n = model.pools();
            this.saturated = new boolean[n];
            this.mu = new double[n];
            this.y = new double[n];
            this.delta = new double[n];
        }

        @Override
        public int getDimension() {
            return model.pools();
        }

        @Override
        public void computeDerivatives(double t, double[] q, double[] qDot) {
            int n = model.pools();
            for (int j = 0; j < n; j++) {
                mu[j] = saturated[j] ? q[j] / model.c(j) - 1.0 : 0.0;
                qDot[j] = -(saturated[j] ? model.c(j) : q[j]);
            }
            for (int i = 0; i < model.types(); i++) {
                for (int j = 0; j < n; j++) {
                    y[j] = model.tau(i, j) + mu[j];
                }
                SoftMin.fractions(eps, y, delta);
                double r = model.r(i);
                for (int j = 0; j < n; j++) {
                    qDot[j] += r * delta[j];
                }
            }
        }
    }
}
