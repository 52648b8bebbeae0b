package lbw.offloading;

import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How often one structure claim fails over a set of models, inside and outside the paper's assumption
 * {@code f > 1/K} ({@link StructureGrid#claimCounts}, {@link StructureClaims#summary}).
 *
 * @param claim           the claim's name ({@code cloudFirst}, {@code switchType}, ...)
 * @param inside          models inside the assumption
 * @param failsInside     of them, the models the claim fails on (a counterexample to the paper if not 0)
 * @param outside         models outside the assumption
 * @param failsOutside    of them, the models the claim fails on
 */
public record ClaimCount(String claim, int inside, int failsInside, int outside, int failsOutside) {

    /** Whether the claim holds on every model inside the assumption. */
    public boolean holdsInside() {
        return failsInside == 0;
    }

    /** The counts as a table: claim, then models and failures inside and outside the assumption. */
    public static Table table(String title, List<ClaimCount> counts) {
        StringColumn claim = StringColumn.create("claim");
        IntColumn in = IntColumn.create("f > 1/K: models");
        IntColumn failsIn = IntColumn.create("f > 1/K: claim fails");
        IntColumn out = IntColumn.create("f <= 1/K: models");
        IntColumn failsOut = IntColumn.create("f <= 1/K: claim fails");
        for (ClaimCount c : counts) {
            claim.append(c.claim());
            in.append(c.inside());
            failsIn.append(c.failsInside());
            out.append(c.outside());
            failsOut.append(c.failsOutside());
        }
        return Table.create(title, claim, in, failsIn, out, failsOut);
    }
}
