package lbw.bipartite;

import java.util.List;

/**
 * The tiers that start a phase of the fluid solution (after an event, or at the start): for each new tier its
 * frontends, its backends and their common gradient, and the warm-started tie check when restructuring already
 * built one (null otherwise).
 */
record Phase(List<int[]> frontends, List<int[]> backends, double[] gradient, List<TieFlow> flows) {

    /** The number of tiers. */
    int size() {
        return gradient.length;
    }
}
