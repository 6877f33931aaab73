package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hunt stopped by a signal says what it had examined and found; progress is a terminal's only. */
class InterruptedHuntTest {

    private static final String MEMORY_DEDUP = Path.of("..", "scenarios", "payments-memory-dedup.yaml").toString();

    @TempDir
    Path dir;

    @Test
    void aStoppedHunt_printsWhatItExamined_andWhatBroke() throws Exception {
        Path out = dir.resolve("out.txt");
        Process p = NewJvm.dsim("hunt", MEMORY_DEDUP, "--seeds", "1000000", "--max-failures", "1000000",
                "--threads", "1").redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // Wait (at most a minute) for the first broken run, then stop it as a Ctrl-C would:
        // SIGTERM runs the same shutdown hooks.
        for (int i = 0; i < 600 && !Files.readString(out).contains(" seed "); i++) {
            Thread.sleep(100);
        }
        p.destroy();
        NewJvm.exitCode(p);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        String last = lines.get(lines.size() - 1);
        assertTrue(last.matches("interrupted after \\d+ of 1000000 seeds: exactly-once broke in \\d+ seeds?"
                + " \\(listed above\\)"), String.join("\n", lines));
        assertEquals("", lines.get(lines.size() - 2), "a blank line before the last words");
    }

    @Test
    void aStoppedJsonHunt_printsOneJsonObject_markedInterrupted() throws Exception {
        Path out = dir.resolve("out.json");
        Path err = dir.resolve("err.txt");
        ProcessBuilder pb = NewJvm.dsim("hunt", MEMORY_DEDUP, "--seeds", "1000000", "--max-failures", "1000000",
                "--threads", "1", "--format", "json");
        pb.environment().put(Progress.STDERR_IS_TERMINAL, "1"); // progress on stderr shows the hunt has begun
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        for (int i = 0; i < 600 && !Files.readString(err).contains("hunt payments-memory-dedup"); i++) {
            Thread.sleep(100);
        }
        p.destroy();
        NewJvm.exitCode(p);
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.toFile());
        assertTrue(root.get("interrupted").asBoolean(), root.toString());
        assertEquals(root.get("examined").asInt(), root.get("totals").get(0).get("seeds").asInt());
        assertEquals(root.get("failures").size(), root.get("totals").get(2).get("broken").asInt(),
                "exactly-once's broken runs so far, each listed");
    }

    @Test
    void progressClock_readsLikeADuration() {
        assertEquals("0s", Progress.clock(0));
        assertEquals("59s", Progress.clock(59_999_999_999L));
        assertEquals("3m05s", Progress.clock(185_000_000_000L));
        assertEquals("1h02m", Progress.clock(3_720_000_000_000L));
    }
}
