package lbw.bipartite;

import java.util.SplittableRandom;
import lbw.numerics.FastExp;

/**
 * The discrete-time stochastic system of Sections 3-5 at scale {@code c}, on flat primitive arrays. One
 * {@link #step()} from the start-of-period state {@code N}:
 * <ol>
 * <li>every backend b, in index order, takes one uniform {@code u} of the <em>departure stream</em> and loses
 * {@code D_b = min(N_b, floor(m) + [u < m - floor(m)])} jobs, {@code m = l_b(N_b / c)} (exactly the paper's
 * Bernoulli departures when {@code m <= 1}); its routing index (GMSR: {@code l_b'(N_b / c)}) is computed from the
 * same start-of-period state;</li>
 * <li>every frontend f, in index order, draws {@code W_f ~ Poisson(lambda_f)} from the <em>arrival stream</em>
 * (sequential inversion {@code p_k = p_(k-1) * (l * (1/k))}, one uniform per chunk of mean at most 20) and sends
 * all of them to the connected backend of greatest index (GMSR: greatest {@code l_b'(N_b / c)}, compared in
 * double precision). Exact ties are broken uniformly: with {@code t} tied backends, one uniform {@code u} of the
 * <em>routing stream</em> picks the {@code floor(u t)}-th of them in increasing backend index. RANDOM and JSQ(d)
 * take their samples from the routing stream too, only for frontends with {@code W_f > 0}.</li>
 * </ol>
 * So {@code N_b(n+1) = N_b(n) + sum_f A_fb(n) - D_b(n)} with {@code E[A_fb] = lambda_f x_fb},
 * {@code x_f in X_f(N(n)/c)}. The three streams are SplitMix64 ({@link SplittableRandom}'s generator, uniforms
 * {@code (next >>> 11) * 2^-53}) seeded by the first three {@code nextLong()} of {@code new SplittableRandom(seed)},
 * so a seed fixes the path bit for bit, and one step equals the plain loop above (see the reference test).
 *
 * <p>Speed: the arg-max reads a 32-bit key per backend, {@code (float) index} in a sortable integer form, halved,
 * with its lowest bits cleared for the neighbour's position; the float rounding, the halving and the truncation are
 * monotone, so the exact (double) best backends are always among the backends of largest key, and when the largest
 * key is not unique the frontend is re-decided from the double indices (same result as comparing doubles
 * throughout). When there are at most 65,535 backends and padding to the largest degree with a sentinel backend at
 * most doubles the neighbour lists, they are padded, 16-bit and stored slot by slot (the j-th neighbours of all
 * frontends together); otherwise they stay 32-bit lists, and the arg-max runs one frontend at a time. A period is a
 * sequence of short loops over flat arrays, most of which the JIT compiles to vector instructions: the backends'
 * means and indices family by family, their keys, departure uniforms and departures; the frontends' arrival
 * uniforms and Poisson heads; then, for the frontends with arrivals only, the keys of their neighbours gathered
 * slot by slot, two running maxima per slot, and the routing. The uniforms are computed from their stream positions
 * (SplitMix64 is a counter-based generator), so those loops need not run in stream order. For the saturating and
 * exponential families l and l' are evaluated in algebraically equal forms of {@link ServiceRate}'s formulas
 * ({@code 1 - e} instead of {@code -expm1}, one reciprocal, e from {@link FastExp}), which agree with them to a few
 * ulps.
 */
public final class StochasticEngine {

    private static final long GAMMA = 0x9e3779b97f4a7c15L;
    /** 2^53 - 1: the bits of a uniform. */
    private static final long UNIT_MASK = (1L << 53) - 1;
    /** Cap on one chunk's draw (mean <= 20): P(Poisson(20) > 200) is far below 1e-100. */
    private static final int MAX_K = 200;
    private static final double[] INVERSE = new double[MAX_K + 1];

    static {
        for (int k = 1; k <= MAX_K; k++) {
            INVERSE[k] = 1.0 / k;
        }
    }

    /**
     * The key of the padding backend. Keys are the sortable form of a float halved, so they lie in [-2^30, 2^30)
     * and the difference of two keys never overflows; the key of any non-NaN index (even -infinity) is above
     * -2^30 + 2^21, so this one is below all of them.
     */
    private static final int PAD_KEY = -(1 << 30);

    private static final int SATURATING = 0;
    private static final int EXPONENTIAL = 1;
    private static final int OTHER = 2;

    private final int nf;
    private final int nb;
    private final int[] fStart;
    private final double[] expNeg;
    private final int[] chunks;
    private final double[] chunkMean;
    private final boolean singleChunks;
    /** Per frontend, the Poisson CDF of one chunk at 0..3 (read in frontend order, so it streams from memory). */
    private final double[] head4;
    /**
     * The same as 53-bit integers: with {@code u = m 2^-53}, {@code u > c} exactly when {@code m > floor(c 2^53)},
     * so the head of the inversion compares integers (the same draws as comparing doubles).
     */
    private final long[] head0;
    private final long[] head1;
    private final long[] head2;
    private final long[] head3;
    /**
     * Internally the backends are relabelled family by family (saturating, then exponential, then others), so
     * the per-step loops are contiguous and do not branch on the family: internal label i is backend
     * {@code original[i]}, and backend b has label {@code label[b]}.
     */
    private final int[] original;
    private final int[] label;
    private final int saturatingEnd;
    private final int exponentialEnd;
    /** The adjacency (increasing backend index within a frontend) in internal labels. */
    private final int[] adjInternal;
    private final double[] p1;
    private final double[] p2;
    /** Saturating: max * half; exponential: max / scale (the same doubles as in {@link ServiceRate}). */
    private final double[] p3;
    /** Exponential: -1 / scale. */
    private final double[] p4;
    private final ServiceRate[] rates;
    private final RoutingRule rule;
    private final double scale;
    private final double invC;
    private final int[] n;
    /** The routing index of each backend at the start of the period (exact). */
    private final double[] index;
    /** Sortable 32-bit keys of the indices, lowest {@link #posBits} bits zero. */
    private final int[] key;
    private final int posBits;
    /**
     * Neighbour lists padded with the extra backend {@code nb} (key below every real key) to the largest degree,
     * when that at most doubles them and there are fewer than 65,536 backends, stored transposed: {@code
     * padded[j][f]} is the j-th neighbour of frontend f. Else null.
     */
    private final char[][] padded;
    private final int stride;
    /** Whether the keys have room for the position bits (degrees up to 4,096). */
    private final boolean keyed;
    private final int[] active;
    private final int[] batch;
    /**
     * Stream offsets: the departure uniform of internal backend i in a period is output {@code original[i] + 1}
     * of the departure stream from the period's start, {@code mix(start + departureOffset[i])}; the arrival
     * uniform of frontend f is {@code mix(start + arrivalOffset[f])} (precomputed: the loops then vectorize).
     */
    private final long[] departureOffset;
    private final long[] arrivalOffset;
    /** The departure uniforms of a period as 53-bit integers, complemented: {@code u = (2^53 - 1 - bits) 2^-53}. */
    private final long[] departureBits;
    /** Per-period work arrays: backends' means and exp terms; frontends' draws and counts. */
    private final double[] mean;
    private final double[] scratch;
    private final long[] draw;
    private final long[] arrivals;
    /** The arg-max in passes: gathered keys ({@code stride} slots of {@code nf}), running maxima. */
    private final int[][] gathered;
    private final int[] last;
    private final int[] first;
    private long departureState;
    private long arrivalState;
    private long routeState;
    private long steps;

    /**
     * @param initial initial normalised workloads {@code N_b(0) / c} (rounded to whole jobs)
     */
    public StochasticEngine(BipartiteModel m, RoutingRule rule, double scale, double[] initial, long seed) {
        this(m, rule, scale, initial, streamSeeds(seed));
    }

    /**
     * The system continued under another model (a change of rates or edges, {@link Regimes}): an engine for
     * {@code m} with the jobs of {@code from} at every backend, its random streams where they are, and its count
     * of periods. {@code m} must have the same frontends and backends. A model equal to {@code from}'s continues
     * the path bit for bit.
     */
    public static StochasticEngine continued(BipartiteModel m, StochasticEngine from) {
        if (m.frontends() != from.nf || m.backends() != from.nb) {
            throw new lbw.core.InvalidParameterException("m", "has " + m.frontends() + " frontends and "
                    + m.backends() + " backends; the system continued has " + from.nf + " and " + from.nb);
        }
        StochasticEngine e = new StochasticEngine(m, from.rule, from.scale, new double[from.nb],
                new long[] {from.departureState, from.arrivalState, from.routeState});
        for (int b = 0; b < e.nb; b++) {
            e.n[e.label[b]] = from.workload(b);
        }
        e.steps = from.steps;
        return e;
    }

    private StochasticEngine(BipartiteModel m, RoutingRule rule, double scale, double[] initial, long[] streams) {
        lbw.core.Check.positive("scale", scale);
        this.scale = scale;
        lbw.core.Check.length("initialWorkload", initial, m.backends(), "one per backend");
        BipartiteModel.Graph g = m.graph();
        nf = g.nf();
        nb = g.nb();
        fStart = g.fStart();
        int[] fAdj = g.fAdj();
        int maxDegree = 1;
        for (int f = 0; f < nf; f++) {
            maxDegree = Math.max(maxDegree, fStart[f + 1] - fStart[f]);
        }
        int width = maxDegree;
        boolean pad = nb < 65_536 && (long) width * nf <= 2L * fAdj.length;
        stride = pad ? width : 0;
        int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros((pad ? width : maxDegree) - 1));
        posBits = bits;
        key = new int[nb + 1];
        key[nb] = PAD_KEY;
        keyed = bits <= 12;
        double[] lambda = m.arrivalRate();
        expNeg = new double[nf];
        chunks = new int[nf];
        chunkMean = new double[nf];
        head4 = new double[4 * nf];
        boolean single = true;
        for (int f = 0; f < nf; f++) {
            chunks[f] = (int) Math.ceil(lambda[f] / 20.0);
            single &= chunks[f] == 1;
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
        singleChunks = single;
        head0 = new long[nf];
        head1 = new long[nf];
        head2 = new long[nf];
        head3 = new long[nf];
        for (int f = 0; f < nf; f++) {
            head0[f] = (long) Math.floor(head4[4 * f] * 0x1.0p53);
            head1[f] = (long) Math.floor(head4[4 * f + 1] * 0x1.0p53);
            head2[f] = (long) Math.floor(head4[4 * f + 2] * 0x1.0p53);
            head3[f] = (long) Math.floor(head4[4 * f + 3] * 0x1.0p53);
        }
        int[] kind = new int[nb];
        int ns = 0;
        int ne = 0;
        for (int b = 0; b < nb; b++) {
            ServiceRate l = m.rate(b);
            kind[b] = l instanceof ServiceRate.Saturating ? SATURATING
                    : l instanceof ServiceRate.Exponential ? EXPONENTIAL : OTHER;
            ns += kind[b] == SATURATING ? 1 : 0;
            ne += kind[b] == EXPONENTIAL ? 1 : 0;
        }
        saturatingEnd = ns;
        exponentialEnd = ns + ne;
        original = new int[nb];
        label = new int[nb];
        int[] next = {0, ns, ns + ne};
        for (int b = 0; b < nb; b++) {
            int i = next[kind[b]]++;
            original[i] = b;
            label[b] = i;
        }
        p1 = new double[nb];
        p2 = new double[nb];
        p3 = new double[nb];
        p4 = new double[nb];
        rates = new ServiceRate[nb];
        for (int i = 0; i < nb; i++) {
            ServiceRate l = m.rate(original[i]);
            rates[i] = l;
            if (l instanceof ServiceRate.Saturating s) {
                p1[i] = s.max();
                p2[i] = s.half();
                p3[i] = s.max() * s.half();
            } else if (l instanceof ServiceRate.Exponential e) {
                p1[i] = e.max();
                p2[i] = e.scale();
                p3[i] = e.max() / e.scale();
                p4[i] = -1 / e.scale();
            }
        }
        adjInternal = new int[fAdj.length];
        for (int k = 0; k < fAdj.length; k++) {
            adjInternal[k] = label[fAdj[k]];
        }
        if (stride > 0) {
            padded = new char[stride][nf];
            for (int f = 0; f < nf; f++) {
                for (int j = 0; j < stride; j++) {
                    int k = fStart[f] + j;
                    padded[j][f] = (char) (k < fStart[f + 1] ? adjInternal[k] : nb);
                }
            }
        } else {
            padded = null;
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
            n[label[b]] = (int) v;
        }
        index = new double[nb];
        active = new int[nf];
        batch = new int[nf];
        mean = new double[nb];
        departureOffset = new long[nb];
        for (int i = 0; i < nb; i++) {
            departureOffset[i] = (original[i] + 1L) * GAMMA;
        }
        departureBits = new long[nb];
        arrivalOffset = new long[nf];
        for (int f = 0; f < nf; f++) {
            arrivalOffset[f] = (f + 1L) * GAMMA;
        }
        scratch = new double[nb];
        draw = new long[nf];
        arrivals = new long[nf];
        boolean slotted = stride > 0 && keyed; // the arrays of the slot-by-slot arg-max (routePadded)
        gathered = new int[slotted ? stride : 0][nf];
        last = new int[slotted ? nf : 0];
        first = new int[slotted ? nf : 0];
        departureState = streams[0];
        arrivalState = streams[1];
        routeState = streams[2];
    }

    /** The initial states of the departure, arrival and routing streams for a seed. */
    static long[] streamSeeds(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        return new long[] {r.nextLong(), r.nextLong(), r.nextLong()};
    }

    /** SplitMix64's output function (Stafford's variant 13, as in {@link SplittableRandom}). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static double toUnit(long z) {
        return (z >>> 11) * 0x1.0p-53;
    }

    private double nextRoute() {
        return toUnit(mix(routeState += GAMMA));
    }

    /** Advances one period of physical length 1/c. */
    public void step() {
        departAndIndex();
        if (singleChunks) {
            drawSingleChunks();
        } else {
            drawChunks();
        }
        steps++;
    }

    /**
     * Departures and routing indices from the start-of-period state. The work is split into short loops over
     * flat arrays, which the JIT compiles to vector instructions: family by family the mean {@code l_b(N_b / c)}
     * and the index; then, over all backends, the sortable keys, the departure uniforms and the departures.
     */
    private void departAndIndex() {
        final int[] n = this.n;
        final double invC = this.invC;
        final double[] index = this.index;
        final double[] mean = this.mean;
        final double[] p1 = this.p1;
        final double[] p2 = this.p2;
        final double[] p3 = this.p3;
        final double[] p4 = this.p4;
        final RoutingRule.Kind rk = rule.kind();
        final boolean gmsr = rk == RoutingRule.Kind.GMSR;
        final boolean latency = rk == RoutingRule.Kind.LATENCY;
        final int sEnd = saturatingEnd;
        final int eEnd = exponentialEnd;
        if (gmsr) {
            for (int i = 0; i < sEnd; i++) {
                double y = n[i] * invC;
                double r = 1 / (y + p2[i]);
                mean[i] = p1[i] * y * r;
                index[i] = p3[i] * r * r;
            }
        } else {
            for (int i = 0; i < sEnd; i++) {
                double y = n[i] * invC;
                double d = y + p2[i];
                mean[i] = p1[i] * y * (1 / d);
                index[i] = latency ? -(d / p1[i]) : -n[i];
            }
        }
        final double[] e = this.scratch;
        for (int i = sEnd; i < eEnd; i++) {
            e[i] = n[i] * invC * p4[i];
        }
        FastExp.expInPlace(e, sEnd, eEnd);
        if (gmsr) {
            for (int i = sEnd; i < eEnd; i++) {
                mean[i] = p1[i] * (1 - e[i]);
                index[i] = p3[i] * e[i];
            }
        } else {
            for (int i = sEnd; i < eEnd; i++) {
                double y = n[i] * invC;
                double m = p1[i] * (1 - e[i]);
                mean[i] = m;
                index[i] = latency ? (y > 0 ? -(y / m) : -(p2[i] / p1[i])) : -n[i];
            }
        }
        for (int i = eEnd; i < nb; i++) {
            ServiceRate l = rates[i];
            double y = n[i] * invC;
            double m = l.value(y);
            mean[i] = m > 0 ? m : 0; // no departures unless the mean is positive
            index[i] = gmsr ? l.derivative(y) : latency ? -l.latency(y) : -n[i];
        }
        final int[] key = this.key;
        final int clear = -(1 << posBits);
        for (int i = 0; i < nb; i++) {
            int bits = Float.floatToRawIntBits((float) (index[i] + 0.0)); // + 0.0 turns -0.0 into +0.0
            key[i] = ((bits ^ ((bits >> 31) & 0x7fffffff)) >> 1) & clear;
        }
        final long base = departureState;
        departureState += nb * GAMMA;
        final long[] offset = this.departureOffset;
        final long[] bits = this.departureBits;
        for (int i = 0; i < nb; i++) {
            // 2^53 - 1 - z for the uniform u = z 2^-53; a loop of its own: it vectorizes
            bits[i] = ~(mix(base + offset[i]) >>> 11) & UNIT_MASK;
        }
        for (int i = 0; i < nb; i++) {
            int n0 = n[i];
            double m = mean[i];
            int dep;
            if (m < 1024) {
                // floor(m) + [u < m - floor(m)] in integers: with C = ceil(m 2^53) (exact, below 2^63),
                // (C + 2^53 - 1 - z) >>> 53 = floor(m) + [z < ceil(frac(m) 2^53)] = floor(m) + [u < frac(m)]
                // (the sum stays below 2^64, and >>> reads it unsigned)
                dep = (int) (((long) Math.ceil(m * 0x1.0p53) + bits[i]) >>> 53);
            } else {
                double fl = Math.floor(m);
                dep = (int) Math.min(fl + ((UNIT_MASK - bits[i]) * 0x1.0p-53 < m - fl ? 1 : 0), Integer.MAX_VALUE);
            }
            n[i] = n0 - Math.min(dep, n0);
        }
    }

    /**
     * Arrivals when every mean is at most 20: one uniform per frontend (read from its stream position, so that the
     * loop vectorizes), the first four CDF values compared as 53-bit integers without branches; frontends with
     * arrivals are then collected and routed.
     */
    private void drawSingleChunks() {
        final long[] h0 = this.head0;
        final long[] h1 = this.head1;
        final long[] h2 = this.head2;
        final long[] h3 = this.head3;
        final long[] draw = this.draw;
        final long[] arrivalOffset = this.arrivalOffset;
        final long[] k = this.arrivals;
        final long s = arrivalState;
        arrivalState += nf * GAMMA;
        for (int f = 0; f < nf; f++) {
            draw[f] = mix(s + arrivalOffset[f]) >>> 11;
        }
        for (int f = 0; f < nf; f++) {
            long m = draw[f];
            // (t - m) >>> 63 is 1 exactly when m > t (both below 2^53)
            k[f] = ((h0[f] - m) >>> 63) + ((h1[f] - m) >>> 63) + ((h2[f] - m) >>> 63) + ((h3[f] - m) >>> 63);
        }
        final int[] active = this.active;
        final int[] batch = this.batch;
        int count = 0;
        for (int f = 0; f < nf; f++) {
            int a = (int) k[f];
            if (a == 4) {
                a = tail(f, draw[f] * 0x1.0p-53);
            }
            active[count] = f;
            batch[count] = a;
            count += a != 0 ? 1 : 0;
        }
        route(count);
    }

    /** Arrivals in general (some mean above 20: several chunks). */
    private void drawChunks() {
        long s = arrivalState;
        int count = 0;
        for (int f = 0; f < nf; f++) {
            int total = 0;
            int h = 4 * f;
            for (int c = chunks[f]; c > 0; c--) {
                double u = toUnit(mix(s += GAMMA));
                int k = (u > head4[h] ? 1 : 0) + (u > head4[h + 1] ? 1 : 0) + (u > head4[h + 2] ? 1 : 0)
                        + (u > head4[h + 3] ? 1 : 0);
                total += k == 4 ? tail(f, u) : k;
            }
            active[count] = f;
            batch[count] = total;
            count += total != 0 ? 1 : 0;
        }
        arrivalState = s;
        route(count);
    }

    /** Sequential inversion continued past k = 3 (u above the fourth CDF value). */
    private int tail(int f, double u) {
        final double l = chunkMean[f];
        double p = expNeg[f];
        for (int k = 1; k <= 3; k++) {
            p *= l * INVERSE[k];
        }
        double acc = head4[4 * f + 3];
        int k = 3;
        while (u > acc && k < MAX_K) {
            k++;
            p *= l * INVERSE[k];
            acc += p;
        }
        return k;
    }

    /** The arg-max a deterministic rule (GMSR, expected latency, JSQ) runs on this graph. */
    enum ArgMax {
        /** On the double indices, one frontend at a time: degrees too large for the keys' position bits. */
        EXACT,
        /** On 32-bit keys over padded 16-bit neighbour lists, slot by slot. */
        PADDED_KEYS,
        /** On 32-bit keys over the neighbour lists as they are (32-bit), one frontend at a time. */
        LIST_KEYS
    }

    /** Which arg-max {@link #route} runs for the deterministic rules (tests pin the path they mean to cover). */
    ArgMax argMax() {
        return !keyed ? ArgMax.EXACT : padded != null ? ArgMax.PADDED_KEYS : ArgMax.LIST_KEYS;
    }

    /** Sends each collected batch to the backend the rule picks. */
    private void route(int count) {
        RoutingRule.Kind rk = rule.kind();
        if (rk == RoutingRule.Kind.RANDOM || rk == RoutingRule.Kind.POWER_OF_D) {
            routeSampled(count, rk);
        } else if (!keyed) {
            for (int i = 0; i < count; i++) {
                int f = active[i];
                n[bestExact(fStart[f], fStart[f + 1])] += batch[i];
            }
        } else if (padded != null) {
            routePadded(count);
        } else {
            routeKeys(count);
        }
    }

    /**
     * The arg-max over padded neighbour lists in three passes. First the keys of the frontends' neighbours are
     * gathered slot by slot ({@code gathered[j][i]}: the j-th neighbour of the i-th frontend with arrivals).
     * Then, slot by slot in a loop the JIT vectorizes, two running maxima: {@code v | j} orders by key, then by
     * position; {@code (v | j) ^ mask} orders by key, then by reversed position, so the two maxima name the same
     * position exactly when the largest key is attained once. Last, each frontend sends its batch to that
     * neighbour, or is re-decided on the doubles when the largest key is not unique.
     */
    private void routePadded(int count) {
        final int[] active = this.active;
        final int[] batch = this.batch;
        final char[][] adj = this.padded;
        final int[] key = this.key;
        final int[] n = this.n;
        final int stride = this.stride;
        final int mask = (1 << posBits) - 1;
        final int[][] g = this.gathered;
        final int[] last = this.last;
        final int[] first = this.first;
        int slot = 0;
        for (; slot + 1 < stride; slot += 2) { // two slots per pass: one read of active[i] for both
            final int[] ga = g[slot];
            final int[] gb = g[slot + 1];
            final char[] aa = adj[slot];
            final char[] ab = adj[slot + 1];
            for (int i = 0; i < count; i++) {
                int f = active[i];
                ga[i] = key[aa[f]];
                gb[i] = key[ab[f]];
            }
        }
        if (slot < stride) {
            final int[] ga = g[slot];
            final char[] aa = adj[slot];
            for (int i = 0; i < count; i++) {
                ga[i] = key[aa[active[i]]];
            }
        }
        final int[] g0 = g[0];
        for (int i = 0; i < count; i++) {
            last[i] = g0[i];
            first[i] = g0[i] ^ mask;
        }
        for (int j = 1; j < stride; j++) {
            final int[] gj = g[j]; // one array per slot: the JIT does not vectorize g[offset + i]
            for (int i = 0; i < count; i++) {
                // max(a, v) = a - min(a - v, 0) without overflow (keys are 31-bit); unlike Math.max, it vectorizes
                int v = gj[i] | j;
                int d = last[i] - v;
                last[i] -= d & (d >> 31);
                int w = v ^ mask;
                int e = first[i] - w;
                first[i] -= e & (e >> 31);
            }
        }
        for (int i = 0; i < count; i++) {
            int at = last[i] & mask;
            int f = active[i];
            int pick = at == mask - (first[i] & mask) ? adj[at][f] : bestExact(fStart[f], fStart[f + 1]);
            n[pick] += batch[i];
        }
    }

    /**
     * The arg-max on 32-bit keys over the neighbour lists as they are, one frontend at a time: for graphs whose
     * padding would more than double the lists or that have 65,536 backends or more.
     */
    private void routeKeys(int count) {
        final int[] active = this.active;
        final int[] batch = this.batch;
        final int[] fStart = this.fStart;
        final int[] adj = this.adjInternal;
        final int[] key = this.key;
        final int[] n = this.n;
        final int mask = (1 << posBits) - 1;
        for (int i = 0; i < count; i++) {
            int f = active[i];
            int lo = fStart[f];
            int hi = fStart[f + 1];
            int last = Integer.MIN_VALUE;
            int first = Integer.MIN_VALUE;
            for (int k = lo; k < hi; k++) {
                int v = key[adj[k]];
                int p = k - lo;
                last = Math.max(last, v | p);
                first = Math.max(first, v | (mask - p));
            }
            int at = last & mask;
            int pick = at == mask - (first & mask) ? adj[lo + at] : bestExact(lo, hi);
            n[pick] += batch[i];
        }
    }

    /**
     * The connected backend of greatest (double) index among the neighbours lo..hi (in adjacency order), exact
     * ties broken by one uniform of the routing stream (the floor(u t)-th tied backend in adjacency order).
     */
    private int bestExact(int lo, int hi) {
        final double[] index = this.index;
        final int[] adj = this.adjInternal;
        double best = index[adj[lo]];
        int at = lo;
        int ties = 1;
        for (int k = lo + 1; k < hi; k++) {
            double v = index[adj[k]];
            if (v > best) {
                best = v;
                at = k;
                ties = 1;
            } else if (v == best) {
                ties++;
            }
        }
        if (ties > 1) {
            int r = (int) (nextRoute() * ties);
            for (int k = lo; k < hi; k++) {
                if (index[adj[k]] == best && r-- == 0) {
                    at = k;
                    break;
                }
            }
        }
        return adj[at];
    }

    /** RANDOM and JSQ(d): uniform samples from the routing stream. */
    private void routeSampled(int count, RoutingRule.Kind rk) {
        for (int i = 0; i < count; i++) {
            int f = active[i];
            int lo = fStart[f];
            int hi = fStart[f + 1];
            final int[] adj = this.adjInternal;
            int pick = adj[lo + (int) (nextRoute() * (hi - lo))];
            if (rk == RoutingRule.Kind.POWER_OF_D) {
                for (int s = 1; s < rule.d(); s++) {
                    int c = adj[lo + (int) (nextRoute() * (hi - lo))];
                    if (index[c] > index[pick]) { // index = -N_b at the start of the period
                        pick = c;
                    }
                }
            }
            n[pick] += batch[i];
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
        return n[label[b]];
    }

    /** Copy of N_b / c. */
    public double[] normalized() {
        double[] y = new double[nb];
        for (int b = 0; b < nb; b++) {
            y[b] = n[label[b]] * invC;
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
