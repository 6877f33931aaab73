package dsim.scenario;

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
 */
public record BrokerSpec(String name, List<String> deliverTo, boolean durable,
                         long redeliveryTimeoutNanos, BrokerCrashSpec crash) {
    public BrokerSpec {
        deliverTo = List.copyOf(deliverTo);
    }
}
