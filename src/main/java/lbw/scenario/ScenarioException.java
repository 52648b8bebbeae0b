package lbw.scenario;

/**
 * Bad scenario input: names the file, the field (a JSON path such as {@code serviceRate[2].max}, or empty for the
 * file as a whole) and the reason. {@link #getMessage()} is the one line the CLI prints.
 */
public final class ScenarioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String field;
    private final String reason;

    public ScenarioException(String file, String field, String reason) {
        super(file + ": " + (field == null || field.isEmpty() ? "" : "field '" + field + "': ") + reason);
        this.file = file;
        this.field = field == null ? "" : field;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
