package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dsim stopped by Ctrl-C or kill (a real process, a real signal) leaves no temporary file behind. */
class StoppedRunTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void run_stoppedWhileTracing_leavesNoTemporaryFile() throws Exception {
        Path big = Cli.write(dir, "big.yaml", Cli.TINY.replace("messages: 20", "messages: 100000"));
        Path trace = dir.resolve("t.jsonl");
        Process p = NewJvm.dsim("run", big.toString(), "--semantics", "at-least-once", "--trace", trace.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (names().stream().noneMatch(n -> n.startsWith(".t.jsonl.")) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(p.isAlive(), "the run ended before it could be stopped; make big.yaml bigger");
            p.destroy(); // SIGTERM, as a kill or Ctrl-C's SIGINT would
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "dsim did not stop");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(List.of("big.yaml"), names());
    }
}
