package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dsim replay}: the same run as {@code dsim run}, told message by message. */
@Tag("engine")
class ReplayCommandTest {

    @TempDir
    Path dir;

    @Test
    void replay_printsTheDigestRunJsonReports_forEverySemantics() throws IOException {
        Path file = Cli.write(dir, "tiny.yaml", Cli.TINY);
        JsonNode runs = new ObjectMapper().readTree(Cli.run("run", file.toString(), "--format", "json", "--seed", "11").out());
        assertEquals(3, runs.size());
        for (JsonNode run : runs) {
            Cli.Result r = Cli.run("replay", file.toString(), "--semantics", run.get("semantics").asText(), "--seed", "11");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("\ntrace digest " + run.get("traceDigest").asText() + "\n"), r.out());
        }
    }

    @Test
    void replay_unknownMessage_exit2_oneLineWithTheIdFormat() throws IOException {
        Path file = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Cli.Result r = Cli.run("replay", file.toString(), "--semantics", "at-least-once", "--message", "app-999");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("dsim replay: no message 'app-999' in this run; ids are a producer's name and a number from 1, "
                + "e.g. app-1 (producers: app)", r.err().strip());
    }

    @Test
    void replay_message_tellsItsStory_andDrawsIt() throws Exception {
        Path file = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Path out = dir.resolve("story");
        Cli.Result r = Cli.run("replay", file.toString(), "--semantics", "at-most-once", "--message", "app-3",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\nstory of app-3: "), r.out());
        assertTrue(r.out().contains(" app   created\n"), r.out());
        assertTrue(r.out().contains("\nwhy: app-3 was "), r.out());
        assertTrue(r.out().contains("\nwrote " + out.resolve("sequence.svg") + " and " + out.resolve("sequence.mmd")),
                r.out());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        assertEquals("svg", f.newDocumentBuilder().parse(out.resolve("sequence.svg").toFile()).getDocumentElement()
                .getTagName());
        assertTrue(Files.readString(out.resolve("sequence.mmd")).startsWith("sequenceDiagram\n"));
        try (var files = Files.list(out)) {
            assertEquals(2, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void replay_brokenExpectation_withoutMessage_tellsTheFirstBrokenMessage() throws IOException {
        Path file = Cli.write(dir, "tiny.yaml", Cli.TINY + "expect:\n  at-most-once: { lost: 0 }\n");
        Cli.Result r = Cli.run(false, "replay", file.toString(), "--semantics", "at-most-once");
        assertEquals(1, r.code(), "a broken expectation, as run and hunt exit: " + r.err());
        assertTrue(r.out().contains("\nFAIL at-most-once: lost "), r.out());
        assertTrue(r.out().matches("(?s).*\nstory of app-\\d+: lost \\(only copy dropped\\)\n.*"), r.out());
    }

    @Test
    void replay_nothingBroke_withoutMessage_summarisesTheRun() throws IOException {
        Path file = Cli.write(dir, "tiny.yaml", Cli.TINY + "expect:\n  exactly-once: { lost: 0 }\n");
        Cli.Result r = Cli.run(false, "replay", file.toString(), "--semantics", "exactly-once");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\nok exactly-once: every expectation held\n\nscenario tiny, seed 7, 20 messages\n"),
                r.out());
    }

    @Test
    void replay_semanticsMissing_usageError() throws IOException {
        Path file = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Cli.Result r = Cli.run("replay", file.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--semantics"), r.err());
    }

    @Test
    void replay_aMessageWithoutSemantics_tellsItUnderEach_sideBySide() throws IOException {
        Path out = dir.resolve("side");
        Cli.Result r = Cli.run(false, "replay", Path.of("..", "scenarios", "payments.yaml").toString(), "--message",
                "checkout-21", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("replay payments, seed 42: checkout-21 under each semantics, on the same faults", lines.get(0));
        assertEquals("at-most-once: processed once", lines.get(1));
        assertEquals("at-least-once: processed twice (consumer ack lost)", lines.get(3));
        assertEquals("exactly-once: processed once", lines.get(5));
        assertTrue(lines.get(6).contains("duplicate skipped by the dedup store"), lines.get(6));
        String svg = Files.readString(out.resolve("semantics.svg"));
        for (String lane : List.of("at-most-once: processed once", "at-least-once: processed twice (consumer ack lost)",
                "exactly-once: processed once")) {
            assertTrue(svg.contains(">" + lane + "<"), lane);
        }
        assertTrue(svg.contains(">skipped: seen<"), "exactly-once's dedup skip is marked");
    }

    @Test
    void replay_neitherSemanticsNorMessage_isAUsageError() throws IOException {
        Cli.Result r = Cli.run(false, "replay", Path.of("..", "scenarios", "payments.yaml").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("pass --semantics NAME to replay one run, or --message ID"), r.err());
    }
}
