package lbw.offloading;

import lbw.core.Check;
import lbw.core.InvalidParameterException;

/**
 * The computation-offloading system of Jeff and Modiano: a local server of capacity {@code mu0} and a cloud of
 * capacity {@code K mu0}; Poisson arrivals at rate {@code lambda} wait in a base queue until the dynamic mode
 * selector sends them to service mode 1 (all work at the cloud, rate {@code K mu0}) or service mode 2 (a fraction
 * {@code f} locally at rate {@code mu0/f}, the rest at the cloud at rate {@code K mu0/(1-f)}).
 *
 * <p>Validation: {@code mu0 > 0}, {@code K > 1}, {@code 0 < f < 1}, {@code f > 1/(1+K)} (otherwise SM2 cannot move
 * load to the local server) and a load {@code rho = lambda/((1+K) mu0)} in (0, 1) (beyond it no policy is stable).
 * The paper's stronger assumption {@code f > 1/K} (equivalently {@code mu0/f < K mu0}) is not enforced;
 * {@link #withinAssumption()} reports it.
 *
 * @param mu0    local server capacity (the paper normalizes it to 1)
 * @param k      cloud-to-local capacity ratio K
 * @param f      fraction of a job's work done locally under SM2
 * @param lambda arrival rate
 */
public record OffloadingModel(double mu0, double k, double f, double lambda) {

    public OffloadingModel {
        Check.positive("mu0", mu0);
        Check.finite("K", k);
        if (!(k > 1)) {
            throw new InvalidParameterException("K", k, "the cloud must be faster than the local server (K > 1)");
        }
        Check.openInterval("f", f, 0, 1);
        if (!(f > 1 / (1 + k))) {
            throw new InvalidParameterException("f", f, "must exceed 1/(1+K) = " + 1 / (1 + k)
                    + ", the local share of the total capacity; otherwise SM2 cannot balance load");
        }
        Check.positive("lambda", lambda);
        double rho = lambda / ((1 + k) * mu0);
        if (!(rho < 1)) {
            throw new InvalidParameterException("rho", rho,
                    "the load lambda/((1+K) mu0) must be below 1; no policy is stable beyond it");
        }
    }

    /** The model at load {@code rho = lambda / ((1+K) mu0)}, i.e. {@code lambda = rho (1+K) mu0}. */
    public static OffloadingModel ofLoad(double rho, double k, double f, double mu0) {
        Check.openInterval("rho", rho, 0, 1);
        Check.positive("mu0", mu0);
        Check.finite("K", k);
        return new OffloadingModel(mu0, k, f, rho * (1 + k) * mu0);
    }

    /** {@link #ofLoad(double, double, double, double)} with {@code mu0 = 1}, the paper's normalization. */
    public static OffloadingModel ofLoad(double rho, double k, double f) {
        return ofLoad(rho, k, f, 1.0);
    }

    /**
     * Remark 1 (heterogeneous stages): SM1 served at the second stage at {@code muC1}, SM2 at {@code muL2} then
     * {@code muC2 > muC1}. Then {@code f = 1 - muC1/muC2}, {@code mu0 = f muL2}, {@code K = muC1/mu0}.
     */
    public static OffloadingModel fromStageRates(double lambda, double muC1, double muL2, double muC2) {
        Check.positive("muC1", muC1);
        Check.positive("muL2", muL2);
        Check.positive("muC2", muC2);
        if (!(muC2 > muC1)) {
            throw new InvalidParameterException("muC2", muC2, "must exceed muC1 = " + muC1);
        }
        double f = 1 - muC1 / muC2;
        double mu0 = f * muL2;
        return new OffloadingModel(mu0, muC1 / mu0, f, lambda);
    }

    /** System load {@code lambda / ((1+K) mu0)}. */
    public double rho() {
        return lambda / ((1 + k) * mu0);
    }

    /** Cloud rate for an SM1 job, {@code K mu0}. */
    public double muC1() {
        return k * mu0;
    }

    /** Local rate for an SM2 job, {@code mu0 / f}. */
    public double muL2() {
        return mu0 / f;
    }

    /** Cloud rate for an SM2 job, {@code K mu0 / (1 - f)}. */
    public double muC2() {
        return k * mu0 / (1 - f);
    }

    /**
     * The uniformization constant {@code lambda + muL2 + max(muC1, muC2)}: the cloud serves one job at a time, so
     * at most one cloud clock runs.
     */
    public double uniformizationRate() {
        return lambda + muL2() + Math.max(muC1(), muC2());
    }

    /** The paper's assumption {@code f > 1/K} (equivalently {@code muL2 < muC1}). */
    public boolean withinAssumption() {
        return f > 1 / k;
    }

    /** Offload-Only is an M/M/1 queue at rate {@code K mu0}: stable iff {@code lambda < K mu0}. */
    public boolean offloadOnlyStable() {
        return lambda < muC1();
    }

    /** The same system at another load. */
    public OffloadingModel withLoad(double rho) {
        return ofLoad(rho, k, f, mu0);
    }
}
