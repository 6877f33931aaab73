package dsim.spec;

/**
 * A consumer: processes each message it receives (the side effect that matters), then
 * acks it, or acks first under at-most-once. It has {@code concurrency} workers; a delivery
 * that finds them all busy waits in its queue, in arrival order.
 *
 * @param name        unique node name
 * @param processing  how long processing one message takes
 * @param crash       its crash behaviour, or null if it never crashes
 * @param dedup       its dedup store under exactly-once
 * @param commit      when it commits (acks) under at-least-once and exactly-once: after processing each
 *                    (the default), before, every so long, or every so many
 * @param concurrency how many messages it processes at once, at least 1 (default 1)
 * @param prefetch    how many deliveries a broker hands it at most before it is done with them, at least
 *                    1 (default: its concurrency, or 500 for a consumer of a log, as Kafka's
 *                    {@code max.poll.records}); the rest wait at the broker
 * @param poison      the poison messages it cannot process, or null for none
 */
public record ConsumerSpec(String name, DelaySpec processing, ConsumerCrashSpec crash, DedupSpec dedup,
                           CommitPolicy commit, int concurrency, int prefetch, PoisonSpec poison) {

    /** This consumer with {@code crash} (null: it never crashes) in place of its own. */
    public ConsumerSpec withCrash(ConsumerCrashSpec crash) {
        return new ConsumerSpec(name, processing, crash, dedup, commit, concurrency, prefetch, poison);
    }

    /** A consumer without poison messages. */
    public ConsumerSpec(String name, DelaySpec processing, ConsumerCrashSpec crash, DedupSpec dedup,
                        CommitPolicy commit, int concurrency, int prefetch) {
        this(name, processing, crash, dedup, commit, concurrency, prefetch, null);
    }

    /** One worker, and a broker hands it one delivery at a time. */
    public ConsumerSpec(String name, DelaySpec processing, ConsumerCrashSpec crash, DedupSpec dedup,
                        CommitPoint commit) {
        this(name, processing, crash, dedup, CommitPolicy.at(commit), 1, 1);
    }

    /** A consumer that commits after processing, with one worker. */
    public ConsumerSpec(String name, DelaySpec processing, ConsumerCrashSpec crash, DedupSpec dedup) {
        this(name, processing, crash, dedup, CommitPoint.AFTER_PROCESS);
    }
}
