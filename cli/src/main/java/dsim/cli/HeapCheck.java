package dsim.cli;

import dsim.simulation.Footprint;
import dsim.text.Echo;
import dsim.spec.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Refuses, before anything runs, what would not fit in the heap this JVM may use: one line
 * with the estimate beats an OutOfMemoryError an hour in. It counts each run's per-message
 * arrays ({@link Footprint}), as many times as runs go side by side, and what a sweep keeps of
 * every seed. A sweep whose worker threads do not all fit runs with fewer: its output does not
 * depend on the thread count, so neither may its exit code.
 */
final class HeapCheck {

    private static final long GIB = 1L << 30;
    private static final long MIB = 1L << 20;

    private HeapCheck() {
    }

    /** True if one run of {@code scenario} may fit in {@code maxMemoryBytes}; else false after printing why to {@code err}. */
    static boolean fits(Scenario scenario, Path file, long maxMemoryBytes, PrintWriter err) {
        long needed = Footprint.bytes(scenario);
        if (needed <= maxMemoryBytes) {
            return true;
        }
        refuse(err, file, needed, scenario.totalMessages() + " messages", maxMemoryBytes, "messages");
        return false;
    }

    /**
     * What a recorded journal holds per message: about 200 bytes an entry, 7 to 23 entries a
     * message in the bundled scenarios (1.4 to 4.7 KB measured); this is a typical middle.
     */
    static final long JOURNAL_BYTES_PER_MESSAGE = 2_500;

    /**
     * True if a run of {@code scenario} and its whole journal, as {@code replay} without
     * {@code --message} keeps it, may fit in {@code maxMemoryBytes}; else false after one line
     * on {@code err} that names the way out: a single message's story costs about a run.
     */
    static boolean journalFits(Scenario scenario, Path file, long maxMemoryBytes, PrintWriter err) {
        long needed = Footprint.bytes(scenario) + JOURNAL_BYTES_PER_MESSAGE * scenario.totalMessages();
        if (needed <= maxMemoryBytes) {
            return true;
        }
        err.println(Echo.of(Scenarios.name(file)) + ": needs about " + size(needed) + " for a run of " + scenario.totalMessages()
                + " messages and its whole journal (replay without --message keeps every entry) but the JVM may use "
                + size(maxMemoryBytes) + "; name one message with --message ID, which costs about a run, or raise"
                + " -Xmx (JAVA_OPTS)");
        err.flush();
        return false;
    }

    /**
     * True if two runs of {@code scenario} side by side, as {@code --check-determinism} plays
     * them, may fit in {@code maxMemoryBytes}; else false after printing why to {@code err}.
     */
    static boolean twoFit(Scenario scenario, Path file, long maxMemoryBytes, PrintWriter err) {
        long needed = Footprint.bytes(scenario, 2);
        if (needed <= maxMemoryBytes) {
            return true;
        }
        refuse(err, file, needed, "2 runs of " + scenario.totalMessages() + " messages side by side"
                + " (--check-determinism)", maxMemoryBytes, "messages");
        return false;
    }

    /**
     * The worker threads a sweep may use: {@code wanted} if their runs and what the sweep keeps
     * fit in {@code maxMemoryBytes}; else the most that fit, after one warning line on {@code err};
     * else 0, after one line with the estimate for a single thread.
     *
     * @param swept      the scenarios the sweep runs (the scenario, and each --vary value's); a run
     *                   is counted as large as the largest of them
     * @param wanted     the worker threads asked for, already capped at the seeds to run
     * @param keptSeeds  seeds whose results the sweep keeps to the end, 0 if it keeps none
     * @param keptBytes  the heap those results need
     */
    static int workers(List<Scenario> swept, Path file, int wanted, long keptSeeds, long keptBytes,
                       long maxMemoryBytes, PrintWriter err) {
        Scenario largest = swept.get(0);
        for (Scenario s : swept) {
            largest = Footprint.bytes(s) > Footprint.bytes(largest) ? s : largest;
        }
        int workers = wanted;
        while (workers > 0 && Footprint.bytes(largest, workers) + keptBytes > maxMemoryBytes) {
            workers--;
        }
        if (workers == 0) {
            long needed = Footprint.bytes(largest, 1) + keptBytes;
            boolean seedsWeighMore = keptBytes > Footprint.bytes(largest, 1);
            refuse(err, file, needed, "one run of " + largest.totalMessages() + " messages at a time"
                    + kept(keptSeeds), maxMemoryBytes, seedsWeighMore ? "seeds" : "messages");
        } else if (workers < wanted) {
            err.println(Echo.of(Scenarios.name(file)) + ": warning: " + wanted + " worker threads need about "
                    + size(Footprint.bytes(largest, wanted) + keptBytes) + " for " + wanted + " runs of "
                    + largest.totalMessages() + " messages at once" + kept(keptSeeds) + " but the JVM may use "
                    + size(maxMemoryBytes) + "; using " + workers
                    + ", which gives the same output, only slower; raise -Xmx (JAVA_OPTS) to use them all");
            err.flush();
        }
        return workers;
    }

    private static String kept(long seeds) {
        return seeds == 0 ? "" : " and the results of " + seeds + " seeds";
    }

    private static void refuse(PrintWriter err, Path file, long needed, String what, long maxMemoryBytes,
                               String fewer) {
        err.println(Echo.of(Scenarios.name(file)) + ": needs about " + size(needed) + " for " + what + " but the JVM may use "
                + size(maxMemoryBytes) + "; raise -Xmx (JAVA_OPTS) or use fewer " + fewer);
        err.flush();
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
