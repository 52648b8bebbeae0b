package lbw.bipartite;

import java.util.List;
import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * One event of a fluid path seen from the tiers ({@link TierEvents#of}): the tiers it replaced (tiers just before
 * that are not tiers just after), the tiers it created, V just before and at the event, and why the tiers tied at
 * the event could not stay one tier ("held": their union kept at one common gradient a little past the event).
 *
 * <p>Lemma 11 is a split: one tier becomes several; Lemma 12 a reconfiguration: several tiers reach one gradient
 * and leave it as other tiers. The paper proves that V does not increase through either.
 *
 * @param time           the event time
 * @param kind           the solver's name for the event ("merge", "split" or "reconfiguration")
 * @param replaced       tiers at the last recorded state before the event that are not tiers after it
 * @param created        tiers at the first recorded state after the event that were not tiers before it
 * @param vBefore        V at the last recorded state before the event
 * @param vAfter         V at the event, with the new tiers
 * @param heldFrontends  the frontends of the replaced tiers
 * @param heldBackends   the backends of the replaced tiers
 * @param heldInflow     per held backend, the tie-keeping inflow {@code y_b = l_b + (dg/dt) / l_b''} it would need
 *                       at {@code time + heldAfter} if the union were one tier (negative: impossible)
 * @param heldDeficit    arrival rate of the held frontends that no routing along their edges can place within
 *                       those inflows (a maximum flow, fresh, by {@link BipartiteFlow}); positive: Hall's condition
 *                       fails
 * @param heldAfter      how long after the event the held tier is evaluated
 * @param isolated       whether no other event lies between the recorded states used (otherwise before and after
 *                       mix two events)
 */
public record TierChange(double time, String kind, List<TierStructure.Tier> replaced,
        List<TierStructure.Tier> created, double vBefore, double vAfter, int[] heldFrontends, int[] heldBackends,
        double[] heldInflow, double heldDeficit, double heldAfter, boolean isolated) implements Summarizable {

    /** Copies the lists and arrays, so that the record is a value. */
    public TierChange {
        replaced = List.copyOf(replaced);
        created = List.copyOf(created);
        heldFrontends = heldFrontends.clone();
        heldBackends = heldBackends.clone();
        heldInflow = heldInflow.clone();
    }

    @Override
    public int[] heldFrontends() {
        return heldFrontends.clone();
    }

    @Override
    public int[] heldBackends() {
        return heldBackends.clone();
    }

    @Override
    public double[] heldInflow() {
        return heldInflow.clone();
    }

    /**
     * The kind read from the two partitions alone (not from the solver): "merge" (k >= 2 tiers to one), "split"
     * (one to m >= 2), "reconfiguration" (k >= 2 to m >= 2), "touch" when the partition did not change.
     */
    public String partitionKind() {
        int k = replaced.size();
        int m = created.size();
        if (k == 0 && m == 0) {
            return "touch";
        }
        if (m == 1) {
            return "merge";
        }
        return k == 1 ? "split" : "reconfiguration";
    }

    /** The smallest tie-keeping inflow the held union would need. */
    public double smallestHeldInflow() {
        double s = Double.POSITIVE_INFINITY;
        for (double y : heldInflow) {
            s = Math.min(s, y);
        }
        return s;
    }

    /** Whether the held union cannot be one tier: a negative inflow or a positive deficit beyond {@code tol}. */
    public boolean heldInfeasible(double tol) {
        return smallestHeldInflow() < -tol || heldDeficit > tol;
    }

    /** Tiers as text, e.g. {@code ({f1}, {b1}) + (\u2205, {b2})}. */
    public static String names(List<TierStructure.Tier> tiers) {
        StringBuilder sb = new StringBuilder();
        for (TierStructure.Tier t : tiers) {
            sb.append(sb.length() == 0 ? "" : " + ").append('(')
                    .append(t.frontends().length == 0 ? "\u2205" : TierStructure.names("f", t.frontends()))
                    .append(", ").append(TierStructure.names("b", t.backends())).append(')');
        }
        return sb.toString();
    }

    /** One row per held backend: its tie-keeping inflow had the union stayed one tier. */
    @Override
    public Table summary() {
        String[] b = new String[heldBackends.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = "b" + (heldBackends[i] + 1);
        }
        return Tables.of("At t = " + Tables.format(time) + " (" + kind + "): " + names(replaced) + " -> "
                + names(created) + "; held as one tier for " + Tables.format(heldAfter) + " more, frontends "
                + TierStructure.names("f", heldFrontends) + " could not place " + Tables.format(heldDeficit)
                + " of their flow", "backend", b, "tie-keeping inflow y_b", heldInflow);
    }
}
