package lbw.setupdelays;

import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * How close the stochastic system of size k comes to its fluid limit ({@link Studies#fluidLimit}): the mean over
 * seeds of {@code sup_t max_j |Q_j(t)/k - q_j(t)|} for the proximal and the myopic rule, with {@code 1/sqrt(k)}.
 *
 * @param horizon  the simulated time t runs to
 * @param seeds    seeds averaged per scale
 * @param scales   the sizes k
 * @param proximal the mean sup distance of the proximal rule (26) at each k
 * @param myopic   the same for the myopic rule (9)
 */
public record FluidLimit(double horizon, int seeds, double[] scales, double[] proximal, double[] myopic)
        implements Summarizable {

    public FluidLimit {
        if (proximal.length != scales.length || myopic.length != scales.length) {
            throw new IllegalArgumentException("one distance per rule and scale (" + scales.length + ")");
        }
        scales = scales.clone();
        proximal = proximal.clone();
        myopic = myopic.clone();
    }

    @Override
    public double[] scales() {
        return scales.clone();
    }

    @Override
    public double[] proximal() {
        return proximal.clone();
    }

    @Override
    public double[] myopic() {
        return myopic.clone();
    }

    /** {@code 1/sqrt(k)} at each scale: the rate the distances should follow. */
    public double[] reference() {
        double[] r = new double[scales.length];
        for (int s = 0; s < r.length; s++) {
            r[s] = 1 / Math.sqrt(scales[s]);
        }
        return r;
    }

    /** Columns k, proximal (26), myopic (9), 1/sqrt(k). */
    public Table table() {
        return Tables.of("fluid limit: mean sup_t max_j |Q_j/k - q_j| over " + seeds + " seeds, t <= " + horizon,
                "k", scales(), "proximal (26)", proximal(), "myopic (9)", myopic(), "1/sqrt(k)", reference());
    }

    @Override
    public Table summary() {
        return table();
    }
}
