package dsim.report.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportWriterTest {

    @Test
    void write_freshDirectory_writesTheFourFilesInFormatOrder(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out").resolve("golden");
        List<Path> written = ReportWriter.write(out, CompareFixture.plain());
        assertEquals(List.of(out.resolve("report.md"), out.resolve("report.html"), out.resolve("results.csv"),
                out.resolve("results.json")), written);
        for (ReportFormat f : ReportFormat.values()) {
            assertEquals(f.renderer().render(CompareFixture.plain()),
                    Files.readString(out.resolve(f.fileName()), StandardCharsets.UTF_8));
        }
        assertEquals(List.of("golden"), names(out.getParent()), "no temporary directory left beside it");
    }

    @Test
    void write_existingReport_overwritesOurFilesAndKeepsOthers(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("golden");
        Files.createDirectories(out);
        Files.writeString(out.resolve("report.md"), "old");
        Files.writeString(out.resolve("notes.txt"), "mine");
        Object folder = Files.readAttributes(out, BasicFileAttributes.class).fileKey();
        ReportWriter.write(out, CompareFixture.plain());
        assertEquals(new MarkdownReport().render(CompareFixture.plain()), Files.readString(out.resolve("report.md")));
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        assertEquals(folder, Files.readAttributes(out, BasicFileAttributes.class).fileKey(), "moved file by file");
        assertEquals(List.of("golden"), names(tmp));
    }

    @Test
    void write_earlierReport_isReplacedAsAWholeFolder(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("golden");
        Files.createDirectories(out);
        for (ReportFormat f : ReportFormat.values()) {
            Files.writeString(out.resolve(f.fileName()), "old " + f.fileName());
        }
        Object before = Files.readAttributes(out, BasicFileAttributes.class).fileKey();
        ReportWriter.write(out, CompareFixture.plain());
        // A new folder took the old one's place in one rename: nobody could see old and new files mixed.
        assertNotEquals(before, Files.readAttributes(out, BasicFileAttributes.class).fileKey());
        for (ReportFormat f : ReportFormat.values()) {
            assertEquals(f.renderer().render(CompareFixture.plain()), Files.readString(out.resolve(f.fileName())));
        }
        assertEquals(List.of("golden"), names(tmp), "neither the old set nor the new folder is left beside it");
    }

    @Test
    void write_leftoversOfAKilledRun_areRemoved(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("golden");
        Files.createDirectories(tmp.resolve(".golden.new-123-0"));
        Files.writeString(Files.createDirectories(tmp.resolve(".golden.old-123-1")).resolve("report.md"), "old");
        Files.createDirectories(tmp.resolve(".other.new-1"));
        ReportWriter.write(out, CompareFixture.plain());
        assertEquals(List.of(".other.new-1", "golden"), names(tmp));
    }

    @Test
    void write_folderBehindASymlink_isReplacedAndTheLinkStays(@TempDir Path tmp) throws IOException {
        Path real = Files.createDirectories(tmp.resolve("2024-report"));
        Files.writeString(real.resolve("report.md"), "old");
        Path link = Files.createSymbolicLink(tmp.resolve("latest"), real.getFileName());
        ReportWriter.write(link, CompareFixture.plain());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(new MarkdownReport().render(CompareFixture.plain()), Files.readString(real.resolve("report.md")));
        assertEquals(List.of("2024-report", "latest"), names(tmp));
    }

    @Test
    void write_outDirIsARegularFile_throwsAndLeavesNoTemporaryDirectory(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("golden");
        Files.writeString(out, "not a directory");
        assertThrows(IOException.class, () -> ReportWriter.write(out, CompareFixture.plain()));
        assertEquals(List.of("golden"), names(tmp));
        assertEquals("not a directory", Files.readString(out));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
