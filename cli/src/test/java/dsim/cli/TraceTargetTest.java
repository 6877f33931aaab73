package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --trace PATH} writes into pipes, replaces its own traces, and never a file it did not write. */
class TraceTargetTest {

    private static final String README = "# My project\n\nNotes I would hate to lose.\n";

    @TempDir
    Path dir;

    private Path scenario() throws IOException {
        return Cli.write(dir, "tiny.yaml", Cli.TINY);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void run_traceOverAReadme_refusedInOneLine_exit2_nothingWritten() throws IOException {
        Path scenario = scenario();
        Path readme = Files.writeString(dir.resolve("README.md"), README);
        Cli.Result r = Cli.run("run", scenario.toString(), "--trace", readme.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("dsim run: --trace " + readme + " holds something other than a dsim trace; "
                + "choose another file, or add --force to replace it\n", r.err());
        assertEquals(README, Files.readString(readme));
        assertEquals(List.of("README.md", "tiny.yaml"), names());
    }

    @Test
    void run_traceOverTheScenarioBeingRun_refused_evenSpelledAnotherWay() throws IOException {
        Path scenario = scenario();
        Path sameFile = dir.resolve("..").resolve(dir.getFileName()).resolve("tiny.yaml");
        Cli.Result r = Cli.run("run", scenario.toString(), "--trace", sameFile.toString());
        assertEquals(2, r.code());
        assertEquals("dsim run: --trace " + sameFile + " is the scenario file being run; "
                + "choose another file, or add --force to replace it\n", r.err());
        assertEquals(Cli.TINY, Files.readString(scenario));
    }

    @Test
    void run_traceOverAnEarlierTrace_replacesIt() throws IOException {
        Path scenario = scenario();
        Path trace = dir.resolve("t.jsonl");
        assertEquals(0, Cli.run("run", scenario.toString(), "--semantics", "at-most-once", "--trace", trace.toString())
                .code());
        Cli.Result again = Cli.run("run", scenario.toString(), "--trace", trace.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(Files.readString(trace).contains("\"semantics\":\"exactly-once\""), "the second trace is there");
    }

    @Test
    void run_traceOverAnEmptyFile_replacesIt() throws IOException {
        Path scenario = scenario();
        Path empty = Files.createFile(dir.resolve("t.jsonl"));
        Cli.Result r = Cli.run("run", scenario.toString(), "--trace", empty.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.size(empty) > 0);
    }

    @Test
    void run_forceOverAReadme_replacesIt() throws IOException {
        Path scenario = scenario();
        Path readme = Files.writeString(dir.resolve("README.md"), README);
        Cli.Result r = Cli.run("run", scenario.toString(), "--trace", readme.toString(), "--force");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(readme).startsWith("{\"t\":"));
    }

    @Test
    void run_traceIsAFolder_refusedBeforeRunning() throws IOException {
        Path scenario = scenario();
        Path folder = Files.createDirectory(dir.resolve("traces"));
        Cli.Result r = Cli.run("run", scenario.toString(), "--trace", folder.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("dsim run: --trace " + folder + " is a folder; name a file in it, e.g. "
                + folder.resolve("trace.jsonl") + "\n", r.err());
    }

    @Test
    void run_traceThroughASymlink_replacesTheTraceItPointsTo_andKeepsTheLink() throws IOException {
        Path scenario = scenario();
        Path real = dir.resolve("real.jsonl");
        assertEquals(0, Cli.run("run", scenario.toString(), "--semantics", "at-most-once", "--trace", real.toString())
                .code());
        Path link = Files.createSymbolicLink(dir.resolve("latest.jsonl"), real.getFileName());
        Cli.Result r = Cli.run("run", scenario.toString(), "--trace", link.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(real).contains("\"semantics\":\"exactly-once\""));
    }

    @Test
    void run_traceIntoANamedPipe_writesIntoThePipeAndLeavesIt() throws Exception {
        Path fifo = dir.resolve("events.fifo");
        assumeTrue(mkfifo(fifo), "no mkfifo here");
        Path scenario = scenario();
        // A reader must hold the pipe open while dsim writes, as `tail -f` or a script would.
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Cli.Result r = Cli.run("run", scenario.toString(), "--semantics", "at-least-once", "--trace", fifo.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.isRegularFile(fifo), "the pipe was replaced by a file");
        String lines = read.get(10, TimeUnit.SECONDS);
        assertTrue(lines.startsWith("{\"t\":0,"), lines);
        assertEquals(List.of("events.fifo", "tiny.yaml"), names(), "no temporary file beside the pipe");
    }

    @Test
    void run_traceToDevStdout_goesThroughDsimsOwnStdout() throws IOException {
        Path scenario = scenario();
        Cli.Result r = Cli.run("run", scenario.toString(), "--semantics", "at-least-once", "--trace", "/dev/stdout");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("{\"t\":0,"), r.out());
        assertTrue(r.out().contains("\nsemantics "), "the table follows the trace:\n" + r.out());
        assertEquals(List.of("tiny.yaml"), names());
    }

    @Test
    void run_traceToDevNull_writesIntoTheDeviceAndLeavesIt() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "no /dev/null device here");
        Cli.Result r = Cli.run("run", scenario().toString(), "--trace", devNull.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.isRegularFile(devNull));
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).start();
            return p.waitFor() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        }
    }
}
