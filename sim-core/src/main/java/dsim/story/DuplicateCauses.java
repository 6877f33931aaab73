package dsim.story;

import dsim.text.Durations;
import dsim.spec.PacketKind;
import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.spec.DedupSpec;

import java.util.List;

/**
 * Why a message was processed more than once. Looks at its first two processings: why a
 * second packet reached a consumer at all (a lost or slow ack, a crash, a link's copy, a
 * broker restart, a log's replay from its last commit, an outbox relay's republish), and,
 * under exactly-once, why the dedup store did not catch it.
 */
final class DuplicateCauses {

    private DuplicateCauses() {
    }

    static Finding find(StoryFacts f) {
        List<Integer> processed = f.processed();
        int p1 = processed.get(0);
        int p2 = processed.get(1);
        Finding trigger = trigger(f, p1, p2);
        if (!f.context.semantics().consumer().deduplicates()) {
            return new Finding(trigger.cause(), trigger.chain(), trigger.text() + "; " + Words.noDedup(f.context));
        }
        Finding dedup = dedupFailure(f, p1, p2);
        if (dedup == null) {
            return trigger;
        }
        List<Integer> chain = new java.util.ArrayList<>(trigger.chain());
        chain.addAll(dedup.chain());
        return new Finding(dedup.cause(), chain, trigger.text() + "; " + dedup.text());
    }

    /** Why a second packet was processed. */
    private static Finding trigger(StoryFacts f, int p1, int p2) {
        StoryFacts.Source s1 = f.source(p1);
        StoryFacts.Source s2 = f.source(p2);
        if (s1 == null || s2 == null) {
            return Finding.of(Cause.UNEXPLAINED, "the journal does not show which packets it was processed from", p1, p2);
        }
        if (s1.send() == s2.send() && s1.send() >= 0 && (s1.copy() >= 0 || s2.copy() >= 0)) {
            return linkCopy(f, Math.max(s1.copy(), s2.copy()), p1, p2);
        }
        if (s1.delivery() >= 0 && s2.delivery() >= 0) {
            return s1.stored() != s2.stored() ? storedTwice(f, s1, s2, p1, p2) : redelivered(f, s1, s2, p1, p2);
        }
        return retried(f, s1, s2, p1, p2);
    }

    private static Finding linkCopy(StoryFacts f, int copy, int p1, int p2) {
        TraceEntry d = f.at(copy);
        return Finding.of(Cause.LINK_DUPLICATE, "the link " + Words.link(d) + " duplicated its " + d.packet().id() + " at "
                + f.time(copy) + ", and " + processedBoth(f, p1, p2), copy, p1, p2);
    }

    /** The broker stored two copies: the producer's publish came twice. */
    private static Finding storedTwice(StoryFacts f, StoryFacts.Source s1, StoryFacts.Source s2, int p1, int p2) {
        int first = Math.min(s1.stored(), s2.stored());
        int second = Math.max(s1.stored(), s2.stored());
        if (first < 0) {
            return Finding.of(Cause.UNEXPLAINED, "the journal does not show which copy the broker delivered", p1, p2);
        }
        Hop h1 = f.hopInto(first);
        Hop h2 = f.hopInto(second);
        TraceEntry b = f.at(first);
        String twice = b.node() + " stored it twice, and " + processedBoth(f, p1, p2);
        for (Hop h : new Hop[] {h1, h2}) {
            if (h != null && f.at(h.send()).kind() == TraceKind.DUPLICATED) {
                return Finding.of(Cause.LINK_DUPLICATE, "the link " + Words.link(f.at(h.send())) + " duplicated its publish at "
                        + f.time(h.send()) + ", so " + twice, h.send(), first, second, p1, p2);
            }
        }
        Finding relay = republished(f, f.causeOf(second, TraceKind.SENT), b.node() + " stored it at " + f.time(first),
                first, twice, second, p1, p2);
        if (relay != null) {
            return relay;
        }
        int retry = f.causeOf(f.causeOf(second, TraceKind.SENT), TraceKind.RETRIED);
        int ack = ackOfStored(f, first);
        Hop ackHop = f.hopFrom(ack);
        String producer = ack >= 0 ? f.at(ack).peer() : "the producer";
        String retried = retry >= 0 ? producer + " retried at " + f.time(retry) : producer + " sent it again";
        if (ackHop != null && ackHop.lost()) {
            return Finding.of(Cause.ACK_LOST, b.node() + " stored it at " + f.time(first) + ", but the ack to " + producer
                    + " was lost " + Words.drop(f.at(ackHop.end())) + " at " + f.time(ackHop.end()) + "; " + retried
                    + " and " + twice, first, ack, ackHop.end(), retry, second, p1, p2);
        }
        return Finding.of(Cause.SLOW_ACK, b.node() + " stored it at " + f.time(first) + " and acked, but nothing was lost: "
                + retried + ", before the ack arrived, and " + twice, first, ack, retry, second, p1, p2);
    }

    /** One stored copy delivered again: why the first processing's ack did not release it in time. */
    private static Finding redelivered(StoryFacts f, StoryFacts.Source s1, StoryFacts.Source s2, int p1, int p2) {
        int again = s2.delivery();
        String broker = f.at(again).node();
        String redelivered = broker + " redelivered it at " + f.time(again) + " and " + f.at(p2).node()
                + " processed it again at " + f.time(p2);
        String c1 = f.at(p1).node();
        if (f.at(s1.delivery()).attempt() > f.at(again).attempt()) {
            return Finding.of(Cause.SLOW_ACK, "nothing was lost: " + broker + " redelivered it at " + f.time(s1.delivery())
                    + " before the first delivery was processed; " + processedBoth(f, p1, p2), s1.delivery(), p1, p2);
        }
        int assigned = f.causeOf(again, TraceKind.ASSIGNED);
        if (assigned >= 0) {
            return replayed(f, p1, assigned, again, p2);
        }
        int crash = f.crashRightAfter(p1);
        if (crash >= 0) {
            return Finding.of(Cause.CRASH_AFTER_PROCESS, c1 + " crashed right after processing it at " + f.time(p1)
                    + ", before acking; " + redelivered, p1, crash, again, p2);
        }
        int ack = f.ackAfter(p1, PacketKind.CONSUMER_ACK);
        int crashedLater = f.firstAfter(p1, x -> x.kind() == TraceKind.CRASHED && x.node().equals(c1));
        if (ack < 0 && crashedLater >= 0 && crashedLater < again) {
            return Finding.of(Cause.CRASH_AFTER_PROCESS, c1 + " processed it at " + f.time(p1) + " and crashed at "
                    + f.time(crashedLater) + ", before it had acked it; " + redelivered, p1, crashedLater, again, p2);
        }
        Hop ackHop = f.hopFrom(ack);
        if (ackHop != null && ackHop.fate() == Hop.Fate.DROPPED_ON_LINK) {
            return Finding.of(Cause.CONSUMER_ACK_LOST, c1 + " processed it at " + f.time(p1) + ", but its ack was lost "
                    + Words.drop(f.at(ackHop.end())) + " at " + f.time(ackHop.end()) + "; " + redelivered,
                    p1, ack, ackHop.end(), again, p2);
        }
        int restart = f.lastBefore(again + 1, x -> x.kind() == TraceKind.RESTARTED && x.node().equals(broker));
        if (ackHop != null && ackHop.fate() == Hop.Fate.RECEIVER_DOWN || restart > p1) {
            int crashed = f.lastBefore(again, x -> x.kind() == TraceKind.CRASHED && x.node().equals(broker));
            return Finding.of(Cause.BROKER_RESTART, c1 + " processed it at " + f.time(p1) + ", but " + broker
                    + " crashed" + (crashed >= 0 ? " at " + f.time(crashed) : "") + " before the ack reached it; "
                    + (restart >= 0 && f.at(restart).timeNanos() == f.at(again).timeNanos()
                        ? "on restart at " + f.time(again) + " " + broker + " redelivered what was unacked, and "
                                + f.at(p2).node() + " processed it again at " + f.time(p2)
                        : redelivered), p1, ack,
                    ackHop == null ? -1 : ackHop.end(), crashed, restart, again, p2);
        }
        return Finding.of(Cause.SLOW_ACK, c1 + " processed it at " + f.time(p1) + " and acked, but nothing was lost: "
                + broker + "'s redelivery timer fired at " + f.time(again) + ", before the ack arrived; "
                + f.at(p2).node() + " processed the redelivery at " + f.time(p2), p1, ack, again, p2);
    }

    /**
     * A log handed it out again after giving its partition to a consumer ({@code assigned}),
     * from the last commit: the consumer that processed it first had not committed past it.
     */
    private static Finding replayed(StoryFacts f, int p1, int assigned, int again, int p2) {
        TraceEntry a = f.at(assigned);
        String log = a.node();
        String partition = "partition " + a.partition();
        String c1 = f.at(p1).node();
        String c2 = f.at(p2).node();
        int crash = f.firstAfter(p1, x -> x.kind() == TraceKind.CRASHED && x.node().equals(c1));
        int until = crash >= 0 && crash < assigned ? crash : assigned;
        int commit = f.lastBefore(until, x -> x.kind() == TraceKind.COMMITTED && x.node().equals(log)
                && x.partition() == a.partition() && c1.equals(x.peer()));
        int cause = f.links.parent(assigned);
        String trigger = cause < 0 ? ""
                : f.at(cause).kind() == TraceKind.CRASHED ? "once " + f.at(cause).node() + "'s session had expired, "
                : f.at(cause).kind() == TraceKind.RESTARTED ? "when " + f.at(cause).node() + " was back, "
                : "";
        String reread = trigger + log + " gave " + partition + " to " + a.peer() + " at " + f.time(assigned)
                + ", from offset " + a.offset() + ", and " + c2 + " processed it again at " + f.time(p2)
                + " with everything else " + c1 + " had processed there since";
        if (crash < 0 || crash > assigned) {
            return Finding.of(Cause.REPLAYED_FROM_COMMIT, c1 + " processed it at " + f.time(p1) + " but never committed"
                    + " past it; " + reread, p1, commit, cause, assigned, again, p2);
        }
        String lastCommit = commit < 0 ? ", before it had committed anything of " + partition
                : ", " + Durations.secondsRounded(f.at(crash).timeNanos() - f.at(commit).timeNanos())
                        + " after its last commit of " + partition + " (up to offset " + f.at(commit).offset() + ")";
        return Finding.of(Cause.REPLAYED_FROM_COMMIT, c1 + " processed it at " + f.time(p1) + " and crashed at "
                + f.time(crash) + lastCommit + "; " + reread, p1, commit, crash, cause, assigned, again, p2);
    }

    /** The outbox relay's republish that made the publish sent at {@code send}, or -1. */
    private static int republishOf(StoryFacts f, int send) {
        return f.causeOf(send, TraceKind.REPUBLISHED);
    }

    /** A producer's outbox relay published it again after a crash: the text and chain, or null if not so. */
    private static Finding republished(StoryFacts f, int send, String first, int firstAt, String twice,
                                       Integer... rest) {
        int republished = republishOf(f, send);
        if (republished < 0) {
            return null;
        }
        String producer = f.at(republished).node();
        int crash = f.lastBefore(republished, x -> x.kind() == TraceKind.CRASHED && x.node().equals(producer));
        List<Integer> chain = new java.util.ArrayList<>(List.of(firstAt, crash, republished));
        chain.addAll(List.of(rest));
        return new Finding(Cause.REPUBLISHED_BY_OUTBOX, chain, first + ", but " + producer + " crashed"
                + (crash >= 0 ? " at " + f.time(crash) : "") + " before the ack reached it; restarted, its outbox"
                + " relay published it again at " + f.time(republished) + ", and " + twice);
    }

    /** Straight from the producer: why the producer sent it again. */
    private static Finding retried(StoryFacts f, StoryFacts.Source s1, StoryFacts.Source s2, int p1, int p2) {
        int a1 = f.at(s1.processing()).attempt();
        int a2 = f.at(s2.processing()).attempt();
        if (a1 == a2) {
            return Finding.of(Cause.UNEXPLAINED, "it was processed twice from the same attempt " + a1, p1, p2);
        }
        String c1 = f.at(p1).node();
        Finding relay = republished(f, (a1 > a2 ? s1 : s2).send(), c1 + " processed it at " + f.time(p1), p1,
                processedBoth(f, p1, p2), p2);
        if (relay != null) {
            return relay;
        }
        int retry = f.causeOf((a1 > a2 ? s1 : s2).send(), TraceKind.RETRIED);
        String producer = retry >= 0 ? f.at(retry).node() : "the producer";
        String again = producer + " retried at " + (retry >= 0 ? f.time(retry) : "?") + " and " + f.at(p2).node()
                + " processed it again at " + f.time(p2);
        if (a1 > a2 || retry >= 0 && retry < p1) {
            return Finding.of(Cause.SLOW_ACK, "nothing was lost: " + producer + "'s retry timer fired at "
                    + (retry >= 0 ? f.time(retry) : "?") + ", before the first attempt was even processed; "
                    + processedBoth(f, p1, p2), retry, p1, p2);
        }
        int crash = f.crashRightAfter(p1);
        if (crash >= 0) {
            return Finding.of(Cause.CRASH_AFTER_PROCESS, c1 + " crashed right after processing it at " + f.time(p1)
                    + ", before acking; " + again, p1, crash, retry, p2);
        }
        int ack = f.ackAfter(p1, PacketKind.PUBLISH_ACK);
        Hop ackHop = f.hopFrom(ack);
        if (ackHop != null && ackHop.lost()) {
            return Finding.of(Cause.ACK_LOST, c1 + " processed it at " + f.time(p1) + ", but the ack was lost "
                    + Words.drop(f.at(ackHop.end())) + " at " + f.time(ackHop.end()) + "; " + again,
                    p1, ack, ackHop.end(), retry, p2);
        }
        return Finding.of(Cause.SLOW_ACK, c1 + " processed it at " + f.time(p1) + " and acked, but nothing was lost: "
                + producer + "'s retry timer fired at " + (retry >= 0 ? f.time(retry) : "?") + ", before the ack arrived; "
                + f.at(p2).node() + " processed the retry at " + f.time(p2), p1, ack, retry, p2);
    }

    /** Exactly-once: why the second processing's consumer did not find the id in its dedup store, or null. */
    private static Finding dedupFailure(StoryFacts f, int p1, int p2) {
        String c1 = f.at(p1).node();
        String c2 = f.at(p2).node();
        DedupSpec d1 = f.context.dedupOf(c1);
        DedupSpec d2 = f.context.dedupOf(c2);
        boolean memory = d2.store() == DedupSpec.Store.MEMORY;
        if (!c1.equals(c2) && (memory || d1.store() == DedupSpec.Store.MEMORY)) {
            return Finding.of(Cause.DEDUP_STORE_NOT_SHARED, c2 + " keeps its own dedup store in memory, which never saw "
                    + "the id " + c1 + " had processed");
        }
        int start = Math.max(f.startOf(p2), p1);
        int crash = f.lastBefore(start, x -> x.kind() == TraceKind.CRASHED && x.node().equals(c2));
        if (memory && crash > p1) {
            return Finding.of(Cause.DEDUP_STORE_LOST, c2 + " keeps its dedup store in memory, and its crash at "
                    + f.time(crash) + " wiped it, so the id was forgotten", crash);
        }
        long gap = f.at(p2).timeNanos() - f.at(p1).timeNanos();
        if (d2.windowNanos() > 0 && gap >= d2.windowNanos()) {
            return Finding.of(Cause.DEDUP_WINDOW_EXPIRED, "the dedup store forgets ids after "
                    + Durations.exact(d2.windowNanos()) + ", and " + Durations.secondsRounded(gap)
                    + " had passed since the first processing");
        }
        return null;
    }

    /** The broker's ack of stored copy {@code stored}: sent when it stored it, or once it was on disk; or -1. */
    private static int ackOfStored(StoryFacts f, int stored) {
        int persisted = f.caused(stored, x -> x.kind() == TraceKind.PERSISTED);
        int whenStored = f.ackAfter(stored, PacketKind.PUBLISH_ACK);
        return whenStored >= 0 ? whenStored : f.ackAfter(persisted, PacketKind.PUBLISH_ACK);
    }

    private static String processedBoth(StoryFacts f, int p1, int p2) {
        String c1 = f.at(p1).node();
        String c2 = f.at(p2).node();
        return c1.equals(c2)
                ? c1 + " processed it at " + f.time(p1) + " and again at " + f.time(p2)
                : c1 + " processed it at " + f.time(p1) + " and " + c2 + " again at " + f.time(p2);
    }
}
