package lbw.offloading;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * The structure claims of Section III counted over many models: a table with one row per model, a boolean column
 * {@code withinAssumption} (f > 1/K) and one boolean column per claim (named {@code structure.<claim>}, as a sweep
 * of the {@code offloading} scenario collects them), summarized as how often each claim holds inside and outside
 * the paper's assumption.
 */
public final class StructureClaims {

    /** The claims, as keys of the {@code offloading} solve output. */
    public static final List<String> CLAIMS = List.of("structure.cloudFirst", "structure.noSM1OutsideSc",
            "structure.switchType", "structure.urgencyMonotone", "structure.singleThreshold");

    private StructureClaims() {
    }

    /** Per claim: models inside / outside the assumption, and how many of each the claim fails on. */
    public static Table summary(Table models) {
        BooleanColumn within = models.booleanColumn("withinAssumption");
        StringColumn claim = StringColumn.create("claim");
        IntColumn inside = IntColumn.create("f > 1/K: models");
        IntColumn failsInside = IntColumn.create("f > 1/K: claim fails");
        IntColumn outside = IntColumn.create("f <= 1/K: models");
        IntColumn failsOutside = IntColumn.create("f <= 1/K: claim fails");
        for (String c : CLAIMS) {
            if (!models.containsColumn(c)) {
                continue;
            }
            BooleanColumn holds = models.booleanColumn(c);
            claim.append(c.substring(c.indexOf('.') + 1));
            inside.append(within.isTrue().size());
            failsInside.append(within.isTrue().and(holds.isFalse()).size());
            outside.append(within.isFalse().size());
            failsOutside.append(within.isFalse().and(holds.isFalse()).size());
        }
        return Table.create("Structure claims over " + models.rowCount() + " models", claim, inside, failsInside,
                outside, failsOutside);
    }

    /** The models on which some claim fails, with the claims that fail. */
    public static Table counterexamples(Table models) {
        Selection any = Selection.with();
        List<String> present = new ArrayList<>();
        for (String c : CLAIMS) {
            if (models.containsColumn(c)) {
                present.add(c);
                any = any.or(models.booleanColumn(c).isFalse());
            }
        }
        Table bad = models.where(any);
        StringColumn failing = StringColumn.create("failing claims");
        for (int r = 0; r < bad.rowCount(); r++) {
            List<String> f = new ArrayList<>();
            for (String c : present) {
                if (Boolean.FALSE.equals(bad.booleanColumn(c).get(r))) {
                    f.add(c.substring(c.indexOf('.') + 1));
                }
            }
            failing.append(String.join(", ", f));
        }
        bad.addColumns(failing);
        bad.setName("Models where a claim fails: " + bad.rowCount() + " of " + models.rowCount());
        return bad;
    }
}
