package lbw.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import lbw.core.IoReason;

/**
 * An {@code --out} folder written atomically: the files go into a hidden temporary folder beside the target, which
 * is renamed into place only when every file is written. An interrupted or failed run (an I/O error, SIGINT,
 * SIGTERM) leaves the target as it was: no partial folder, no 0-byte files, no old files mixed with new ones. An
 * existing target is replaced only with {@code --force}.
 *
 * <p>Use: {@link #prepare} before any work (it refuses a bad target with the operating system's reason and proves
 * the place writable), {@link #commit} with the rendered files, and {@link #close} in a {@code finally} (it removes
 * whatever a failed run left).
 */
final class OutputFolder implements AutoCloseable {

    private final Path target;
    private final String shown;
    private final boolean force;
    private final List<Path> createdParents;
    private final Path temp;
    private final Thread cleanupOnExit;
    private boolean done;

    private OutputFolder(Path target, String shown, boolean force, List<Path> createdParents, Path temp) {
        this.target = target;
        this.shown = shown;
        this.force = force;
        this.createdParents = createdParents;
        this.temp = temp;
        this.cleanupOnExit = new Thread(this::abandon, "lbw-out-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanupOnExit);
    }

    /**
     * Checks {@code --out} and creates the temporary folder beside it.
     *
     * @param target the folder, resolved against the caller's working directory
     * @param shown  the folder as the user spelled it, for messages
     * @throws Main.Refused with one line naming the folder and the reason
     */
    static OutputFolder prepare(Path target, String shown, boolean force) {
        if (shown.isBlank()) {
            throw new Main.Refused("--out: the folder name is empty; give a folder, e.g. --out results");
        }
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null || abs.getFileName() == null) {
            throw new Main.Refused("--out " + shown + ": cannot replace the root folder");
        }
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
                throw new Main.Refused("--out " + shown + ": exists and is not a folder"
                        + (Files.isSymbolicLink(abs) ? " (a symbolic link)" : ""));
            }
            if (!force) {
                throw new Main.Refused("--out " + shown + ": the folder already exists; add --force to replace it");
            }
            if (!Files.isWritable(parent)) {
                throw new Main.Refused("--out " + shown + ": cannot replace it: its parent folder " + parent
                        + " is not writable (permission denied)");
            }
        }
        List<Path> created = new ArrayList<>();
        try {
            for (Path p = parent; p != null && !Files.exists(p); p = p.getParent()) {
                created.add(0, p);
            }
            for (Path p : created) {
                Files.createDirectory(p);
            }
            Path temp = parent.resolve("." + abs.getFileName() + ".partial-" + ProcessHandle.current().pid() + "-"
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffL));
            Files.createDirectory(temp);
            return new OutputFolder(abs, shown, force, created, temp);
        } catch (IOException e) {
            deleteCreated(created);
            throw new Main.Refused("--out " + shown + ": cannot create the folder: " + IoReason.of(e));
        }
    }

    /**
     * Writes the files (name to bytes) into the temporary folder and renames it into place, replacing an existing
     * target (which {@link #prepare} allowed only with {@code --force}).
     */
    void commit(Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            synchronized (this) {
                if (done) {
                    throw new IOException("interrupted");
                }
                // CREATE_NEW without creating folders: if a signal removed the temporary folder, nothing reappears.
                Files.write(temp.resolve(f.getKey()), f.getValue(), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            }
        }
        synchronized (this) {
            if (done) {
                throw new IOException("interrupted");
            }
            Path old = null;
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                if (!force) {
                    throw new IOException("the folder appeared while solving; add --force to replace it");
                }
                old = target.resolveSibling("." + target.getFileName() + ".old-" + ProcessHandle.current().pid());
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (old != null) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            done = true;
            createdParents.clear();
            if (old != null) {
                deleteTree(old);
            }
        }
    }

    /** The folder as the user named it. */
    String shown() {
        return shown;
    }

    /** Removes the temporary folder (and any parent folders this run created) unless {@link #commit} finished. */
    @Override
    public void close() {
        abandon();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: it does the same
        }
    }

    private synchronized void abandon() {
        if (!done) {
            done = true;
            deleteTree(temp);
            deleteCreated(createdParents);
        }
    }

    private static void deleteCreated(List<Path> created) {
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (IOException e) {
                return; // not empty or not ours any more: leave it
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path p : entries) {
                    deleteTree(p);
                }
            } catch (IOException e) {
                // best effort
            }
        }
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // best effort
        }
    }
}
