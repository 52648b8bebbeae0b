package lbw.present;

import java.util.Locale;
import java.util.Objects;

/**
 * A statement about computed numbers, with the numbers behind it and whether it holds. Notebooks print verdicts
 * instead of writing claims into their text, so that a change in the numbers changes the sentence:
 * {@code Export.verdict("bip-distance-to-fluid", Verdict.of("the distance falls as c grows", falls, "distances %s", d))}.
 *
 * @param claim    the statement, in words
 * @param holds    whether the numbers support it
 * @param evidence the numbers behind it, in words
 * @param points   how many data points the verdict rests on (1 makes the printed sentence say so)
 */
public record Verdict(String claim, boolean holds, String evidence, int points) {

    public Verdict {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(evidence, "evidence");
        if (claim.isBlank()) {
            throw new IllegalArgumentException("claim: must not be blank");
        }
        if (points < 1) {
            throw new IllegalArgumentException("points = " + points + ": a verdict rests on at least one data point");
        }
    }

    /** A verdict resting on several data points, its evidence formatted like {@link String#format}. */
    public static Verdict of(String claim, boolean holds, String evidenceFormat, Object... args) {
        return new Verdict(claim, holds, String.format(Locale.ROOT, evidenceFormat, args), Integer.MAX_VALUE);
    }

    /** A verdict resting on a single data point (the printed sentence says so). */
    public static Verdict onePoint(String claim, boolean holds, String evidenceFormat, Object... args) {
        return new Verdict(claim, holds, String.format(Locale.ROOT, evidenceFormat, args), 1);
    }

    /** The same verdict, resting on the given number of data points. */
    public Verdict from(int dataPoints) {
        return new Verdict(claim, holds, evidence, dataPoints);
    }

    /** A number to four significant digits, without trailing zeros ({@code 2.56}, {@code 1000}, {@code 1.5e-07}). */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "none" : v > 0 ? "inf" : "-inf";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-4 || a >= 1e9)) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** Numbers joined for evidence: {@code 2.56, 2.61, 2.91} (four significant digits). */
    public static String list(double... values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(number(values[i]));
        }
        return sb.toString();
    }

    /** Whole numbers as {@link #list(double...)} writes them. */
    public static String list(int... values) {
        return list(java.util.Arrays.stream(values).asDoubleStream().toArray());
    }

    /** "rises", "falls", "is constant" or "has no steady trend" for a sequence, comparing neighbours. */
    public static String trend(double... values) {
        boolean up = true;
        boolean down = true;
        boolean flat = true;
        for (int i = 1; i < values.length; i++) {
            up &= values[i] > values[i - 1];
            down &= values[i] < values[i - 1];
            flat &= values[i] == values[i - 1];
        }
        if (values.length < 2) {
            return "has one value only";
        }
        return flat ? "is constant" : up ? "rises" : down ? "falls" : "has no steady trend";
    }

    /**
     * "values >= bound in every entry" up to {@code tolerance}: the evidence gives the smallest difference
     * {@code values - bound}, where it occurs and how many entries fall short.
     */
    public static Verdict atLeastEverywhere(String claim, double[] values, double[] bound, double tolerance) {
        if (values.length != bound.length || values.length == 0) {
            throw new IllegalArgumentException("values has " + values.length + " entries, bound " + bound.length
                    + ": they must match and not be empty");
        }
        double worst = Double.POSITIVE_INFINITY;
        int where = -1;
        int shortfalls = 0;
        for (int i = 0; i < values.length; i++) {
            double d = values[i] - bound[i];
            if (d < worst) {
                worst = d;
                where = i;
            }
            if (d < -tolerance) {
                shortfalls++;
            }
        }
        return new Verdict(claim, shortfalls == 0, String.format(Locale.ROOT,
                "%d entries compared; smallest difference %.3e at entry %d; %d below by more than %.0e", values.length,
                worst, where, shortfalls, tolerance), values.length);
    }

    /** Whether a sequence never rises (ties allowed). */
    public static boolean nonIncreasing(double... values) {
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /** Whether a sequence never falls (ties allowed). */
    public static boolean nonDecreasing(double... values) {
        for (int i = 1; i < values.length; i++) {
            if (values[i] < values[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /** The sentence a notebook prints: {@code holds: CLAIM (EVIDENCE)} or {@code does NOT hold: ...}. */
    @Override
    public String toString() {
        return (holds ? "holds: " : "does NOT hold: ") + claim + " (" + evidence
                + (points == 1 ? "; one data point only" : "") + ")";
    }
}
