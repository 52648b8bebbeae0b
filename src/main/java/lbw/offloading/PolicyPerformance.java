package lbw.offloading;

import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * Long-run performance of a policy on the truncated chain, from its stationary distribution.
 *
 * @param policy          the policy's name
 * @param rho             the load
 * @param buffer          the truncation N
 * @param meanJobs        E[|x|], the time-average number of jobs in the system
 * @param throughput      accepted arrival rate {@code lambda (1 - P(n0 = N))}
 * @param lossProbability P(n0 = N): the fraction of arrivals dropped by the truncation
 * @param meanDelay       mean sojourn time of accepted jobs, {@code meanJobs / throughput} (Little's law)
 * @param sm2Share        the fraction of accepted jobs served in SM2
 * @param edgeMass        P(n0 >= N - N/4 or n2 >= N - N/4): how much the truncation is felt
 * @param iterations      Gauss-Seidel sweeps done
 * @param residual        {@code ||pi Q||_1 / Lambda} of the final distribution
 * @param converged       whether the residual fell below the tolerance within the budget
 * @param distribution    the stationary distribution over states (post-decision states only carry mass)
 */
public record PolicyPerformance(String policy, double rho, int buffer, double meanJobs, double throughput,
                                double lossProbability, double meanDelay, double sm2Share, double edgeMass,
                                int iterations, double residual, boolean converged, double[] distribution)
        implements Summarizable {

    public PolicyPerformance {
        distribution = distribution.clone();
    }

    @Override
    public double[] distribution() {
        return distribution.clone();
    }

    @Override
    public Table summary() {
        return Tables.of(policy + " at rho = " + Tables.format(rho) + ", buffer " + buffer,
                "quantity", new String[] {"mean jobs", "throughput", "loss probability", "mean delay", "SM2 share",
                        "mass near the buffer edge", "sweeps", "residual", "converged"},
                "value", new String[] {Tables.format(meanJobs), Tables.format(throughput), Tables.format(lossProbability),
                        Tables.format(meanDelay), Tables.format(sm2Share), Tables.format(edgeMass),
                        Integer.toString(iterations), Tables.format(residual), Boolean.toString(converged)});
    }
}
