package lbw.core;

/**
 * A model or solver argument that is wrong, with the parameter it concerns and why.
 *
 * <p>The message reads {@code "capacity[1] = -3.0: capacities must be positive"}; {@link #parameter()} gives the
 * parameter's name without an index ({@code "capacity"}), so that a scenario reader can name the file field.
 */
public final class InvalidParameterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String path;
    private final String reason;

    public InvalidParameterException(String parameter, String reason) {
        super(parameter + ": " + reason);
        this.path = parameter;
        this.parameter = baseName(parameter);
        this.reason = reason;
    }

    /** A message that names the offending value: {@code "capacity[1] = -3.0: capacities must be positive"}. */
    public InvalidParameterException(String parameter, double value, String reason) {
        super(parameter + " = " + value + ": " + reason);
        this.path = parameter;
        this.parameter = baseName(parameter);
        this.reason = parameter + " = " + value + ": " + reason;
    }

    /** The parameter name without any index or path suffix, e.g. {@code "capacity"}. */
    public String parameter() {
        return parameter;
    }

    /** The parameter as given, with its index path, e.g. {@code "capacity[1]"}. */
    public String path() {
        return path;
    }

    /** The reason, suitable after a field name. */
    public String reason() {
        return reason;
    }

    private static String baseName(String name) {
        int cut = name.length();
        for (char c : new char[] {'[', '.', ' '}) {
            int at = name.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return name.substring(0, cut);
    }
}
