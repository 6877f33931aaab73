package dsim.story;

import dsim.text.Durations;
import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What a story's entries imply beyond themselves: where each packet ended, which processing
 * start each processing end belongs to, and which stored copy each broker delivery hands out.
 * Positions are indices into the story's entries.
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
    final List<Hop> hops;
    private final int[] hopBySend;
    private final int[] hopByEnd;
    private final int[] startOf;
    private final int[] copyOf;
    private final List<Integer> stored = new ArrayList<>();

    StoryFacts(Story story, RunContext context) {
        this.e = story.entries();
        this.context = context;
        this.hops = Hops.of(e);
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
        startOf = pairProcessings();
        copyOf = trackCopies();
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

    /** Positions of the processed entries, in order. */
    List<Integer> processed() {
        return all(x -> x.kind() == TraceKind.PROCESSED);
    }

    /** The processing start of a processing end (processed, aborted, deduplicated at commit), or -1. */
    int startOf(int end) {
        return startOf[end];
    }

    /** The stored entry of copy {@code n} (1-based), or -1. */
    int stored(int n) {
        return n >= 1 && n <= stored.size() ? stored.get(n - 1) : -1;
    }

    /** Where the processing that ended at {@code end} came from, or null if the journal does not show it. */
    Source source(int end) {
        int start = startOf[end];
        Hop hop = hopInto(start);
        if (hop == null) {
            return null;
        }
        int copy = at(hop.send()).kind() == TraceKind.DUPLICATED ? hop.send() : -1;
        int send = copy >= 0 ? original(copy) : hop.send();
        int delivery = deliveryBehind(send);
        return new Source(start, send, copy, delivery, delivery >= 0 ? stored(copyOf[delivery]) : -1);
    }

    /** The broker's delivered or redelivered entry behind a deliver packet sent at {@code send}, or -1. */
    private int deliveryBehind(int send) {
        if (send < 0 || !"deliver".equals(at(send).packet())) {
            return -1;
        }
        TraceEntry s = at(send);
        return lastBefore(send, x -> (x.kind() == TraceKind.DELIVERED || x.kind() == TraceKind.REDELIVERED)
                && x.node().equals(s.node()) && x.attempt() == s.attempt() && Objects.equals(x.peer(), s.peer()));
    }

    /**
     * The delivery a released entry's ack answered: the ack was sent in the same instant the
     * consumer finished (or skipped) that delivery. -1 if the journal does not show it.
     */
    private int deliveryAcked(int released) {
        Hop ack = hopInto(released);
        if (ack == null) {
            return -1;
        }
        TraceEntry a = at(ack.send());
        int done = lastBefore(ack.send(), x -> (x.kind() == TraceKind.PROCESSED || x.kind() == TraceKind.DEDUPLICATED)
                && x.node().equals(a.node()) && x.attempt() == a.attempt() && x.timeNanos() == a.timeNanos());
        if (done < 0) {
            return -1;
        }
        Hop in = hopInto(done) != null ? hopInto(done) : startOf[done] >= 0 ? hopInto(startOf[done]) : null;
        if (in == null) {
            return -1;
        }
        int send = at(in.send()).kind() == TraceKind.DUPLICATED ? original(in.send()) : in.send();
        return deliveryBehind(send);
    }

    /** The sent entry a duplicated entry copies: the send just before it on the same hop. */
    int original(int duplicated) {
        TraceEntry d = at(duplicated);
        return lastBefore(duplicated, x -> x.kind() == TraceKind.SENT && x.node().equals(d.node())
                && Objects.equals(x.peer(), d.peer()) && Objects.equals(x.packet(), d.packet())
                && x.attempt() == d.attempt());
    }

    /** The crash of the same node in the same instant right after processed entry {@code p}, or -1. */
    int crashRightAfter(int p) {
        TraceEntry processed = at(p);
        for (int i = p + 1; i < e.size() && at(i).timeNanos() == processed.timeNanos(); i++) {
            TraceEntry x = at(i);
            if (x.kind() == TraceKind.CRASHED && x.node().equals(processed.node())) {
                return i;
            }
        }
        return -1;
    }

    /** The first sent entry of an ack for processed entry {@code p}, or -1. */
    int ackAfter(int p, String packet) {
        TraceEntry processed = at(p);
        return firstAfter(p, x -> x.kind() == TraceKind.SENT && x.node().equals(processed.node())
                && packet.equals(x.packet()) && x.attempt() == processed.attempt());
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

    /**
     * Pairs each processing end with the earliest unclaimed processing start of the same node
     * and attempt before it. Ends: processed, lost in a crash mid-processing ("aborted"), and
     * a deduplication that was not a packet's receipt (the commit found the id).
     */
    private int[] pairProcessings() {
        int[] start = new int[e.size()];
        Arrays.fill(start, -1);
        boolean[] claimed = new boolean[e.size()];
        for (int i = 0; i < e.size(); i++) {
            TraceEntry x = at(i);
            boolean end = x.kind() == TraceKind.PROCESSED
                    || x.kind() == TraceKind.LOST_IN_CRASH && "aborted".equals(x.cause())
                    || x.kind() == TraceKind.DEDUPLICATED && hopByEnd[i] < 0;
            if (!end) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                TraceEntry s = at(j);
                if (!claimed[j] && s.kind() == TraceKind.PROCESSING && s.node().equals(x.node())
                        && s.attempt() == x.attempt()) {
                    claimed[j] = true;
                    start[i] = j;
                    break;
                }
            }
        }
        return start;
    }

    /**
     * Numbers the copies a broker stored (1, 2, ...) and assigns each delivery to one: a first
     * delivery to the newest undelivered copy, a redelivery n to a live copy delivered n-1
     * times, an ack or a crash of a non-durable broker ends a copy.
     */
    private int[] trackCopies() {
        int[] copy = new int[e.size()];
        List<int[]> copies = new ArrayList<>(); // {deliveries, live}
        for (int i = 0; i < e.size(); i++) {
            TraceEntry x = at(i);
            switch (x.kind()) {
                case STORED -> {
                    stored.add(i);
                    copies.add(new int[] {0, 1});
                    copy[i] = copies.size();
                }
                case DELIVERED -> {
                    int k = newestUndelivered(copies);
                    if (k >= 0) {
                        copy[i] = k + 1;
                        copies.get(k)[0] = 1;
                        copies.get(k)[1] = context.semantics().retries() ? 1 : 0; // at-most-once keeps nothing
                    }
                }
                case REDELIVERED -> copy[i] = live(copies, c -> c[0] == x.attempt() - 1, c -> c[0] = x.attempt());
                case RELEASED -> {
                    int acked = deliveryAcked(i);
                    int k = acked >= 0 ? copy[acked] : 0;
                    if (k > 0) {
                        copies.get(k - 1)[1] = 0;
                    } else {
                        live(copies, c -> c[0] >= x.attempt(), c -> c[1] = 0);
                    }
                }
                case LOST_IN_CRASH -> {
                    if (context.isBroker(x.node())) {
                        live(copies, c -> c[0] == x.attempt(), c -> c[1] = 0);
                    }
                }
                default -> {
                }
            }
        }
        return copy;
    }

    private static int newestUndelivered(List<int[]> copies) {
        for (int k = copies.size() - 1; k >= 0; k--) {
            if (copies.get(k)[1] == 1 && copies.get(k)[0] == 0) {
                return k;
            }
        }
        return -1;
    }

    /** Applies {@code change} to the oldest live copy passing {@code test}; returns its number, or 0. */
    private static int live(List<int[]> copies, Predicate<int[]> test, java.util.function.Consumer<int[]> change) {
        for (int k = 0; k < copies.size(); k++) {
            int[] c = copies.get(k);
            if (c[1] == 1 && test.test(c)) {
                change.accept(c);
                return k + 1;
            }
        }
        return 0;
    }
}
