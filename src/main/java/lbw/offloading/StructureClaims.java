package lbw.offloading;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
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
        List<ClaimCount> counts = new ArrayList<>();
        for (String c : CLAIMS) {
            if (!models.containsColumn(c)) {
                continue;
            }
            BooleanColumn holds = models.booleanColumn(c);
            counts.add(new ClaimCount(c.substring(c.indexOf('.') + 1), within.isTrue().size(),
                    within.isTrue().and(holds.isFalse()).size(), within.isFalse().size(),
                    within.isFalse().and(holds.isFalse()).size()));
        }
        return ClaimCount.table("Structure claims over " + models.rowCount() + " models", counts);
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
