package lbw.setupdelays;

import java.util.List;
import lbw.core.Check;
import lbw.core.Copies;
import lbw.core.InvalidParameterException;
import lbw.numerics.SoftMin;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * The border case excluded by Proposition 3: total arrival rate equal to total capacity, {@code sum r = sum c}.
 * {@link SetupDelayModel} refuses it (the theorems need strict feasibility), so this class carries its own validated
 * instance.
 *
 * <p>At full load every pool is saturated in equilibrium, the routing {@code X*} of (10) is still unique, but the
 * dual (14) is flat along {@code 1}: {@code D(mu + t 1) = D(mu) + t (sum r - sum c) = D(mu)}. So the prices are
 * {@code mu^ + K 1} for every {@code K >= 0} ({@code mu^} the maximizer with smallest entry 0, {@link #prices}) and
 * the equilibrium queues {@code q_j = c_j (1 + mu^_j + K)} form a half-line. Which one the myopic dynamics (9) reach
 * depends on the initial state: once every pool is above capacity, {@code (sum_j q_j)' = sum r - sum c = 0}, so the
 * total queue is conserved and fixes {@code K} ({@link #equilibriumForTotal}).
 */
public final class FullLoad {

    private FullLoad() {
    }

    /**
     * A full-load instance.
     *
     * @param capacity    {@code c_j > 0}
     * @param arrivalRate {@code r_i > 0}, summing to {@code sum c} (relative difference at most 1e-12)
     * @param setupTime   {@code tau_ij > 0}
     */
    public record Instance(double[] capacity, double[] arrivalRate, double[][] setupTime) {

        public Instance {
            capacity = Check.positive("capacity", capacity).clone();
            arrivalRate = Check.positive("arrivalRate", arrivalRate).clone();
            setupTime = Check.matrix("setupTime", setupTime, arrivalRate.length, capacity.length,
                    "one row per task type, one column per pool");
            for (int i = 0; i < setupTime.length; i++) {
                for (int j = 0; j < setupTime[i].length; j++) {
                    Check.positive("setupTime[" + i + "][" + j + "]", setupTime[i][j]);
                }
            }
            double r = SetupDelayModel.sum(arrivalRate);
            double c = SetupDelayModel.sum(capacity);
            if (Math.abs(r - c) > 1e-12 * c) {
                throw new InvalidParameterException("arrivalRate", "total arrival rate " + r
                        + " must equal the total capacity " + c + " (the border case of Proposition 3)");
            }
        }

        /** The model's setup times and capacities with the arrival rates scaled up to total {@code sum c}. */
        public static Instance saturating(SetupDelayModel model) {
            double[] r = model.arrivalRate();
            double scale = model.totalCapacity() / model.totalRate();
            for (int i = 0; i < r.length; i++) {
                r[i] *= scale;
            }
            double last = model.totalCapacity();
            for (int i = 0; i < r.length - 1; i++) {
                last -= r[i];
            }
            r[r.length - 1] = last;
            return new Instance(model.capacity(), r, model.setupTime());
        }

        @Override
        public double[] capacity() {
            return capacity.clone();
        }

        @Override
        public double[] arrivalRate() {
            return arrivalRate.clone();
        }

        @Override
        public double[][] setupTime() {
            return Trajectories.copy(setupTime);
        }
    }

    /**
     * The smallest dual maximizer and the Newton solve that found it.
     *
     * @param prices     {@code mu^}, a maximizer of (14) with {@code min_j mu^_j = 0}
     * @param routing    {@code X* = r_i delta(tau^i + mu^)}
     * @param residual   {@code max_j |sum_i x*_ij - c_j|} (the gradient (29))
     * @param iterations Newton iterations
     */
    public record Prices(double[] prices, double[][] routing, double residual, int iterations) {

        /** Copies the arrays, so that the record is a value. */
        public Prices {
            prices = prices.clone();
            routing = Copies.deep(routing);
        }

        @Override
        public double[] prices() {
            return prices.clone();
        }

        @Override
        public double[][] routing() {
            return Copies.deep(routing);
        }
    }

    /** The dual function (14) {@code sum_i r_i phi_eps(tau^i + mu) - sum_j c_j mu_j}. */
    public static double dualValue(Instance inst, double epsilon, double[] mu) {
        double[] y = new double[mu.length];
        double d = 0;
        for (int i = 0; i < inst.arrivalRate.length; i++) {
            for (int j = 0; j < y.length; j++) {
                y[j] = inst.setupTime[i][j] + mu[j];
            }
            d += inst.arrivalRate[i] * SoftMin.value(epsilon, y);
        }
        for (int j = 0; j < y.length; j++) {
            d -= inst.capacity[j] * mu[j];
        }
        return d;
    }

    /** The soft-min routing (9c) at prices {@code mu}. */
    public static double[][] routing(Instance inst, double epsilon, double[] mu) {
        int m = inst.arrivalRate.length;
        int n = mu.length;
        double[][] x = new double[m][n];
        double[] y = new double[n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                y[j] = inst.setupTime[i][j] + mu[j];
            }
            SoftMin.fractions(epsilon, y, x[i]);
            for (int j = 0; j < n; j++) {
                x[i][j] *= inst.arrivalRate[i];
            }
        }
        return x;
    }

    /**
     * Maximizes (14) over the prices of pools {@code 1..n-1} relative to pool {@code n} (the flat direction {@code 1}
     * removed) by Levenberg-Marquardt-damped Newton steps {@code (-H + lambda I) d = grad D}: the damping grows
     * while a step fails to raise {@code D} and shrinks after a success, so far from the optimum (where the soft-min
     * is saturated and the Hessian nearly vanishes) the steps are gradient steps and near it Newton steps. Then the
     * prices are shifted to smallest entry 0. Stops when the gradient (29) is below {@code 1e-10 sum c}; the result
     * reports the residual it reached.
     */
    public static Prices prices(Instance inst, double epsilon) {
        Check.positive("epsilon", epsilon);
        int n = inst.capacity.length;
        double[] mu = new double[n];
        double tol = 1e-10 * SetupDelayModel.sum(inst.capacity);
        int it = 0;
        double damping = 1;
        double[] g = gradient(inst, epsilon, mu);
        double d0 = dualValue(inst, epsilon, mu);
        while (maxAbs(g) > tol && it < 10_000 && n > 1 && damping < 1e30) {
            it++;
            double[][] x = routing(inst, epsilon, mu);
            Array2DRowRealMatrix a = new Array2DRowRealMatrix(n - 1, n - 1);
            for (int i = 0; i < x.length; i++) {
                double r = inst.arrivalRate[i];
                for (int j = 0; j < n - 1; j++) {
                    a.addToEntry(j, j, x[i][j] / epsilon);
                    for (int k = 0; k < n - 1; k++) {
                        a.addToEntry(j, k, -x[i][j] * x[i][k] / (r * epsilon));
                    }
                }
            }
            for (int j = 0; j < n - 1; j++) {
                a.addToEntry(j, j, damping);
            }
            RealVector step = new CholeskyDecomposition(a, 1e-300, 0).getSolver()
                    .solve(new ArrayRealVector(java.util.Arrays.copyOf(g, n - 1)));
            double[] trial = mu.clone();
            for (int j = 0; j < n - 1; j++) {
                trial[j] += step.getEntry(j);
            }
            double d1 = dualValue(inst, epsilon, trial);
            if (d1 > d0) {
                mu = trial;
                d0 = d1;
                g = gradient(inst, epsilon, mu);
                damping = Math.max(1e-12, damping / 10);
            } else {
                damping *= 10;
            }
        }
        double min = Double.POSITIVE_INFINITY;
        for (double v : mu) {
            min = Math.min(min, v);
        }
        for (int j = 0; j < n; j++) {
            mu[j] -= min;
        }
        return new Prices(mu, routing(inst, epsilon, mu), maxAbs(gradient(inst, epsilon, mu)), it);
    }

    /**
     * The equilibrium queues {@code q_j = c_j (1 + mu^_j + K)} whose total is {@code total}; refused when
     * {@code total} is below the smallest equilibrium total {@code sum_j c_j (1 + mu^_j)} ({@code K < 0}).
     */
    public static double[] equilibriumForTotal(Instance inst, Prices p, double total) {
        double base = 0;
        double c = 0;
        double[] mu = p.prices();
        for (int j = 0; j < inst.capacity.length; j++) {
            base += inst.capacity[j] * (1 + mu[j]);
            c += inst.capacity[j];
        }
        double k = (total - base) / c;
        if (k < -1e-9) {
            throw new InvalidParameterException("total", total, "is below the smallest equilibrium total " + base);
        }
        double[] q = new double[inst.capacity.length];
        for (int j = 0; j < q.length; j++) {
            q[j] = inst.capacity[j] * (1 + mu[j] + Math.max(0, k));
        }
        return q;
    }

    /**
     * A run of the myopic dynamics (9) on the full-load instance.
     *
     * @param times          sample times
     * @param queues         {@code q_j(t)}
     * @param allSaturatedAt first sample time from which every pool stays above capacity (NaN if never)
     * @param kinks          capacity crossings handled as events
     */
    public record Run(double[] times, double[][] queues, double allSaturatedAt, int kinks) {

        /** Copies the arrays, so that the record is a value. */
        public Run {
            times = times.clone();
            queues = Copies.deep(queues);
        }

        @Override
        public double[] times() {
            return times.clone();
        }

        @Override
        public double[][] queues() {
            return Copies.deep(queues);
        }

        public double[] finalQueues() {
            return queues[queues.length - 1].clone();
        }

        /** Total queue at the last sample. */
        public double finalTotal() {
            return SetupDelayModel.sum(queues[queues.length - 1]);
        }
    }

    /**
     * Integrates (9) on the instance from {@code q0} to {@code horizon} (same event-driven integrator as (9)).
     *
     * <p>The total queue never decreases at full load ({@code (sum q)' = sum c - sum_j min(q_j, c_j) >= 0}), so a
     * start whose total exceeds the smallest equilibrium total {@code sum_j c_j (1 + mu^_j)} ends on an equilibrium
     * with {@code K > 0}, strictly above capacity. Smaller totals are refused: their paths may end with the cheapest
     * pool exactly at capacity, where the kink of {@code min(q_j, c_j)} is approached forever (events without end).
     */
    public static Run simulate(Instance inst, double epsilon, Prices prices, double[] q0, double horizon,
                               OdeOptions options) {
        Check.positive("epsilon", epsilon);
        Check.positive("horizon", horizon);
        int n = inst.capacity.length;
        double[] y0 = Check.nonNegative("initialQueues", Check.length("initialQueues", q0, n, "one per pool"));
        double smallest = 0;
        double[] mu = prices.prices();
        for (int j = 0; j < n; j++) {
            smallest += inst.capacity[j] * (1 + mu[j]);
        }
        double total = SetupDelayModel.sum(y0);
        if (!(total > smallest * (1 + 1e-6))) {
            throw new InvalidParameterException("initialQueues", "total " + total + " must exceed the smallest "
                    + "equilibrium total " + smallest + " (otherwise the path ends on the kink q_j = c_j)");
        }
        MyopicDynamics.Field field = new MyopicDynamics.Field(inst.capacity, inst.arrivalRate, inst.setupTime,
                epsilon);
        Sampler sampler = new Sampler();
        int kinks = MyopicDynamics.integrate(field, y0, horizon, options, sampler, "myopic fluid dynamics at full load");
        List<double[]> st = sampler.states;
        double[] times = new double[st.size()];
        double[][] q = new double[st.size()][];
        int firstAllSaturated = -1;
        for (int s = 0; s < times.length; s++) {
            times[s] = sampler.times.get(s);
            q[s] = st.get(s);
            boolean all = true;
            for (int j = 0; j < n; j++) {
                all &= q[s][j] > inst.capacity[j];
            }
            if (!all) {
                firstAllSaturated = -1;
                continue;
            } else if (firstAllSaturated < 0) {
                firstAllSaturated = s;
            }
        }
        return new Run(times, q, firstAllSaturated < 0 ? Double.NaN : times[firstAllSaturated], kinks);
    }

    private static double[] gradient(Instance inst, double epsilon, double[] mu) {
        double[][] x = routing(inst, epsilon, mu);
        double[] g = new double[mu.length];
        for (int j = 0; j < g.length; j++) {
            g[j] = -inst.capacity[j];
            for (double[] row : x) {
                g[j] += row[j];
            }
        }
        return g;
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }
}
