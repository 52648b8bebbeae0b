package lbw.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the project lives and how it is being run: the data folder that scenario files come from, the output
 * folder that figures are exported to, and the quick mode that tests use.
 *
 * <ul>
 *   <li>{@code LBW_HOME} (environment) or {@code lbw.home} (system property): the project folder; otherwise the
 *       nearest folder at or above the working directory that holds {@code data/} and {@code pom.xml}.</li>
 *   <li>{@code LBW_OUTPUT_DIR}: when set, {@code lbw.present.Export} writes figures (PNG) and tables (CSV) there.</li>
 *   <li>{@code LBW_QUICK=1}: notebooks and the CLI may use smaller simulation sizes (the test command sets it).</li>
 * </ul>
 */
public final class Workbench {

    private Workbench() {
    }

    /** The project folder. */
    public static Path home() {
        String configured = setting("lbw.home", "LBW_HOME");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("data")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the workbench folder from " + dir
                + ": set LBW_HOME to the folder that holds pom.xml and data/");
    }

    /** The project's {@code data/} folder of scenario files. */
    public static Path dataFolder() {
        return home().resolve("data");
    }

    /** A file in the project's {@code data/} folder, e.g. {@code data("setup-delays-figure1.json")}. */
    public static Path data(String fileName) {
        return dataFolder().resolve(fileName);
    }

    /** The folder figures and tables are exported to, if {@code LBW_OUTPUT_DIR} is set. */
    public static Optional<Path> outputDir() {
        String dir = setting("lbw.output", "LBW_OUTPUT_DIR");
        return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir));
    }

    /** True when {@code LBW_QUICK} is set to 1/true: the test command's reduced simulation sizes. */
    public static boolean quick() {
        String q = setting("lbw.quick", "LBW_QUICK");
        return q != null && (q.equals("1") || q.equalsIgnoreCase("true"));
    }

    private static String setting(String property, String env) {
        String v = System.getProperty(property);
        return v != null ? v : System.getenv(env);
    }
}
