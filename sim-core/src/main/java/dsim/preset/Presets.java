package dsim.preset;

import java.util.List;

/** Every platform preset, in the order a listing shows them. */
public final class Presets {

    private static final List<Preset> ALL = List.of(Kafka.preset(), Sqs.standard(), Sqs.fifo(), RabbitMq.preset(),
            RedisStreams.preset(), NatsJetStream.preset(), PubSub.preset(), ServiceBus.preset());

    private Presets() {
    }

    /** All presets. */
    public static List<Preset> all() {
        return ALL;
    }

    /** Their names, in order. */
    public static List<String> names() {
        return ALL.stream().map(Preset::name).toList();
    }

    /** The preset called {@code name}, or null. */
    public static Preset find(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }
}
