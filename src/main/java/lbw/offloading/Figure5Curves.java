package lbw.offloading;

import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The exact curves of Figure 5 ({@link DelayStudy#exact}): one entry per load of the scenario.
 *
 * @param scenario       the study's settings (K, f, buffer, loads)
 * @param rho            the loads
 * @param optimal        mean delay of the discounted-optimal policy (the paper's policy)
 * @param averageOptimal mean delay of the average-cost optimal policy
 * @param offloadOnly    mean delay of Offload-Only on the truncated chain (NaN where {@code rho >= K/(1+K)})
 * @param offloadOnlyMM1 the untruncated M/M/1 delay {@code 1/(K mu0 - lambda)} (NaN where unstable)
 * @param nonIdling      mean delay of Non-Idling
 * @param lossOptimal    loss probability of the discounted-optimal policy (arrivals refused at {@code n0 = N})
 * @param lossNonIdling  loss probability of Non-Idling
 * @param t1AtZero       T1(0) of the discounted-optimal policy (NaN where SM2 is not used in the window)
 * @param converged      whether every solve at this load met its tolerance
 */
public record Figure5Curves(Figure5Scenario scenario, double[] rho, double[] optimal, double[] averageOptimal,
                            double[] offloadOnly, double[] offloadOnlyMM1, double[] nonIdling, double[] lossOptimal,
                            double[] lossNonIdling, double[] t1AtZero, boolean[] converged) implements Summarizable {

    public Figure5Curves {
        rho = rho.clone();
        optimal = optimal.clone();
        averageOptimal = averageOptimal.clone();
        offloadOnly = offloadOnly.clone();
        offloadOnlyMM1 = offloadOnlyMM1.clone();
        nonIdling = nonIdling.clone();
        lossOptimal = lossOptimal.clone();
        lossNonIdling = lossNonIdling.clone();
        t1AtZero = t1AtZero.clone();
        converged = converged.clone();
    }

    @Override
    public double[] rho() {
        return rho.clone();
    }

    @Override
    public double[] optimal() {
        return optimal.clone();
    }

    @Override
    public double[] averageOptimal() {
        return averageOptimal.clone();
    }

    @Override
    public double[] offloadOnly() {
        return offloadOnly.clone();
    }

    @Override
    public double[] offloadOnlyMM1() {
        return offloadOnlyMM1.clone();
    }

    @Override
    public double[] nonIdling() {
        return nonIdling.clone();
    }

    @Override
    public double[] lossOptimal() {
        return lossOptimal.clone();
    }

    @Override
    public double[] lossNonIdling() {
        return lossNonIdling.clone();
    }

    @Override
    public double[] t1AtZero() {
        return t1AtZero.clone();
    }

    @Override
    public boolean[] converged() {
        return converged.clone();
    }

    /** The number of loads. */
    public int size() {
        return rho.length;
    }

    /** Whether every solve at every load met its tolerance. */
    public boolean allConverged() {
        for (boolean c : converged) {
            if (!c) {
                return false;
            }
        }
        return true;
    }

    /**
     * The curves as a table: columns rho, optimal, averageOptimal, offloadOnly, offloadOnlyMM1, nonIdling,
     * lossOptimal, lossNonIdling, T1(0) and converged ("true"/"false").
     */
    public Table table() {
        String[] ok = new String[converged.length];
        for (int i = 0; i < ok.length; i++) {
            ok[i] = Boolean.toString(converged[i]);
        }
        return Tables.of("Mean delay against load, K = " + Tables.format(scenario.k()) + ", f = "
                        + Tables.format(scenario.f()) + ", buffer " + scenario.buffer(),
                "rho", rho(), "optimal", optimal(), "averageOptimal", averageOptimal(), "offloadOnly", offloadOnly(),
                "offloadOnlyMM1", offloadOnlyMM1(), "nonIdling", nonIdling(), "lossOptimal", lossOptimal(),
                "lossNonIdling", lossNonIdling(), "T1(0)", t1AtZero(), "converged", ok);
    }

    @Override
    public Table summary() {
        return table();
    }
}
