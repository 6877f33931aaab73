package dsim.story;

import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches each packet of a story with where it ended, by the journal's causal links: a
 * packet's drop, or its receipt at the receiver, names the send (or the link's copy) it ended.
 */
public final class Hops {

    private Hops() {
    }

    /** One hop per sent or duplicated entry of {@code entries}, in send order. */
    public static List<Hop> of(List<TraceEntry> entries) {
        return of(entries, CausalLinks.of(entries));
    }

    /** As {@link #of(List)}, with the links already made. */
    static List<Hop> of(List<TraceEntry> entries, CausalLinks links) {
        List<Hop> hops = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            TraceEntry s = entries.get(i);
            if (s.kind() == TraceKind.SENT || s.kind() == TraceKind.DUPLICATED) {
                hops.add(end(entries, links, i));
            }
        }
        return List.copyOf(hops);
    }

    private static Hop end(List<TraceEntry> entries, CausalLinks links, int send) {
        TraceEntry s = entries.get(send);
        for (int j : links.children(send)) {
            TraceEntry r = entries.get(j);
            if (r.kind() == TraceKind.DROPPED) {
                return new Hop(send, j, r.reason().onLink() ? Hop.Fate.DROPPED_ON_LINK : Hop.Fate.RECEIVER_DOWN);
            }
            if (r.node().equals(s.peer()) && isReceipt(r.kind())) {
                return new Hop(send, j, Hop.Fate.ARRIVED);
            }
        }
        return new Hop(send, -1, Hop.Fate.UNRECORDED);
    }

    /** Whether an entry of this kind is what a receiver does with a packet that reached it. */
    private static boolean isReceipt(TraceKind kind) {
        return switch (kind) {
            case STORED, DEDUPLICATED_AT_BROKER, QUEUED, PROCESSING, DEDUPLICATED, LOST_IN_CRASH, ACKED, RELEASED,
                 COMMITTED -> true;
            case CREATED, SENT, DROPPED, DUPLICATED, RETRIED, GAVE_UP, DELIVERED, REDELIVERED, PROCESSED, CRASHED,
                 RESTARTED, PERSISTED, ASSIGNED, REPUBLISHED, DEAD_LETTERED, FAILED,
                 DISCARDED -> false;
        };
    }
}
