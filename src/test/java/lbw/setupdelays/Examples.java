package lbw.setupdelays;

import java.nio.file.Path;
import lbw.scenario.Fields;
import lbw.scenario.Scenario;

/** The paper's example, read from the scenario file the notebooks and the CLI use. */
final class Examples {

    private Examples() {
    }

    static Fields figure1Fields() {
        Path p = Path.of("data", "setup-delays-figure1.json");
        return Scenario.load(p).fields();
    }

    static SetupDelayModel figure1() {
        Fields f = figure1Fields();
        return new SetupDelayModel(f.numbers("capacity"), f.numbers("arrivalRate"), f.numberMatrix("setupTime"));
    }

    static double figure1Epsilon() {
        return figure1Fields().number("epsilon");
    }

    static double figure1Margin() {
        return figure1Fields().number("capacityMargin");
    }
}
