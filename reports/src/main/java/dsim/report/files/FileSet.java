package dsim.report.files;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts a set of files into a folder so that nobody sees half of it. The set is written into a
 * fresh folder beside the target, which then takes the target's place: a reader, a crash or a
 * kill finds the old set or the new one, never a mix. When the folder also holds files of the
 * user's (as {@code compare --force} allows), swapping folders would delete them; there each
 * file is moved in on its own, so every file is whole but a stop between two moves leaves old
 * and new files side by side.
 *
 * <p>One writer per folder at a time: the caller keeps others out ({@code dsim compare} holds a
 * lock), because the leftovers of a killed run that this class removes look just like another
 * writer's folders in progress.
 */
public final class FileSet {

    private static final String NEW = ".new-";
    private static final String OLD = ".old-";
    /** Leftovers of killed runs with this process's id, stepped over before giving up. */
    private static final int MAX_ATTEMPTS = 100;

    /** What fills one file of the set; may throw, and then the set is not written. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private FileSet() {
    }

    /**
     * Writes {@code files} (name to what fills it, in UTF-8) into {@code dir}, creating it, as a
     * set. Each file is written as its content produces it, so a large one is never held whole.
     * Files of other names in {@code dir} stay. A symbolic link to a folder stays too: the
     * folder it points to is replaced.
     *
     * @return the files written, as {@code dir} names them, in {@code files}' order
     * @throws IOException if the set cannot be written; the target is then as it was
     */
    public static List<Path> write(Path dir, Map<String, Content> files) throws IOException {
        Path target = Files.exists(dir) ? dir.toRealPath() : dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new IOException("cannot write into the file system root: " + dir);
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new FileAlreadyExistsException(dir.toString(), null, "a file, not a folder");
        }
        Files.createDirectories(parent);
        removeLeftovers(parent, target.getFileName().toString());
        Path fresh = TemporaryFiles.track(createBeside(target, NEW));
        try {
            for (Map.Entry<String, Content> f : files.entrySet()) {
                try (Writer out = Files.newBufferedWriter(fresh.resolve(f.getKey()), StandardCharsets.UTF_8)) {
                    f.getValue().writeTo(out);
                }
            }
            if (!Files.exists(target)) {
                Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            } else if (holdsOnly(target, files) && !holdsTheWorkingDirectory(target)) {
                swap(fresh, target, files);
            } else {
                moveEach(fresh, target, files);
            }
        } finally {
            TemporaryFiles.delete(fresh); // already gone once renamed into place
            TemporaryFiles.forget(fresh);
        }
        List<Path> written = new ArrayList<>();
        files.keySet().forEach(name -> written.add(dir.resolve(name)));
        return written;
    }

    /** Puts {@code fresh} where {@code target} is, in two renames, and deletes the old set. */
    private static void swap(Path fresh, Path target, Map<String, Content> files) throws IOException {
        Path old = createBeside(target, OLD);
        // 1. Set the old folder aside: the empty placeholder is replaced by it. Stopped here or
        //    before step 2 ends: no folder at the target, the old set whole in .NAME.old-*, the
        //    new one whole in .NAME.new-* (or deleted by the stop), and no mix anywhere; the
        //    next run removes both.
        try {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // Nothing moved (the folder may be a mount point, or its parent not ours to rename
            // in): fall back to moving file by file.
            Files.delete(old);
            moveEach(fresh, target, files);
            return;
        }
        // 2. Move the new set in.
        try {
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE); // put the old set back
            throw e;
        }
        // 3. Delete the old set. Stopped here: the new set is in place, and what is left of the
        //    old is deleted by the stop, or else by the next run.
        TemporaryFiles.track(old);
        try {
            TemporaryFiles.delete(old);
        } finally {
            TemporaryFiles.forget(old);
        }
    }

    /** Moves each file of the set into {@code target} over its namesake: each file is whole, the set may be mixed. */
    private static void moveEach(Path fresh, Path target, Map<String, Content> files) throws IOException {
        for (String name : files.keySet()) {
            try {
                Files.move(fresh.resolve(name), target.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(fresh.resolve(name), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * A new empty folder beside {@code target}, named {@code .NAME<kind>PID-N}: the same parent
     * keeps the renames within one file system, so they are atomic. Not
     * {@code Files.createTempDirectory}: its owner-only permissions would become the report
     * folder's once it is swapped in.
     */
    private static Path createBeside(Path target, String kind) throws IOException {
        String prefix = "." + target.getFileName() + kind + ProcessHandle.current().pid() + "-";
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createDirectory(target.resolveSibling(prefix + attempt));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** True if every entry of {@code folder} is a file of the set: nothing of the user's would be lost. */
    private static boolean holdsOnly(Path folder, Map<String, Content> files) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                if (!files.containsKey(p.getFileName().toString())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Swapping the folder dsim runs in would leave this process, and the user's shell, in a deleted one. */
    private static boolean holdsTheWorkingDirectory(Path folder) throws IOException {
        return Path.of("").toRealPath().startsWith(folder);
    }

    /** Deletes {@code .NAME.new-*} and {@code .NAME.old-*} beside the target: what a killed run left. */
    private static void removeLeftovers(Path parent, String name) throws IOException {
        List<Path> leftovers = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
            for (Path p : entries) {
                String entry = p.getFileName().toString();
                if (entry.startsWith("." + name + NEW) || entry.startsWith("." + name + OLD)) {
                    leftovers.add(p);
                }
            }
        }
        for (Path p : leftovers) {
            TemporaryFiles.delete(p);
        }
    }
}
