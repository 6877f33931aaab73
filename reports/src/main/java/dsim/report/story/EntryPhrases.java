package dsim.report.story;

import dsim.text.Durations;
import dsim.journal.TraceEntry;
import dsim.scenario.Units;
import dsim.scenario.UnitsException;

/** What one journal entry means, in words: a full phrase for the story text, a short label for diagrams. */
public final class EntryPhrases {

    private EntryPhrases() {
    }

    /** e.g. {@code sent publish to gateway (attempt 2)}, {@code crashed after processing, before acking}. */
    public static String describe(TraceEntry e) {
        return switch (e.kind()) {
            case CREATED -> "created";
            case SENT -> "sent " + e.packet() + " to " + e.peer() + " (" + number(e) + ")";
            case DROPPED -> "node down".equals(e.cause())
                    ? "its " + e.packet() + " to " + e.peer() + " was dropped: " + e.peer() + " is down"
                    : e.packet() + " to " + e.peer() + " dropped on " + e.node() + " -> " + e.peer() + " by " + e.cause();
            case DUPLICATED -> e.packet() + " to " + e.peer() + " duplicated by the link " + e.node() + " -> " + e.peer();
            case RETRIED -> "retried: no ack for attempt " + (e.attempt() - 1) + ", sending attempt " + e.attempt();
            case GAVE_UP -> "gave up: no ack after " + e.attempt() + (e.attempt() == 1 ? " attempt" : " attempts");
            case ACKED -> "got the ack for attempt " + e.attempt();
            case STORED -> "stored it (" + e.detail() + ")";
            case PERSISTED -> "persisted it: now on disk";
            case DEDUPLICATED_AT_BROKER -> "dropped attempt " + e.attempt() + ": already stored (idempotent producer), "
                    + (e.detail().contains("once on disk") ? "acks once it is on disk" : "acks again");
            case DELIVERED -> "delivers it to " + e.peer() + " (delivery 1)";
            case REDELIVERED -> "redelivers it to " + e.peer() + " (delivery " + e.attempt() + ")";
            case RELEASED -> "released it: delivery " + e.attempt() + " was acked";
            case PROCESSING -> "starts processing it (#" + e.attempt() + ")" + duration(e.detail());
            case PROCESSED -> "processed it: " + e.detail();
            case DEDUPLICATED -> "skipped it: id already in the dedup store, acks";
            case CRASHED -> e.detail().startsWith("crashed") ? e.detail() : "crashed (" + e.detail() + ")";
            case RESTARTED -> "restarted";
            case LOST_IN_CRASH -> "lost it: " + e.detail();
        };
    }

    /** e.g. {@code publish #2}, {@code processed #2}, {@code crashed (after-process)}: a few words for a diagram. */
    public static String label(TraceEntry e) {
        return switch (e.kind()) {
            case CREATED -> "created";
            case SENT, DUPLICATED -> e.packet() + " #" + e.attempt() + (e.kind() == dsim.journal.TraceKind.DUPLICATED ? " (copy)" : "");
            case DROPPED -> "node down".equals(e.cause()) ? e.peer() + " down" : "lost: " + e.cause();
            case RETRIED -> "retry #" + e.attempt();
            case GAVE_UP -> "gave up";
            case ACKED -> "acked #" + e.attempt();
            case STORED -> e.detail().contains("copy") ? "stored (copy " + copy(e.detail()) + ")" : "stored";
            case PERSISTED -> "persisted";
            case DEDUPLICATED_AT_BROKER -> "retry #" + e.attempt() + " dropped: already stored";
            case DELIVERED -> "delivers #1";
            case REDELIVERED -> "redelivers #" + e.attempt();
            case RELEASED -> "released";
            case PROCESSING -> "processing #" + e.attempt();
            case PROCESSED -> "processed " + e.detail().replace("side effect ", "");
            case DEDUPLICATED -> "deduplicated";
            case CRASHED -> "crashed" + (e.cause() == null || e.cause().equals("broker crash") ? "" : " (" + e.cause() + ")");
            case RESTARTED -> "restarted";
            case LOST_IN_CRASH -> "aborted".equals(e.cause()) ? "processing aborted" : "lost in crash";
        };
    }

    /** {@code attempt 2} for a producer's packets, {@code delivery 2} for a broker's. */
    static String number(TraceEntry e) {
        boolean delivery = "deliver".equals(e.packet()) || "consumer-ack".equals(e.packet());
        return (delivery ? "delivery " : "attempt ") + e.attempt();
    }

    /** The journal's {@code takes 2933079ns} as {@code , takes 2.93ms}: exact nanoseconds do not read. */
    private static String duration(String detail) {
        if (!detail.startsWith("takes ")) {
            return detail.isEmpty() ? "" : ", " + detail;
        }
        try {
            return ", takes " + Durations.compact(Units.parseDuration(detail.substring(6)));
        } catch (UnitsException e) {
            return ", " + detail;
        }
    }

    private static String copy(String detail) {
        int at = detail.indexOf("copy ");
        int end = detail.indexOf(' ', at + 5);
        return detail.substring(at + 5, end < 0 ? detail.length() : end);
    }
}
