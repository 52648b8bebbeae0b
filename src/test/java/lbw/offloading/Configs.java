package lbw.offloading;

import lbw.core.Workbench;

/** The placeholder configurations (a)-(d) from data/, read as the notebooks and the CLI read them. */
final class Configs {

    private Configs() {
    }

    static OffloadingSetup load(char id) {
        return OffloadingScenario.load(Workbench.data("offloading-config-" + id + ".json"));
    }

    static final char[] ALL = {'a', 'b', 'c', 'd'};
}
