package dsim.spec;

/**
 * A producer: creates {@code messages} messages at the times its arrival process gives,
 * and publishes each to {@code sendTo} (a broker or a consumer).
 *
 * @param name     unique node name
 * @param sendTo   the node it publishes to: a broker or a consumer
 * @param messages how many messages it creates, at least 1
 * @param arrival  when each message is created
 */
public record ProducerSpec(String name, String sendTo, long messages, ArrivalSpec arrival) {
}
