package dsim.report.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The temporary files and folders dsim is still writing, deleted if the JVM stops before they
 * are moved into place: Ctrl-C (SIGINT) and kill (SIGTERM) run a shutdown hook, so a stopped
 * run leaves no hidden half-written file beside its target. A SIGKILL runs no hook; folders
 * {@link FileSet} writes are tidied by its next run instead.
 */
public final class TemporaryFiles {

    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    private TemporaryFiles() {
    }

    /** Installed on first use, once: most commands write no file at all. */
    private static final class Hook {
        static {
            Runtime.getRuntime().addShutdownHook(new Thread(TemporaryFiles::deleteAll, "dsim-temporary-files"));
        }

        static void install() {
            // Loading this class ran the static block.
        }
    }

    /** Marks {@code path} for deletion should the JVM stop before {@link #forget} is called; returns it. */
    public static Path track(Path path) {
        try {
            Hook.install();
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already stopping: the caller is about to be stopped too.
        }
        PENDING.add(path);
        return path;
    }

    /** {@code path} is in place (or gone): stopping the JVM must no longer delete it. */
    public static void forget(Path path) {
        PENDING.remove(path);
    }

    /** Deletes every path still tracked; what the shutdown hook runs. A path that will not go stays. */
    static void deleteAll() {
        for (Path p : PENDING) {
            try {
                delete(p);
            } catch (IOException | RuntimeException e) {
                // The JVM is stopping; there is nobody left to tell.
            }
            PENDING.remove(p);
        }
    }

    /** Deletes a file, or a folder with everything in it, without following links; nothing if absent. */
    public static void delete(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
