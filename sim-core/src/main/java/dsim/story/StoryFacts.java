package dsim.story;

import dsim.spec.PacketKind;
import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.text.Durations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a story's entries imply beyond themselves, read from the journal's causal links:
 * where each packet ended, which processing start each processing end belongs to, and which
 * stored copy each broker delivery hands out. Positions are indices into the story's entries.
 */
final class StoryFacts {

    /**
     * Where one processing came from.
     *
     * @param processing the processing start
     * @param send       the original sent entry of the packet that started it, or -1
     * @param copy       the link's duplicated entry if a link copy started it, else -1
     * @param delivery   the broker's delivered or redelivered entry behind the packet, or -1 if none
     * @param stored     the broker's stored entry of the copy delivered, or -1 if none
     */
    record Source(int processing, int send, int copy, int delivery, int stored) {
    }

    final List<TraceEntry> e;
    final RunContext context;
    final CausalLinks links;
    final List<Hop> hops;
    private final int[] hopBySend;
    private final int[] hopByEnd;

    StoryFacts(Story story, RunContext context) {
        this.e = story.entries();
        this.context = context;
        this.links = CausalLinks.of(e);
        this.hops = Hops.of(e, links);
        hopBySend = new int[e.size()];
        hopByEnd = new int[e.size()];
        Arrays.fill(hopBySend, -1);
        Arrays.fill(hopByEnd, -1);
        for (int h = 0; h < hops.size(); h++) {
            hopBySend[hops.get(h).send()] = h;
            if (hops.get(h).end() >= 0) {
                hopByEnd[hops.get(h).end()] = h;
            }
        }
    }

    TraceEntry at(int i) {
        return e.get(i);
    }

    String time(int i) {
        return Durations.secondsRounded(e.get(i).timeNanos());
    }

    /** The hop sent at {@code i}, or null. */
    Hop hopFrom(int i) {
        return i < 0 || hopBySend[i] < 0 ? null : hops.get(hopBySend[i]);
    }

    /** The hop that ended at {@code i}, or null. */
    Hop hopInto(int i) {
        return i < 0 || hopByEnd[i] < 0 ? null : hops.get(hopByEnd[i]);
    }

    /** The entry that caused entry {@code i}, if it is of {@code kind}; else -1. */
    int causeOf(int i, TraceKind kind) {
        int p = links.parent(i);
        return p >= 0 && at(p).kind() == kind ? p : -1;
    }

    /** The first entry that entry {@code i} caused and that passes {@code test}, or -1. */
    int caused(int i, Predicate<TraceEntry> test) {
        if (i < 0) {
            return -1;
        }
        for (int c : links.children(i)) {
            if (test.test(at(c))) {
                return c;
            }
        }
        return -1;
    }

    /** Positions of the processed entries, in order. */
    List<Integer> processed() {
        return all(x -> x.kind() == TraceKind.PROCESSED);
    }

    /** The processing start of a processing end (processed, aborted, deduplicated at commit), or -1. */
    int startOf(int end) {
        return causeOf(end, TraceKind.PROCESSING);
    }

    /** Where the processing that ended at {@code end} came from, or null if the journal does not show it. */
    Source source(int end) {
        int start = startOf(end);
        Hop hop = hopInto(receiptOf(start));
        if (hop == null) {
            return null;
        }
        int copy = at(hop.send()).kind() == TraceKind.DUPLICATED ? hop.send() : -1;
        int send = copy >= 0 ? original(copy) : hop.send();
        int delivery = deliveryBehind(send);
        return new Source(start, send, copy, delivery, storedBehind(delivery));
    }

    /**
     * The stored copy a delivery hands out: its cause, or, for a log that read the record again
     * because of something else, the stored entry of the copy it names; -1 if none.
     */
    private int storedBehind(int delivery) {
        int stored = causeOf(delivery, TraceKind.STORED);
        if (stored >= 0 || delivery < 0) {
            return stored;
        }
        TraceEntry d = at(delivery);
        return lastBefore(delivery, x -> x.kind() == TraceKind.STORED && x.node().equals(d.node())
                && x.copy() == d.copy());
    }

    /** The entry that received the delivery a processing started from: its queueing, if it waited, else the start itself. */
    int receiptOf(int start) {
        int queued = causeOf(start, TraceKind.QUEUED);
        return queued >= 0 ? queued : start;
    }

    /** The broker's delivered or redelivered entry behind a deliver packet sent at {@code send}, or -1. */
    private int deliveryBehind(int send) {
        if (send < 0 || at(send).packet() != PacketKind.DELIVER) {
            return -1;
        }
        int d = links.parent(send);
        return d >= 0 && (at(d).kind() == TraceKind.DELIVERED || at(d).kind() == TraceKind.REDELIVERED) ? d : -1;
    }

    /** The sent entry a duplicated entry copies. */
    int original(int duplicated) {
        return causeOf(duplicated, TraceKind.SENT);
    }

    /** The crash that processed entry {@code p} brought about (its consumer crashed right after it), or -1. */
    int crashRightAfter(int p) {
        return caused(p, x -> x.kind() == TraceKind.CRASHED);
    }

    /** The sent entry of the {@code packet} that processed (or skipped) entry {@code p} acked, or -1. */
    int ackAfter(int p, PacketKind packet) {
        return caused(p, x -> x.kind() == TraceKind.SENT && x.packet() == packet);
    }

    int firstAfter(int from, Predicate<TraceEntry> test) {
        for (int i = Math.max(from + 1, 0); i < e.size(); i++) {
            if (test.test(at(i))) {
                return i;
            }
        }
        return -1;
    }

    int lastBefore(int to, Predicate<TraceEntry> test) {
        for (int i = Math.min(to, e.size()) - 1; i >= 0; i--) {
            if (test.test(at(i))) {
                return i;
            }
        }
        return -1;
    }

    List<Integer> all(Predicate<TraceEntry> test) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < e.size(); i++) {
            if (test.test(at(i))) {
                found.add(i);
            }
        }
        return found;
    }
}
