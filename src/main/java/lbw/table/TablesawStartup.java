package lbw.table;

import java.net.URISyntaxException;
import java.nio.file.Path;
import tech.tablesaw.api.Table;

/**
 * Initializes Tablesaw's {@link Table} class cheaply. Its static initializer finds its CSV, HTML and other readers and
 * writers by scanning the class path with ClassGraph for implementations in {@code tech.tablesaw.io}; ClassGraph reads
 * the directory of every jar on {@code java.class.path}, tens of thousands of entries here (fastutil and ICU alone),
 * which costs a short command-line run about a quarter of a CPU second. Those readers and writers all live in
 * Tablesaw's own jar, so the scan is pointed at that jar only: {@code java.class.path} names it alone for the
 * duration of the class's initialization and is restored afterwards (class loading does not read the property
 * after the JVM started). When {@code Table} is already initialized, or its jar cannot be located, this is a plain
 * class initialization. {@link #initialize()} then checks that the CSV reader and writer were registered, and
 * fails loudly otherwise.
 */
public final class TablesawStartup {

    private TablesawStartup() {
    }

    /** Initializes {@link Table} (at most once per JVM; later calls return at once). */
    public static synchronized void initialize() {
        ClassLoader loader = TablesawStartup.class.getClassLoader();
        String classPath = System.getProperty("java.class.path");
        String jar = tablesawJar(loader);
        try {
            if (jar != null && classPath != null) {
                System.setProperty("java.class.path", jar);
            }
            Class.forName(Table.class.getName(), true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Tablesaw is not on the class path", e);
        } finally {
            if (classPath != null) {
                System.setProperty("java.class.path", classPath);
            }
        }
        if (!registered()) {
            throw new IllegalStateException("Tablesaw's CSV reader and writer were not registered at start-up");
        }
    }

    /** Whether Tablesaw's CSV reader and writer are registered (what the class-path scan is for). */
    static boolean registered() {
        try {
            return Table.defaultReaderRegistry.getReaderForExtension("csv").isPresent()
                    && Table.defaultWriterRegistry.getWriterForExtension("csv") != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The jar (or folder) Tablesaw's classes come from, without initializing them; null if unknown. */
    private static String tablesawJar(ClassLoader loader) {
        try {
            Class<?> table = Class.forName(Table.class.getName(), false, loader);
            var source = table.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI()).toString();
        } catch (ClassNotFoundException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
