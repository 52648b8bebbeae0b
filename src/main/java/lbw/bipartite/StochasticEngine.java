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
 * random).</li>
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
    private final double[] chunkMean;
    /** Per frontend, the Poisson CDF of one chunk at 0..3 (read in frontend order, so it streams from memory). */
    private final double[] head4;
    /** Cap on one chunk's draw (mean <= 20): P(Poisson(20) > 200) is far below 1e-100. */
    private static final int MAX_K = 200;
    private static final double[] INVERSE = new double[MAX_K + 1];

    static {
        for (int k = 1; k <= MAX_K; k++) {
            INVERSE[k] = 1.0 / k;
        }
    }
    /** Backends of each family, so that the per-step loops do not branch on the family. */
    private final int[] saturating;
    private final int[] exponential;
    private final int[] other;
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
        chunkMean = new double[nf];
        head4 = new double[4 * nf];
        for (int f = 0; f < nf; f++) {
            chunks[f] = (int) Math.ceil(lambda[f] / 20.0);
            chunkMean[f] = lambda[f] / chunks[f];
            expNeg[f] = Math.exp(-chunkMean[f]);
            double p = expNeg[f];
            double acc = p;
            head4[4 * f] = acc;
            for (int k = 1; k < 4; k++) {
                p *= chunkMean[f] * INVERSE[k];
                acc += p;
                head4[4 * f + k] = acc;
            }
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
        int ns = 0;
        int ne = 0;
        for (int b = 0; b < nb; b++) {
            if (kind[b] == SATURATING) {
                ns++;
            } else if (kind[b] == EXPONENTIAL) {
                ne++;
            }
        }
        saturating = new int[ns];
        exponential = new int[ne];
        other = new int[nb - ns - ne];
        int is = 0;
        int ie = 0;
        int io = 0;
        for (int b = 0; b < nb; b++) {
            if (kind[b] == SATURATING) {
                saturating[is++] = b;
            } else if (kind[b] == EXPONENTIAL) {
                exponential[ie++] = b;
            } else {
                other[io++] = b;
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

    /**
     * Poisson(lambda_f) by sequential inversion, {@code p_k = p_(k-1) * l / k} with a table of 1/k (no division),
     * as a sum of chunks of mean at most 20; the first four CDF values are precomputed per frontend and compared
     * without branches.
     */
    private int poisson(int f) {
        int total = 0;
        final double l = chunkMean[f];
        final double[] inv = INVERSE;
        final int h = 4 * f;
        final double c0 = head4[h];
        final double c1 = head4[h + 1];
        final double c2 = head4[h + 2];
        final double c3 = head4[h + 3];
        for (int c = chunks[f]; c > 0; c--) {
            double u = nextDouble();
            // branch-free count of the first CDF values below u; the same k as sequential inversion
            int k = (u > c0 ? 1 : 0) + (u > c1 ? 1 : 0) + (u > c2 ? 1 : 0) + (u > c3 ? 1 : 0);
            if (k == 4) {
                // continue the sequential inversion from k = 3 exactly as before
                double acc = c3;
                double p = head3Mass(f, l);
                k = 3;
                while (u > acc && k < MAX_K) {
                    k++;
                    p *= l * inv[k];
                    acc += p;
                }
            }
            total += k;
        }
        return total;
    }

    /** p_3 = e^-l l^3 / 3! computed in the same order as the CDF table. */
    private double head3Mass(int f, double l) {
        double p = expNeg[f];
        for (int k = 1; k <= 3; k++) {
            p *= l * INVERSE[k];
        }
        return p;
    }

    /** Advances one period of physical length 1/c. */
    public void step() {
        departAndIndex();
        arrive();
        steps++;
    }

    private void depart(int b, double mean) {
        if (mean > 0) {
            double fl = Math.floor(mean);
            int dep = (int) fl + (nextDouble() < mean - fl ? 1 : 0);
            n[b] -= Math.min(dep, n[b]);
        }
    }

    /** Departures and routing indices from the start-of-period state, family by family. */
    private void departAndIndex() {
        final int[] n = this.n;
        final double invC = this.invC;
        final double[] index = this.index;
        final RoutingRule.Kind rk = rule.kind();
        final boolean gmsr = rk == RoutingRule.Kind.GMSR;
        final boolean latency = rk == RoutingRule.Kind.LATENCY;
        for (int b : saturating) {
            double y = n[b] * invC;
            double d = y + p2[b];
            double mean = p1[b] * y / d;
            index[b] = gmsr ? p1[b] * p2[b] / (d * d) : latency ? -d / p1[b] : -n[b];
            depart(b, mean);
        }
        for (int b : exponential) {
            double y = n[b] * invC;
            double e = Math.exp(-y / p2[b]);
            double mean = p1[b] * (1 - e);
            index[b] = gmsr ? p1[b] / p2[b] * e : latency ? (y > 0 ? -y / mean : -p2[b] / p1[b]) : -n[b];
            depart(b, mean);
        }
        for (int b : other) {
            ServiceRate l = rates[b];
            double y = n[b] * invC;
            double mean = l.value(y);
            index[b] = gmsr ? l.derivative(y) : latency ? -l.latency(y) : -n[b];
            depart(b, mean);
        }
    }

    /** Arrivals: each frontend sends its Poisson batch to the backend its rule picks. */
    private void arrive() {
        final int[] n = this.n;
        final RoutingRule.Kind rk = rule.kind();
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
                    if (index[c] > index[pick]) { // index = -N_b at the start of the period
                        pick = c;
                    }
                }
            } else {
                // branch-free scan for the largest index and the number of backends attaining it; a uniform
                // choice among ties (rare) in a second pass
                double best = index[fAdj[lo]];
                int at = lo;
                int ties = 1;
                for (int k = lo + 1; k < hi; k++) {
                    double v = index[fAdj[k]];
                    boolean gt = v > best;
                    boolean eq = v == best;
                    ties = gt ? 1 : eq ? ties + 1 : ties;
                    at = gt ? k : at;
                    best = gt ? v : best;
                }
                if (ties > 1) {
                    int r = (int) (nextDouble() * ties);
                    for (int k = lo; k < hi; k++) {
                        if (index[fAdj[k]] == best && r-- == 0) {
                            at = k;
                            break;
                        }
                    }
                }
                pick = fAdj[at];
            }
            n[pick] += w;
        }
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
