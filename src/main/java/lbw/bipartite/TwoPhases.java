package lbw.bipartite;

import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The two phases of convergence along a fluid path (Section 6.3, as computed by {@link ConvergencePhases#along}),
 * with the constants of the proofs computed from the model:
 * <ul>
 * <li>Lemma 13: {@code kappa = min_b l_b'(N*_b) / 2} (the proof's choice with the feasible N*), {@code Ntilde_b}
 * with {@code l_b'(Ntilde_b) = kappa}, {@code Delta = min_b (l_b(Ntilde_b) - l_b(N*_b))};</li>
 * <li>the invariant set {@code K = {N : l_b'(N_b) >= kappa for all b}} (Proposition 1) and the time T the path
 * enters it;</li>
 * <li>Proposition 4, phase 1 (t &lt; T): {@code min_b dN_b/dt <= -eta} with
 * {@code eta = min(kappa min_b Ntilde_b, Delta / |B|)} (the two cases of its proof);</li>
 * <li>phase 2 (t &gt;= T): V decays at least at rate kappa (Proposition 2's argument: each tier's part of V decays
 * at its gradient, at least kappa in K), {@code V(t) <= V(T) e^(-kappa (t - T))}, and
 * {@code |sum N - OPT| <= V / kappa} (Proposition 3).</li>
 * </ul>
 *
 * @param times              recorded times of the path
 * @param minGradient        {@code min_b l_b'(N_b(t))} (in K when at least kappa)
 * @param v                  V(t)
 * @param totalGap           {@code |sum_b N_b(t) - OPT|}
 * @param driftTimes         the times (a subsample of at most a few thousand) where the drift was computed
 * @param minDrift           {@code min_b dN_b/dt} there, from the drift the fluid solution follows
 * @param entry              T, the first recorded time from which the path stays in K (0 if it starts there; NaN
 *                           if it is still outside at the horizon)
 * @param leavesK            whether the path is outside K at a recorded time after having been inside (Proposition
 *                           1 says never)
 * @param worstPhase1Drift   the largest {@code min_b dN_b/dt} over the phase-1 drift times (Proposition 4: at most
 *                           -eta); NaN when there is no phase 1
 * @param worstDecayRatio    the largest {@code V(t) / (V(T) e^(-kappa (t - T)))} over phase 2 where V is above
 *                           round-off (at most 1)
 * @param worstBoundRatio    the largest {@code |sum N - OPT| / (V / kappa)} over phase 2 (at most 1)
 * @param lemma13Slack       the least {@code sum_{b in B(P)} l_b(Ntilde_b) - sum_{f in P} lambda_f - Delta} over
 *                           all non-empty frontend sets P (Lemma 13: at least 0; NaN for more than 20 frontends)
 */
public record TwoPhases(double kappa, double[] tildeN, double delta, double eta, double opt, double[] times,
        double[] minGradient, double[] v, double[] totalGap, double[] driftTimes, double[] minDrift, double entry,
        boolean leavesK, double worstPhase1Drift, double worstDecayRatio, double worstBoundRatio,
        double lemma13Slack) implements Summarizable {

    /** Copies the arrays, so that the record is a value. */
    public TwoPhases {
        tildeN = tildeN.clone();
        times = times.clone();
        minGradient = minGradient.clone();
        v = v.clone();
        totalGap = totalGap.clone();
        driftTimes = driftTimes.clone();
        minDrift = minDrift.clone();
    }

    @Override
    public double[] tildeN() {
        return tildeN.clone();
    }

    @Override
    public double[] times() {
        return times.clone();
    }

    @Override
    public double[] minGradient() {
        return minGradient.clone();
    }

    @Override
    public double[] v() {
        return v.clone();
    }

    @Override
    public double[] totalGap() {
        return totalGap.clone();
    }

    @Override
    public double[] driftTimes() {
        return driftTimes.clone();
    }

    @Override
    public double[] minDrift() {
        return minDrift.clone();
    }

    /** Whether the path reached K within the horizon. */
    public boolean reachedK() {
        return !Double.isNaN(entry);
    }

    /** The phase-2 bound {@code V(T) e^(-kappa (t - T))} at the recorded times (NaN before T). */
    public double[] vBound() {
        double[] out = new double[times.length];
        double vT = Double.NaN;
        for (int i = 0; i < times.length; i++) {
            if (reachedK() && times[i] >= entry) {
                if (Double.isNaN(vT)) {
                    vT = v[i];
                }
                out[i] = vT * Math.exp(-kappa * (times[i] - entry));
            } else {
                out[i] = Double.NaN;
            }
        }
        return out;
    }

    /** The first recorded time from which |sum N - OPT| stays at most eps (NaN if never within the horizon). */
    public double timeToReach(double eps) {
        int last = -1;
        for (int i = totalGap.length - 1; i >= 0; i--) {
            if (totalGap[i] > eps) {
                last = i;
                break;
            }
        }
        return last == totalGap.length - 1 ? Double.NaN : times[last + 1];
    }

    /** V at the entry into K (NaN if the path never enters). */
    public double vAtEntry() {
        for (int i = 0; i < times.length; i++) {
            if (times[i] >= entry) {
                return v[i];
            }
        }
        return Double.NaN;
    }

    /**
     * How long phase 2 may take at most to bring |sum N - OPT| to eps, from the bounds alone:
     * {@code V(t) <= V(T) e^(-kappa (t - T))} and {@code |sum N - OPT| <= V / kappa} give
     * {@code ln(V(T) / (kappa eps)) / kappa} (0 if already there).
     */
    public double phase2Bound(double eps) {
        lbw.core.Check.positive("eps", eps);
        return Math.max(0, Math.log(vAtEntry() / (kappa * eps)) / kappa);
    }

    /** How long after T the gap took to stay within eps (0 if it already did at T; NaN if never). */
    public double phase2Time(double eps) {
        return Math.max(0, timeToReach(eps) - entry);
    }

    @Override
    public Table summary() {
        double minTilde = Double.POSITIVE_INFINITY;
        for (double x : tildeN) {
            minTilde = Math.min(minTilde, x);
        }
        return Tables.of("Two phases of convergence (Propositions 1-4), delta = |sum N(0) - OPT| = "
                        + Tables.format(totalGap[0]),
                "quantity", new String[] {"kappa = min_b l_b'(N*_b) / 2 (Lemma 13)", "min_b Ntilde_b", "Delta (Lemma 13)",
                    "least Lemma 13 slack (>= 0)", "eta = min(kappa min Ntilde, Delta / |B|) (Proposition 4)",
                    "T: entry into K", "phase 1: largest min_b dN_b/dt (<= -eta)", "leaves K after T (never)",
                    "phase 2: largest V / (V(T) e^(-kappa (t - T))) (<= 1)",
                    "phase 2: largest |sum N - OPT| / (V / kappa) (<= 1)"},
                "value", new String[] {Tables.format(kappa), Tables.format(minTilde), Tables.format(delta),
                    Tables.format(lemma13Slack), Tables.format(eta), Tables.format(entry),
                    Tables.format(worstPhase1Drift), String.valueOf(leavesK), Tables.format(worstDecayRatio),
                    Tables.format(worstBoundRatio)});
    }
}
