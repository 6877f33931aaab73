package dsim.cli;

import dsim.report.files.TemporaryFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file all at once or not at all: into a temporary file next to it, then renamed
 * over it. A reader (or a crash, or a failed run) never sees half a file, and a run stopped
 * with Ctrl-C or kill leaves no temporary file behind ({@link TemporaryFiles}).
 */
final class AtomicFile {

    /** What fills the file; may throw, and then nothing is left on disk. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Leftover temporary files (from killed runs) stepped over before giving up. */
    private static final int MAX_ATTEMPTS = 100;

    private AtomicFile() {
    }

    /**
     * Writes {@code target} in UTF-8 from {@code content}, replacing any file already there. A
     * symbolic link stays: the file it points to is replaced.
     */
    static void write(Path target, Content content) throws IOException {
        replace(target, temp -> {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp),
                    StandardCharsets.UTF_8), 1 << 16)) {
                content.writeTo(out);
            }
        });
    }

    /**
     * Copies {@code source} to {@code target} all at once, replacing any file already there, as
     * {@link #write} does.
     */
    static void copy(Path source, Path target) throws IOException {
        replace(target, temp -> Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING));
    }

    /** Fills a temporary file; may throw, and then the file is removed. */
    @FunctionalInterface
    private interface Fill {
        void into(Path temp) throws IOException;
    }

    /** Fills a temporary file beside {@code target} and renames it onto the target in one step. */
    private static void replace(Path target, Fill fill) throws IOException {
        Path absolute = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
        Path temp = createTemp(absolute);
        boolean moved = false;
        try {
            fill.into(temp);
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
            TemporaryFiles.forget(temp);
        }
    }

    /**
     * An empty hidden file beside {@code target}: the same directory keeps the rename within one
     * file system, so it can be atomic. Not {@code Files.createTempFile}: its owner-only
     * permissions would stay on the result.
     */
    private static Path createTemp(Path target) throws IOException {
        String prefix = "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".";
        for (int attempt = 0; ; attempt++) {
            // Tracked before it exists: a stop that lands as the file appears still deletes it.
            Path temp = TemporaryFiles.track(target.resolveSibling(prefix + attempt + ".tmp"));
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                TemporaryFiles.forget(temp); // another process's: not ours to delete
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
