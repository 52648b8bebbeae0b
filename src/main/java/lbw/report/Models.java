package lbw.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The models on the class path, found through {@link ServiceLoader} and listed by name. */
public final class Models {

    private static final List<ModelDescriptor<?>> ALL = load();

    private Models() {
    }

    /** Every model, sorted by name. */
    public static List<ModelDescriptor<?>> all() {
        return ALL;
    }

    /** The model a scenario's {@code "model"} names, if any. */
    public static Optional<ModelDescriptor<?>> find(String name) {
        return ALL.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** The known names, comma separated (for error messages). */
    public static String names() {
        return String.join(", ", ALL.stream().map(ModelDescriptor::name).toList());
    }

    private static List<ModelDescriptor<?>> load() {
        List<ModelDescriptor<?>> found = new ArrayList<>();
        for (ModelDescriptor<?> d : ServiceLoader.load(ModelDescriptor.class, Models.class.getClassLoader())) {
            if (found.stream().anyMatch(e -> e.name().equals(d.name()))) {
                throw new IllegalStateException("two model descriptors are named '" + d.name() + "': "
                        + d.getClass().getName() + " and " + find(found, d.name()).getClass().getName());
            }
            found.add(d);
        }
        found.sort(Comparator.comparing(ModelDescriptor::name));
        return Collections.unmodifiableList(found);
    }

    private static ModelDescriptor<?> find(List<ModelDescriptor<?>> list, String name) {
        return list.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }
}
