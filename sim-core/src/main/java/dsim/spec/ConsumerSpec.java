package dsim.spec;

/**
 * A consumer: processes each message it receives (the side effect that matters), then
 * acks it, or acks first under at-most-once.
 *
 * @param name       unique node name
 * @param processing how long processing one message takes
 * @param crash      its crash behaviour, or null if it never crashes
 * @param dedup      its dedup store under exactly-once
 * @param commit     when it acks under at-least-once and exactly-once: after processing (the default)
 *                   or before
 */
public record ConsumerSpec(String name, DelaySpec processing, ConsumerCrashSpec crash, DedupSpec dedup,
                           CommitPoint commit) {

    /** A consumer that commits after processing. */
    public ConsumerSpec(String name, DelaySpec processing, ConsumerCrashSpec crash, DedupSpec dedup) {
        this(name, processing, crash, dedup, CommitPoint.AFTER_PROCESS);
    }
}
