package lbw.offloading;

import java.nio.file.Path;
import lbw.core.Check;
import lbw.core.InvalidParameterException;
import lbw.scenario.Fields;
import lbw.scenario.Scenario;
import lbw.scenario.Sizes;

/**
 * The reader and settings of {@code "model": "offloading-figure5"} scenario files such as
 * {@code data/offloading-figure5.json} (reconstructed values: the paper's settings were lost in its text), used by
 * {@link DelayStudy}.
 *
 * @param k              K
 * @param f              f
 * @param mu0            mu0
 * @param buffer         N
 * @param discount       gamma of the discounted problem
 * @param rhos           the loads of the exact curves
 * @param simulationRhos the loads with simulation points
 * @param horizon        simulated time per replication (reproduce mode)
 * @param replications   replications per point
 * @param seed           master seed
 * @param quickSizes     the smaller sizes of quick mode (the file's optional {@code "quick"} object), or null
 * @param sizes          the notebooks' study sizes ({@link #SIZES}; {@link Sizes#NONE} when the file gives none)
 */
public record Figure5Scenario(double k, double f, double mu0, int buffer, double discount, double[] rhos,
                              double[] simulationRhos, double horizon, int replications, long seed,
                              Quick quickSizes, Sizes sizes) {

    /**
     * The study sizes notebook 33 reads from the file's {@code "sizes"} (quick values under {@code "quick"}): the
     * (K, f) pairs of its Figure 5 variants, as two lists of equal length, and the loads of their curves.
     */
    public static final Sizes.Spec SIZES = new Sizes.Spec()
            .numbers("variantKs", OffloadingSetup.MIN_K, OffloadingSetup.MAX_K)
            .numbers("variantFs", OffloadingSetup.MIN_F, OffloadingSetup.MAX_F)
            .numbers("variantLoads", OffloadingSetup.MIN_RHO, OffloadingSetup.MAX_RHO);

    /** A study with quick-mode sizes and no study sizes. */
    public Figure5Scenario(double k, double f, double mu0, int buffer, double discount, double[] rhos,
                           double[] simulationRhos, double horizon, int replications, long seed, Quick quickSizes) {
        this(k, f, mu0, buffer, discount, rhos, simulationRhos, horizon, replications, seed, quickSizes, Sizes.NONE);
    }

    /**
     * The sizes quick mode uses (the test command's {@code LBW_QUICK=1}), from the scenario file's {@code "quick"}
     * object: fewer loads, a smaller buffer and shorter simulations.
     *
     * @param rhos           the loads of the exact curves
     * @param simulationRhos the loads with simulation points
     * @param buffer         N
     * @param horizon        simulated time per replication
     */
    public record Quick(double[] rhos, double[] simulationRhos, int buffer, double horizon) {
        public Quick {
            rhos = rhos.clone();
            simulationRhos = simulationRhos.clone();
        }

        @Override
        public double[] rhos() {
            return rhos.clone();
        }

        @Override
        public double[] simulationRhos() {
            return simulationRhos.clone();
        }
    }

    /** A study without quick-mode sizes. */
    public Figure5Scenario(double k, double f, double mu0, int buffer, double discount, double[] rhos,
                           double[] simulationRhos, double horizon, int replications, long seed) {
        this(k, f, mu0, buffer, discount, rhos, simulationRhos, horizon, replications, seed, null);
    }

    public Figure5Scenario {
        rhos = rhos.clone();
        simulationRhos = simulationRhos.clone();
        if (rhos.length > MAX_POINTS) {
            throw new InvalidParameterException("rhos", "has " + rhos.length + " loads; at most " + MAX_POINTS);
        }
        if (simulationRhos.length > MAX_POINTS) {
            throw new InvalidParameterException("simulationRhos", "has " + simulationRhos.length
                    + " loads; at most " + MAX_POINTS);
        }
        Check.increasing("rhos", Check.within("rhos", rhos, OffloadingSetup.MIN_RHO, OffloadingSetup.MAX_RHO));
        for (int i = 0; i < simulationRhos.length; i++) {
            Check.within("simulationRhos[" + i + "]", simulationRhos[i], OffloadingSetup.MIN_RHO,
                    OffloadingSetup.MAX_RHO);
        }
        Check.increasing("simulationRhos", simulationRhos);
        if (k > 1) {
            Check.within("K", k, OffloadingSetup.MIN_K, OffloadingSetup.MAX_K);
        }
        if (mu0 > 0) {
            Check.within("mu0", mu0, OffloadingSetup.MIN_MU0, OffloadingSetup.MAX_MU0);
        }
        OffloadingSetup.checkRanges(OffloadingModel.ofLoad(0.5, k, f, mu0));
        new StateSpace(buffer);
        Check.within("discount", discount, OffloadingSetup.MIN_DISCOUNT, OffloadingSetup.MAX_DISCOUNT);
        Check.within("horizon", horizon, MIN_HORIZON, MAX_HORIZON);
        Check.within("replications", replications, 2, MAX_REPLICATIONS);
        sizes = sizes == null ? Sizes.NONE : sizes;
        if (sizes.present()) {
            checkPairs(sizes, "");
            checkPairs(sizes.quick(), " in quick mode");
        }
    }

    private static void checkPairs(Sizes s, String mode) {
        int nk = s.has("variantKs") ? s.numbers("variantKs").length : 0;
        int nf = s.has("variantFs") ? s.numbers("variantFs").length : 0;
        if (nk != nf) {
            throw new InvalidParameterException("variantFs", "has " + nf + " values for " + nk
                    + " variantKs" + mode + ": one f per K");
        }
    }

    /** Valid ranges (docs/limits.md): simulated time per replication, replications, loads per list. */
    public static final double MIN_HORIZON = 100, MAX_HORIZON = 1e8;
    public static final int MAX_REPLICATIONS = 10_000;
    public static final int MAX_POINTS = 200;

    /**
     * Refuses a study beyond the work or memory limits: the exact curves cost about 2 offloading solves per
     * load (discounted and average-cost); simulation about 40 steps per event, at a total event rate of at most 3 (1+K) mu0.
     */
    public void checkLimits() {
        OffloadingSetup.checkLimits(buffer, discount, rhos, 2);
        double events = (double) simulationRhos.length * replications * horizon * 3 * (1 + k) * mu0;
        lbw.core.Limits.check("horizon", String.format(java.util.Locale.ROOT,
                "%d simulation loads x %d replications x horizon %.3g", simulationRhos.length, replications,
                horizon), events * 40, 0);
    }

    @Override
    public double[] rhos() {
        return rhos.clone();
    }

    @Override
    public double[] simulationRhos() {
        return simulationRhos.clone();
    }

    /**
     * The quick-mode variant (the test command): the same study with the sizes of the file's {@code "quick"} object;
     * the study itself when the file gives none.
     */
    public Figure5Scenario quick() {
        if (quickSizes == null) {
            return sizes.quick().equals(sizes) ? this : new Figure5Scenario(k, f, mu0, buffer, discount, rhos,
                    simulationRhos, horizon, replications, seed, null, sizes.quick());
        }
        return new Figure5Scenario(k, f, mu0, quickSizes.buffer(), discount, quickSizes.rhos(),
                quickSizes.simulationRhos(), quickSizes.horizon(), replications, seed, null, sizes.quick());
    }

    public OffloadingSetup at(double rho) {
        return new OffloadingSetup(OffloadingModel.ofLoad(rho, k, f, mu0), buffer, discount);
    }

    /** The scenario model name, {@code "offloading-figure5"}. */
    public static final String MODEL = "offloading-figure5";

    public static Figure5Scenario load(Path file) {
        return Scenario.load(file, MODEL, Figure5Scenario::read);
    }

    /**
     * Reads the Figure 5 keys and the optional {@code "quick"} object ({@code rhos}, {@code simulationRhos},
     * {@code buffer}, {@code horizon}); a bad value is a {@link lbw.scenario.ScenarioException} naming the field.
     */
    public static Figure5Scenario read(Fields in) {
        double k = in.number("K"), f = in.number("f"), mu0 = in.number("mu0", 1.0);
        int buffer = in.integer("buffer");
        double discount = in.number("discount");
        double[] rhos = in.numbers("rhos");
        double[] sim = in.numbers("simulationRhos");
        double horizon = in.number("horizon");
        int reps = in.integer("replications");
        long seed = in.longInteger("seed", 1L);
        Quick quick = null;
        Fields q = in.has("quick") ? in.object("quick") : null;
        if (q != null) {
            double[] qRhos = q.numbers("rhos");
            double[] qSim = q.numbers("simulationRhos");
            int qBuffer = q.integer("buffer");
            double qHorizon = q.number("horizon");
            quick = new Quick(qRhos, qSim, qBuffer, qHorizon);
        }
        Quick quickSizes = quick;
        Sizes sizes = Sizes.read(in, q, SIZES);
        Figure5Scenario full = in.build(() -> {
            Figure5Scenario s = new Figure5Scenario(k, f, mu0, buffer, discount, rhos, sim, horizon, reps, seed,
                    quickSizes, sizes);
            s.checkLimits();
            return s;
        }, p -> p.equals("k") ? "K" : p.startsWith("variant") ? "sizes." + p : p);
        if (q != null) {
            q.build(full::quick);
        }
        return full;
    }
}
