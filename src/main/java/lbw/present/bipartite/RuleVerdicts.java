package lbw.present.bipartite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import lbw.bipartite.RuleComparison;
import lbw.present.Verdict;

/** Verdicts on a {@link RuleComparison}: statements about routing rules that are printed with their numbers. */
public final class RuleVerdicts {

    private RuleVerdicts() {
    }

    /**
     * "Every simulated total is at least its rule's fluid value": Lemma 1 bounds the long-run mean of every policy
     * by OPT, and the fluid fixed point is the large-c limit; a single seeded run can still fall below it.
     */
    public static Verdict simulatedAboveFluid(RuleComparison r) {
        List<String> below = new ArrayList<>();
        int compared = 0;
        for (RuleComparison.Row row : r.rows()) {
            if (Double.isFinite(row.fluidTotal())) {
                compared++;
                if (row.simulatedTotal() < row.fluidTotal()) {
                    below.add(String.format(Locale.ROOT, "%s %.5f < %.5f (%.3f%%)", row.rule().label(), row.simulatedTotal(),
                            row.fluidTotal(), 100 * (row.simulatedTotal() - row.fluidTotal()) / row.fluidTotal()));
                }
            }
        }
        return Verdict.of("in this run every simulated total is at least its rule's fluid value", below.isEmpty(),
                "%d rules with a finite fluid value; %s; one seeded run per rule", compared,
                below.isEmpty() ? "none below" : "below: " + String.join("; ", below));
    }

    /** Which rule is best and which are worst in simulation, with their ratios to OPT. */
    public static Verdict ranking(RuleComparison r, String expectedBest) {
        List<RuleComparison.Row> rows = new ArrayList<>(r.rows());
        rows.sort(Comparator.comparingDouble(RuleComparison.Row::simulatedRatio));
        StringBuilder sb = new StringBuilder("simulated / OPT: ");
        for (int i = 0; i < rows.size(); i++) {
            RuleComparison.Row row = rows.get(i);
            sb.append(i == 0 ? "" : " < ").append(row.rule().label()).append(' ')
                    .append(String.format(Locale.ROOT, "%.3f", row.simulatedRatio()));
            if (!Double.isFinite(row.fluidRatio()) && !Double.isNaN(row.fluidRatio())) {
                sb.append(" (no stable fluid fixed point: a backend gets more than it can serve, so this is the backlog"
                        + " at the end of the run, not a long-run mean)");
            }
        }
        return Verdict.of(expectedBest + " has the smallest simulated total", rows.get(0).rule().label().equals(expectedBest),
                "%s", sb.toString());
    }
}
