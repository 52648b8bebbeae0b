package lbw.setupdelays;

import lbw.core.Check;
import lbw.core.Work;
import lbw.numerics.SoftMin;
import org.apache.commons.math3.random.Well19937c;

/**
 * The finite-size stochastic system whose fluid limits are (9) and (26), scaled by {@code k}: type-{@code i} tasks
 * arrive as Poisson processes of rate {@code k r_i}; pool {@code j} has {@code k c_j} unit-rate servers (departure
 * rate {@code min(Q_j, k c_j)}); each dispatcher routes every arriving task at random with the probabilities its rule
 * gives on the observed, scaled state. Simulated exactly (Gillespie) with a seeded {@link Well19937c}.
 *
 * <ul>
 *   <li>{@link #myopic}: routing probabilities {@code delta_ij(mu(Q/k))}; tasks join the pool at once, as in (2).</li>
 *   <li>{@link #proximal}: probabilities {@code x̄_ij(Z/k, nu) / r_i}; tasks spend an exponential setup of rate
 *   {@code gamma_ij} (an M/M/inf stage) before joining the pool; pool {@code j} keeps a virtual queue
 *   {@code nu_j} that rises by {@code 1/k} per assigned task and drains at rate {@code c~_j} while positive.</li>
 * </ul>
 */
public final class StochasticSystem {

    /** Events between two progress reports (a power of two minus 1). */
    private static final long EVENTS_PER_CHECK = (1 << 14) - 1;

    private StochasticSystem() {
    }

    /** Myopic soft-min routing on the system without setup stages (fluid limit (9)). */
    public static StochasticTrajectory myopic(SetupDelayModel model, double epsilon, double scale, double horizon,
                                              double sampleStep, long seed) {
        Check.positive("epsilon", epsilon);
        return run(model, scale, horizon, sampleStep, seed, epsilon, null);
    }

    /** Proximal routing with virtual queues on the system with setup stages (fluid limit (26)). */
    public static StochasticTrajectory proximal(SetupDelayModel model, double[] cTilde, double scale, double horizon,
                                                double sampleStep, long seed) {
        SetupQueueDynamics.checkTilde(model, cTilde);
        return run(model, scale, horizon, sampleStep, seed, Double.NaN, cTilde.clone());
    }

    private static StochasticTrajectory run(SetupDelayModel model, double k, double horizon, double sampleStep,
                                            long seed, double eps, double[] cTilde) {
        Check.positive("scale", k);
        Check.positive("horizon", horizon);
        Check.positive("sampleStep", sampleStep);
        boolean proximal = cTilde != null;
        int m = model.types();
        int n = model.pools();
        Well19937c rng = new Well19937c(seed);
        long[] q = new long[n];
        long[] z = new long[m * n];
        double[] nu = new double[n];
        double[] zs = new double[m * n];
        double[] x = new double[n];
        double[] y = new double[n];
        ProximalRouting rule = proximal ? new ProximalRouting(model) : null;
        double arrivalRate = k * model.totalRate();
        int samples = (int) Math.floor(horizon / sampleStep + 1e-9) + 1;
        double[] times = new double[samples];
        double[][] queues = new double[samples][n];
        double[][][] setup = new double[samples][m][n];
        double[][] prices = new double[samples][n];
        int next = 0;
        double t = 0;
        long events = 0;
        try (Work work = Work.start((proximal ? "proximal" : "myopic") + " stochastic system", samples, "samples")) {
            while (next < samples) {
                if ((events & EVENTS_PER_CHECK) == 0) {
                    work.advanceTo(next);
                }
                double setupRate = 0;
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        setupRate += model.gamma(i, j) * z[i * n + j];
                    }
                }
                double serviceRate = 0;
                for (int j = 0; j < n; j++) {
                    serviceRate += Math.min(q[j], k * model.c(j));
                }
                double total = arrivalRate + setupRate + serviceRate;
                double dt = -Math.log(1.0 - rng.nextDouble()) / total;
                double tNext = t + dt;
                while (next < samples && next * sampleStep <= tNext) {
                    double ts = next * sampleStep;
                    times[next] = ts;
                    for (int j = 0; j < n; j++) {
                        queues[next][j] = q[j] / k;
                        double nuNow = proximal ? Math.max(0.0, nu[j] - cTilde[j] * (ts - t)) : Math.max(0.0, q[j] / k
                                / model.c(j) - 1.0);
                        prices[next][j] = nuNow;
                    }
                    for (int i = 0; i < m; i++) {
                        for (int j = 0; j < n; j++) {
                            setup[next][i][j] = z[i * n + j] / k;
                        }
                    }
                    next++;
                }
                if (next >= samples) {
                    break;
                }
                if (proximal) {
                    for (int j = 0; j < n; j++) {
                        nu[j] = Math.max(0.0, nu[j] - cTilde[j] * dt);
                    }
                }
                t = tNext;
                events++;
                double u = rng.nextDouble() * total;
                if (u < arrivalRate) {
                    // an arrival: pick its type, then its pool with the rule's probabilities
                    double v = u / k;
                    int i = 0;
                    while (i < m - 1 && v >= model.r(i)) {
                        v -= model.r(i);
                        i++;
                    }
                    if (proximal) {
                        for (int j = 0; j < n; j++) {
                            zs[j] = z[i * n + j] / k;
                        }
                        rule.routeType(i, zs, 0, nu, 0, x, 0);
                    } else {
                        for (int j = 0; j < n; j++) {
                            y[j] = model.tau(i, j) + Math.max(0.0, q[j] / k / model.c(j) - 1.0);
                        }
                        SoftMin.fractions(eps, y, x);
                        for (int j = 0; j < n; j++) {
                            x[j] *= model.r(i);
                        }
                    }
                    double w = rng.nextDouble() * model.r(i);
                    int j = 0;
                    while (j < n - 1 && w >= x[j]) {
                        w -= x[j];
                        j++;
                    }
                    while (j > 0 && x[j] <= 0) {
                        j--; // never route to a pool with zero rate because of round-off at the end of the scan
                    }
                    if (proximal) {
                        z[i * n + j]++;
                        nu[j] += 1.0 / k;
                    } else {
                        q[j]++;
                    }
                    continue;
                }
                u -= arrivalRate;
                if (u < setupRate) {
                    int cell = m * n - 1;
                    for (int c = 0; c < m * n; c++) {
                        double r = model.gamma(c / n, c % n) * z[c];
                        if (u < r) {
                            cell = c;
                            break;
                        }
                        u -= r;
                    }
                    while (z[cell] == 0) {
                        cell--;
                    }
                    z[cell]--;
                    q[cell % n]++;
                    continue;
                }
                u -= setupRate;
                int pool = n - 1;
                for (int j = 0; j < n; j++) {
                    double r = Math.min(q[j], k * model.c(j));
                    if (u < r) {
                        pool = j;
                        break;
                    }
                    u -= r;
                }
                while (q[pool] == 0) {
                    pool--;
                }
                q[pool]--;
            }
            work.summary(String.format(java.util.Locale.ROOT, "%s stochastic system at scale %.6g: %d events to t = %.6g in %s",
                    proximal ? "proximal" : "myopic", k, events, horizon, Work.seconds(work.elapsed())));
        }
        return new StochasticTrajectory(proximal ? "proximal" : "myopic", k, seed, times, queues, setup, prices, events);
    }
}
