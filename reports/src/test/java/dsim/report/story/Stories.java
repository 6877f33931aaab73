package dsim.report.story;

import dsim.run.Outcome;
import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
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

/** Hand-written stories, entry by entry as the journal writes them, so renderer tests need no engine. */
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
                .at(0, TraceKind.CREATED, "p", 0, null, null, null, "")
                .send(0, "p", "c", "publish", 1)
                .at(10, TraceKind.PROCESSING, "c", 1, null, null, null, "takes 1ms")
                .at(11, TraceKind.PROCESSED, "c", 1, null, null, null, "side effect #1")
                .send(11, "c", "p", "publish-ack", 1)
                .at(11, TraceKind.DROPPED, "c", 1, "publish-ack", "p", "loss", "publish-ack dropped by loss: on c->p")
                .at(1000, TraceKind.RETRIED, "p", 2, null, null, null, "no ack for attempt 1, resending")
                .send(1000, "p", "c", "publish", 2)
                .at(1010, TraceKind.PROCESSING, "c", 2, null, null, null, "takes 1ms")
                .at(1011, TraceKind.PROCESSED, "c", 2, null, null, null, "side effect #2")
                .send(1011, "c", "p", "publish-ack", 2)
                .at(1021, TraceKind.ACKED, "p", 2, null, null, null, "ack for attempt 2")
                .story();
    }

    /** p -> b -> c; c crashes right after processing p-1; b redelivers; c processes it again. */
    static Story crashAfterProcessing() {
        return new Stories("p-1")
                .at(0, TraceKind.CREATED, "p", 0, null, null, null, "")
                .send(0, "p", "b", "publish", 1)
                .at(10, TraceKind.STORED, "b", 1, null, null, null, "persisted")
                .send(10, "b", "p", "publish-ack", 1)
                .at(10, TraceKind.DELIVERED, "b", 1, null, "c", null, "to c")
                .send(10, "b", "c", "deliver", 1)
                .at(20, TraceKind.ACKED, "p", 1, null, null, null, "ack for attempt 1")
                .at(20, TraceKind.PROCESSING, "c", 1, null, null, null, "takes 1ms")
                .at(21, TraceKind.PROCESSED, "c", 1, null, null, null, "side effect #1")
                .node(21, TraceKind.CRASHED, "c", "after-process", "crashed after processing, before acking")
                .node(521, TraceKind.RESTARTED, "c", null, "")
                .at(5010, TraceKind.REDELIVERED, "b", 2, null, "c", null, "to c")
                .send(5010, "b", "c", "deliver", 2)
                .at(5020, TraceKind.PROCESSING, "c", 2, null, null, null, "takes 1ms")
                .at(5021, TraceKind.PROCESSED, "c", 2, null, null, null, "side effect #2")
                .send(5021, "c", "b", "consumer-ack", 2)
                .at(5031, TraceKind.RELEASED, "b", 2, null, null, null, "acked by consumer")
                .story();
    }

    /** A message whose producer sends {@code attempts} times into a dead link, then gives up. */
    static Story droppedAttempts(int attempts) {
        Stories s = new Stories("p-1").at(0, TraceKind.CREATED, "p", 0, null, null, null, "");
        for (int a = 1; a <= attempts; a++) {
            long t = (a - 1) * 100L;
            if (a > 1) {
                s.at(t, TraceKind.RETRIED, "p", a, null, null, null, "no ack for attempt " + (a - 1) + ", resending");
            }
            s.send(t, "p", "c", "publish", a)
                    .at(t, TraceKind.DROPPED, "p", a, "publish", "c", "outage", "publish dropped by outage: on p->c");
        }
        return s.at(attempts * 100L, TraceKind.GAVE_UP, "p", attempts, null, null, null, "no ack").story();
    }

    /** The explanation of {@code story} under at-least-once, durable dedup. */
    static Explanation explain(Story story) {
        RunContext context = new RunContext(Semantics.AT_LEAST_ONCE, Outcome.COMPLETED, Set.of("b"),
                Map.of("c", DedupSpec.DEFAULT));
        return Explanations.explain(story, context);
    }

    private Stories at(long ms, TraceKind kind, String node, int attempt, String packet, String peer, String cause,
                       String detail) {
        entries.add(new TraceEntry(ms * MS, kind, node, id, attempt, packet, peer, cause, detail));
        return this;
    }

    private Stories send(long ms, String from, String to, String packet, int attempt) {
        return at(ms, TraceKind.SENT, from, attempt, packet, to, null, packet + " " + from + "->" + to);
    }

    private Stories node(long ms, TraceKind kind, String node, String cause, String detail) {
        entries.add(new TraceEntry(ms * MS, kind, node, null, 0, null, null, cause, detail));
        return this;
    }

    private Story story() {
        return new Story(id, entries);
    }
}
