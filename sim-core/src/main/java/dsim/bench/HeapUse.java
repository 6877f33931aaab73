package dsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.function.Supplier;

/** The heap a piece of work uses: at most at once while it runs, or still held once it is done. */
final class HeapUse {

    private HeapUse() {
    }

    /** What the work returned, how long it took and its peak heap, as the JVM's pools report it. */
    record Measured<T>(T value, double seconds, long peakHeapBytes) {
    }

    /** Times {@code work} and measures the most heap in use at once while it ran. */
    static <T> Measured<T> measure(Supplier<T> work) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        T value = work.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Measured<>(value, seconds, peak);
    }

    /** The heap in use after a full collection: what is still reachable. */
    static long usedAfterCollection() {
        System.gc();
        System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
