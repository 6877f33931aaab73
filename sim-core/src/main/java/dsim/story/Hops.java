package dsim.story;

import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Matches each packet of a story with where it ended. The journal records sends and what a
 * receiver did, not arrivals; so a packet's arrival is the receiver's next unmatched entry for
 * the same message and attempt that such a packet causes (a publish is stored or starts
 * processing, an ack is acked or released), and a drop is the drop entry naming the same hop.
 */
public final class Hops {

    /** Receipt kinds of a publish or deliver at a broker or consumer. */
    private static final Set<TraceKind> DATA_RECEIPTS = EnumSet.of(TraceKind.STORED, TraceKind.DEDUPLICATED_AT_BROKER,
            TraceKind.PROCESSING, TraceKind.DEDUPLICATED, TraceKind.LOST_IN_CRASH);

    private Hops() {
    }

    /** One hop per sent or duplicated entry of {@code entries}, in send order. */
    public static List<Hop> of(List<TraceEntry> entries) {
        List<Hop> hops = new ArrayList<>();
        boolean[] matched = new boolean[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            TraceEntry s = entries.get(i);
            if (s.kind() != TraceKind.SENT && s.kind() != TraceKind.DUPLICATED) {
                continue;
            }
            // A link's verdict is journaled right after the send, in the same event.
            if (s.kind() == TraceKind.SENT && i + 1 < entries.size() && droppedOnLink(s, entries.get(i + 1))) {
                matched[i + 1] = true;
                hops.add(new Hop(i, i + 1, Hop.Fate.DROPPED_ON_LINK));
                continue;
            }
            hops.add(receipt(entries, matched, i));
        }
        return List.copyOf(hops);
    }

    private static Hop receipt(List<TraceEntry> entries, boolean[] matched, int send) {
        TraceEntry s = entries.get(send);
        for (int j = send + 1; j < entries.size(); j++) {
            TraceEntry r = entries.get(j);
            if (matched[j]) {
                continue;
            }
            if (r.kind() == TraceKind.DROPPED && "node down".equals(r.cause()) && sameHop(s, r)) {
                matched[j] = true;
                return new Hop(send, j, Hop.Fate.RECEIVER_DOWN);
            }
            if (receives(s, r)) {
                matched[j] = true;
                return new Hop(send, j, Hop.Fate.ARRIVED);
            }
        }
        return new Hop(send, -1, Hop.Fate.UNRECORDED);
    }

    private static boolean droppedOnLink(TraceEntry s, TraceEntry next) {
        return next.kind() == TraceKind.DROPPED && sameHop(s, next) && !"node down".equals(next.cause());
    }

    private static boolean sameHop(TraceEntry a, TraceEntry b) {
        return a.node().equals(b.node()) && Objects.equals(a.peer(), b.peer()) && Objects.equals(a.packet(), b.packet())
                && a.attempt() == b.attempt() && Objects.equals(a.messageId(), b.messageId());
    }

    /** Whether {@code r} is what the packet of {@code s} causes at its receiver. */
    private static boolean receives(TraceEntry s, TraceEntry r) {
        if (!r.node().equals(s.peer()) || r.attempt() != s.attempt() || !Objects.equals(r.messageId(), s.messageId())) {
            return false;
        }
        return switch (s.packet()) {
            case "publish", "deliver" -> DATA_RECEIPTS.contains(r.kind())
                    && (r.kind() != TraceKind.LOST_IN_CRASH || "before-process".equals(r.cause())
                        || "between-process-and-commit".equals(r.cause()));
            case "publish-ack" -> r.kind() == TraceKind.ACKED;
            case "consumer-ack" -> r.kind() == TraceKind.RELEASED;
            default -> false;
        };
    }
}
