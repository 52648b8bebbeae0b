package lbw.offloading;

import lbw.core.Check;
import lbw.core.InvalidParameterException;
import lbw.core.Limits;
import lbw.scenario.Sizes;

/**
 * One configuration: the model, the buffer limit N and the discount factor gamma, as {@link OffloadingScenario}
 * reads it from a scenario file with keys {@code rho}, {@code K}, {@code f}, optional {@code mu0} (default 1),
 * {@code buffer} (default 40) and {@code discount} (default 0.99); valid ranges: rho in [0.001, 0.99], K in [1.001, 1000], f in [0.001, 0.999] (and
 * above 1/(1+K)), mu0 in [0.001, 1000], discount in [0.5, 0.9999], buffer from 2 up to what the work and memory
 * limits allow ({@link #checkLimits}). The defaults are placeholder settings of the reconstruction, not the
 * paper's (its numeric settings were lost). A file may also give the notebooks' study sizes ({@link #SIZES}) and
 * their quick values.
 *
 * @param model    the CTMDP's rates
 * @param buffer   N
 * @param discount gamma
 * @param sizes    the notebooks' study sizes ({@link Sizes#NONE} when the file gives none)
 */
public record OffloadingSetup(OffloadingModel model, int buffer, double discount, Sizes sizes) {

    /**
     * The study sizes the offloading notebooks read from a configuration file's {@code "sizes"} (quick values under
     * {@code "quick"}): the loads, f and K of the threshold sweeps and of the structure grid (notebook 32, on
     * configuration (a)), and the discounts of the criteria comparison (notebook 33, on configuration (b)).
     */
    public static final Sizes.Spec SIZES = new Sizes.Spec()
            .numbers("thresholdRhos", 1e-3, 0.99)
            .numbers("thresholdFs", 1e-3, 0.999)
            .numbers("thresholdKs", 1.001, 1000)
            .numbers("gridRhos", 1e-3, 0.99)
            .numbers("gridKs", 1.001, 1000)
            .numbers("gridFs", 1e-3, 0.999)
            .numbers("discounts", 0.5, 0.9999);

    /** A configuration without study sizes. */
    public OffloadingSetup(OffloadingModel model, int buffer, double discount) {
        this(model, buffer, discount, Sizes.NONE);
    }

    public static final int DEFAULT_BUFFER = 40;
    public static final double DEFAULT_DISCOUNT = 0.99;

    /** Valid ranges of the scenario fields (docs/limits.md): outside them the solvers are not known to be sound. */
    public static final double MIN_RHO = 1e-3, MAX_RHO = 0.99;
    public static final double MIN_K = 1.001, MAX_K = 1000;
    public static final double MIN_F = 1e-3, MAX_F = 0.999;
    public static final double MIN_MU0 = 1e-3, MAX_MU0 = 1e3;
    public static final double MIN_DISCOUNT = 0.5, MAX_DISCOUNT = 0.9999;

    public OffloadingSetup {
        sizes = sizes == null ? Sizes.NONE : sizes;
        new StateSpace(buffer);
        Check.within("discount", discount, MIN_DISCOUNT, MAX_DISCOUNT);
        checkRanges(model);
    }

    /** Checks rho, K, f and mu0 against their valid ranges. */
    public static void checkRanges(OffloadingModel model) {
        Check.within("rho", model.rho(), MIN_RHO, MAX_RHO);
        Check.within("K", model.k(), MIN_K, MAX_K);
        Check.within("f", model.f(), MIN_F, MAX_F);
        Check.within("mu0", model.mu0(), MIN_MU0, MAX_MU0);
    }

    /**
     * Estimated work of one solve, in elementary steps (about nanoseconds on one core): value iteration (about
     * 10/(1-gamma) Gauss-Seidel sweeps of 4 (N+1)^2 states) plus the stationary analysis of three policies, whose
     * measured cost grows like states x sqrt(N) / (1 - rho).
     */
    public static double estimatedWork(int buffer, double discount, double rho) {
        double states = 4.0 * (buffer + 1) * (buffer + 1);
        double sweeps = Math.min(SolverOptions.DEFAULT.maxIterations(), 10 / (1 - discount));
        return states * sweeps * 20 + states * Math.sqrt(buffer) * 3750 / (1 - rho);
    }

    /** Estimated memory of one solve, in bytes: about 20 arrays of 8 bytes per state. */
    public static double estimatedBytes(int buffer) {
        return 4.0 * (buffer + 1) * (buffer + 1) * 160;
    }

    /**
     * Refuses, naming {@code buffer}, solves beyond the work or memory limits ({@link Limits}): one solve per load
     * in {@code rhos}, each costing {@code solves} times {@link #estimatedWork}.
     */
    public static void checkLimits(int buffer, double discount, double[] rhos, double solves) {
        double work = 0;
        for (double rho : rhos) {
            work += solves * estimatedWork(buffer, discount, rho);
        }
        Limits.check("buffer", String.format(java.util.Locale.ROOT, "buffer = %d (4 (N+1)^2 = %,d states) at %s",
                buffer, 4L * (buffer + 1) * (buffer + 1), rhos.length == 1 ? "rho = " + rhos[0]
                        : rhos.length + " loads"), work, estimatedBytes(buffer));
    }

    /** The compiled model on this buffer. */
    public UniformizedMdp compile() {
        return UniformizedMdp.compile(model, buffer);
    }

    /** Solver options with this discount and the default tolerance. */
    public SolverOptions options() {
        return SolverOptions.withDiscount(discount);
    }

    /** The same configuration at another load. */
    public OffloadingSetup withLoad(double rho) {
        return new OffloadingSetup(model.withLoad(rho), buffer, discount, sizes);
    }

    /** The same configuration on another buffer. */
    public OffloadingSetup withBuffer(int newBuffer) {
        if (newBuffer < 2) {
            throw new InvalidParameterException("buffer", newBuffer, "must be at least 2");
        }
        return new OffloadingSetup(model, newBuffer, discount, sizes);
    }

    /** The quick-mode variant (the test command's {@code LBW_QUICK=1}): the study sizes of the file's {@code "quick"}. */
    public OffloadingSetup quick() {
        return new OffloadingSetup(model, buffer, discount, sizes.quick());
    }
}
