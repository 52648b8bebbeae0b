package lbw.setupdelays;

import lbw.core.Check;
import lbw.core.InvalidParameterException;
import lbw.numerics.DelayIntegrator;
import lbw.numerics.SoftMin;

/**
 * The delay-differential model (3) under the myopic rule: {@code q_j'(t) = sum_i x_ij(t - tau_ij) - min(q_j, c_j)}
 * with {@code x_ij(s) = r_i delta_ij(mu(q(s)))} and no arrivals before time 0 ({@code x(s) = 0} for {@code s < 0}).
 * Solved by {@link DelayIntegrator} (RK4 on a fixed grid, history buffer with Hermite interpolation). The setup
 * times can be scaled by {@code delayScale} (in the delays and in the dispatchers' delay-to-service alike) to make
 * the loop harder; the equilibrium to compare with is then {@code DualSolver.solve(scaled(model, s), eps)}.
 */
public final class PureDelayDynamics {

    private PureDelayDynamics() {
    }

    /** The model with every setup time multiplied by {@code delayScale} (delays and routing costs alike). */
    public static SetupDelayModel scaled(SetupDelayModel model, double delayScale) {
        Check.positive("delayScale", delayScale);
        double[][] tau = model.setupTime();
        for (double[] row : tau) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= delayScale;
            }
        }
        return new SetupDelayModel(model.capacity(), model.arrivalRate(), tau);
    }

    /** Integrates (3) with setup times {@code delayScale * tau} from queues {@code q0} (empty if null). */
    public static DelayTrajectory simulate(SetupDelayModel model, double epsilon, double delayScale, double[] q0,
                                           double horizon, double step, double sampleStep) {
        Check.positive("epsilon", epsilon);
        Check.positive("delayScale", delayScale);
        Check.positive("horizon", horizon);
        Check.positive("step", step);
        Check.positive("sampleStep", sampleStep);
        int m = model.types();
        int n = model.pools();
        double minTau = Double.POSITIVE_INFINITY;
        double[][] tau = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                tau[i][j] = delayScale * model.tau(i, j);
                minTau = Math.min(minTau, tau[i][j]);
            }
        }
        if (step > minTau) {
            throw new InvalidParameterException("step", step, "must not exceed the shortest delay " + minTau);
        }
        SetupDelayModel scaled = scaled(model, delayScale);
        double[] y0 = q0 == null ? new double[n] : Check.nonNegative("initialQueues",
                Check.length("initialQueues", q0, n, "one per pool"));
        double[] qs = new double[n];
        double[] y = new double[n];
        double[] delta = new double[n];
        DelayIntegrator.DelaySystem sys = new DelayIntegrator.DelaySystem() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public void derivatives(double t, double[] q, DelayIntegrator.History past, double[] qDot) {
                for (int j = 0; j < n; j++) {
                    qDot[j] = -Math.min(q[j], model.c(j));
                }
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        double s = t - tau[i][j];
                        if (past.beforeStart(s)) {
                            continue; // nothing was dispatched before time 0
                        }
                        for (int k = 0; k < n; k++) {
                            qs[k] = past.value(s, k);
                            y[k] = tau[i][k] + Math.max(0.0, qs[k] / model.c(k) - 1.0);
                        }
                        // x_ij(s): the dispatcher decided at time s with the prices it saw then
                        SoftMin.fractions(epsilon, y, delta);
                        qDot[j] += model.r(i) * delta[j];
                    }
                }
            }
        };
        int every = Math.max(1, (int) Math.round(sampleStep / step));
        DelayIntegrator.Solution sol = DelayIntegrator.integrate(sys, 0, y0, (s, k) -> y0[k], horizon, step, every);
        double[][] queues = sol.states();
        double[][][] routing = new double[queues.length][][];
        for (int k = 0; k < queues.length; k++) {
            routing[k] = DualSolver.routing(scaled, epsilon, Trajectories.prices(model, queues[k]));
        }
        return new DelayTrajectory(epsilon, delayScale, sol.times(), queues, routing, sol.steps(),
                horizon / sol.steps());
    }
}
