package dsim.model;

import dsim.journal.Reason;
import dsim.run.Drops;
import dsim.run.Latency;
import dsim.run.Queueing;
import dsim.run.Timeline;

import java.util.Arrays;

/**
 * The judge of a run, fed only by journal entries: how often each message was processed,
 * when it was created and first processed, and the packet-level counts.
 */
final class Tally {

    /** createdAt of a message a limit stopped before its producer created it. */
    private static final long NOT_CREATED = -1;

    final int[] processings;
    /** Per message, whether a broker dead-lettered a copy of it; empty until one does. */
    private boolean[] deadLettered = new boolean[0];
    final long[] createdAt;
    final long[] firstProcessedAt;
    /** Messages processed at least once: the latencies to measure. */
    private int processedMessages;
    long produced;
    long sent;
    long retries;
    long redeliveries;
    long dropsLoss;
    long dropsOutage;
    long dropsNodeDown;
    long linkDuplicates;
    long dedupSuppressed;
    long crashes;
    /** When each crash happened, in order: for the timeline. */
    private long[] crashTimes = new long[8];
    long gaveUp;
    long waited;
    long waitSumNanos;
    long maxWaitNanos;
    long longestBacklog;

    Tally(int messages) {
        processings = new int[messages];
        createdAt = new long[messages];
        firstProcessedAt = new long[messages];
        Arrays.fill(createdAt, NOT_CREATED);
    }

    void created(int m, long now) {
        produced++;
        createdAt[m] = now;
    }

    /** Message {@code m} went to a dead-letter queue: if it is never processed, it is lost but recoverable. */
    void deadLettered(int m) {
        if (deadLettered.length == 0) {
            deadLettered = new boolean[processings.length];
        }
        deadLettered[m] = true;
    }

    void processed(int m, long now) {
        if (processings[m]++ == 0) {
            firstProcessedAt[m] = now;
            processedMessages++;
        }
    }

    void dropped(Reason reason) {
        switch (reason) {
            case LOSS -> dropsLoss++;
            case OUTAGE -> dropsOutage++;
            case NODE_DOWN, STALE_FETCH -> dropsNodeDown++; // a node's fault, not a link's
            default -> throw new IllegalArgumentException("a packet is not dropped by " + reason.id());
        }
    }

    /** A processing started after waiting {@code waitNanos} in its consumer's queue (0: a worker was free). */
    void started(long waitNanos) {
        if (waitNanos > 0) {
            waited++;
            waitSumNanos += waitNanos;
            maxWaitNanos = Math.max(maxWaitNanos, waitNanos);
        }
    }

    /** {@code length} messages now wait at one node. */
    void backlog(long length) {
        longestBacklog = Math.max(longestBacklog, length);
    }

    Queueing queueing() {
        if (waited == 0 && longestBacklog == 0) {
            return Queueing.NONE;
        }
        return new Queueing(waited, waited == 0 ? 0 : Math.round((double) waitSumNanos / waited), maxWaitNanos,
                longestBacklog);
    }

    Drops drops() {
        return new Drops(dropsLoss, dropsOutage, dropsNodeDown);
    }

    /** A node crashed at {@code now}. */
    void crashed(long now) {
        if (crashes == crashTimes.length) {
            crashTimes = Arrays.copyOf(crashTimes, crashTimes.length * 2);
        }
        crashTimes[(int) crashes++] = now;
    }

    /** What each message came to, counted over the messages created, and when they were created. */
    record Outcomes(long lost, long once, long duplicated, long extra, long inDeadLetterQueue, Timeline timeline) {
    }

    /**
     * The outcome counts and, per bucket of creation time {@code bucketNanos} wide, the messages
     * created and how they ended, and the crashes: one pass over the messages. Messages are
     * numbered as they are created, in time order, so the first {@link #produced} are those
     * created and their buckets only move forward.
     */
    Outcomes outcomes(long bucketNanos) {
        long[] created = new long[Timeline.BUCKETS];
        long[] lostIn = new long[Timeline.BUCKETS];
        long[] duplicatedIn = new long[Timeline.BUCKETS];
        long[] crashed = new long[Timeline.BUCKETS];
        Timeline timeline = new Timeline(bucketNanos, created, lostIn, duplicatedIn, crashed);
        for (int i = 0; i < crashes; i++) {
            crashed[timeline.bucket(crashTimes[i])]++;
        }
        long lost = 0;
        long once = 0;
        long duplicated = 0;
        long extra = 0;
        long inDeadLetterQueue = 0;
        int bucket = 0;
        long bucketEnd = bucketNanos; // creation times in [bucket * w, bucketEnd) are in this bucket
        for (int m = 0; m < produced; m++) {
            if (createdAt[m] >= bucketEnd && bucket < Timeline.BUCKETS - 1) {
                bucket = timeline.bucket(createdAt[m]);
                bucketEnd = (bucket + 1) * bucketNanos;
            }
            created[bucket]++;
            int n = processings[m];
            if (n == 0) {
                lost++;
                lostIn[bucket]++;
                if (deadLettered.length > 0 && deadLettered[m]) {
                    inDeadLetterQueue++;
                }
            } else if (n == 1) {
                once++;
            } else {
                duplicated++;
                duplicatedIn[bucket]++;
                extra += n - 1;
            }
        }
        return new Outcomes(lost, once, duplicated, extra, inDeadLetterQueue, timeline);
    }

    /** Latency from creation to first processing over processed messages; nearest-rank percentiles. */
    Latency latency() {
        if (processedMessages == 0) {
            return Latency.NONE;
        }
        // One pass, with the count kept as they were processed: at a million messages each pass
        // over these arrays is a few milliseconds, a share of the whole run worth saving.
        long[] values = new long[processedMessages];
        int i = 0;
        for (int m = 0; m < processings.length; m++) {
            if (processings[m] > 0) {
                values[i++] = firstProcessedAt[m] - createdAt[m];
            }
        }
        return Latency.of(values);
    }
}
