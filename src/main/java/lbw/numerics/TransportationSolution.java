package lbw.numerics;

/**
 * An optimal primal-dual pair of a {@link TransportationProblem}, with the certificates that make it checkable.
 *
 * @param flow                   optimal {@code x_ij}, {@code m x n}
 * @param cost                   primal objective {@code sum cost_ij x_ij}
 * @param rowPotential           dual {@code u_i} of the supply constraints
 * @param price                  dual {@code mu_j >= 0} of the capacity constraints
 * @param dualValue              dual objective {@code sum supply_i u_i - sum capacity_j mu_j}
 * @param gap                    {@code cost - dualValue}: zero up to round-off for an optimal pair
 * @param primalViolation        largest violation of the primal constraints by {@code flow}
 * @param dualViolation          largest violation of the dual constraints by {@code (u, mu)}
 * @param complementarySlackness largest complementary-slackness product (see
 *                               {@link TransportationProblem#complementarySlackness})
 * @param pivots                 simplex pivots taken (degenerate ones included)
 */
public record TransportationSolution(double[][] flow, double cost, double[] rowPotential, double[] price,
                                     double dualValue, double gap, double primalViolation, double dualViolation,
                                     double complementarySlackness, long pivots) {
}
