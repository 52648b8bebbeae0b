package lbw.offloading;

import java.util.List;
import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The thresholds of the discounted-optimal policy as one parameter varies ({@link Sweeps#thresholds}).
 *
 * @param parameter the parameter varied
 * @param rows      one row per value, in the order given
 */
public record ThresholdSweep(Sweeps.Parameter parameter, List<Row> rows) implements Summarizable {

    /**
     * The policy at one value of the parameter. A threshold is NaN where SM2 is not used in the window.
     *
     * @param value          the parameter's value
     * @param t1             {@code T1(0), T1(1), T1(2)}: the smallest n0 with SM2 when the cloud is busy with SM1
     * @param t0             {@code T0(1), T0(2)}: the smallest n0 with SM2 when the cloud is idle, at n2 = 1, 2
     * @param structureHolds whether every structure claim holds on the window ({@link StructureReport#allHold()})
     */
    public record Row(double value, double[] t1, double[] t0, boolean structureHolds) {
        public Row {
            t1 = t1.clone();
            t0 = t0.clone();
        }

        @Override
        public double[] t1() {
            return t1.clone();
        }

        @Override
        public double[] t0() {
            return t0.clone();
        }
    }

    public ThresholdSweep {
        rows = List.copyOf(rows);
    }

    /** The parameter's values. */
    public double[] values() {
        return rows.stream().mapToDouble(Row::value).toArray();
    }

    /** {@code T1(n2)} at every value ({@code n2} = 0, 1, 2). */
    public double[] t1(int n2) {
        return rows.stream().mapToDouble(r -> r.t1[n2]).toArray();
    }

    /** {@code T0(n2)} at every value ({@code n2} = 1, 2). */
    public double[] t0(int n2) {
        if (n2 < 1 || n2 > 2) {
            throw new IllegalArgumentException("n2 = " + n2 + ": T0 is kept for n2 = 1 and 2");
        }
        return rows.stream().mapToDouble(r -> r.t0[n2 - 1]).toArray();
    }

    /** Whether every structure claim holds at every value. */
    public boolean structureHoldsEverywhere() {
        return rows.stream().allMatch(Row::structureHolds);
    }

    /** Columns value, T1(0), T1(1), T1(2), T0(1), T0(2) and structure holds ("yes"/"NO"). */
    public Table table() {
        String name = parameter.label();
        return Tables.of("Thresholds against " + name, name, values(), "T1(0)", t1(0), "T1(1)", t1(1), "T1(2)", t1(2),
                "T0(1)", t0(1), "T0(2)", t0(2), "structure holds",
                rows.stream().map(r -> r.structureHolds ? "yes" : "NO").toArray(String[]::new));
    }

    @Override
    public Table summary() {
        return table();
    }
}
