package lbw.setupdelays;

import java.util.Arrays;
import java.util.List;
import lbw.core.Check;
import lbw.core.InvalidParameterException;
import lbw.numerics.SoftMin;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince54Integrator;

/**
 * The fluid model with setup queues (19)-(20) under two routing policies, integrated with Commons Math's
 * Dormand-Prince 5(4). State layout: {@code q} (n), {@code z} (m*n, row-major), {@code nu} (n).
 *
 * <p>Why fifth order and not Dormand-Prince 8(5,3): the proximal field has a Lipschitz kink wherever a routing rate
 * reaches 0, and with {@code m n} rates such kinks are crossed at almost every step of a large system. Across a kink
 * the local error of any Runge-Kutta method is second order, so the step size is set by the kinks, not by the
 * method's order, and the cheaper step wins: at {@code m = n = 100} to {@code t = 60}, 13,706 field evaluations
 * instead of 62,735 (4.5 times less CPU), with final queues within 2.3e-6 of each other; on the 2 x 2 Figure 1
 * scenario the two agree to 1e-9.
 *
 * <ul>
 *   <li>{@link #proximal}: the combined dynamics (26): {@code q_j' = sum_i gamma_ij z_ij - min(q_j, c_j)},
 *   {@code z_ij' = x̄_ij(Z, nu) - gamma_ij z_ij}, {@code nu_j' = [sum_i x̄_ij - c~_j]^+_{nu_j}} (virtual queues).
 *   The projection {@code [.]^+_nu} is applied in the field ({@code nu_j' = 0} when {@code nu_j <= 0} and the
 *   gradient is negative), and the dispatchers route on {@code nu^+}, so the multipliers they use are never
 *   negative; the integrated state can undershoot 0 by at most the local error of the step where a queue empties,
 *   which the trajectory reports ({@link SetupQueueTrajectory#virtualQueueUndershoot()}). (Event-located clamping
 *   was tried first: on degenerate instances with {@code sum_i x̄_ij = c~_j} at {@code nu_j = 0} it chattered.)
 *   The active-set changes of the projection (a routing rate reaching 0) are Lipschitz kinks left to the
 *   step-size control.</li>
 *   <li>{@link #myopic}: the soft-min rule (9b)-(9c) applied to the setup-queue model (the "lag" version of the
 *   pure-delay model (3)); {@code nu} is unused and stays 0.</li>
 * </ul>
 * In both, the kink of {@code min(q_j, c_j)} (and of {@code mu_j(q)}) is handled by mode switching at events.
 */
public final class SetupQueueDynamics {

    private SetupQueueDynamics() {
    }

    /** Dynamics (26) from empty setup queues, {@code nu = 0} and pool queues {@code q0} (empty if null). */
    public static SetupQueueTrajectory proximal(SetupDelayModel model, double[] cTilde, double[] q0, double horizon,
                                                OdeOptions options) {
        checkTilde(model, cTilde);
        return run(model, new Field(model, cTilde, Double.NaN), q0, null, horizon, options, "proximal");
    }

    /**
     * The saddle-point dynamics (24) of problem (21) with the capacities {@code cap} in (24b), coupled with the pool
     * queues (20), from the state {@code (q0, z0, nu0)} (each zero if null). With {@code cap = c~ < c} this is (26);
     * with {@code cap = c} it is the untightened dynamics of Section 5.4, whose pool queues keep a memory of the
     * initial state. {@code cap} needs positive entries with {@code sum r < sum cap} (a saddle point exists); unlike
     * {@link #proximal} it may equal (or exceed) {@code c}.
     */
    public static SetupQueueTrajectory saddlePoint(SetupDelayModel model, double[] cap, double[] q0, double[][] z0,
                                                   double[] nu0, double horizon, OdeOptions options) {
        Check.positive("capacity", Check.length("capacity", cap, model.pools(), "one capacity per pool"));
        double s = 0;
        for (double v : cap) {
            s += v;
        }
        if (!(model.totalRate() < s)) {
            throw new InvalidParameterException("capacity", "capacities sum to " + s
                    + ", which must exceed the total arrival rate " + model.totalRate() + " (strict feasibility)");
        }
        double[] extra = new double[model.types() * model.pools() + model.pools()];
        if (z0 != null) {
            Check.matrix("initialSetupQueues", z0, model.types(), model.pools(), "one row per type, one column per pool");
            for (int i = 0; i < model.types(); i++) {
                System.arraycopy(Check.nonNegative("initialSetupQueues[" + i + "]", z0[i]), 0, extra,
                        i * model.pools(), model.pools());
            }
        }
        if (nu0 != null) {
            Check.nonNegative("initialPrices", Check.length("initialPrices", nu0, model.pools(), "one per pool"));
            System.arraycopy(nu0, 0, extra, model.types() * model.pools(), model.pools());
        }
        return run(model, new Field(model, cap, Double.NaN), q0, extra, horizon, options, "proximal");
    }

    /** Myopic soft-min routing on the setup-queue model. */
    public static SetupQueueTrajectory myopic(SetupDelayModel model, double epsilon, double[] q0, double horizon,
                                              OdeOptions options) {
        Check.positive("epsilon", epsilon);
        return run(model, new Field(model, null, epsilon), q0, null, horizon, options, "myopic");
    }

    /** Checks Theorem 6's conditions on {@code c~}: {@code 0 < c~_j < c_j}, {@code sum r < sum c~}. */
    public static void checkTilde(SetupDelayModel model, double[] cTilde) {
        Check.length("capacityMargin", cTilde, model.pools(), "one tightened capacity per pool");
        double s = 0;
        for (int j = 0; j < cTilde.length; j++) {
            Check.openInterval("capacityMargin[" + j + "]", cTilde[j], 0, model.c(j));
            s += cTilde[j];
        }
        if (!(model.totalRate() < s)) {
            throw new InvalidParameterException("capacityMargin", "tightened capacities sum to " + s
                    + ", which must exceed the total arrival rate " + model.totalRate() + " (Theorem 6)");
        }
    }

    /** Integrates {@code field} from pool queues {@code q0} and, if not null, setup queues and prices {@code zNu0}. */
    private static SetupQueueTrajectory run(SetupDelayModel model, Field field, double[] q0, double[] zNu0,
                                            double horizon, OdeOptions options, String policy) {
        Check.positive("horizon", horizon);
        int m = model.types();
        int n = model.pools();
        int dim = field.getDimension();
        double[] y0 = new double[dim];
        if (q0 != null) {
            Check.nonNegative("initialQueues", Check.length("initialQueues", q0, n, "one per pool"));
            System.arraycopy(q0, 0, y0, 0, n);
        }
        if (zNu0 != null) {
            System.arraycopy(zNu0, 0, y0, n, zNu0.length);
        }
        KinkModes.initialize(field.saturated, model, field, y0);
        DormandPrince54Integrator integ = new DormandPrince54Integrator(1e-12, Math.max(1.0, horizon),
                options.absoluteTolerance(), options.relativeTolerance());
        KinkDetector kinks = new KinkDetector(model.capacity(), field.saturated).addTo(integ, horizon);
        Sampler sampler = new Sampler();
        double[] y = y0.clone();
        sampler.integrate(integ, field, y, horizon, options.sampleStep(), "setup-queue fluid dynamics");
        List<double[]> st = sampler.states;
        int k = st.size();
        double[] times = new double[k];
        double[][] queues = new double[k][];
        double[][][] setup = new double[k][m][n];
        double[][][] routing = new double[k][m][n];
        double[][] prices = new double[k][];
        double[] x = new double[m * n];
        double undershoot = 0;
        for (int s = 0; s < k; s++) {
            times[s] = sampler.times.get(s);
            double[] ys = st.get(s);
            queues[s] = Arrays.copyOf(ys, n);
            for (int i = 0; i < m; i++) {
                System.arraycopy(ys, n + i * n, setup[s][i], 0, n);
            }
            if (field.proximal) {
                prices[s] = new double[n];
                for (int j = 0; j < n; j++) {
                    undershoot = Math.max(undershoot, -ys[field.nuAt + j]);
                    prices[s][j] = Math.max(0.0, ys[field.nuAt + j]);
                }
                field.routing.route(ys, n, prices[s], 0, x, 0);
                for (int i = 0; i < m; i++) {
                    System.arraycopy(x, i * n, routing[s][i], 0, n);
                }
            } else {
                prices[s] = Trajectories.prices(model, queues[s]);
                routing[s] = DualSolver.routing(model, field.eps, prices[s]);
            }
        }
        return new SetupQueueTrajectory(policy, times, queues, setup, routing, prices, integ.getEvaluations(),
                kinks.switches(), undershoot);
    }

    /** The field in the current modes. */
    static final class Field implements FirstOrderDifferentialEquations {
        final SetupDelayModel model;
        final double[] cTilde;
        final double eps;
        final boolean proximal;
        final int m;
        final int n;
        final int nuAt;
        final boolean[] saturated;
        final double[] nuPlus;
        final ProximalRouting routing;
        final double[] x;
        final double[] mu;
        final double[] yi;
        final double[] delta;
        final double[] gamma;

        Field(SetupDelayModel model, double[] cTilde, double eps) {
            this.model = model;
            this.cTilde = cTilde == null ? null : cTilde.clone();
            this.eps = eps;
            this.proximal = cTilde != null;
            this.m = model.types();
            this.n = model.pools();
            this.nuAt = n + m * n;
            this.saturated = new boolean[n];
            this.routing = proximal ? new ProximalRouting(model) : null;
            this.x = new double[m * n];
            this.mu = new double[n];
            this.yi = new double[n];
            this.delta = new double[n];
            this.gamma = new double[m * n];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    gamma[i * n + j] = model.gamma(i, j);
                }
            }
            this.nuPlus = new double[n];
        }

        @Override
        public int getDimension() {
            return n + m * n + n;
        }

        @Override
        public void computeDerivatives(double t, double[] y, double[] yDot) {
            if (proximal) {
                for (int j = 0; j < n; j++) {
                    nuPlus[j] = Math.max(0.0, y[nuAt + j]);
                }
                routing.route(y, n, nuPlus, 0, x, 0);
            } else {
                for (int j = 0; j < n; j++) {
                    mu[j] = saturated[j] ? y[j] / model.c(j) - 1.0 : 0.0;
                }
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        yi[j] = model.tau(i, j) + mu[j];
                    }
                    SoftMin.fractions(eps, yi, delta);
                    double r = model.r(i);
                    for (int j = 0; j < n; j++) {
                        x[i * n + j] = r * delta[j];
                    }
                }
            }
            for (int j = 0; j < n; j++) {
                yDot[j] = -(saturated[j] ? model.c(j) : y[j]);
            }
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    int k = i * n + j;
                    double done = gamma[k] * y[n + k];
                    yDot[n + k] = x[k] - done;
                    yDot[j] += done;
                }
            }
            for (int j = 0; j < n; j++) {
                if (proximal) {
                    double s = -cTilde[j];
                    for (int i = 0; i < m; i++) {
                        s += x[i * n + j];
                    }
                    yDot[nuAt + j] = y[nuAt + j] > 0 || s > 0 ? s : 0.0;
                } else {
                    yDot[nuAt + j] = 0.0;
                }
            }
        }
    }
}
