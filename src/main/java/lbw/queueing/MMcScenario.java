package lbw.queueing;

import java.nio.file.Path;
import lbw.scenario.Fields;
import lbw.scenario.Scenario;
import lbw.scenario.Sizes;

/**
 * A {@code "model": "mmc"} scenario file: {@code arrivalRate}, {@code serviceRate} and {@code servers} (all
 * required) make the {@link MMcQueue}; the optional {@code "sizes"} give the notebook's simulation size
 * ({@link #SIZES}) and {@code "quick"} its quick-mode value.
 *
 * <pre>{@code
 * MMcQueue q = MMcScenario.load(Workbench.data("getting-started-mmc.json")).queue();
 * }</pre>
 *
 * @param queue the queue
 * @param sizes the notebook's study sizes ({@link Sizes#NONE} when the file gives none)
 */
public record MMcScenario(MMcQueue queue, Sizes sizes) {

    /** The scenario model name, {@code "mmc"}. */
    public static final String MODEL = "mmc";

    /** The study size of notebook 00: the customers of its simulation ({@link MMcSimulation.Options#customers}). */
    public static final Sizes.Spec SIZES = new Sizes.Spec().count("simulatedCustomers", 1_000, 10_000_000);

    public MMcScenario {
        sizes = sizes == null ? Sizes.NONE : sizes;
    }

    /** Reads the three fields and the optional sizes; a bad value is a {@link lbw.scenario.ScenarioException} naming its field. */
    public static MMcScenario read(Fields in) {
        double lambda = in.number("arrivalRate");
        double mu = in.number("serviceRate");
        int c = in.integer("servers");
        Sizes sizes = Sizes.read(in, in.has("quick") ? in.object("quick") : null, SIZES);
        return new MMcScenario(in.build(() -> new MMcQueue(lambda, mu, c)), sizes);
    }

    /** Loads an {@code "model": "mmc"} scenario file (unknown fields are refused). */
    public static MMcScenario load(Path file) {
        return Scenario.load(file, MODEL, MMcScenario::read);
    }

    /** The quick-mode variant (the test command's {@code LBW_QUICK=1}): the sizes of the file's {@code "quick"}. */
    public MMcScenario quick() {
        return new MMcScenario(queue, sizes.quick());
    }
}
