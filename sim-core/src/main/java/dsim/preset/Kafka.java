package dsim.preset;

import static dsim.preset.Knob.broker;
import static dsim.preset.Knob.consumer;
import static dsim.preset.Knob.retry;

import java.util.List;

/** Apache Kafka with a client's defaults: idempotent producer, acks=all, auto-commit every 5 s. */
final class Kafka {

    private static final String DOCS = "https://kafka.apache.org/documentation/";

    private Kafka() {
    }

    static Preset preset() {
        return new Preset("kafka", "Apache Kafka", List.of(
                broker("kind", "log", "-", "a topic: partitioned, ordered log", DOCS + "#intro_concepts_and_terms", ""),
                broker("durable", "true", "-", "acks=all", DOCS + "#producerconfigs_acks",
                        "the leader acks once the in-sync replicas have the record; fsync is left to the OS"
                                + " (log.flush.interval.messages unset), so durability means replication"),
                broker("ack", "after-persist", "-", "acks=all", DOCS + "#producerconfigs_acks", ""),
                broker("idempotent", "true", "-", "enable.idempotence=true", DOCS
                        + "#producerconfigs_enable.idempotence", "on by default since 3.0 (in effect from 3.2)"),
                broker("dedup-window", "forever", "-", "max.in.flight.requests.per.connection=5", DOCS
                        + "#producerconfigs_max.in.flight.requests.per.connection", "the broker keeps the last 5"
                        + " batches of each producer, so it catches every retry a producer makes within its"
                        + " delivery timeout"),
                broker("session-timeout", "45s", "s", "session.timeout.ms=45000", DOCS
                        + "#consumerconfigs_session.timeout.ms", ""),
                consumer("commit", "{ every: 5s }", "s", "enable.auto.commit=true, auto.commit.interval.ms=5000",
                        DOCS + "#consumerconfigs_auto.commit.interval.ms", "committed on poll, after the records"
                                + " returned before it are processed"),
                consumer("prefetch", "500", "records", "max.poll.records=500", DOCS
                        + "#consumerconfigs_max.poll.records", ""),
                retry("timeout", "30s", "s", "request.timeout.ms=30000", DOCS + "#producerconfigs_request.timeout.ms",
                        ""),
                retry("max-attempts", "4", "attempts", "delivery.timeout.ms=120000, retries=2147483647", DOCS
                        + "#producerconfigs_delivery.timeout.ms", "retries are bounded by the delivery timeout:"
                        + " four request timeouts fit in 120 s"),
                retry("backoff.multiplier", "1", "-", "retry.backoff.ms=100 (up to retry.backoff.max.ms=1000)", DOCS
                        + "#producerconfigs_retry.backoff.ms", "a backoff of 0.1 to 1 s is small beside the 30 s"
                        + " request timeout: each retry follows its timeout")),
                List.of("max.poll.interval.ms=300000 (5 min): not modeled; dsim's consumers never stall their poll"
                                + " loop",
                        "num.partitions=1 for auto-created topics: not filled; dsim gives a log one partition per"
                                + " consumer unless partitions is written",
                        "default.replication.factor=1, min.insync.replicas=1: dsim's durable log stands for a"
                                + " replicated one; write durable: false for a single replica whose page cache a"
                                + " crash loses"),
                List.of("A consumer that crashes re-reads everything since the last auto-commit, up to 5 s of"
                                + " records, and processes it twice: auto-commit is at-least-once.",
                        "The idempotent producer dedups its own retries, not a consumer's replays."),
                "presets/kafka-auto-commit.yaml");
    }
}
