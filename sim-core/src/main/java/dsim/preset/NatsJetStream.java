package dsim.preset;

import static dsim.preset.Knob.broker;
import static dsim.preset.Knob.consumer;

import java.util.List;

/** NATS JetStream: file storage synced every 2 minutes, publishes deduplicated by Nats-Msg-Id. */
final class NatsJetStream {

    private static final String DOCS = "https://docs.nats.io/";
    private static final String SERVER = "nats-server source, server/consumer.go";

    private NatsJetStream() {
    }

    static Preset preset() {
        return new Preset("nats-jetstream", "NATS JetStream", List.of(
                broker("durable", "true", "-", "file storage", DOCS + "nats-concepts/jetstream#syncing-data-to-disk", ""),
                broker("ack", "before-persist", "-", "publish ack before fsync", DOCS
                        + "nats-concepts/jetstream#syncing-data-to-disk", "\"receive an acknowledgment, but the data"
                        + " may not yet be safely stored to disk\""),
                broker("sync-interval", "2m", "min", "sync_interval=2m", DOCS
                        + "running-a-nats-service/configuration#jetstream", "sync_interval: always syncs every write"
                        + " before its ack; a crash of the process alone keeps the page cache"),
                broker("idempotent", "true", "-", "Nats-Msg-Id duplicate detection", DOCS
                        + "using-nats/jetstream/model_deep_dive#message-deduplication", "the publisher sets the"
                        + " Nats-Msg-Id header"),
                broker("dedup-window", "2m", "min", "duplicate window 2 minutes", DOCS
                        + "using-nats/jetstream/model_deep_dive#message-deduplication", ""),
                broker("redelivery-timeout", "30s", "s", "AckWait=30s", SERVER + " (JsAckWaitDefault)",
                        "the prose documentation gives no number"),
                consumer("prefetch", "1000", "messages", "MaxAckPending=1000", DOCS
                        + "nats-concepts/jetstream/consumers#maxackpending", "a limit per consumer, shared by its"
                        + " subscribers; dsim applies it to each")),
                List.of("MaxDeliver=-1 (unlimited, " + SERVER + "): dsim's default, no max-deliveries"),
                List.of("A crash of the machine loses every write acknowledged since the last sync, up to 2 minutes"
                                + " of them, and no producer resends an acknowledged message.",
                        "A publish retried more than 2 minutes after the first is stored twice."),
                "presets/jetstream-sync-interval.yaml");
    }
}
