package dsim.story;

import dsim.run.Outcome;
import dsim.journal.Reason;
import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a message was never processed: a broker lost it or dead-lettered it, a consumer committed
 * it before a crash let it go unprocessed, it was poison, its producer forgot it in a crash or
 * gave up, its only copy was dropped or crashed with a consumer (at-most-once), or the run
 * stopped first.
 */
final class LossCauses {

    private LossCauses() {
    }

    static Finding find(StoryFacts f) {
        int held = f.lastBefore(f.e.size(), x -> x.kind() == TraceKind.LOST_IN_CRASH && f.context.isBroker(x.node()));
        boolean lastCopyLost = held >= 0 && f.firstAfter(held, x -> x.kind() == TraceKind.STORED) < 0;
        if (lastCopyLost && !unackedWrite(f, held)) {
            return brokerCrash(f, held);
        }
        int dead = f.lastBefore(f.e.size(), x -> x.kind() == TraceKind.DEAD_LETTERED
                || x.kind() == TraceKind.DISCARDED);
        if (dead >= 0) {
            return deadLettered(f, dead);
        }
        int committed = f.lastBefore(f.e.size(), x -> x.kind() == TraceKind.LOST_IN_CRASH
                && COMMITTED_THEN_LOST.contains(x.reason()) && f.context.commitsFirst(x.node()));
        if (committed >= 0) {
            return committedFirst(f, committed);
        }
        int poison = f.lastBefore(f.e.size(), x -> x.kind() == TraceKind.FAILED
                || x.kind() == TraceKind.LOST_IN_CRASH && x.reason() == Reason.POISON);
        if (poison >= 0) {
            return poison(f, poison);
        }
        int forgot = f.lastBefore(f.e.size(), x -> x.kind() == TraceKind.LOST_IN_CRASH
                && x.reason() == Reason.NOT_YET_ACKED);
        if (forgot >= 0 && f.firstAfter(-1, x -> x.kind() == TraceKind.STORED) < 0) { // no broker holds a copy
            return forgotten(f, forgot);
        }
        int gaveUp = f.lastBefore(f.e.size(), x -> x.kind() == TraceKind.GAVE_UP);
        if (gaveUp >= 0) {
            return retriesExhausted(f, gaveUp);
        }
        if (!f.context.semantics().producer().resends()) {
            int last = f.lastBefore(f.e.size(), x -> x.kind() == TraceKind.DROPPED
                    || x.kind() == TraceKind.LOST_IN_CRASH && x.messageId() != null);
            if (last >= 0) {
                return onlyCopy(f, last);
            }
        }
        if (f.context.runOutcome() != Outcome.COMPLETED) {
            int last = f.lastBefore(f.e.size(), x -> x.messageId() != null);
            TraceEntry e = f.at(last);
            return Finding.of(Cause.RUN_STOPPED, "the run stopped at its " + f.context.runOutcome().id()
                    + " limit while it was still in flight (its last entry: " + e.kind().id() + " at " + e.node()
                    + " at " + f.time(last) + ")", last);
        }
        if (lastCopyLost) {
            return brokerCrash(f, held); // an unacked write lost, and nothing else recognised
        }
        return Finding.of(Cause.UNEXPLAINED, "the journal shows no cause dsim recognises");
    }

    /** How a consumer that committed a message before processing it can lose it in a crash. */
    private static final java.util.Set<Reason> COMMITTED_THEN_LOST = java.util.EnumSet.of(
            Reason.BETWEEN_PROCESS_AND_COMMIT, Reason.ABORTED, Reason.WAITING_FOR_A_WORKER);

    /** A consumer that commits before processing crashed in between: the commit had already let it go. */
    private static Finding committedFirst(StoryFacts f, int lost) {
        TraceEntry x = f.at(lost);
        int crash = f.lastBefore(lost + 1, c -> c.kind() == TraceKind.CRASHED && c.node().equals(x.node()));
        int commit = f.lastBefore(lost, c -> c.kind() == TraceKind.COMMITTED
                || c.kind() == TraceKind.SENT && c.node().equals(x.node()) && !c.packet().carriesMessage());
        String when = switch (x.reason()) {
            case ABORTED -> "while it was processing it";
            case WAITING_FOR_A_WORKER -> "while it waited for a worker";
            default -> "before processing it";
        };
        String what = commit >= 0 && f.at(commit).kind() == TraceKind.COMMITTED
                ? "committed its offset" + " (" + f.at(commit).node() + " partition " + f.at(commit).partition()
                        + " up to " + f.at(commit).offset() + ")"
                : "committed it (acked)";
        return Finding.of(Cause.COMMITTED_BEFORE_PROCESS, x.node() + " " + what + " at "
                + (commit >= 0 ? f.time(commit) : f.time(lost)) + " before processing it, then crashed"
                + (crash >= 0 ? " at " + f.time(crash) : "") + " " + when + "; the commit had already let it go, so"
                + " nobody delivered it again", commit, crash, lost);
    }

    /** A queue delivered it its most times without an ack: it sits in the dead-letter queue. */
    private static Finding deadLettered(StoryFacts f, int dead) {
        TraceEntry d = f.at(dead);
        List<Integer> failed = f.all(x -> x.kind() == TraceKind.FAILED
                || x.kind() == TraceKind.LOST_IN_CRASH && x.reason() == Reason.POISON);
        boolean oneConsumer = failed.stream().map(i -> f.at(i).node()).distinct().count() == 1;
        String who = failed.isEmpty() ? "" : oneConsumer ? f.at(failed.get(0)).node() : "its consumers";
        String why = failed.isEmpty() ? ""
                : " (" + who + (f.at(failed.get(0)).kind() == TraceKind.FAILED
                        ? " failed to process it" : " crashed on it") + " each time: a poison message)";
        List<Integer> chain = new ArrayList<>(failed);
        chain.add(dead);
        String delivered = d.node() + " delivered it " + Words.times(d.attempt()) + " without an ack" + why;
        if (d.kind() == TraceKind.DISCARDED) {
            return new Finding(Cause.DISCARDED, chain, delivered + " and, with no dead-letter queue, dropped it at "
                    + f.time(dead) + ": lost for good");
        }
        return new Finding(Cause.DEAD_LETTERED, chain, delivered + " and moved it to its dead-letter queue at "
                + f.time(dead) + ": lost, but there for a person to recover");
    }

    /** A poison message that nothing delivered again: acked on receipt, passed over by a log, or the run stopped. */
    private static Finding poison(StoryFacts f, int last) {
        TraceEntry x = f.at(last);
        String did = x.kind() == TraceKind.FAILED ? x.node() + " failed to process it at " + f.time(last)
                : x.node() + " crashed on it at " + f.time(last);
        int tries = f.all(e -> e.kind() == TraceKind.FAILED
                || e.kind() == TraceKind.LOST_IN_CRASH && e.reason() == Reason.POISON).size();
        String again = tries > 1 ? " (" + Words.times(tries) + " in all)" : "";
        String then;
        if (f.context.runOutcome() != Outcome.COMPLETED) {
            then = "; it came back again and again until the run stopped at its " + f.context.runOutcome().id()
                    + " limit";
        } else if (!f.context.semantics().consumer().acks() || f.context.commitsFirst(x.node())) {
            then = "; it had been committed on receipt, so nobody delivered it again";
        } else {
            then = "; " + x.node() + " went on to the next record, and a commit of a later one passed over it";
        }
        return Finding.of(Cause.POISON, did + again + ": a poison message" + then, last);
    }

    /** A producer without an outbox crashed before any attempt got through, and forgot it. */
    private static Finding forgotten(StoryFacts f, int forgot) {
        TraceEntry x = f.at(forgot);
        List<Integer> chain = new ArrayList<>();
        Map<String, Integer> failures = new LinkedHashMap<>();
        for (int i = 0; i < forgot; i++) {
            String failure = failure(f.at(i));
            if (failure != null) {
                chain.add(i);
                failures.merge(failure, 1, Integer::sum);
            }
        }
        int crash = f.lastBefore(forgot + 1, c -> c.kind() == TraceKind.CRASHED && c.node().equals(x.node()));
        chain.add(crash);
        chain.add(forgot);
        List<String> parts = new ArrayList<>();
        failures.forEach((what, n) -> parts.add(what + (n > 1 ? " (" + n + " times)" : "")));
        String sent = x.node() + " sent it " + Words.times(x.attempt()) + (parts.isEmpty() ? ""
                : " (" + String.join(", ", parts) + ")");
        return new Finding(Cause.FORGOTTEN_BY_PRODUCER, chain, sent + " and crashed at "
                + (crash >= 0 ? f.time(crash) : f.time(forgot)) + " before an ack came; without an outbox it forgot"
                + " it, and nothing sent it again");
    }

    /**
     * Whether the copy lost at {@code held} was still being written and its producer had no ack
     * for it: the broker promised nothing, so the producer's resends (or their end) tell the story.
     */
    private static boolean unackedWrite(StoryFacts f, int held) {
        int stored = f.causeOf(held, TraceKind.STORED);
        return f.at(held).reason().unwritten()
                && f.firstAfter(stored, x -> x.kind() == TraceKind.ACKED) < 0;
    }

    private static Finding brokerCrash(StoryFacts f, int held) {
        TraceEntry lost = f.at(held);
        int stored = f.causeOf(held, TraceKind.STORED);
        int acked = f.firstAfter(stored, x -> x.kind() == TraceKind.ACKED);
        int crash = f.lastBefore(held, x -> x.kind() == TraceKind.CRASHED && x.node().equals(lost.node()));
        String ack = acked >= 0 ? " and acked it, so " + f.at(acked).node() + " stopped resending" : "";
        if (lost.reason().unwritten() && acked < 0) {
            return Finding.of(Cause.BROKER_CRASH_NOT_DURABLE, lost.node() + " stored it at "
                    + (stored >= 0 ? f.time(stored) : "?") + " and crashed at " + f.time(held)
                    + " while it was still being written to disk, before acking it", stored, crash, held);
        }
        if (lost.reason().unwritten()) {
            return Finding.of(Cause.ACKED_BEFORE_PERSIST, lost.node() + " stored it at "
                    + (stored >= 0 ? f.time(stored) : "?") + ack + " before writing it to disk, and crashed at "
                    + f.time(held) + " while it was still " + (lost.reason() == Reason.NOT_YET_SYNCED
                    ? "waiting for the next sync" : "being written") + "; acking before persisting loses what a"
                    + " crash catches in between", stored, acked, crash, held);
        }
        return Finding.of(Cause.BROKER_CRASH_NOT_DURABLE, lost.node() + " held it only in memory (stored at "
                + (stored >= 0 ? f.time(stored) : "?") + ack + "), and crashed at " + f.time(held)
                + " before a consumer processed it; a broker that is not durable loses what it holds",
                stored, acked, crash, held);
    }

    private static Finding retriesExhausted(StoryFacts f, int gaveUp) {
        TraceEntry g = f.at(gaveUp);
        List<Integer> chain = new ArrayList<>();
        Map<String, Integer> failures = new LinkedHashMap<>();
        for (int i = 0; i < gaveUp; i++) {
            TraceEntry x = f.at(i);
            String failure = failure(x);
            if (failure != null) {
                chain.add(i);
                failures.merge(failure, 1, Integer::sum);
            }
        }
        chain.add(gaveUp);
        List<String> parts = new ArrayList<>();
        failures.forEach((what, n) -> parts.add(what + (n > 1 ? " (" + n + " times)" : "")));
        String why = parts.isEmpty() ? "" : ": " + String.join(", ", parts);
        return new Finding(Cause.RETRIES_EXHAUSTED, chain, g.node() + " gave up at " + f.time(gaveUp) + " after "
                + g.attempt() + (g.attempt() == 1 ? " attempt" : " attempts") + ", none acked" + why);
    }

    /** What one failure entry says happened, in a few words; null for entries that are not failures. */
    private static String failure(TraceEntry x) {
        if (x.kind() == TraceKind.DROPPED) {
            return x.packet().id() + " dropped " + Words.drop(x);
        }
        if (x.kind() == TraceKind.LOST_IN_CRASH && x.messageId() != null) {
            return switch (x.reason()) {
                case NOT_YET_PERSISTED -> x.node() + " crashed while writing it to disk";
                case NOT_YET_SYNCED -> x.node() + " crashed before syncing it to disk";
                case NOT_DURABLE -> x.node() + " crashed holding it only in memory";
                case ABORTED -> "processing aborted by a crash of " + x.node();
                case BEFORE_PROCESS, BETWEEN_PROCESS_AND_COMMIT -> x.node() + " crashed before processing it";
                case WAITING_FOR_A_WORKER -> x.node() + " crashed while it waited for a worker";
                case NOT_YET_ACKED -> x.node() + " crashed before its ack came, and forgot it";
                case POISON -> x.node() + " crashed on it: a poison message";
                case LOSS, OUTAGE, NODE_DOWN, BROKER_CRASH, CONSUMER_CRASH, PRODUCER_CRASH, AFTER_PROCESS,
                     STALE_FETCH ->
                        throw new IllegalStateException("no message is lost in a crash by " + x.reason().id());
            };
        }
        return null;
    }

    /** At-most-once: the fate of the only copy. */
    private static Finding onlyCopy(StoryFacts f, int last) {
        TraceEntry x = f.at(last);
        String nobody = "; at-most-once never resends";
        if (x.kind() == TraceKind.DROPPED && x.reason().onLink()) {
            int sent = f.causeOf(last, TraceKind.SENT);
            return Finding.of(Cause.SENT_ONCE_DROPPED, "it was sent once, and the only " + x.packet().id() + " was dropped "
                    + Words.drop(x) + " at " + f.time(last) + nobody, sent, last);
        }
        if (x.kind() == TraceKind.DROPPED) {
            Hop hop = f.hopInto(last);
            int crash = f.lastBefore(last, c -> c.kind() == TraceKind.CRASHED && c.node().equals(x.peer()));
            return Finding.of(Cause.RECEIVER_DOWN, "its only " + x.packet().id() + " reached " + x.peer() + " at "
                    + f.time(last) + " while " + x.peer() + " was down"
                    + (crash >= 0 ? " (it crashed at " + f.time(crash) + ")" : "") + nobody,
                    crash, hop == null ? -1 : hop.send(), last);
        }
        int crash = f.lastBefore(last + 1, c -> c.kind() == TraceKind.CRASHED && c.node().equals(x.node()));
        if (x.reason() == Reason.ABORTED) {
            int start = f.startOf(last);
            return Finding.of(Cause.CRASH_WHILE_PROCESSING, x.node() + " started processing it at "
                    + (start >= 0 ? f.time(start) : "?") + " but crashed" + (crash >= 0 ? " at " + f.time(crash) : "")
                    + " before it finished; at-most-once acks on receipt, so nobody resent it", start, crash, last);
        }
        if (x.reason() == Reason.WAITING_FOR_A_WORKER) {
            int queued = f.causeOf(last, TraceKind.QUEUED);
            return Finding.of(Cause.CRASH_WHILE_WAITING, x.node() + " received it at "
                    + (queued >= 0 ? f.time(queued) : "?") + " with every worker busy, and crashed"
                    + (crash >= 0 ? " at " + f.time(crash) : "") + " while it waited in the queue; at-most-once acks"
                    + " on receipt, so nobody resent it", queued, crash, last);
        }
        Hop hop = f.hopInto(last);
        return Finding.of(Cause.CRASH_BEFORE_PROCESS, x.node() + " received it at " + f.time(last)
                + " and crashed before processing it; at-most-once acks on receipt, so nobody resent it",
                hop == null ? -1 : hop.send(), crash, last);
    }
}
