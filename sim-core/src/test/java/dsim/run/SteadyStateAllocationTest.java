package dsim.run;

import dsim.simulation.Footprint;
import dsim.simulation.Simulation;
import dsim.bench.ModelBenchmark;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The event loop allocates nothing per event: a longer run allocates more only for the
 * per-message arrays that {@link Footprint} counts. One 16-byte object per event would add
 * about 140 bytes per message, three times what those arrays take.
 */
class SteadyStateAllocationTest {

    @Test
    void aLongerRun_allocatesOnlyItsPerMessageArrays() {
        var threads = ManagementFactory.getThreadMXBean();
        assumeTrue(threads instanceof com.sun.management.ThreadMXBean, "needs HotSpot's allocation counter");
        var counter = (com.sun.management.ThreadMXBean) threads;
        assumeTrue(counter.isThreadAllocatedMemorySupported() && counter.isThreadAllocatedMemoryEnabled());

        Scenario small = ModelBenchmark.scenario(100_000);
        Scenario large = ModelBenchmark.scenario(400_000);
        allocatedBy(counter, small); // load and compile the code first
        long extraBytes = allocatedBy(counter, large) - allocatedBy(counter, small);
        long extraArrays = Footprint.bytes(large) - Footprint.bytes(small);
        long extraEvents = run(large).events() - run(small).events();
        assertTrue(extraEvents > 1_500_000, "the larger run executes well over a million more events: " + extraEvents);
        // Allowing a byte per event for slack (buffers that grow, a deoptimised method): a
        // 16-byte object per event would be sixteen.
        assertTrue(extraBytes <= extraArrays + extraEvents, "300,000 more messages (" + extraEvents + " events) allocated "
                + extraBytes + " bytes; their arrays take " + extraArrays);
    }

    private static long allocatedBy(com.sun.management.ThreadMXBean counter, Scenario scenario) {
        long before = counter.getCurrentThreadAllocatedBytes();
        run(scenario);
        return counter.getCurrentThreadAllocatedBytes() - before;
    }

    private static RunResult run(Scenario scenario) {
        return Simulation.run(scenario, Semantics.AT_LEAST_ONCE, 1, null);
    }
}
