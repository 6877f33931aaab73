package dsim.cli;

import dsim.run.Footprint;
import dsim.scenario.Echo;
import dsim.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Refuses, before anything runs, a scenario whose per-message arrays alone would not fit in
 * the heap this JVM may use: one line with the estimate beats an OutOfMemoryError an hour in.
 */
final class HeapCheck {

    private static final long GIB = 1L << 30;
    private static final long MIB = 1L << 20;

    private HeapCheck() {
    }

    /** True if {@code scenario} may fit in {@code maxMemoryBytes}; else false after printing why to {@code err}. */
    static boolean fits(Scenario scenario, Path file, long maxMemoryBytes, PrintWriter err) {
        long needed = Footprint.bytes(scenario);
        if (needed <= maxMemoryBytes) {
            return true;
        }
        err.println(Echo.of(file) + ": needs about " + size(needed) + " for " + scenario.totalMessages()
                + " messages but the JVM may use " + size(maxMemoryBytes)
                + "; raise -Xmx (JAVA_OPTS) or use fewer messages");
        err.flush();
        return false;
    }

    /** As -Xmx counts: GB and MB of 2^30 and 2^20 bytes, so "-Xmx4g" reads back as 4.0 GB. */
    static String size(long bytes) {
        if (bytes >= GIB) {
            return String.format(Locale.ROOT, "%.1f GB", (double) bytes / GIB);
        }
        return ((bytes + MIB - 1) / MIB) + " MB";
    }
}
