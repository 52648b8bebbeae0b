package lbw.setupdelays;

import lbw.core.Check;
import lbw.core.Copies;
import lbw.numerics.WeightedSimplexProjection;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;

/**
 * Remark 4: the paper weights the proximal term, {@code (x_ij - gamma_ij z_ij)^2 / (2 gamma_ij)}, where the cited
 * theory uses {@code |X - Z|^2 / 2}. This class runs the unweighted rule, {@code x̄_i = argmin sum_j (tau_ij + nu_j)
 * x_ij + (x_ij - z_ij)^2 / 2} over the simplex of total {@code r_i}, in two closed loops:
 *
 * <ul>
 *   <li>{@link Loop#GRADIENT}: its own saddle-point flow {@code z' = x̄ - z}, {@code nu' = [sum_i x̄_ij - cap_j]^+};
 *   a gradient flow, it solves (21) too, but {@code z} settles at the rate {@code x*}, not at a setup population;</li>
 *   <li>{@link Loop#PHYSICAL}: fed with the physical setup queues (19), {@code z' = x̄ - gamma z}, as Section 5.3
 *   feeds the weighted rule. This is no longer a gradient flow, and its rest point keeps a nonzero proximal term
 *   ({@code z = tau x} makes {@code x - z = (1 - tau) x}), so the routing it settles on is not optimal unless every
 *   {@code tau_ij = 1}.</li>
 * </ul>
 * With the weight, both loops coincide with (24)/(26) ({@link SetupQueueDynamics#saddlePoint}).
 */
public final class ProximalWeights {

    private ProximalWeights() {
    }

    /** Which setup-queue dynamics the unweighted rule is closed with. */
    public enum Loop {
        /** {@code z' = x̄ - z}: the unweighted rule's own gradient flow. */
        GRADIENT,
        /** {@code z' = x̄ - gamma z}: the physical setup queues (19). */
        PHYSICAL
    }

    /**
     * The end of a run.
     *
     * @param loop      the closed loop
     * @param routing   {@code x̄(Z(T), nu(T))}
     * @param setup     {@code Z(T)}
     * @param prices    {@code nu(T)^+}
     * @param setupCost {@code sum tau_ij x̄_ij}: tasks in setup at the routing reached
     * @param drift     largest {@code |Z' |, |nu'|} at {@code T} (small: at rest)
     */
    public record End(Loop loop, double[][] routing, double[][] setup, double[] prices, double setupCost,
                      double drift) {

        /** Copies the arrays, so that the record is a value. */
        public End {
            routing = Copies.deep(routing);
            setup = Copies.deep(setup);
            prices = prices.clone();
        }

        @Override
        public double[][] routing() {
            return Copies.deep(routing);
        }

        @Override
        public double[][] setup() {
            return Copies.deep(setup);
        }

        @Override
        public double[] prices() {
            return prices.clone();
        }
    }

    /** Runs the unweighted rule in {@code loop} with capacities {@code cap} from rest to {@code horizon}. */
    public static End run(SetupDelayModel model, double[] cap, Loop loop, double horizon, OdeOptions options) {
        Check.positive("horizon", horizon);
        SetupQueueDynamics.checkTilde(model, cap);
        Field f = new Field(model, cap, loop);
        double[] y = new double[f.getDimension()];
        DormandPrince853Integrator integ = new DormandPrince853Integrator(1e-12, Math.max(1.0, horizon),
                options.absoluteTolerance(), options.relativeTolerance());
        integ.integrate(f, 0, y, horizon, y);
        double[] dy = new double[y.length];
        f.computeDerivatives(horizon, y, dy);
        double drift = 0;
        for (double v : dy) {
            drift = Math.max(drift, Math.abs(v));
        }
        int m = model.types();
        int n = model.pools();
        double[][] x = new double[m][n];
        double[][] z = new double[m][n];
        double[] nu = new double[n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                x[i][j] = f.x[i * n + j];
                z[i][j] = y[i * n + j];
            }
        }
        for (int j = 0; j < n; j++) {
            nu[j] = Math.max(0, y[m * n + j]);
        }
        return new End(loop, x, z, nu, DualSolver.setupCost(model, x), drift);
    }

    /** State {@code (Z row-major, nu)}; the routing of the last evaluation is kept in {@code x}. */
    private static final class Field implements FirstOrderDifferentialEquations {
        final SetupDelayModel model;
        final double[] cap;
        final Loop loop;
        final int m;
        final int n;
        final WeightedSimplexProjection proj;
        final double[] ones;
        final double[] a;
        final double[] x;

        Field(SetupDelayModel model, double[] cap, Loop loop) {
            this.model = model;
            this.cap = cap.clone();
            this.loop = loop;
            this.m = model.types();
            this.n = model.pools();
            this.proj = new WeightedSimplexProjection(n);
            this.ones = new double[n];
            java.util.Arrays.fill(ones, 1.0);
            this.a = new double[n];
            this.x = new double[m * n];
        }

        @Override
        public int getDimension() {
            return m * n + n;
        }

        @Override
        public void computeDerivatives(double t, double[] y, double[] yDot) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    a[j] = y[i * n + j] - model.tau(i, j) - Math.max(0, y[m * n + j]);
                }
                proj.project(a, 0, ones, 0, model.r(i), x, i * n);
            }
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    int k = i * n + j;
                    double decay = loop == Loop.GRADIENT ? 1.0 : model.gamma(i, j);
                    yDot[k] = x[k] - decay * y[k];
                }
            }
            for (int j = 0; j < n; j++) {
                double s = -cap[j];
                for (int i = 0; i < m; i++) {
                    s += x[i * n + j];
                }
                yDot[m * n + j] = y[m * n + j] > 0 || s > 0 ? s : 0.0;
            }
        }
    }
}
