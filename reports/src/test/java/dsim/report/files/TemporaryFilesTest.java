package dsim.report.files;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemporaryFilesTest {

    @TempDir
    Path dir;

    @Test
    void deleteAll_trackedFilesAndFolders_areGone_forgottenOnesStay() throws IOException {
        Path file = TemporaryFiles.track(Files.writeString(dir.resolve(".t.jsonl.1.tmp"), "half a trace"));
        Path folder = TemporaryFiles.track(Files.createDirectories(dir.resolve(".r.new-1").resolve("sub")).getParent());
        Files.writeString(folder.resolve("report.md"), "half a report");
        Path done = TemporaryFiles.track(Files.writeString(dir.resolve("done.txt"), "moved into place"));
        TemporaryFiles.forget(done);

        TemporaryFiles.deleteAll();

        assertFalse(Files.exists(file));
        assertFalse(Files.exists(folder));
        assertTrue(Files.exists(done));
    }

    @Test
    void delete_aLinkToAFolder_removesTheLinkNotWhatItPointsTo() throws IOException {
        Path target = Files.createDirectory(dir.resolve("precious"));
        Files.writeString(target.resolve("keep.txt"), "mine");
        Path link = Files.createSymbolicLink(dir.resolve("link"), target);
        TemporaryFiles.delete(link);
        assertFalse(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.exists(target.resolve("keep.txt")));
    }
}
