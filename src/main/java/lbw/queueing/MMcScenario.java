package lbw.queueing;

import java.nio.file.Path;
import lbw.scenario.Fields;
import lbw.scenario.Scenario;

/**
 * The reader of {@code "model": "mmc"} scenario files: {@code arrivalRate}, {@code serviceRate} and {@code servers}
 * (all required) make an {@link MMcQueue}.
 *
 * <pre>{@code
 * MMcQueue q = MMcScenario.load(Workbench.data("getting-started-mmc.json"));
 * }</pre>
 */
public final class MMcScenario {

    /** The scenario model name, {@code "mmc"}. */
    public static final String MODEL = "mmc";

    private MMcScenario() {
    }

    /** Reads the three fields; a bad value is a {@link lbw.scenario.ScenarioException} naming its field. */
    public static MMcQueue read(Fields in) {
        double lambda = in.number("arrivalRate");
        double mu = in.number("serviceRate");
        int c = in.integer("servers");
        return in.build(() -> new MMcQueue(lambda, mu, c));
    }

    /** Loads an {@code "model": "mmc"} scenario file (unknown fields are refused). */
    public static MMcQueue load(Path file) {
        return Scenario.load(file, MODEL, MMcScenario::read);
    }
}
