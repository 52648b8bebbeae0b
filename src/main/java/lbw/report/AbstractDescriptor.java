package lbw.report;

import java.util.Objects;
import java.util.function.Function;
import lbw.scenario.Fields;

/**
 * The part every {@link ModelDescriptor} shares: its name (the model's scenario constant, e.g.
 * {@code MMcScenario.MODEL}), its one-line description and its reader (the model's {@code <Model>Scenario::read}).
 * A descriptor extends this with a public no-argument constructor and writes only {@link #solve}:
 *
 * <pre>{@code
 * public final class MMcDescriptor extends AbstractDescriptor<MMcQueue> {
 *     public MMcDescriptor() {
 *         super(MMcScenario.MODEL, "M/M/c queue (Erlang C) against ...", MMcScenario::read);
 *     }
 *
 *     public Report solve(MMcQueue q) { ... }
 * }
 * }</pre>
 *
 * @param <S> the validated scenario the reader produces
 */
public abstract class AbstractDescriptor<S> implements ModelDescriptor<S> {

    private final String name;
    private final String description;
    private final Function<Fields, S> reader;

    /**
     * @param name        the value of {@code "model"} that selects this model
     * @param description one line for {@code workbench models}
     * @param reader      reads and validates the model's fields (never calls {@link Fields#finish()})
     */
    protected AbstractDescriptor(String name, String description, Function<Fields, S> reader) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final S read(Fields fields) {
        return reader.apply(fields);
    }
}
