package lbw.offloading;

import lbw.core.Check;
import lbw.core.InvalidParameterException;

/**
 * One configuration: the model, the buffer limit N and the discount factor gamma. {@link OffloadingScenario} reads
 * it from a scenario file; the defaults {@link #DEFAULT_BUFFER} and {@link #DEFAULT_DISCOUNT} are the placeholder
 * settings of the reconstruction, not the paper's (its numeric settings were lost).
 */
public record OffloadingSetup(OffloadingModel model, int buffer, double discount) {

    public static final int DEFAULT_BUFFER = 40;
    public static final double DEFAULT_DISCOUNT = 0.99;

    public OffloadingSetup {
        new StateSpace(buffer);
        Check.openInterval("discount", discount, 0, 1);
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
        return new OffloadingSetup(model.withLoad(rho), buffer, discount);
    }

    /** The same configuration on another buffer. */
    public OffloadingSetup withBuffer(int newBuffer) {
        if (newBuffer < 2) {
            throw new InvalidParameterException("buffer", newBuffer, "must be at least 2");
        }
        return new OffloadingSetup(model, newBuffer, discount);
    }
}
