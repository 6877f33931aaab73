package dsim.report.compare;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes every {@link ReportFormat} of a report into a directory, all or nothing per file:
 * each file is written into a temporary directory beside the target (same parent, so the
 * final rename is atomic), then moved into place. An interrupted run or a failed rendering
 * never leaves a half-written report file, and the temporary directory is removed on failure.
 * Files are written as they are rendered: a report of millions of runs is never held whole.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Renders and writes the report files into {@code outDir}, creating it; our own file
     * names are overwritten, nothing else in the directory is touched.
     *
     * @return the files written, in {@link ReportFormat} order
     * @throws IOException if a file cannot be written; the temporary directory is gone by then
     */
    public static List<Path> write(Path outDir, ReportInput input) throws IOException {
        Path target = outDir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new IOException("cannot write a report into the file system root: " + outDir);
        }
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
        List<Path> written = new ArrayList<>();
        try {
            for (ReportFormat f : ReportFormat.values()) {
                try (Writer out = Files.newBufferedWriter(temp.resolve(f.fileName()), StandardCharsets.UTF_8)) {
                    f.renderer().write(input, out);
                }
            }
            Files.createDirectories(target);
            for (ReportFormat f : ReportFormat.values()) {
                written.add(move(temp.resolve(f.fileName()), target.resolve(f.fileName())));
            }
        } catch (IOException | RuntimeException | Error e) {
            // An Error too: running out of heap while rendering must not leave the directory behind.
            try {
                deleteTree(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        deleteTree(temp);
        return written;
    }

    private static Path move(Path from, Path to) throws IOException {
        try {
            return Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            return Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
