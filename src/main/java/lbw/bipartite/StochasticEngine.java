package lbw.bipartite;

/**
 * The discrete-time stochastic system of Sections 3-5 at scale {@code c}, on flat primitive arrays (CSR adjacency,
 * an inline SplitMix64 generator, inversion Poisson sampling). One {@link #step()}:
 * <ol>
 * <li>every backend b draws its departures {@code D_b = floor(m) + Bernoulli(m - floor(m))}, capped at
 * {@code N_b}, with mean {@code m = l_b(N_b / c)} (exactly the paper's Bernoulli departures when
 * {@code m <= 1}; the cap only binds when {@code m > N_b - 1}), and its routing index from the same state;</li>
 * <li>every frontend f in index order draws {@code W_f ~ Poisson(lambda_f)} and sends all of them to the backend
 * its rule picks from the start-of-period state (GMSR: greatest {@code l_b'(N_b / c)}, ties uniformly at
 * random by reservoir sampling).</li>
 * </ol>
 * So {@code N_b(n+1) = N_b(n) + sum_f A_fb(n) - D_b(n)} with {@code E[A_fb] = lambda_f x_fb},
 * {@code x_f in X_f(N(n)/c)}. Random draws happen in a fixed order, so a seed fixes the path bit for bit.
 */
public final class StochasticEngine {

    private static final int SATURATING = 0;
    private static final int EXPONENTIAL = 1;
    private static final int OTHER = 2;

    private final int nf;
    private final int nb;
    private final int[] fStart;
    private final int[] fAdj;
    private final double[] lambda;
    private final double[] expNeg;
    private final int[] chunks;
    private final int[] kind;
    private final double[] p1;
    private final double[] p2;
    private final ServiceRate[] rates;
    private final RoutingRule rule;
    private final double invC;
    private final int[] n;
    private final double[] index;
    private long state;
    private long steps;

    /**
     * @param initial initial normalised workloads {@code N_b(0) / c} (rounded to whole jobs)
     */
    public StochasticEngine(BipartiteModel m, RoutingRule rule, double scale, double[] initial, long seed) {
        lbw.core.Check.positive("scale", scale);
        lbw.core.Check.length("initialWorkload", initial, m.backends(), "one per backend");
        BipartiteModel.Graph g = m.graph();
        nf = g.nf();
        nb = g.nb();
        fStart = g.fStart();
        fAdj = g.fAdj();
        lambda = m.arrivalRate();
        expNeg = new double[nf];
        chunks = new int[nf];
        for (int f = 0; f < nf; f++) {
            chunks[f] = (int) Math.ceil(lambda[f] / 20.0);
            expNeg[f] = Math.exp(-lambda[f] / chunks[f]);
        }
        kind = new int[nb];
        p1 = new double[nb];
        p2 = new double[nb];
        rates = new ServiceRate[nb];
        for (int b = 0; b < nb; b++) {
            ServiceRate l = m.rate(b);
            rates[b] = l;
            if (l instanceof ServiceRate.Saturating s) {
                kind[b] = SATURATING;
                p1[b] = s.max();
                p2[b] = s.half();
            } else if (l instanceof ServiceRate.Exponential e) {
                kind[b] = EXPONENTIAL;
                p1[b] = e.max();
                p2[b] = e.scale();
            } else {
                kind[b] = OTHER;
            }
        }
        this.rule = rule;
        this.invC = 1.0 / scale;
        n = new int[nb];
        for (int b = 0; b < nb; b++) {
            lbw.core.Check.nonNegative("initialWorkload[" + b + "]", initial[b]);
            double v = Math.rint(initial[b] * scale);
            if (v > Integer.MAX_VALUE / 2) {
                throw new lbw.core.InvalidParameterException("initialWorkload[" + b + "]", initial[b],
                        "times the scale " + scale + " is too many jobs");
            }
            n[b] = (int) v;
        }
        index = new double[nb];
        state = seed;
    }

    private long nextLong() {
        long z = (state += 0x9e3779b97f4a7c15L);
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    private int poisson(int f) {
        int total = 0;
        double l = lambda[f] / chunks[f];
        double p0 = expNeg[f];
        for (int c = 0; c < chunks[f]; c++) {
            double u = nextDouble();
            double p = p0;
            double cdf = p;
            int k = 0;
            while (u > cdf && k < 10_000) {
                k++;
                p *= l / k;
                cdf += p;
            }
            total += k;
        }
        return total;
    }

    /** Advances one period of physical length 1/c. */
    public void step() {
        final int[] n = this.n;
        final double invC = this.invC;
        final RoutingRule.Kind rk = rule.kind();
        for (int b = 0; b < nb; b++) {
            double y = n[b] * invC;
            double mean;
            double idx;
            switch (kind[b]) {
                case SATURATING -> {
                    double d = y + p2[b];
                    mean = p1[b] * y / d;
                    idx = switch (rk) {
                        case GMSR -> p1[b] * p2[b] / (d * d);
                        case LATENCY -> -d / p1[b];
                        default -> -n[b];
                    };
                }
                case EXPONENTIAL -> {
                    double e = Math.exp(-y / p2[b]);
                    mean = p1[b] * (1 - e);
                    idx = switch (rk) {
                        case GMSR -> p1[b] / p2[b] * e;
                        case LATENCY -> y > 0 ? -y / mean : -p2[b] / p1[b];
                        default -> -n[b];
                    };
                }
                default -> {
                    ServiceRate l = rates[b];
                    mean = l.value(y);
                    idx = switch (rk) {
                        case GMSR -> l.derivative(y);
                        case LATENCY -> -l.latency(y);
                        default -> -n[b];
                    };
                }
            }
            index[b] = idx;
            if (mean > 0) {
                double fl = Math.floor(mean);
                int dep = (int) fl + (nextDouble() < mean - fl ? 1 : 0);
                n[b] -= Math.min(dep, n[b]);
            }
        }
        final double[] index = this.index;
        final int[] fStart = this.fStart;
        final int[] fAdj = this.fAdj;
        for (int f = 0; f < nf; f++) {
            int w = poisson(f);
            if (w == 0) {
                continue;
            }
            int lo = fStart[f];
            int hi = fStart[f + 1];
            int pick;
            if (rk == RoutingRule.Kind.RANDOM) {
                pick = fAdj[lo + (int) (nextDouble() * (hi - lo))];
            } else if (rk == RoutingRule.Kind.POWER_OF_D) {
                pick = fAdj[lo + (int) (nextDouble() * (hi - lo))];
                for (int s = 1; s < rule.d(); s++) {
                    int c = fAdj[lo + (int) (nextDouble() * (hi - lo))];
                    if (n[c] < n[pick]) {
                        pick = c;
                    }
                }
            } else {
                pick = fAdj[lo];
                double best = index[pick];
                int ties = 1;
                for (int k = lo + 1; k < hi; k++) {
                    int b = fAdj[k];
                    double v = index[b];
                    if (v > best) {
                        best = v;
                        pick = b;
                        ties = 1;
                    } else if (v == best) {
                        ties++;
                        if (nextDouble() * ties < 1.0) {
                            pick = b;
                        }
                    }
                }
            }
            n[pick] += w;
        }
        steps++;
    }

    /** Advances {@code k} periods. */
    public void run(long k) {
        for (long i = 0; i < k; i++) {
            step();
        }
    }

    /** N_b (whole jobs). */
    public int workload(int b) {
        return n[b];
    }

    /** Copy of N_b / c. */
    public double[] normalized() {
        double[] y = new double[nb];
        for (int b = 0; b < nb; b++) {
            y[b] = n[b] * invC;
        }
        return y;
    }

    /** Sum_b N_b. */
    public long totalJobs() {
        long s = 0;
        for (int v : n) {
            s += v;
        }
        return s;
    }

    /** Periods simulated so far. */
    public long steps() {
        return steps;
    }

    /** Number of backends. */
    public int backends() {
        return nb;
    }

    /** Number of frontends. */
    public int frontends() {
        return nf;
    }
}
