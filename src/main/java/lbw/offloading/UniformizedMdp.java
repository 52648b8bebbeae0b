package lbw.offloading;

/**
 * The model compiled to flat arrays for the solvers: for every state x of the truncated space, the successor index
 * of each event of the uniformized chain and the post-decision states of the three assignments.
 *
 * <p>The uniformized chain at rate {@code Lambda = lambda + muL2 + muC2} (here {@code muC2 > muC1}) makes, from a
 * post-decision state x, the moves
 * <ul>
 *   <li>arrival A x with weight {@code lambda} (dropped, i.e. x itself, when n0 = N),</li>
 *   <li>local SM2 completion D_l2 x with weight {@code muL2} (x itself when i2 = 0, blocked when n2 = N),</li>
 *   <li>the cloud clock of weight {@code muC2}, split as {@code muC1} to {@link #cloudA} and {@code muC2 - muC1}
 *       to {@link #cloudB}: both D_c2 x when n2 >= 1; D_c1 x and x when n2 = 0, i1 = 1 (SM2 has preemptive
 *       priority, so the SM1 job is served only when n2 = 0); both x when the cloud is empty.</li>
 * </ul>
 * Inactive events point to x itself, so every row has the same four weights and {@link #selfRate} is the total rate
 * of events that point back to x. Inadmissible assignments point to the sentinel index {@link #size()}.
 */
public final class UniformizedMdp {

    final OffloadingModel model;
    final StateSpace space;
    final int n;
    final double lambda;
    final double muL2;
    final double muC1;
    final double muC2;
    final double rateB;
    final double uniformRate;
    final int[] arrival;
    final int[] local;
    final int[] cloudA;
    final int[] cloudB;
    final int[] postSm1;
    final int[] postSm2;
    final int[] postBoth;
    final double[] cost;
    final double[] selfRate;

    private UniformizedMdp(OffloadingModel model, StateSpace space) {
        this.model = model;
        this.space = space;
        this.n = space.size();
        this.lambda = model.lambda();
        this.muL2 = model.muL2();
        this.muC1 = model.muC1();
        this.muC2 = model.muC2();
        this.rateB = muC2 - muC1;
        this.uniformRate = model.uniformizationRate();
        int big = space.buffer();
        arrival = new int[n];
        local = new int[n];
        cloudA = new int[n];
        cloudB = new int[n];
        postSm1 = new int[n];
        postSm2 = new int[n];
        postBoth = new int[n];
        cost = new double[n];
        selfRate = new double[n];
        for (int x = 0; x < n; x++) {
            int n0 = space.n0(x), i2 = space.i2(x), i1 = space.i1(x), n2 = space.n2(x);
            cost[x] = n0 + i2 + i1 + n2;
            arrival[x] = n0 < big ? space.index(n0 + 1, i2, i1, n2) : x;
            local[x] = i2 == 1 && n2 < big ? space.index(n0, 0, i1, n2 + 1) : x;
            if (n2 >= 1) {
                cloudA[x] = space.index(n0, i2, i1, n2 - 1);
                cloudB[x] = cloudA[x];
            } else if (i1 == 1) {
                cloudA[x] = space.index(n0, i2, 0, 0);
                cloudB[x] = x;
            } else {
                cloudA[x] = x;
                cloudB[x] = x;
            }
            double self = 0;
            self += arrival[x] == x ? lambda : 0;
            self += local[x] == x ? muL2 : 0;
            self += cloudA[x] == x ? muC1 : 0;
            self += cloudB[x] == x ? rateB : 0;
            selfRate[x] = self;
            int p1 = space.post(x, StateSpace.SM1);
            int p2 = space.post(x, StateSpace.SM2);
            int p3 = space.post(x, StateSpace.SM1_SM2);
            postSm1[x] = p1 < 0 ? n : p1;
            postSm2[x] = p2 < 0 ? n : p2;
            postBoth[x] = p3 < 0 ? n : p3;
        }
    }

    /** Compiles the model on the space of the given buffer. */
    public static UniformizedMdp compile(OffloadingModel model, int buffer) {
        return new UniformizedMdp(model, new StateSpace(buffer));
    }

    public OffloadingModel model() {
        return model;
    }

    public StateSpace space() {
        return space;
    }

    /** Number of states. */
    public int size() {
        return n;
    }

    /** The uniformization rate Lambda. */
    public double uniformRate() {
        return uniformRate;
    }

    /**
     * The post-decision values {@code Q(x) = |x| + (gamma/Lambda) sum_e rate_e V(e x)} for every state, into
     * {@code q} (length at least n + 1; q[n] is set to +infinity, the sentinel of inadmissible actions).
     */
    void postValues(double[] v, double[] q, double discount) {
        double g = discount / uniformRate;
        double a = g * lambda, l = g * muL2, c1 = g * muC1, c2 = g * rateB;
        final int[] ar = arrival, lo = local, ca = cloudA, cb = cloudB;
        final double[] c = cost;
        for (int x = 0; x < n; x++) {
            q[x] = c[x] + a * v[ar[x]] + l * v[lo[x]] + c1 * v[ca[x]] + c2 * v[cb[x]];
        }
        q[n] = Double.POSITIVE_INFINITY;
    }
}
