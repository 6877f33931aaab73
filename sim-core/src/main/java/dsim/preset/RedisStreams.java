package dsim.preset;

import static dsim.preset.Knob.broker;

import java.util.List;

/** Redis Streams with a consumer group, the append-only file on, and reclaims with XAUTOCLAIM. */
final class RedisStreams {

    private static final String PERSISTENCE = "https://redis.io/docs/latest/operate/oss_and_stack/management/"
            + "persistence/";

    private RedisStreams() {
    }

    static Preset preset() {
        return new Preset("redis-streams", "Redis Streams (consumer group)", List.of(
                broker("durable", "true", "-", "appendonly yes", PERSISTENCE, "assumes the append-only file is on:"
                        + " Redis ships with appendonly no and RDB snapshots, which lose minutes of writes"),
                broker("ack", "before-persist", "-", "XADD replies from memory", PERSISTENCE,
                        "a write is acknowledged before the next fsync"),
                broker("sync-interval", "1s", "s", "appendfsync everysec", PERSISTENCE,
                        "\"you may lose 1 second of data if there is a disaster\""),
                broker("requeue-on-crash", "false", "-", "pending entries list until XACK",
                        "https://redis.io/commands/xreadgroup/", "a crashed consumer's entries stay pending"),
                broker("redelivery-timeout", "1h", "h", "XAUTOCLAIM min-idle-time", "https://redis.io/commands/xclaim/",
                        "no default: the application chooses it; 1 h is the documentation's example (3600000 ms)")),
                List.of("delivery counter: Redis counts deliveries but never moves an entry; no max-deliveries",
                        "XREADGROUP COUNT: no documented default; dsim's prefetch stays one per worker",
                        "RDB snapshots (the default without appendonly): not filled; write sync-interval: 5m or"
                                + " longer to model them"),
                List.of("A consumer that dies leaves its entries pending until another one reclaims them: up to the"
                                + " min-idle-time, an hour with the documentation's example.",
                        "A crash of the machine loses up to 1 s of acknowledged writes (appendfsync everysec)."),
                "presets/redis-pending-entries.yaml");
    }
}
