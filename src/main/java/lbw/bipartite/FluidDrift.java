package lbw.bipartite;

/**
 * The drift that the fluid solution follows at a state ({@link FluidInclusion#driftAt}): the workloads (after the
 * tied backends of each tier are given their common gradient, a change of rounding size), the gradients
 * {@code l_b'(N_b)}, the GMSR routing x (F x B) and {@code dN_b/dt = sum_f lambda_f x_fb - l_b(N_b)}.
 */
public record FluidDrift(double[] workload, double[] gradient, double[][] routing, double[] drift) {

    /** Copies the arrays. */
    public FluidDrift {
        workload = workload.clone();
        gradient = gradient.clone();
        routing = lbw.core.Copies.deep(routing);
        drift = drift.clone();
    }

    @Override
    public double[] workload() {
        return workload.clone();
    }

    @Override
    public double[] gradient() {
        return gradient.clone();
    }

    @Override
    public double[][] routing() {
        return lbw.core.Copies.deep(routing);
    }

    @Override
    public double[] drift() {
        return drift.clone();
    }
}
