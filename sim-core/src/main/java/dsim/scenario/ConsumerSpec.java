package dsim.scenario;

/**
 * A consumer: processes each message it receives (the side effect that matters), then
 * acks it, or acks first under at-most-once.
 *
 * @param name       unique node name
 * @param processing how long processing one message takes
 * @param crash      its crash behaviour, or null if it never crashes
 * @param dedup      its dedup store under exactly-once
 */
public record ConsumerSpec(String name, DelaySpec processing, ConsumerCrashSpec crash, DedupSpec dedup) {
}
