package dsim.report.catalog;

import static dsim.report.catalog.Contrast.expect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The order of the scenario library: the claims of the delivery-semantics lesson as a reader
 * meets them (what may be lost, what must not be, how duplicates arise and how dedup fails),
 * then any other scenario by file name. A claim that compares two settings names its other
 * side here, so the catalog can run it and a test can check it on many seeds.
 */
public final class Shelf {

    /**
     * One place on the shelf.
     *
     * @param file     the scenario's file name, e.g. {@code orders.yaml}
     * @param contrast the other side of its lesson, or null if the file shows the whole claim
     */
    public record Place(String file, Contrast contrast) {
    }

    private static final List<Place> PLACES = List.of(
            new Place("metrics.yaml", null),
            new Place("orders.yaml", null),
            new Place("payments.yaml", null),
            new Place("push-notifications.yaml", null),
            new Place("password-reset.yaml", null),
            new Place("kafka-consumer-commit.yaml", new Contrast("consumers[balance-updater].commit",
                    null, "before-process", List.of(
                            expect("at-least-once", "lost", "> 0"), expect("at-least-once", "duplicated", "0"),
                            expect("exactly-once", "lost", "> 0")))),
            new Place("kafka-rebalance.yaml", null),
            new Place("dedup-store-in-memory.yaml", new Contrast("consumers[loyalty-service].dedup.store",
                    "memory", "durable", List.of(expect("exactly-once", "duplicated", "0")))),
            new Place("dedup-window.yaml", new Contrast("consumers[invoice-worker].dedup.window",
                    "5m", "30m", List.of(expect("exactly-once", "duplicated", "0")))),
            new Place("broker-ack-before-persist.yaml", new Contrast("brokers[job-queue].ack",
                    "before-persist", "after-persist", List.of(
                            expect("at-least-once", "lost", "0"), expect("exactly-once", "lost", "0")))),
            new Place("queue-backlog.yaml", new Contrast("brokers[thumbnail-jobs].durable",
                    "false", "true", List.of(
                            expect("at-least-once", "lost", "0"), expect("exactly-once", "lost", "0")))),
            new Place("orders-outbox.yaml", new Contrast("producers[checkout].outbox",
                    "false", "true", List.of(
                            expect("at-least-once", "lost", "0"), expect("exactly-once", "lost", "0"),
                            expect("exactly-once", "duplicated", "0")))),
            new Place("sqs-poison-dlq.yaml", null),
            new Place("bursty-loss.yaml", new Contrast("network.links[validator->fare-system].loss",
                    null, "10%", List.of(expect("at-least-once", "lost", "< 0.5%")))),
            // The platform presets' hazards (scenarios/presets), each against the setting that removes it.
            new Place("presets/kafka-auto-commit.yaml", new Contrast("consumers[points-updater].commit",
                    null, "after-process", List.of(expect("at-least-once", "duplicated", "0")))),
            new Place("presets/sqs-visibility-timeout.yaml", new Contrast("brokers[transcode-jobs].redelivery-timeout",
                    null, "5m", List.of(expect("at-least-once", "duplicated", "0")))),
            new Place("presets/sqs-fifo-late-retry.yaml", new Contrast("retry.max-attempts",
                    "10", "8", List.of(expect("at-least-once", "duplicated", "0")))),
            new Place("presets/rabbitmq-delivery-limit.yaml", new Contrast("brokers[fulfilment].dead-letter-queue",
                    null, "true", List.of(
                            expect("at-least-once", "unrecoverable", "0"), expect("at-least-once", "dead-lettered", "> 0"),
                            expect("exactly-once", "unrecoverable", "0"), expect("exactly-once", "dead-lettered", "> 0")))),
            new Place("presets/redis-pending-entries.yaml", new Contrast("brokers[notifications].redelivery-timeout",
                    null, "30s", List.of(expect("at-least-once", "max-latency", "< 1m"),
                            expect("exactly-once", "max-latency", "< 1m")))),
            new Place("presets/jetstream-sync-interval.yaml", new Contrast("brokers[device-commands].sync-interval",
                    null, "always", List.of(expect("at-least-once", "lost", "0"), expect("exactly-once", "lost", "0")))),
            new Place("presets/pubsub-ack-deadline.yaml", new Contrast("brokers[ocr-jobs].redelivery-timeout",
                    null, "10m", List.of(expect("at-least-once", "duplicated", "0")))),
            new Place("presets/service-bus-duplicate-detection.yaml", new Contrast("brokers[invoices].idempotent",
                    null, "true", List.of(expect("at-least-once", "duplicated", "0")))));

    private Shelf() {
    }

    /** The places of the lesson's claims, in teaching order. */
    public static List<Place> places() {
        return PLACES;
    }

    /** The other side of {@code file}'s lesson, or null if it has none. */
    public static Contrast contrast(String file) {
        for (Place p : PLACES) {
            if (p.file().equals(file)) {
                return p.contrast();
            }
        }
        return null;
    }

    /** {@code files} (names, not paths) in shelf order: the claims first, then the others by name. */
    public static List<String> order(Collection<String> files) {
        List<String> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparingInt(Shelf::rank).thenComparing(Comparator.naturalOrder()));
        return List.copyOf(sorted);
    }

    private static int rank(String file) {
        for (int i = 0; i < PLACES.size(); i++) {
            if (PLACES.get(i).file().equals(file)) {
                return i;
            }
        }
        return PLACES.size();
    }
}
