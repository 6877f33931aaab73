package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ENGINE-DEPENDENT: these tests run real simulations, so they fail until
 * {@code Simulation.run} is implemented and pass once it is. Do not disable them.
 */
@Tag("engine")
class RunCommandEngineTest {

    @TempDir
    Path dir;

    @Test
    void runJson_twice_identicalBytes() throws IOException {
        Path file = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Cli.Result first = Cli.run("run", file.toString(), "--format", "json");
        Cli.Result second = Cli.run("run", file.toString(), "--format", "json");
        assertEquals(0, first.code(), first.err());
        assertEquals(first.out(), second.out());
        JsonNode array = new ObjectMapper().readTree(first.out());
        assertEquals(3, array.size());
        assertEquals("tiny", array.get(0).get("scenario").asText());
        assertEquals(7, array.get(0).get("seed").asLong());
        assertEquals(20, array.get(2).get("produced").asLong());
        assertEquals("", first.err());
    }

    @Test
    void run_seedOption_overridesTheScenario_hexOrDecimal() throws IOException {
        Path file = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Cli.Result hex = Cli.run("run", file.toString(), "--format", "json", "--seed", "0x2a");
        Cli.Result dec = Cli.run("run", file.toString(), "--format", "json", "--seed", "42");
        assertEquals(hex.out(), dec.out());
        assertTrue(hex.out().contains("\"seed\": 42,"), hex.out());
    }

    @Test
    void run_brokenExpectation_exit1_failLineAndReplay() throws IOException {
        Path file = Cli.write(dir, "tiny.yaml", Cli.TINY + """
                expect:
                  at-least-once: { lost: 0 }
                  exactly-once: { processed-once: 0 }
                """);
        Cli.Result r = Cli.run(false, "run", file.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("scenario tiny, seed 7, 20 messages\n"), r.out());
        assertTrue(r.out().contains("\nok at-least-once: lost == 0\n"), r.out());
        assertTrue(r.out().contains("\nFAIL exactly-once: processed-once 20, expected == 0\n"), r.out());
        assertTrue(r.out().contains("\nreproduce: dsim run " + file + " --semantics exactly-once --seed 7\n"), r.out());
        assertFalse(r.out().contains("--semantics at-least-once"), r.out());
    }

    @Test
    void run_unicodeTerminal_usesCheckMarks() throws IOException {
        Path file = Cli.write(dir, "tiny.yaml", Cli.TINY + "expect:\n  exactly-once: { lost: 0, duplicated: 0 }\n");
        Cli.Result r = Cli.run(true, "run", file.toString(), "--semantics", "exactly-once");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("\n\u2713 exactly-once: lost == 0\n\u2713 exactly-once: duplicated == 0\n"), r.out());
    }

    @Test
    void run_json_listsExpectations() throws IOException {
        Path file = Cli.write(dir, "tiny.yaml", Cli.TINY + "expect:\n  exactly-once: { processed-once: 0 }\n");
        Cli.Result r = Cli.run("run", file.toString(), "--format", "json");
        assertEquals(1, r.code());
        JsonNode eo = new ObjectMapper().readTree(r.out()).get(2);
        assertEquals("processed-once == 0", eo.get("expectations").get(0).get("check").asText());
        assertFalse(eo.get("expectations").get(0).get("ok").asBoolean());
        assertTrue(r.err().contains("reproduce: dsim run "), r.err());
    }

    @Test
    void run_limitHit_exit3_withWarning() throws IOException {
        Path file = Cli.write(dir, "tiny.yaml", Cli.TINY.replace("max-time: 24h", "max-time: 1s"));
        Cli.Result r = Cli.run("run", file.toString(), "--semantics", "at-least-once");
        assertEquals(3, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("! at-least-once stopped at max-time ("), r.out());
        assertTrue(r.out().contains("raise limits.max-time or check for a run that never ends"), r.out());
    }

    @Test
    void run_traceOneSemantics_plainLines() throws IOException {
        Path file = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Path trace = dir.resolve("t.jsonl");
        Cli.Result r = Cli.run("run", file.toString(), "--semantics", "at-least-once", "--trace", trace.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(trace);
        assertFalse(lines.isEmpty());
        assertTrue(lines.get(0).startsWith("{\"t\":0,\"time\":"), lines.get(0));
        assertTrue(lines.stream().noneMatch(l -> l.contains("\"semantics\"")));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temp file left");
        }
    }

    @Test
    void run_traceAllSemantics_oneFileTaggedAndDeterministic() throws IOException {
        Path file = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        assertEquals(0, Cli.run("run", file.toString(), "--trace", a.toString()).code());
        assertEquals(0, Cli.run("run", file.toString(), "--trace", b.toString()).code());
        assertEquals(Files.readString(a), Files.readString(b));
        List<String> lines = Files.readAllLines(a);
        assertTrue(lines.stream().allMatch(l -> l.contains(",\"semantics\":\"")));
        assertTrue(lines.get(0).contains("\"semantics\":\"at-most-once\""));
        assertTrue(lines.get(lines.size() - 1).contains("\"semantics\":\"exactly-once\""));
    }
}
