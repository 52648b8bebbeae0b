package lbw.offloading;

import java.util.List;
import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The paper's discounted-optimal policy (gamma fixed) against the average-cost optimal policy for each configuration
 * ({@link PaperConfigurations#averageVsDiscounted}).
 *
 * @param rows one per configuration
 */
public record AverageVsDiscounted(List<Row> rows) implements Summarizable {

    /**
     * One configuration.
     *
     * @param caption           the configuration's caption
     * @param t1Discounted      T1(0..5) of the discounted-optimal policy (null where SM2 is not used in the window)
     * @param t1Average         T1(0..5) of the average-cost optimal policy
     * @param differingStates   window states where the two policies choose different actions
     * @param delayDiscounted   stationary mean delay of the discounted-optimal policy
     * @param delayAverage      stationary mean delay of the average-cost optimal policy
     */
    public record Row(String caption, Integer[] t1Discounted, Integer[] t1Average, int differingStates,
                      double delayDiscounted, double delayAverage) {
        public Row {
            t1Discounted = t1Discounted.clone();
            t1Average = t1Average.clone();
        }

        @Override
        public Integer[] t1Discounted() {
            return t1Discounted.clone();
        }

        @Override
        public Integer[] t1Average() {
            return t1Average.clone();
        }

        /** {@code |delayDiscounted - delayAverage| / delayAverage}. */
        public double relativeDelayGap() {
            return Math.abs(delayDiscounted - delayAverage) / delayAverage;
        }
    }

    public AverageVsDiscounted {
        rows = List.copyOf(rows);
    }

    /** Whether the two criteria choose the same action in every window state of every configuration. */
    public boolean sameActionsEverywhere() {
        return rows.stream().allMatch(r -> r.differingStates() == 0);
    }

    /** The differing window states per configuration. */
    public int[] differingStates() {
        return rows.stream().mapToInt(Row::differingStates).toArray();
    }

    /** The largest relative difference of the two mean delays over the configurations. */
    public double largestRelativeDelayGap() {
        return rows.stream().mapToDouble(Row::relativeDelayGap).max().orElse(0);
    }

    /** Columns config, T1(0..5) of each policy, differing states, and the two mean delays. */
    public Table table() {
        return Tables.of("Discounted (gamma fixed) against average-cost optimal policies",
                "config", rows.stream().map(Row::caption).toArray(String[]::new),
                "T1(0..5) discounted", rows.stream().map(r -> PaperConfigurations.list(r.t1Discounted)).toArray(String[]::new),
                "T1(0..5) average cost", rows.stream().map(r -> PaperConfigurations.list(r.t1Average)).toArray(String[]::new),
                "states that differ in the window", differingStates(),
                "delay, discounted-optimal", rows.stream().mapToDouble(Row::delayDiscounted).toArray(),
                "delay, average-cost optimal", rows.stream().mapToDouble(Row::delayAverage).toArray());
    }

    @Override
    public Table summary() {
        return table();
    }
}
