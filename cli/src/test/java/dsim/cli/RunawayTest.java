package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dsim.run.Outcome;
import dsim.run.RunResult;
import dsim.simulation.Simulation;
import dsim.journal.TraceEntry;
import dsim.journal.TraceSink;
import dsim.spec.Scenario;
import dsim.scenario.ScenarioLoader;
import dsim.scenario.ScenarioOverride;
import dsim.spec.Semantics;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that can never finish (unbounded retries into a link that is down for 1000 days)
 * ends cleanly at its limit: the outcome names the limit, {@code dsim run} says which and
 * exits 3, and the memory it holds is bounded by the messages in flight, not by the events
 * it has processed.
 */
class RunawayTest {

    private static final Path NEVER_ACKED = Path.of("..", "sim-core", "src", "test", "resources", "runaway",
            "never-acked.yaml");
    private static final String EVENTS_LINE = "! at-least-once stopped at max-events (100000) with work left;"
            + " raise limits.max-events or check for a run that never ends";
    /** Far more than ten messages need, far less than two million events' worth of pending events. */
    private static final long HEAP_GROWTH_BOUND = 32L << 20;

    @TempDir
    Path dir;

    @Test
    void run_neverAcked_stopsAtMaxEvents_saysSo_exit3() {
        Cli.Result r = Cli.run("run", NEVER_ACKED.toString());

        assertEquals(3, r.code(), r.err());
        assertTrue(r.out().contains(EVENTS_LINE + "\n"), r.out());
        assertTrue(r.out().contains(EVENTS_LINE.replace("at-least-once", "exactly-once") + "\n"), r.out());
        assertTrue(r.out().contains("reproduce: dsim run " + NEVER_ACKED + " --semantics at-least-once --seed 1\n"),
                r.out());
        assertEquals("", r.err());
    }

    @Test
    void runJson_neverAcked_outcomeNamesTheLimit_exit3() throws Exception {
        Cli.Result r = Cli.run("run", NEVER_ACKED.toString(), "--format", "json");

        assertEquals(3, r.code(), r.err());
        JsonNode runs = new ObjectMapper().readTree(r.out());
        assertEquals("completed", runs.get(0).get("outcome").asText(), "at-most-once sends once and is done");
        for (int i = 1; i < 3; i++) {
            assertEquals("max-events", runs.get(i).get("outcome").asText());
            assertEquals(100_000, runs.get(i).get("events").asLong());
        }
        assertTrue(r.err().startsWith(EVENTS_LINE + "\n"), r.err());
    }

    @Test
    void run_neverAckedWithAShortMaxTime_stopsAtMaxTime_exit3() throws Exception {
        Path file = Cli.write(dir, "short.yaml", Files.readString(NEVER_ACKED).replace("max-time: 1000d", "max-time: 1d"));

        Cli.Result r = Cli.run("run", file.toString(), "--semantics", "at-least-once", "--format", "json");

        assertEquals(3, r.code(), r.err());
        JsonNode run = new ObjectMapper().readTree(r.out()).get(0);
        assertEquals("max-time", run.get("outcome").asText());
        assertEquals(86_400_000_000_000L, run.get("simulatedTimeNanos").asLong());
        assertTrue(r.err().startsWith("! at-least-once stopped at max-time (1d) with work left; raise limits.max-time"
                + " or check for a run that never ends\n"), r.err());
    }

    @Test
    void run_copiesPilingUpInFlight_stopsAtMaxPending_exit3() {
        Path file = NEVER_ACKED.resolveSibling("piling-up.yaml");

        Cli.Result r = Cli.run("run", file.toString());

        assertEquals(3, r.code(), r.err());
        assertTrue(r.out().contains("! at-least-once stopped at max-pending (2000000 events in flight at once): work "
                + "piled up faster than it finished"), r.out());
        assertTrue(r.out().contains("max-pending"), r.out());
    }

    /**
     * Twenty times the events, the same memory: pending events stay at about one per message.
     * Heap is sampled after a GC at fixed journal entries, so the samples do not depend on timing.
     */
    @Test
    void simulate_neverAcked_heapDoesNotGrowWithEventsProcessed() throws Exception {
        HeapProbe fewHeap = new HeapProbe();
        RunResult few = run(100_000, fewHeap);
        HeapProbe manyHeap = new HeapProbe();
        RunResult many = run(2_000_000, manyHeap);

        assertEquals(Outcome.MAX_EVENTS, few.outcome());
        assertEquals(Outcome.MAX_EVENTS, many.outcome());
        assertEquals(2_000_000, many.events());
        long growth = manyHeap.lastUsed - fewHeap.lastUsed;
        assertTrue(growth < HEAP_GROWTH_BOUND, "heap grew by " + (growth >> 20) + " MiB from 100,000 to 2,000,000"
                + " events (after GC: " + (fewHeap.lastUsed >> 20) + " MiB, then " + (manyHeap.lastUsed >> 20) + " MiB)");
    }

    private static RunResult run(long maxEvents, TraceSink sink) throws Exception {
        Scenario s = ScenarioLoader.load(NEVER_ACKED,
                List.of(new ScenarioOverride("limits.max-events", Long.toString(maxEvents))));
        return Simulation.run(s, Semantics.AT_LEAST_ONCE, s.seed(), sink);
    }

    /** Reads the used heap after a GC at every power-of-two journal entry from 2^14 on. */
    private static final class HeapProbe implements TraceSink {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private long entries;
        long lastUsed;

        @Override
        public void record(TraceEntry entry) {
            entries++;
            if (entries >= 1 << 14 && Long.bitCount(entries) == 1) {
                System.gc();
                lastUsed = memory.getHeapMemoryUsage().getUsed();
            }
        }
    }
}
