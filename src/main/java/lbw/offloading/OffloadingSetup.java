package lbw.offloading;

import java.nio.file.Path;
import lbw.core.Check;
import lbw.core.InvalidParameterException;
import lbw.scenario.Fields;
import lbw.scenario.Scenario;
import lbw.scenario.ScenarioException;

/**
 * One configuration as the scenario files give it: the model, the buffer limit N and the discount factor gamma.
 * Keys: {@code rho}, {@code K}, {@code f}, optional {@code mu0} (default 1), {@code buffer} (default 40) and
 * {@code discount} (default 0.99). The defaults are the placeholder settings of offloading-model.md, not the
 * paper's (its numeric settings were lost).
 */
public record OffloadingSetup(OffloadingModel model, int buffer, double discount) {

    public static final int DEFAULT_BUFFER = 40;
    public static final double DEFAULT_DISCOUNT = 0.99;

    public OffloadingSetup {
        new StateSpace(buffer);
        Check.openInterval("discount", discount, 0, 1);
    }

    /**
     * Reads the six keys from scenario fields (without calling {@link Fields#finish()}, which the caller does);
     * a bad value is a {@link ScenarioException} naming the field.
     */
    public static OffloadingSetup read(Fields in) {
        double rho = in.number("rho");
        double k = in.number("K");
        double f = in.number("f");
        double mu0 = in.number("mu0", 1.0);
        int buffer = in.integer("buffer", DEFAULT_BUFFER);
        double discount = in.number("discount", DEFAULT_DISCOUNT);
        return in.build(() -> {
            Check.openInterval("rho", rho, 0, 1);
            return new OffloadingSetup(OffloadingModel.ofLoad(rho, k, f, mu0), buffer, discount);
        }, p -> p.equals("lambda") ? "rho" : p);
    }

    /** Loads a scenario file of model "offloading". */
    public static OffloadingSetup load(Path file) {
        return Scenario.load(file, "offloading", OffloadingSetup::read);
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
