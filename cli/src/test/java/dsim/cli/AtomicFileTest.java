package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    private long filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        }
    }

    @Test
    void write_newFile_hasTheContentAndNoTempRemains() throws IOException {
        Path target = dir.resolve("trace.jsonl");
        AtomicFile.write(target, out -> out.write("caf\u00e9\n"));
        assertEquals("caf\u00e9\n", Files.readString(target));
        assertEquals(1, filesIn(dir));
    }

    @Test
    void write_existingFile_isReplaced() throws IOException {
        Path target = Files.writeString(dir.resolve("out.json"), "old");
        AtomicFile.write(target, out -> out.write("new"));
        assertEquals("new", Files.readString(target));
    }

    @Test
    void write_failingContent_leavesTheOldFileAndNoTemp() throws IOException {
        Path target = Files.writeString(dir.resolve("out.json"), "old");
        assertThrows(IllegalStateException.class, () -> AtomicFile.write(target, out -> {
            out.write("half");
            throw new IllegalStateException("run failed");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(1, filesIn(dir));
    }

    @Test
    void write_result_hasTheUsualPermissionsNotOwnerOnly() throws IOException {
        Path target = dir.resolve("trace.jsonl");
        Path plain = Files.createFile(dir.resolve("plain"));
        AtomicFile.write(target, out -> out.write("x"));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
        }
    }

    @Test
    void write_missingDirectory_fails() {
        assertThrows(NoSuchFileException.class,
                () -> AtomicFile.write(dir.resolve("nope/trace.jsonl"), out -> out.write("x")));
    }
}
