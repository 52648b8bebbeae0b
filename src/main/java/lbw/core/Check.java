package lbw.core;

/**
 * Argument checks for model records. Each throws {@link InvalidParameterException} naming the parameter, the
 * offending index and value, and the reason.
 */
public final class Check {

    private Check() {
    }

    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidParameterException(name, value, "must be a finite number");
        }
        return value;
    }

    public static double positive(String name, double value) {
        finite(name, value);
        if (!(value > 0)) {
            throw new InvalidParameterException(name, value, "must be positive");
        }
        return value;
    }

    public static double nonNegative(String name, double value) {
        finite(name, value);
        if (value < 0) {
            throw new InvalidParameterException(name, value, "must not be negative");
        }
        return value;
    }

    public static int positive(String name, int value) {
        if (value <= 0) {
            throw new InvalidParameterException(name, value, "must be positive");
        }
        return value;
    }

    public static int nonNegative(String name, int value) {
        if (value < 0) {
            throw new InvalidParameterException(name, value, "must not be negative");
        }
        return value;
    }

    /** Checks {@code low < value < high}. */
    public static double openInterval(String name, double value, double low, double high) {
        finite(name, value);
        if (!(value > low && value < high)) {
            throw new InvalidParameterException(name, value, "must lie strictly between " + low + " and " + high);
        }
        return value;
    }

    /**
     * Checks {@code low <= value <= high}, the parameter's documented valid range (docs/limits.md): outside it the
     * solvers are not known to be numerically sound, so the value is refused rather than solved badly.
     */
    public static double within(String name, double value, double low, double high) {
        finite(name, value);
        if (!(value >= low && value <= high)) {
            throw new InvalidParameterException(name, value, "outside the valid range [" + show(low) + ", "
                    + show(high) + "]");
        }
        return value;
    }

    /** Checks {@code low <= value <= high} for a whole number (see {@link #within(String, double, double, double)}). */
    public static int within(String name, int value, int low, int high) {
        if (value < low || value > high) {
            throw new InvalidParameterException(name, value, "outside the valid range [" + low + ", " + high + "]");
        }
        return value;
    }

    /** Checks every entry lies in {@code [low, high]} (named {@code name[i]}) and returns a defensive copy. */
    public static double[] within(String name, double[] values, double low, double high) {
        notEmpty(name, values);
        for (int i = 0; i < values.length; i++) {
            within(name + "[" + i + "]", values[i], low, high);
        }
        return values.clone();
    }

    /** Checks the entries increase strictly (a sweep list), naming the first that does not. */
    public static double[] increasing(String name, double[] values) {
        for (int i = 1; i < values.length; i++) {
            if (!(values[i] > values[i - 1])) {
                throw new InvalidParameterException(name + "[" + i + "]", values[i], "must exceed " + name + "["
                        + (i - 1) + "] = " + values[i - 1] + ": list the values in increasing order, without repeats");
            }
        }
        return values;
    }

    private static String show(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e7 ? Long.toString((long) v) : Double.toString(v);
    }

    /** Checks every entry is positive and returns a defensive copy. */
    public static double[] positive(String name, double[] values) {
        notEmpty(name, values);
        for (int i = 0; i < values.length; i++) {
            positive(name + "[" + i + "]", values[i]);
        }
        return values.clone();
    }

    /** Checks every entry is finite and non-negative and returns a defensive copy. */
    public static double[] nonNegative(String name, double[] values) {
        notEmpty(name, values);
        for (int i = 0; i < values.length; i++) {
            nonNegative(name + "[" + i + "]", values[i]);
        }
        return values.clone();
    }

    public static double[] notEmpty(String name, double[] values) {
        if (values == null) {
            throw new InvalidParameterException(name, "is missing");
        }
        if (values.length == 0) {
            throw new InvalidParameterException(name, "must not be empty");
        }
        return values;
    }

    /** Checks an array has the expected length. */
    public static double[] length(String name, double[] values, int expected, String why) {
        if (values == null) {
            throw new InvalidParameterException(name, "is missing");
        }
        if (values.length != expected) {
            throw new InvalidParameterException(name,
                    "has " + values.length + " entries but needs " + expected + " (" + why + ")");
        }
        return values;
    }

    /** Checks a rows x cols matrix and returns a deep copy. */
    public static double[][] matrix(String name, double[][] values, int rows, int cols, String why) {
        if (values == null) {
            throw new InvalidParameterException(name, "is missing");
        }
        if (values.length != rows) {
            throw new InvalidParameterException(name, "has " + values.length + " rows but needs " + rows + " (" + why + ")");
        }
        double[][] copy = new double[rows][];
        for (int i = 0; i < rows; i++) {
            if (values[i] == null || values[i].length != cols) {
                int got = values[i] == null ? 0 : values[i].length;
                throw new InvalidParameterException(name + "[" + i + "]",
                        "has " + got + " entries but needs " + cols + " (" + why + ")");
            }
            copy[i] = values[i].clone();
        }
        return copy;
    }
}
