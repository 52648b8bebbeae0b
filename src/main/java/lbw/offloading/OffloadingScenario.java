package lbw.offloading;

import java.nio.file.Path;
import lbw.core.Check;
import lbw.scenario.Fields;
import lbw.scenario.Scenario;
import lbw.scenario.Sizes;

/**
 * The reader of {@code "model": "offloading"} scenario files, one configuration each. Keys: {@code rho}, {@code K},
 * {@code f}, optional {@code mu0} (default 1), {@code buffer} (default {@value OffloadingSetup#DEFAULT_BUFFER}) and
 * {@code discount} (default {@value OffloadingSetup#DEFAULT_DISCOUNT}); the valid ranges and the work limits are
 * {@link OffloadingSetup}'s.
 *
 * <pre>{@code
 * OffloadingSetup a = OffloadingScenario.load(Workbench.data("offloading-config-a.json"));
 * }</pre>
 */
public final class OffloadingScenario {

    /** The scenario model name, {@code "offloading"}. */
    public static final String MODEL = "offloading";

    private OffloadingScenario() {
    }

    /** Reads the six keys and the optional study sizes ({@link OffloadingSetup#SIZES}); a bad value is a {@link lbw.scenario.ScenarioException} naming the field. */
    public static OffloadingSetup read(Fields in) {
        double rho = in.number("rho");
        double k = in.number("K");
        double f = in.number("f");
        double mu0 = in.number("mu0", 1.0);
        int buffer = in.integer("buffer", OffloadingSetup.DEFAULT_BUFFER);
        double discount = in.number("discount", OffloadingSetup.DEFAULT_DISCOUNT);
        Sizes sizes = Sizes.read(in, in.has("quick") ? in.object("quick") : null, OffloadingSetup.SIZES);
        return in.build(() -> {
            if (rho > 0 && rho < 1) {
                Check.within("rho", rho, OffloadingSetup.MIN_RHO, OffloadingSetup.MAX_RHO);
            }
            if (k > 1) {
                Check.within("K", k, OffloadingSetup.MIN_K, OffloadingSetup.MAX_K);
            }
            if (mu0 > 0) {
                Check.within("mu0", mu0, OffloadingSetup.MIN_MU0, OffloadingSetup.MAX_MU0);
            }
            OffloadingSetup setup = new OffloadingSetup(OffloadingModel.ofLoad(rho, k, f, mu0), buffer, discount, sizes);
            OffloadingSetup.checkLimits(buffer, discount, new double[] {rho}, 1);
            return setup;
        }, p -> p.equals("lambda") ? "rho" : p);
    }

    /** Loads a scenario file of model "offloading" (unknown fields are refused). */
    public static OffloadingSetup load(Path file) {
        return Scenario.load(file, MODEL, OffloadingScenario::read);
    }
}
