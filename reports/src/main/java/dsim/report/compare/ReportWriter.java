package dsim.report.compare;

import dsim.report.files.FileSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes every {@link ReportFormat} of a report into a directory as one set ({@link FileSet}):
 * an interrupted or failed run, or a failed rendering, leaves the previous report whole, never
 * a half-written file or a mix of old and new files (unless the directory also holds files of
 * the user's; see there). Files are written as they are rendered: a report of millions of runs
 * is never held whole.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Renders and writes the report files into {@code outDir}, creating it; our own file
     * names are overwritten, nothing else in the directory is touched.
     *
     * @return the files written, in {@link ReportFormat} order
     * @throws IOException if a file cannot be written; the previous report is then as it was
     */
    public static List<Path> write(Path outDir, ReportInput input) throws IOException {
        Map<String, FileSet.Content> files = new LinkedHashMap<>();
        for (ReportFormat f : ReportFormat.values()) {
            files.put(f.fileName(), out -> f.renderer().write(input, out));
        }
        return FileSet.write(outDir, files);
    }
}
