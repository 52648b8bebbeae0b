package lbw.offloading;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import lbw.table.Summarizable;
import lbw.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The structure claims of the discounted-optimal policy over a grid of models ({@link Sweeps#structureGrid}).
 *
 * @param buffer   the buffer N of every model
 * @param discount the discount factor of every solve
 * @param points   one entry per model of the grid, in grid order
 */
public record StructureGrid(int buffer, double discount, List<Point> points) implements Summarizable {

    /**
     * One model of the grid.
     *
     * @param rho              the load
     * @param k                K
     * @param f                f
     * @param withinAssumption whether {@code f > 1/K}, the paper's assumption
     * @param structure        the claims checked on the window {@code buffer / 3}
     * @param converged        whether value iteration met its tolerance
     */
    public record Point(double rho, double k, double f, boolean withinAssumption, StructureReport structure,
                        boolean converged) {

        /** Whether every claim that the grid reports holds (cloud-first, no SM1 outside S_c, switch-type, ...). */
        public boolean allClaimsHold() {
            return structure.violations().isEmpty();
        }

        /** The first violation found, in words, if any. */
        public Optional<String> firstViolation() {
            return structure.violations().stream().findFirst();
        }

        /** T1(0), the threshold at the cloud-busy slice with no SM2 job, if SM2 is used in the window. */
        public OptionalInt t1AtZero() {
            int t = structure.t1()[0];
            return t == Policy.NEVER ? OptionalInt.empty() : OptionalInt.of(t);
        }
    }

    public StructureGrid {
        points = List.copyOf(points);
    }

    /** The models where some claim fails. */
    public StructureGrid counterexamples() {
        return new StructureGrid(buffer, discount, points.stream().filter(p -> !p.allClaimsHold()).toList());
    }

    /** How many models lie inside the paper's assumption {@code f > 1/K}. */
    public long withinAssumption() {
        return points.stream().filter(Point::withinAssumption).count();
    }

    /**
     * Per structure claim (named as a sweep of the {@code offloading} scenario collects them): models and failures
     * inside and outside the paper's assumption {@code f > 1/K}.
     */
    public List<ClaimCount> claimCounts() {
        List<ClaimCount> out = new java.util.ArrayList<>();
        String[] names = {"cloudFirst", "noSM1OutsideSc", "switchType", "urgencyMonotone", "singleThreshold"};
        List<java.util.function.Predicate<StructureReport>> claims = List.of(StructureReport::cloudFirst,
                StructureReport::noSm1OutsideSc, StructureReport::switchType, StructureReport::urgencyMonotone,
                StructureReport::singleThreshold);
        for (int c = 0; c < names.length; c++) {
            int in = 0, failsIn = 0, outside = 0, failsOut = 0;
            for (Point p : points) {
                boolean fails = !claims.get(c).test(p.structure());
                if (p.withinAssumption()) {
                    in++;
                    failsIn += fails ? 1 : 0;
                } else {
                    outside++;
                    failsOut += fails ? 1 : 0;
                }
            }
            out.add(new ClaimCount(names[c], in, failsIn, outside, failsOut));
        }
        return out;
    }

    /**
     * The grid as a table: rho, K, f, {@code "within f > 1/K"} ({@code "yes"} or {@code "no (f <= 1/K)"}), the
     * five claims ("yes"/"NO"), T1(0), the first violation and whether the solve converged.
     */
    public Table table() {
        int n = points.size();
        double[] rho = new double[n], k = new double[n], f = new double[n], t1 = new double[n];
        String[] within = new String[n], cf = new String[n], sm1 = new String[n], sw = new String[n], um = new String[n],
                st = new String[n], first = new String[n], conv = new String[n];
        for (int i = 0; i < n; i++) {
            Point p = points.get(i);
            StructureReport r = p.structure();
            rho[i] = p.rho();
            k[i] = p.k();
            f[i] = p.f();
            within[i] = p.withinAssumption() ? "yes" : "no (f <= 1/K)";
            cf[i] = yes(r.cloudFirst());
            sm1[i] = yes(r.noSm1OutsideSc());
            sw[i] = yes(r.switchType());
            um[i] = yes(r.urgencyMonotone());
            st[i] = yes(r.singleThreshold());
            t1[i] = p.t1AtZero().isPresent() ? p.t1AtZero().getAsInt() : Double.NaN;
            first[i] = p.firstViolation().orElse("");
            conv[i] = Boolean.toString(p.converged());
        }
        return Tables.of("Structure of the discounted-optimal policy over a parameter grid (buffer " + buffer + ")",
                "rho", rho, "K", k, "f", f, "within f > 1/K", within, "cloud-first", cf, "no SM1 outside S_c", sm1,
                "switch-type", sw, "urgency-monotone", um, "single T*", st, "T1(0)", t1, "first violation", first,
                "converged", conv);
    }

    @Override
    public Table summary() {
        return table();
    }

    private static String yes(boolean b) {
        return b ? "yes" : "NO";
    }
}
