package dsim.report.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        ReportWriter.write(out, CompareFixture.plain());
        assertEquals(new MarkdownReport().render(CompareFixture.plain()), Files.readString(out.resolve("report.md")));
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
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
