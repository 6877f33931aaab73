package dsim.report.story;

import dsim.spec.PacketKind;
import dsim.journal.Reason;
import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.run.Outcome;
import dsim.spec.DedupSpec;
import dsim.spec.Semantics;
import dsim.story.Explanation;
import dsim.story.Explanations;
import dsim.story.RunContext;
import dsim.story.Story;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hand-written stories, entry by entry as the journal writes them, so renderer tests need no
 * engine. Entries are numbered from 1 as they are added; each names the entry that caused it.
 */
final class Stories {

    private static final long MS = 1_000_000L;

    private final List<TraceEntry> entries = new ArrayList<>();
    private final String id;

    private Stories(String id) {
        this.id = id;
    }

    /** p publishes straight to c; c's ack is lost; p retries; c processes p-3 twice (at-least-once). */
    static Story ackLost() {
        return new Stories("p-3")
                .at(0, 0, TraceKind.CREATED, "p", 0, 0, "")                      // 1
                .send(1, 0, "p", "c", PacketKind.PUBLISH, 1)                       // 2
                .at(2, 10, TraceKind.PROCESSING, "c", 1, MS, "takes 1ms")          // 3
                .at(3, 11, TraceKind.PROCESSED, "c", 1, 1, "side effect #1")       // 4
                .send(4, 11, "c", "p", PacketKind.PUBLISH_ACK, 1)                  // 5
                .drop(5, 11, "c", "p", PacketKind.PUBLISH_ACK, 1, Reason.LOSS)     // 6
                .at(2, 1000, TraceKind.RETRIED, "p", 2, 0, "no ack for attempt 1, resending") // 7
                .send(7, 1000, "p", "c", PacketKind.PUBLISH, 2)                    // 8
                .at(8, 1010, TraceKind.PROCESSING, "c", 2, MS, "takes 1ms")        // 9
                .at(9, 1011, TraceKind.PROCESSED, "c", 2, 2, "side effect #2")     // 10
                .send(10, 1011, "c", "p", PacketKind.PUBLISH_ACK, 2)               // 11
                .at(11, 1021, TraceKind.ACKED, "p", 2, 0, "ack for attempt 2")     // 12
                .story();
    }

    /** p -> b -> c; c crashes right after processing p-1; b redelivers; c processes it again. */
    static Story crashAfterProcessing() {
        return new Stories("p-1")
                .at(0, 0, TraceKind.CREATED, "p", 0, 0, "")                        // 1
                .send(1, 0, "p", "b", PacketKind.PUBLISH, 1)                       // 2
                .at(2, 10, TraceKind.STORED, "b", 1, 1, "persisted")               // 3
                .send(3, 10, "b", "p", PacketKind.PUBLISH_ACK, 1)                  // 4
                .delivery(3, 10, TraceKind.DELIVERED, 1)                           // 5
                .send(5, 10, "b", "c", PacketKind.DELIVER, 1)                      // 6
                .at(4, 20, TraceKind.ACKED, "p", 1, 0, "ack for attempt 1")        // 7
                .at(6, 20, TraceKind.PROCESSING, "c", 1, MS, "takes 1ms")          // 8
                .at(8, 21, TraceKind.PROCESSED, "c", 1, 1, "side effect #1")       // 9
                .node(9, 21, TraceKind.CRASHED, "c", Reason.AFTER_PROCESS, "crashed after processing, before acking") // 10
                .node(10, 521, TraceKind.RESTARTED, "c", null, "")                 // 11
                .delivery(3, 5010, TraceKind.REDELIVERED, 2)                       // 12
                .send(12, 5010, "b", "c", PacketKind.DELIVER, 2)                   // 13
                .at(13, 5020, TraceKind.PROCESSING, "c", 2, MS, "takes 1ms")       // 14
                .at(14, 5021, TraceKind.PROCESSED, "c", 2, 2, "side effect #2")    // 15
                .send(15, 5021, "c", "b", PacketKind.CONSUMER_ACK, 2)              // 16
                .at(16, 5031, TraceKind.RELEASED, "b", 2, 0, "acked by consumer")  // 17
                .story();
    }

    /** A message whose producer sends {@code attempts} times into a dead link, then gives up. */
    static Story droppedAttempts(int attempts) {
        Stories s = new Stories("p-1").at(0, 0, TraceKind.CREATED, "p", 0, 0, "");
        long cause = 1;
        for (int a = 1; a <= attempts; a++) {
            long t = (a - 1) * 100L;
            if (a > 1) {
                s.at(cause, t, TraceKind.RETRIED, "p", a, 0, "no ack for attempt " + (a - 1) + ", resending");
                cause = s.entries.size();
            }
            s.send(cause, t, "p", "c", PacketKind.PUBLISH, a)
                    .drop(s.entries.size(), t, "p", "c", PacketKind.PUBLISH, a, Reason.OUTAGE);
            cause = s.entries.size() - 1; // the send, which the next retry names
        }
        return s.at(cause, attempts * 100L, TraceKind.GAVE_UP, "p", attempts, 0, "no ack").story();
    }

    /** The explanation of {@code story} under at-least-once, durable dedup. */
    static Explanation explain(Story story) {
        RunContext context = new RunContext(Semantics.AT_LEAST_ONCE, Outcome.COMPLETED, Set.of("b"),
                Map.of("c", DedupSpec.DEFAULT));
        return Explanations.explain(story, context);
    }

    private Stories add(long cause, long ms, TraceKind kind, String node, String message, int attempt, PacketKind packet,
                        String peer, Reason reason, long amount, String detail) {
        entries.add(new TraceEntry(entries.size() + 1, cause, ms * MS, kind, node, message, attempt, packet, peer,
                reason, amount, detail));
        return this;
    }

    private Stories at(long cause, long ms, TraceKind kind, String node, int attempt, long amount, String detail) {
        return add(cause, ms, kind, node, id, attempt, null, null, null, amount, detail);
    }

    private Stories send(long cause, long ms, String from, String to, PacketKind packet, int attempt) {
        return add(cause, ms, TraceKind.SENT, from, id, attempt, packet, to, null, 0, packet.id() + " " + from + "->" + to);
    }

    private Stories drop(long cause, long ms, String from, String to, PacketKind packet, int attempt, Reason reason) {
        return add(cause, ms, TraceKind.DROPPED, from, id, attempt, packet, to, reason, 0,
                packet.id() + " dropped by " + reason.id() + ": on " + from + "->" + to);
    }

    /** b hands its stored copy (entry {@code stored}) to c. */
    private Stories delivery(long stored, long ms, TraceKind kind, int delivery) {
        return add(stored, ms, kind, "b", id, delivery, null, "c", null, 0, "to c");
    }

    private Stories node(long cause, long ms, TraceKind kind, String node, Reason reason, String detail) {
        return add(cause, ms, kind, node, null, 0, null, null, reason, 0, detail);
    }

    private Story story() {
        return new Story(id, entries);
    }
}
