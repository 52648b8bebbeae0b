package lbw.bipartite;

import java.util.List;
import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * A solution of the fluid differential inclusion: times (RK4 steps and events), workloads N(t), the Lyapunov
 * function V(N(t), x(t)) of Lemma 5 (the total absolute drift, computed per tier as in Lemma 10), the number of
 * tiers, the events, and the GMSR routing at the horizon (shares on the CSR edges).
 *
 * @param unresolvedEvents events after which the new structure still flagged an event (0 in a clean solve)
 * @param lemma10Residual  largest difference, over recorded points, between V computed from the GMSR routing by
 *                         its definition (Lemma 5) and the per-tier formula sum_i |lambda(F_i) - sum l_b| (Lemma 10)
 */
public record FluidPath(BipartiteModel model, double[] times, double[][] workload, double[] lyapunov, int[] tiers,
        List<FluidInclusion.Event> events, double[] finalShare, long steps, int unresolvedEvents,
        double lemma10Residual, boolean converged) implements Summarizable {

    /** Copies the arrays, so that the record is a value. */
    public FluidPath {
        times = times.clone();
        workload = lbw.core.Copies.deep(workload);
        lyapunov = lyapunov.clone();
        tiers = tiers.clone();
        events = List.copyOf(events);
        finalShare = finalShare.clone();
    }

    @Override
    public double[] times() {
        return times.clone();
    }

    /** N(t) at the recorded times, one row per time. */
    @Override
    public double[][] workload() {
        return lbw.core.Copies.deep(workload);
    }

    @Override
    public double[] lyapunov() {
        return lyapunov.clone();
    }

    @Override
    public int[] tiers() {
        return tiers.clone();
    }

    @Override
    public double[] finalShare() {
        return finalShare.clone();
    }

    /** N(0). */
    public double[] initialWorkload() {
        return workload[0].clone();
    }

    /** V at the horizon. */
    public double finalLyapunov() {
        return lyapunov[lyapunov.length - 1];
    }

    /** N(T). */
    public double[] finalWorkload() {
        return workload[workload.length - 1].clone();
    }

    /** N(t) by linear interpolation between recorded points. */
    public double[] at(double t) {
        int k = java.util.Arrays.binarySearch(times, t);
        if (k >= 0) {
            return workload[k].clone();
        }
        int i = -k - 1;
        if (i <= 0) {
            return workload[0].clone();
        }
        if (i >= times.length) {
            return workload[times.length - 1].clone();
        }
        double w = (t - times[i - 1]) / (times[i] - times[i - 1]);
        double[] out = new double[workload[0].length];
        for (int b = 0; b < out.length; b++) {
            out[b] = (1 - w) * workload[i - 1][b] + w * workload[i][b];
        }
        return out;
    }

    /** The path of backend b. */
    public double[] backend(int b) {
        double[] out = new double[times.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = workload[i][b];
        }
        return out;
    }

    /** sum_b N_b(t). */
    public double[] total() {
        double[] out = new double[times.length];
        for (int i = 0; i < out.length; i++) {
            for (double v : workload[i]) {
                out[i] += v;
            }
        }
        return out;
    }

    /** The final routing as a dense F x B matrix. */
    public double[][] finalRouting() {
        return dense(model.graph(), finalShare);
    }

    /** Shares on the CSR edges as a dense F x B matrix. */
    static double[][] dense(BipartiteModel.Graph g, double[] share) {
        double[][] x = new double[g.nf()][g.nb()];
        for (int f = 0; f < g.nf(); f++) {
            for (int k = g.fStart()[f]; k < g.fStart()[f + 1]; k++) {
                x[f][g.fAdj()[k]] = share[k];
            }
        }
        return x;
    }

    /** Largest increase of V between consecutive recorded points (0 when V never increases). */
    public double largestLyapunovIncrease() {
        double worst = 0;
        for (int i = 1; i < lyapunov.length; i++) {
            worst = Math.max(worst, lyapunov[i] - lyapunov[i - 1]);
        }
        return worst;
    }

    /**
     * The first recorded time after which |sum_b N_b(t) - target| stays at most eps (NaN if it never does within
     * the horizon).
     */
    public double timeToReach(double target, double eps) {
        double[] tot = total();
        int last = -1;
        for (int i = tot.length - 1; i >= 0; i--) {
            if (Math.abs(tot[i] - target) > eps) {
                last = i;
                break;
            }
        }
        if (last == tot.length - 1) {
            return Double.NaN;
        }
        return times[last + 1];
    }

    /**
     * The number of tier changes (splits and merges), not counting the "start" entry of {@link #events()} nor the
     * "change" entries of a path through {@link Regimes}.
     */
    public int eventCount() {
        return (int) events.stream().filter(e -> !e.kind().equals("start") && !e.kind().equals("change")).count();
    }

    /** The events as a table. */
    public Table eventTable() {
        int k = events.size();
        double[] t = new double[k];
        String[] kind = new String[k];
        int[] before = new int[k];
        int[] after = new int[k];
        for (int i = 0; i < k; i++) {
            t[i] = events.get(i).time();
            kind[i] = events.get(i).kind();
            before[i] = events.get(i).tiersBefore();
            after[i] = events.get(i).tiersAfter();
        }
        return Tables.of("Fluid inclusion events", "time", t, "kind", kind, "tiers before", before,
                "tiers after", after);
    }

    @Override
    public Table summary() {
        double[] fin = finalWorkload();
        String[] name = new String[fin.length];
        for (int b = 0; b < name.length; b++) {
            name[b] = "b" + (b + 1);
        }
        return Tables.of("Fluid solution at T = " + Tables.format(times[times.length - 1]) + " (" + eventCount()
                        + " events, V(T) = " + Tables.format(lyapunov[lyapunov.length - 1])
                        + (converged ? ")" : ", NOT clean: " + unresolvedEvents + " unresolved events)"),
                "backend", name, "workload", fin);
    }
}
