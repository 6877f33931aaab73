package dsim.cli;

import dsim.run.Footprint;
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
        err.println(file + ": needs about " + size(needed) + " for " + scenario.totalMessages()
                + " messages but the JVM may use " + size(maxMemoryBytes)
                + "; raise -Xmx (JAVA_OPTS) or use fewer messages");
        err.flush();
        return false;
    }

    /**
     * The one line for a heap that ran out after the up-front check let the run start (what a
     * run holds in flight is not estimated): how much there was, and twice that to try next.
     */
    static String ranOut(long maxMemoryBytes) {
        return "dsim: out of memory: the run needed more than the " + size(maxMemoryBytes)
                + " of heap this JVM may use; run it again with more, e.g. JAVA_OPTS=-Xmx" + xmx(2 * maxMemoryBytes);
    }

    /** {@code bytes} as an -Xmx value, rounded up to whole gigabytes from 1 GB, else to whole megabytes. */
    static String xmx(long bytes) {
        if (bytes >= GIB) {
            return (bytes + GIB - 1) / GIB + "g";
        }
        return (bytes + MIB - 1) / MIB + "m";
    }

    /** As -Xmx counts: GB and MB of 2^30 and 2^20 bytes, so "-Xmx4g" reads back as 4.0 GB. */
    static String size(long bytes) {
        if (bytes >= GIB) {
            return String.format(Locale.ROOT, "%.1f GB", (double) bytes / GIB);
        }
        return ((bytes + MIB - 1) / MIB) + " MB";
    }
}
