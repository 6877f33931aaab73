package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code dsim hunt --format json}: the same hunt as the text, as one JSON object on stdout. */
@Tag("engine")
class HuntJsonTest {

    private static final String MEMORY_DEDUP = Path.of("..", "scenarios", "payments-memory-dedup.yaml").toString();
    private static final String PAYMENTS = Path.of("..", "scenarios", "payments.yaml").toString();
    private static final Pattern FAILURE = Pattern.compile(
            "FAIL seed (\\d+) exactly-once: .*; digest ([0-9a-f]{16}); replay: (dsim replay .*)");

    private static JsonNode parse(String json) throws IOException {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void json_listsTheRunsTheTextLists_withTheirReplayLines_andTheSameExitCode() throws IOException {
        String[] args = {"hunt", MEMORY_DEDUP, "--semantics", "exactly-once", "--seeds", "60", "--max-failures", "3"};
        Cli.Result text = Cli.run(false, args);
        Cli.Result json = Cli.run(false, concat(args, "--format", "json"));

        assertEquals(1, text.code(), text.err());
        assertEquals(text.code(), json.code(), json.err());
        assertEquals(text.err(), json.err(), "warnings stay on stderr, as they were");
        JsonNode root = parse(json.out());
        List<Matcher> lines = text.out().lines().map(FAILURE::matcher).filter(Matcher::matches).toList();
        JsonNode failures = root.get("failures");
        assertEquals(3, lines.size(), text.out());
        assertEquals(lines.size(), failures.size(), json.out());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode f = failures.get(i);
            assertEquals(lines.get(i).group(1), f.get("seed").asText());
            assertEquals("exactly-once", f.get("semantics").asText());
            assertEquals(lines.get(i).group(2), f.get("digest").asText());
            assertEquals(lines.get(i).group(3), f.get("replay").asText());
            assertEquals("duplicated == 0", f.get("broken").get(0).get("check").asText());
            JsonNode messages = f.get("messages").get(0);
            assertEquals("duplicated", messages.get("outcome").asText());
            assertEquals(f.get("broken").get(0).get("actual").asLong(), messages.get("count").asLong());
            assertTrue(f.get("replay").asText().endsWith("--message " + messages.get("ids").get(0).asText()));
            assertTrue(messages.get("causes").has("dedup store lost"), messages.toString());
        }
        assertTrue(root.get("stoppedAtMaxFailures").asBoolean());
        JsonNode total = root.get("totals").get(0);
        assertEquals("exactly-once", total.get("semantics").asText());
        assertEquals(3, total.get("broken").asInt());
        assertEquals(root.get("examined").asInt(), total.get("seeds").asInt());
        JsonNode share = total.get("share");
        assertEquals("clopper-pearson", share.get("method").asText());
        assertTrue(share.get("lower").asDouble() < share.get("value").asDouble()
                && share.get("value").asDouble() < share.get("upper").asDouble(), share.toString());
    }

    @Test
    void json_nothingBreaks_exit0_withTheUpperBoundAndTheSourcesThatNeverFired() throws IOException {
        Cli.Result r = Cli.run(false, "hunt", PAYMENTS, "--seeds", "20", "--semantics", "exactly-once", "--format",
                "json");

        assertEquals(0, r.code(), r.err());
        JsonNode root = parse(r.out());
        assertEquals("payments", root.get("scenario").asText());
        assertEquals(42, root.get("firstSeed").asLong());
        assertEquals(0, root.get("failures").size());
        JsonNode share = root.get("totals").get(0).get("share");
        assertEquals(0.0, share.get("value").asDouble());
        assertEquals("17%", Percent.of(share.get("upper").asDouble()), "as the text says it");
        assertEquals("retries exhausted at checkout", root.get("neverFired").get(0).get("source").asText());
        assertEquals("exactly-once", root.get("hunted").get(0).asText());
        assertEquals(0, root.get("withoutExpect").size());
    }

    @Test
    void unknownFormat_oneLine_exit2() {
        Cli.Result r = Cli.run("hunt", PAYMENTS, "--format", "yaml");

        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
