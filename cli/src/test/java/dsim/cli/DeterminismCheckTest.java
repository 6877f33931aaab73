package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.simulation.Simulation;
import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.spec.Scenario;
import dsim.scenario.ScenarioLoader;
import dsim.spec.Semantics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dsim run --check-determinism}: two runs of a seed, compared entry by entry. */
class DeterminismCheckTest {

    private static TraceEntry entry(long t, String node) {
        return new TraceEntry(t, 0, t, TraceKind.CREATED, node, "p-1", 0, null, null, null, 0, "");
    }

    @Test
    void firstDivergence_equalJournals_minusOne() {
        List<TraceEntry> a = List.of(entry(1, "p"), entry(2, "p"));
        assertEquals(-1, DeterminismCheck.firstDivergence(a, List.copyOf(a)));
    }

    @Test
    void firstDivergence_differentEntry_itsIndex() {
        assertEquals(1, DeterminismCheck.firstDivergence(List.of(entry(1, "p"), entry(2, "p")),
                List.of(entry(1, "p"), entry(2, "q"))));
    }

    @Test
    void firstDivergence_oneJournalLonger_whereTheShorterEnds() {
        assertEquals(1, DeterminismCheck.firstDivergence(List.of(entry(1, "p")), List.of(entry(1, "p"), entry(2, "p"))));
    }

    /** {@link Cli#TINY} with {@code messages} messages: 2,000 write some 20,000 journal entries. */
    private static Scenario tiny(int messages) throws Exception {
        return ScenarioLoader.parse("tiny.yaml",
                Cli.TINY.replace("messages: 20", "messages: " + messages).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Real runs of {@link #tiny} with 2,000 messages on seed 7; in the second one started, journal
     * entry {@code at} is replaced by what {@code change} makes of it (null: left out).
     */
    private static DeterminismCheck.Run changedAt(long at, Function<TraceEntry, TraceEntry> change) throws Exception {
        Scenario scenario = tiny(2000);
        AtomicInteger plays = new AtomicInteger();
        return (s, sink) -> {
            boolean second = plays.incrementAndGet() == 2;
            long[] index = {0};
            return Simulation.run(scenario, s, 7, entry -> {
                TraceEntry told = second && index[0]++ == at ? change.apply(entry) : entry;
                if (told != null) {
                    sink.record(told);
                }
            });
        };
    }

    @Test
    void check_twoRunsDifferAtOneEntry_namesThatEntryInBothRuns() throws Exception {
        TraceEntry odd = entry(123, "nowhere");

        List<DeterminismCheck.Divergence> found = DeterminismCheck.check(List.of(Semantics.AT_LEAST_ONCE), 7,
                changedAt(12_345, e -> odd));

        assertEquals(1, found.size());
        DeterminismCheck.Divergence d = found.get(0);
        assertEquals(12_345, d.index());
        assertTrue(d.a() == odd ^ d.b() == odd, d.toString());
        assertEquals(d.first(), d.second(), "the model's own digests agree; only the journals differ");
    }

    @Test
    void check_oneJournalEndsEarly_namesWhereTheShorterEnds() throws Exception {
        long[] entries = {0};
        Simulation.run(tiny(2000), Semantics.AT_LEAST_ONCE, 7, e -> entries[0]++);
        long last = entries[0] - 1;

        DeterminismCheck.Divergence d = DeterminismCheck.check(List.of(Semantics.AT_LEAST_ONCE), 7,
                changedAt(last, e -> null)).get(0);

        assertEquals(last, d.index());
        assertTrue(d.a() == null ^ d.b() == null, d.toString());
    }

    @Test
    void check_journalsLongerThanTheBuffer_equal_noDivergence() throws Exception {
        List<DeterminismCheck.Divergence> found = DeterminismCheck.check(List.of(Semantics.AT_LEAST_ONCE,
                Semantics.EXACTLY_ONCE), 7, changedAt(-1, e -> e));

        assertEquals(List.of(), found);
    }

    /**
     * Both journals of this run take far more than 64 MB; two runs side by side take about 28 MB.
     * Keeping both journals, the check ran out of memory and exited 70.
     */
    @Test
    void runCheckDeterminism_journalsLargerThanTheHeap_exit0_saysSo(@TempDir Path dir) throws Exception {
        Path file = Cli.write(dir, "large.yaml", Cli.TINY.replace("messages: 20", "messages: 100000")
                .replace("interval: 100ms", "interval: 10ms"));

        Cli.Result r = ChildJvm.run("64m", "run", file.toString(), "--semantics", "exactly-once",
                "--check-determinism");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*\n(ok|\u2713) determinism: exactly-once each ran twice with seed 7:"
                + " identical journals and digests\\R"), r.out());
    }

    @Test
    void runCheckDeterminism_twoRunsDoNotFit_refusedUpFrontInOneLine_exit2(@TempDir Path dir) throws Exception {
        Path file = Cli.write(dir, "large.yaml", Cli.TINY.replace("messages: 20", "messages: 600000")
                .replace("interval: 100ms", "interval: 10ms"));

        Cli.Result r = ChildJvm.run("64m", "run", file.toString(), "--check-determinism");

        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().matches(Pattern.quote(file.toString()) + ": needs about \\d+ MB for 2 runs of 600000"
                + " messages side by side \\(--check-determinism\\) but the JVM may use \\d+ MB;"
                + " raise -Xmx \\(JAVA_OPTS\\) or use fewer messages\\R"), r.err());
    }

    @Tag("engine")
    @Test
    void runCheckDeterminism_bundledScenario_exit0_saysSo() {
        Cli.Result r = Cli.run(false, "run", Path.of("..", "scenarios", "payments.yaml").toString(), "--check-determinism");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("\nok determinism: at-most-once, at-least-once, exactly-once each ran twice with "
                + "seed 42: identical journals and digests\n"), r.out());
    }

    @Tag("engine")
    @Test
    void runCheckDeterminism_json_verdictOnStderr_stdoutStaysJson() {
        Cli.Result r = Cli.run(false, "run", Path.of("..", "scenarios", "courier.yaml").toString(), "--format", "json",
                "--check-determinism");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("["), r.out());
        assertTrue(r.err().startsWith("ok determinism: "), r.err());
    }
}
