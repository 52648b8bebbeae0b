package lbw.offloading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * Parameter studies for the walkthrough: how the thresholds move with rho, f and K; the structural claims checked
 * over a grid of parameters; the convergence of value iteration against Gauss-Seidel; the uniformized rates.
 */
public final class Sweeps {

    private Sweeps() {
    }

    /** Which parameter a threshold study varies. */
    public enum Parameter {
        RHO("rho"), F("f"), K("K");

        private final String label;

        Parameter(String label) {
            this.label = label;
        }

        /** The parameter's name as the paper writes it: rho, f, K. */
        public String label() {
            return label;
        }
    }

    /**
     * Thresholds of the discounted-optimal policy as one parameter of {@code base} varies: T1(0), T1(1), T1(2),
     * T0(1), T0(2) (NaN where SM2 is not used in the window) and whether all structure claims hold.
     */
    public static ThresholdSweep thresholds(OffloadingSetup base, Parameter which, double[] values) {
        List<ThresholdSweep.Row> rows = new ArrayList<>();
        for (double value : values) {
            OffloadingModel m = base.model();
            OffloadingModel v = switch (which) {
                case RHO -> m.withLoad(value);
                case F -> OffloadingModel.ofLoad(m.rho(), m.k(), value, m.mu0());
                case K -> OffloadingModel.ofLoad(m.rho(), value, m.f(), m.mu0());
            };
            OffloadingSetup s = new OffloadingSetup(v, base.buffer(), base.discount());
            Policy p = DiscountedSolver.gaussSeidel(s.compile(), s.options()).policy();
            StructureReport r = Structure.check(p, Structure.defaultWindow(s.buffer()));
            int[] t1 = r.t1(), t0 = r.t0();
            rows.add(new ThresholdSweep.Row(value, new double[] {orNaN(t1[0]), orNaN(t1[1]), orNaN(t1[2])},
                    new double[] {orNaN(t0[1]), orNaN(t0[2])}, r.allHold()));
        }
        return new ThresholdSweep(which, rows);
    }

    private static double orNaN(int threshold) {
        return threshold == Policy.NEVER ? Double.NaN : threshold;
    }

    /**
     * The structure claims over every (rho, K, f) of a grid, skipping {@code f <= 1/(1+K)} (not a valid model). Rows
     * with {@code f <= 1/K} lie outside the paper's assumption and are flagged; {@link StructureGrid#counterexamples()}
     * keeps the models where a claim fails.
     */
    public static StructureGrid structureGrid(double[] rhos, double[] ks, double[] fs, int buffer, double discount) {
        List<StructureGrid.Point> points = new ArrayList<>();
        for (double k : ks) {
            for (double f : fs) {
                if (!(f > 1 / (1 + k))) {
                    continue;
                }
                for (double rho : rhos) {
                    OffloadingSetup s = new OffloadingSetup(OffloadingModel.ofLoad(rho, k, f), buffer, discount);
                    DiscountedSolution d = DiscountedSolver.gaussSeidel(s.compile(), s.options());
                    StructureReport r = Structure.check(d.policy(), Structure.defaultWindow(buffer));
                    points.add(new StructureGrid.Point(rho, k, f, s.model().withinAssumption(), r, d.converged()));
                }
            }
        }
        return new StructureGrid(buffer, discount, points);
    }

    /**
     * The sup-norm change per sweep of value iteration and of Gauss-Seidel value iteration from V = 0, with the
     * stopping threshold; a method's entries are NaN after it stopped.
     */
    public static ConvergenceTrace convergence(UniformizedMdp mdp, SolverOptions options) {
        double tol = options.stoppingThreshold();
        List<Double> vi = new ArrayList<>(), gs = new ArrayList<>();
        double[] v = new double[mdp.size()], w = new double[mdp.size()];
        double[] ring = BlockSweeps.newRing(mdp.space()), ring2 = BlockSweeps.newRing(mdp.space());
        boolean viOn = true, gsOn = true;
        for (int it = 0; (viOn || gsOn) && it < options.maxIterations(); it++) {
            double a = viOn ? BlockSweeps.jacobi(mdp, v, ring, options.discount()) : Double.NaN;
            double b = gsOn ? BlockSweeps.gaussSeidel(mdp, w, ring2, options.discount()) : Double.NaN;
            vi.add(a);
            gs.add(b);
            viOn &= !(a < tol);
            gsOn &= !(b < tol);
        }
        return new ConvergenceTrace(options.discount(), tol, vi.stream().mapToDouble(Double::doubleValue).toArray(),
                gs.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The uniformized chain's events with their rates and probabilities per step. */
    public static Table rates(OffloadingModel m) {
        double lam = m.uniformizationRate();
        String[] ev = {"arrival A", "local SM2 completion D_l2 (i2 = 1)", "cloud SM1 departure D_c1 (i1 = 1, n2 = 0)",
                "cloud SM2 departure D_c2 (n2 >= 1)", "uniformization constant Lambda"};
        double[] r = {m.lambda(), m.muL2(), m.muC1(), m.muC2(), lam};
        double[] p = Arrays.stream(r).map(x -> x / lam).toArray();
        return Tables.of("Rates at rho = " + Tables.format(m.rho()) + ", K = " + Tables.format(m.k()) + ", f = "
                + Tables.format(m.f()), "event", ev, "rate", r, "probability per step", p);
    }

}
