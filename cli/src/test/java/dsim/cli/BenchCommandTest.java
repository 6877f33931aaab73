package dsim.cli;

import dsim.bench.ModelBenchmark;
import dsim.spec.Scenario;
import dsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

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
                "\"threads\"", "\"sweep\"", "\"speedup\"", "\"identical\": true", "\"leanEventsPerSecond\"",
                "\"ratioToLeanModel\"", "\"nodes\"", "\"manyNanosPerEvent\"", "\"partitions\"",
                "\"manyPartitions\": 10000,", "\"replay\"", "\"timeRatio\"", "\"memoryRatio\""}) {
            assertTrue(r.out().contains(field), field);
        }
    }

    @Test
    void millionOrdersFile_isTheScenarioTheBenchTimes() throws Exception {
        // So that "dsim run" of the file, end to end, can be set against the in-JVM figure.
        Scenario file = ScenarioLoader.load(Path.of("..", "benchmarks", "scenarios", "million-orders.yaml"));
        Scenario built = ModelBenchmark.scenario(1_000_000);
        assertEquals(built.producers(), file.producers());
        assertEquals(built.brokers(), file.brokers());
        assertEquals(built.consumers(), file.consumers());
        assertEquals(built.network(), file.network());
        assertEquals(built.retry(), file.retry());
        // The file keeps the default cap of 100M events, far above the 8.4M this run takes.
        assertEquals(built.limits().maxTimeNanos(), file.limits().maxTimeNanos());
        assertEquals(built.semantics(), file.semantics());
        assertEquals(built.seed(), file.seed());
    }
}
