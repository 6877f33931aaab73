package dsim.spec;

import java.util.List;

/**
 * A store-and-forward broker. A queue hands the messages it stores to its consumers in turn
 * (competing consumers, round robin); a log appends them to partitions, each read in order
 * by one consumer of the group.
 *
 * @param name                   unique node name
 * @param deliverTo              the consumers it delivers to, at least one
 * @param durable                true: stored messages survive a crash (ack after persisting);
 *                               false: a crash loses every stored message
 * @param redeliveryTimeoutNanos under at-least-once and exactly-once, how long a delivery may
 *                               stay unacked before the broker delivers it again; &gt; 0
 * @param crash                  the crash schedule, or null if it never crashes
 * @param ack                    when it acks a publish: after persisting it (the default) or before
 * @param persistTimeNanos       how long persisting a message takes when durable; 0 = instantly
 * @param dedupWindowNanos       under exactly-once, how long it remembers a stored id to drop
 *                               producer retries of it; 0 = forever
 * @param kind                   a queue or a log
 * @param partitions             a log's partitions; 0 for one per consumer (and for a queue)
 * @param sessionTimeoutNanos    a log: how long after a consumer's crash its partitions move; &gt; 0
 * @param maxDeliveries          a queue: after this many deliveries without an ack a message moves to
 *                               the dead-letter queue; 0 for never
 * @param idempotent             drops a producer's retry of a message it stored (within the dedup
 *                               window) under every semantics that retries, as the platform does
 *                               (Kafka's idempotent producer, SQS FIFO); exactly-once always does
 * @param syncIntervalNanos      when durable, writes reach the disk at the next sync, every so long,
 *                               instead of each taking {@code persistTimeNanos}; 0 for none
 * @param requeueOnCrash         a queue: a crashed consumer's unacked deliveries go back at once, as
 *                               its connection closes, rather than after the redelivery timeout
 * @param deadLetterQueue        a queue with {@code maxDeliveries}: true moves such a message to a
 *                               dead-letter queue, false discards it
 * @param preset                 the platform preset it was filled from, or null
 */
public record BrokerSpec(String name, List<String> deliverTo, boolean durable,
                         long redeliveryTimeoutNanos, TimedCrashSpec crash, AckPoint ack,
                         long persistTimeNanos, long dedupWindowNanos, BrokerKind kind, int partitions,
                         long sessionTimeoutNanos, int maxDeliveries, boolean idempotent, long syncIntervalNanos,
                         boolean requeueOnCrash, boolean deadLetterQueue, String preset) {

    /** This broker with {@code crash} (null: it never crashes) in place of its own. */
    public BrokerSpec withCrash(TimedCrashSpec crash) {
        return new BrokerSpec(name, deliverTo, durable, redeliveryTimeoutNanos, crash, ack, persistTimeNanos,
                dedupWindowNanos, kind, partitions, sessionTimeoutNanos, maxDeliveries, idempotent, syncIntervalNanos,
                requeueOnCrash, deadLetterQueue, preset);
    }

    /** Kafka's {@code session.timeout.ms}. */
    public static final long DEFAULT_SESSION_TIMEOUT_NANOS = 45_000_000_000L;
    public BrokerSpec {
        deliverTo = List.copyOf(deliverTo);
    }

    /** A broker that persists instantly, acks after persisting and never forgets ids. */
    public BrokerSpec(String name, List<String> deliverTo, boolean durable, long redeliveryTimeoutNanos,
                      TimedCrashSpec crash) {
        this(name, deliverTo, durable, redeliveryTimeoutNanos, crash, AckPoint.AFTER_PERSIST, 0, 0);
    }

    /** A queue. */
    public BrokerSpec(String name, List<String> deliverTo, boolean durable, long redeliveryTimeoutNanos,
                      TimedCrashSpec crash, AckPoint ack, long persistTimeNanos, long dedupWindowNanos) {
        this(name, deliverTo, durable, redeliveryTimeoutNanos, crash, ack, persistTimeNanos, dedupWindowNanos,
                BrokerKind.QUEUE, 0, DEFAULT_SESSION_TIMEOUT_NANOS, 0);
    }

    /** A broker of no platform: it deduplicates only under exactly-once and syncs each write. */
    public BrokerSpec(String name, List<String> deliverTo, boolean durable, long redeliveryTimeoutNanos,
                      TimedCrashSpec crash, AckPoint ack, long persistTimeNanos, long dedupWindowNanos, BrokerKind kind,
                      int partitions, long sessionTimeoutNanos, int maxDeliveries) {
        this(name, deliverTo, durable, redeliveryTimeoutNanos, crash, ack, persistTimeNanos, dedupWindowNanos, kind,
                partitions, sessionTimeoutNanos, maxDeliveries, false, 0, false, true, null);
    }

    /** Whether a durable broker's writes take time (each its own, or until the next sync). */
    public boolean writesTakeTime() {
        return durable && (persistTimeNanos > 0 || syncIntervalNanos > 0);
    }

    /** Whether it is a log. */
    public boolean isLog() {
        return kind == BrokerKind.LOG;
    }

    /** A log's partitions: as many as given, or one per consumer. */
    public int partitionCount() {
        return partitions > 0 ? partitions : deliverTo.size();
    }
}
