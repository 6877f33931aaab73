package dsim.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.simulation.Footprint;
import dsim.model.Model;
import dsim.spec.DedupSpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.testing.ScenarioBuilder;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.junit.jupiter.api.Test;

class FootprintTest {

    private static final long MILLION = 1_000_000;

    private static double perMessage(ScenarioBuilder b, Semantics s) {
        long one = Footprint.bytes(b.messages(MILLION).build(), s);
        long two = Footprint.bytes(b.messages(2 * MILLION).build(), s);
        return (two - one) / (double) MILLION;
    }

    @Test
    void bytes_perMessage_countsEachArrayTheModelSizesByMessages_plusAFifth() {
        ScenarioBuilder direct = ScenarioBuilder.scenario();
        ScenarioBuilder broker = ScenarioBuilder.scenario().viaBroker();

        // Tally 20 + latencies 8 + keys and places 12 + producers 5 + fault coverage 4, each with a
        // fifth more for the collector.
        assertEquals(49 * 1.2, perMessage(direct, Semantics.AT_MOST_ONCE), 1e-6);
        // + the broker's store counts (4).
        assertEquals(53 * 1.2, perMessage(broker, Semantics.AT_LEAST_ONCE), 1e-6);
        // + the broker's seen-ids (4) and the durable dedup store (8).
        assertEquals(65 * 1.2, perMessage(broker, Semantics.EXACTLY_ONCE), 1e-6);
        // + which messages a crashing producer is done with (1) and the message at each of its
        // places (4), and which a queue dead-lettered (1).
        ScenarioBuilder everything = ScenarioBuilder.scenario().viaBroker().producerCrash(60 * ScenarioBuilder.S,
                ScenarioBuilder.S).maxDeliveries(5);
        assertEquals(71 * 1.2, perMessage(everything, Semantics.EXACTLY_ONCE), 1e-6);
    }

    @Test
    void bytes_memoryDedupStore_countsAHalfFullTableAndItsLastGrowth() {
        ScenarioBuilder memory = ScenarioBuilder.scenario().dedup(new DedupSpec(DedupSpec.Store.MEMORY, 0));
        Scenario s = memory.messages(MILLION).build();

        long table = Footprint.memoryStoreBytes(MILLION);

        assertEquals((2L << 20) * 3 / 2 * 12, table, "2^21 slots of 12 bytes, and the 2^20 it grew from");
        assertTrue(Footprint.bytes(s, Semantics.EXACTLY_ONCE) > Footprint.bytes(s, Semantics.AT_LEAST_ONCE) + table);
        assertEquals(16 * 12, Footprint.memoryStoreBytes(0));
    }

    @Test
    void bytes_scenario_isItsLargestRun() {
        Scenario s = ScenarioBuilder.scenario().viaBroker().messages(MILLION).build();

        assertEquals(Footprint.bytes(s, Semantics.EXACTLY_ONCE), Footprint.bytes(s));
    }

    @Test
    void bytes_runsSideBySide_eachHasItsArrays_oneBaseline() {
        Scenario s = ScenarioBuilder.scenario().viaBroker().messages(MILLION).build();
        long arrays = Footprint.bytes(s) - Footprint.BASELINE_BYTES;

        assertEquals(Footprint.bytes(s), Footprint.bytes(s, 1));
        assertEquals(Footprint.BASELINE_BYTES + 4 * arrays, Footprint.bytes(s, 4));
    }

    @Test
    void bytes_aHundredMillionMessagesExactlyOnce_isAboutSevenGigabytes() {
        Scenario s = ScenarioBuilder.scenario().viaBroker().messages(100 * MILLION).build();

        assertEquals(7.28, Footprint.bytes(s) / (double) (1L << 30), 0.05);
    }

    /** Guards the constants: a new per-message array in the model must be counted here too. */
    @Test
    void bytes_matchesWhatAModelReallyAllocates() {
        Scenario s = ScenarioBuilder.scenario().viaBroker().messages(4 * MILLION).build();
        long estimate = Footprint.bytes(s, Semantics.EXACTLY_ONCE) - Footprint.BASELINE_BYTES;
        long arrays = estimate * Footprint.HEADROOM_DIVISOR / (Footprint.HEADROOM_DIVISOR + 1)
                - 4 * MILLION * Footprint.LATENCIES // the latencies are allocated at the end of the run
                - 4 * MILLION * Footprint.COVERAGE; // and fault coverage at the first fault

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        Model model = new Model(s, Semantics.EXACTLY_ONCE, 1, null);
        System.gc();
        long allocated = memory.getHeapMemoryUsage().getUsed() - before;

        // G1 stores each array of half a region or more in whole regions, so the heap in use runs a
        // few percent above the bytes asked for; a forgotten per-message array is 10% or more.
        assertTrue(model != null && Math.abs(allocated - arrays) < arrays * 8 / 100,
                "the model allocated " + allocated + " bytes, Footprint counts " + arrays);
    }
}
