package dsim.report.story;

import dsim.journal.Reason;
import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.text.Durations;

/**
 * What one journal entry means, in words: a full phrase for the story text, a short label for
 * diagrams. Built from the entry's typed fields; {@code detail} is only ever shown as it is.
 */
public final class EntryPhrases {

    private EntryPhrases() {
    }

    /** e.g. {@code sent publish to gateway (attempt 2)}, {@code crashed after processing, before acking}. */
    public static String describe(TraceEntry e) {
        return switch (e.kind()) {
            case CREATED -> "created";
            case SENT -> "sent " + e.packet().id() + " to " + e.peer() + " (" + number(e) + ")";
            case DROPPED -> e.reason() == Reason.NODE_DOWN
                    ? "its " + e.packet().id() + " to " + e.peer() + " was dropped: " + e.peer() + " is down"
                    : e.reason() == Reason.STALE_FETCH
                    ? "its " + e.packet().id() + " to " + e.peer() + " was dropped: sent before " + e.peer()
                            + " crashed, it reached the restarted " + e.peer() + ", which never asked for it"
                    : e.packet().id() + " to " + e.peer() + " dropped on " + e.node() + " -> " + e.peer() + " by "
                            + e.reason().id();
            case DUPLICATED -> e.packet().id() + " to " + e.peer() + " duplicated by the link " + e.node() + " -> "
                    + e.peer();
            case RETRIED -> "retried: no ack for attempt " + (e.attempt() - 1) + ", sending attempt " + e.attempt();
            case GAVE_UP -> "gave up: no ack after " + e.attempt() + (e.attempt() == 1 ? " attempt" : " attempts");
            case ACKED -> "got the ack for attempt " + e.attempt();
            case STORED -> "stored it (" + e.detail() + ")";
            case PERSISTED -> "persisted it: now on disk";
            case QUEUED -> "every worker busy: it waits, number " + e.queuePosition() + " in the queue";
            case DEDUPLICATED_AT_BROKER -> "dropped attempt " + e.attempt() + ": already stored (idempotent producer), "
                    + (e.ackWaitsForDisk() ? "acks once it is on disk" : "acks again");
            case DELIVERED -> "delivers it to " + e.peer() + " (delivery 1)";
            case REDELIVERED -> "redelivers it to " + e.peer() + " (delivery " + e.attempt() + ")";
            case RELEASED -> "released it: delivery " + e.attempt() + " was acked";
            case PROCESSING -> "starts processing it (#" + e.attempt() + "), takes " + Durations.compact(e.durationNanos());
            case PROCESSED -> "processed it: side effect #" + e.sideEffect();
            case DEDUPLICATED -> "skipped it: id already in the dedup store, acks";
            case CRASHED -> e.reason() == Reason.BROKER_CRASH ? "crashed (" + e.detail() + ")" : e.detail();
            case RESTARTED -> "restarted";
            case LOST_IN_CRASH -> "lost it: " + e.detail();
            case COMMITTED -> "partition " + e.partition() + " committed up to offset " + e.offset()
                    + (e.messageId() == null ? " as " + e.peer() + " hands it over" : " by " + e.peer());
            case ASSIGNED -> "gives partition " + e.partition() + " to " + e.peer() + ", from offset " + e.offset();
            case REPUBLISHED -> "restarted, its outbox relay publishes it again (attempt " + e.attempt() + ")";
            case DEAD_LETTERED -> "moved it to the dead-letter queue: delivered " + e.attempt()
                    + (e.attempt() == 1 ? " time" : " times") + " without an ack";
            case FAILED -> "failed to process it: a poison message; no ack";
            case DISCARDED -> "dropped it: delivered " + e.attempt() + (e.attempt() == 1 ? " time" : " times")
                    + " without an ack, and no dead-letter queue";
        };
    }

    /** e.g. {@code publish #2}, {@code processed #2}, {@code crashed (after-process)}: a few words for a diagram. */
    public static String label(TraceEntry e) {
        return switch (e.kind()) {
            case CREATED -> "created";
            case SENT, DUPLICATED -> e.packet().id() + " #" + e.attempt() + (e.kind() == TraceKind.DUPLICATED ? " (copy)" : "");
            case DROPPED -> e.reason() == Reason.NODE_DOWN ? e.peer() + " down"
                    : e.reason() == Reason.STALE_FETCH ? "stale: dropped" : "lost: " + e.reason().id();
            case RETRIED -> "retry #" + e.attempt();
            case GAVE_UP -> "gave up";
            case ACKED -> "acked #" + e.attempt();
            case STORED -> e.copy() > 1 ? "stored (copy " + e.copy() + ")" : "stored";
            case PERSISTED -> "persisted";
            case QUEUED -> "queued #" + e.queuePosition();
            case DEDUPLICATED_AT_BROKER -> "retry #" + e.attempt() + " dropped: already stored";
            case DELIVERED -> "delivers #1";
            case REDELIVERED -> "redelivers #" + e.attempt();
            case RELEASED -> "released";
            case PROCESSING -> "processing #" + e.attempt();
            case PROCESSED -> "processed #" + e.sideEffect();
            case DEDUPLICATED -> "deduplicated";
            case CRASHED -> e.reason() == Reason.BROKER_CRASH ? "crashed" : "crashed (" + e.reason().id() + ")";
            case RESTARTED -> "restarted";
            case LOST_IN_CRASH -> e.reason() == Reason.ABORTED ? "processing aborted"
                    : e.reason() == Reason.NOT_YET_ACKED ? "forgotten in crash" : "lost in crash";
            case COMMITTED -> "committed p" + e.partition() + "@" + e.offset();
            case ASSIGNED -> "p" + e.partition() + " to " + e.peer() + " @" + e.offset();
            case REPUBLISHED -> "republished #" + e.attempt();
            case DEAD_LETTERED -> "dead-lettered";
            case FAILED -> "failed #" + e.attempt();
            case DISCARDED -> "discarded";
        };
    }

    /** {@code attempt 2} for a producer's packets, {@code delivery 2} for a broker's. */
    static String number(TraceEntry e) {
        return (e.packet().countsDeliveries() ? "delivery " : "attempt ") + e.attempt();
    }
}
