package dsim.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the quick benchmark once and checks what it reports; never asserts a speed. */
class BenchCommandTest {

    @Test
    void benchQuickJson_reportsEveryEngineAndSizeTheModelAndTheSweep() {
        Cli.Result r = Cli.run("bench", "--quick", "--format", "json");
        assertEquals(0, r.code(), r.err());
        for (String engine : new String[] {"dsim", "binary-heap", "priority-queue"}) {
            assertTrue(r.out().contains("\"engine\": \"" + engine + "\""), engine);
        }
        for (String field : new String[] {"\"pending\": 1000,", "\"pending\": 100000,", "\"pending\": 1000000,",
                "\"ratioToBinaryHeap\"", "\"model\"", "\"messagesPerSecond\"", "\"peakHeapBytes\"", "\"java\"",
                "\"threads\"", "\"sweep\"", "\"speedup\"", "\"identical\": true"}) {
            assertTrue(r.out().contains(field), field);
        }
    }
}
