package dsim.spec;

import java.util.List;

/**
 * A store-and-forward broker. Messages it stores are handed to its consumers in turn
 * (competing consumers, round robin).
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
 */
public record BrokerSpec(String name, List<String> deliverTo, boolean durable,
                         long redeliveryTimeoutNanos, TimedCrashSpec crash, AckPoint ack,
                         long persistTimeNanos, long dedupWindowNanos) {
    public BrokerSpec {
        deliverTo = List.copyOf(deliverTo);
    }

    /** A broker that persists instantly, acks after persisting and never forgets ids. */
    public BrokerSpec(String name, List<String> deliverTo, boolean durable, long redeliveryTimeoutNanos,
                      TimedCrashSpec crash) {
        this(name, deliverTo, durable, redeliveryTimeoutNanos, crash, AckPoint.AFTER_PERSIST, 0, 0);
    }
}
