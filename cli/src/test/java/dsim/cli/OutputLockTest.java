package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two {@code compare} runs into one {@code --out}: the second is refused at once, not the last one winning. */
class OutputLockTest {

    @TempDir
    Path dir;

    private List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Holds the lock another dsim writing {@code out} would hold. */
    private static FileChannel lockedBy(Path lockFile) throws Exception {
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        assertTrue(lock != null);
        return channel;
    }

    @Test
    void compare_outBeingWrittenByAnotherDsim_refusedAtOnce_exit2() throws Exception {
        Path scenario = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Path out = dir.resolve("r");
        try (FileChannel other = lockedBy(dir.resolve(".r.lock"))) {
            Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> Cli.run("compare", scenario.toString(), "--seeds", "1000000", "--out", out.toString()));
            assertEquals(2, r.code());
            assertEquals("", r.out());
            assertEquals("dsim compare: " + out + " is being written by another dsim (lock .r.lock); "
                    + "wait for it or choose another --out\n", r.err());
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void compare_whileAnotherProcessWrites_isRefused() throws Exception {
        Path scenario = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Path out = dir.resolve("r");
        Path err = dir.resolve("err.txt");
        try (FileChannel other = lockedBy(dir.resolve(".r.lock"))) {
            Process p = NewJvm.dsim("compare", scenario.toString(), "--seeds", "1000000", "--out", out.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
            assertEquals(2, NewJvm.exitCode(p));
        }
        assertEquals("dsim compare: " + out + " is being written by another dsim (lock .r.lock); "
                + "wait for it or choose another --out\n", Files.readString(err, StandardCharsets.UTF_8));
        assertFalse(Files.exists(out));
    }

    @Test
    void compare_done_releasesItsLock() throws Exception {
        Path scenario = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Path out = dir.resolve("reports").resolve("r");
        Cli.Result first = Cli.run("compare", scenario.toString(), "--seeds", "2", "--out", out.toString());
        assertEquals(0, first.code(), first.err());
        assertEquals(List.of(".r.lock", "r"), names(out.getParent()), "only the empty lock file beside the folder");
        Cli.Result second = Cli.run("compare", scenario.toString(), "--seeds", "2", "--out", out.toString());
        assertEquals(0, second.code(), second.err());
    }

    @Test
    void compare_outCannotBeCreated_failsInOneLineBeforeAnyRun() throws Exception {
        Path scenario = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Path file = Files.writeString(dir.resolve("plain"), "a file, not a folder");
        Path out = file.resolve("r");
        // A million seeds would take minutes: only a check before the first one ends in time.
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Cli.run("compare", scenario.toString(), "--seeds", "1000000", "--out", out.toString()));
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("dsim compare: cannot write to " + out + ": " + file + " is a file, not a folder; "
                + "choose another --out\n", r.err());
    }
}
