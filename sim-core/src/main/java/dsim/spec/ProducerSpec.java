package dsim.spec;

/**
 * A producer: creates {@code messages} messages at the times its arrival process gives,
 * and publishes each to {@code sendTo} (a broker or a consumer).
 *
 * @param name     unique node name
 * @param sendTo   the node it publishes to: a broker or a consumer
 * @param messages how many messages it creates, at least 1
 * @param arrival  when each message is created
 * @param crash    its crashes in time, or null if it never crashes
 * @param outbox   whether it writes each message to an outbox in the transaction that creates
 *                 it, and publishes from there: a crash then forgets nothing
 */
public record ProducerSpec(String name, String sendTo, long messages, ArrivalSpec arrival, TimedCrashSpec crash,
                           boolean outbox) {

    /** A producer that never crashes and keeps no outbox. */
    public ProducerSpec(String name, String sendTo, long messages, ArrivalSpec arrival) {
        this(name, sendTo, messages, arrival, null, false);
    }
}
