package lbw.setupdelays;

import lbw.core.Workbench;

/** The paper's example, read from the scenario file the notebooks and the CLI use. */
final class Examples {

    private Examples() {
    }

    static SetupDelayScenario figure1Scenario() {
        return SetupDelayScenario.load(Workbench.data("setup-delays-figure1.json"));
    }

    static SetupDelayModel figure1() {
        return figure1Scenario().model();
    }

    static double figure1Epsilon() {
        return figure1Scenario().epsilon();
    }

    static double figure1Margin() {
        return figure1Scenario().capacityMargin();
    }
}
