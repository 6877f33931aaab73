package dsim.model;

import dsim.engine.Engine;
import dsim.engine.EventPool;
import dsim.journal.Reason;
import dsim.random.Seeds;
import dsim.spec.CommitPoint;
import dsim.spec.ConsumerCrashSpec;
import dsim.spec.ConsumerSpec;
import dsim.spec.CrashPoint;
import dsim.spec.DedupSpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;

/**
 * Consumers: process each delivery (the side effect that matters) and ack it. Under
 * at-most-once the ack is implicit on receipt (nothing is ever resent), so a crash while
 * processing loses the message. Otherwise they process, then ack: a crash in between
 * means a redelivery and so a duplicate, unless exactly-once's dedup store, committed
 * atomically with the effect, already holds the id. A consumer may instead commit before
 * processing (Kafka's auto-commit), which turns that crash into a loss.
 */
final class Consumers extends NodeGroup {

    private final Messages messages;
    private final boolean acks;
    private final boolean deduplicates;
    private final ConsumerCrashSpec[] crash;
    private final DelaySampler[] processing;
    private final long[] crashSeed;
    private final boolean[] down;
    /** Whether the consumer acks before processing: always under at-most-once, by choice otherwise. */
    private final boolean[] commitFirst;
    private final int[] incarnation;
    private final DedupStores dedup;
    /** Each crash point as the journal's reason, by the point's ordinal. */
    private static final Reason[] REASONS = reasons();

    Consumers(Scenario scenario, Semantics semantics, Topology topology, long masterSeed, Engine engine,
              Journal journal, Network network, Messages messages) {
        super(engine, journal, network, topology);
        this.messages = messages;
        this.acks = semantics.consumer().acks();
        this.deduplicates = semantics.consumer().deduplicates();
        int n = topology.consumerCount;
        crash = new ConsumerCrashSpec[n];
        processing = new DelaySampler[n];
        crashSeed = new long[n];
        down = new boolean[n];
        commitFirst = new boolean[n];
        incarnation = new int[n];
        DedupSpec[] dedupSpecs = new DedupSpec[n];
        for (int c = 0; c < n; c++) {
            ConsumerSpec spec = scenario.consumers().get(c);
            crash[c] = spec.crash();
            processing[c] = new DelaySampler(spec.processing(), Seeds.stream(masterSeed, "consumer:" + spec.name() + ":processing"));
            crashSeed[c] = Seeds.stream(masterSeed, "consumer:" + spec.name() + ":crash");
            dedupSpecs[c] = spec.dedup();
            commitFirst[c] = !acks || spec.commit() == CommitPoint.BEFORE_PROCESS;
        }
        dedup = new DedupStores(dedupSpecs, topology.totalMessages, deduplicates);
    }

    private static Reason[] reasons() {
        Reason[] byPoint = new Reason[CrashPoint.values().length];
        for (CrashPoint p : CrashPoint.values()) {
            byPoint[p.ordinal()] = switch (p) {
                case BEFORE_PROCESS -> Reason.BEFORE_PROCESS;
                case AFTER_PROCESS -> Reason.AFTER_PROCESS;
                case BETWEEN_PROCESS_AND_COMMIT -> Reason.BETWEEN_PROCESS_AND_COMMIT;
            };
        }
        return byPoint;
    }

    /** The crash point this delivery meets at consumer {@code c}, or null if none. */
    private CrashPoint crashFor(int c, long key, long instance) {
        ConsumerCrashSpec spec = crash[c];
        if (spec == null || spec.probability() == 0) {
            return null;
        }
        return Seeds.uniform(crashSeed[c], key, instance) < spec.probability() ? spec.at() : null;
    }

    @Override
    void handle(EventPool p, int slot, int kind, int node, int m, long now) {
        switch (kind) {
            case Packet.PUBLISH, Packet.DELIVER -> onReceive(node, m, p.a(slot), p.b(slot), p.c(slot), p.d(slot),
                    p.e(slot), journal.causeOf(slot), now);
            case Events.PROCESS_DONE -> onProcessDone(node, m, p.a(slot), p.b(slot), p.c(slot), p.d(slot), p.e(slot),
                    p.f(slot), journal.causeOf(slot), now);
            case Events.RESTART -> onRestart(node, now);
            default -> throw unexpected(kind, node);
        }
    }

    /**
     * A publish (straight from a producer) or a deliver (from a broker) arrives. Arguments
     * follow {@link Events}' table; {@code sent} is the journal entry of its send (or copy).
     */
    void onReceive(int node, int m, int attempt, int entry, int gen, int store, int origin, long sent, long now) {
        int c = topology.consumerIndex(node);
        int packet = Packet.kindOf(origin);
        if (down[c]) {
            journal.dropped(sent, now, Packet.sender(origin), node, packet, m, attempt, Reason.NODE_DOWN);
            return;
        }
        long key = messages.key(m);
        long instance = Packet.instance(packet, attempt, store, Packet.copy(origin));
        CrashPoint point = crashFor(c, key, instance);
        if (point == CrashPoint.BEFORE_PROCESS) {
            crash(sent, c, now, point, "crashed on receipt, before processing");
            journal.lostInCrash(sent, now, node, m, attempt, Reason.BEFORE_PROCESS, "received but not processed");
            return;
        }
        if (deduplicates && dedup.contains(c, m, now)) {
            long skipped = journal.deduplicated(sent, now, node, m, attempt);
            ack(skipped, node, origin, m, attempt, entry, gen, store);
            return;
        }
        if (commitFirst[c]) {
            ack(sent, node, origin, m, attempt, entry, gen, store);
            if (point == CrashPoint.BETWEEN_PROCESS_AND_COMMIT) {
                crash(sent, c, now, point, "crashed after committing, before processing");
                journal.lostInCrash(sent, now, node, m, attempt, Reason.BETWEEN_PROCESS_AND_COMMIT,
                        "committed but never processed");
                return;
            }
        }
        long duration = processing[c].sample(key, instance);
        long started = journal.processing(sent, now, node, m, attempt, duration);
        if (duration == 0) {
            // Done the instant it starts: no crash scheduled for the same nanosecond can come between.
            onProcessDone(node, m, attempt, entry, gen, store, origin, incarnation[c], started, now);
            return;
        }
        int slot = engine.schedule(duration, Events.PROCESS_DONE, node, m, attempt, entry, gen, store, origin,
                incarnation[c]);
        journal.link(slot, started);
    }

    /**
     * A processing ends: the received packet's arguments, the incarnation that started it, and
     * {@code started}, the journal entry of its start.
     */
    void onProcessDone(int node, int m, int attempt, int entry, int gen, int store, int origin, int startedIn,
                       long started, long now) {
        int c = topology.consumerIndex(node);
        if (startedIn != incarnation[c]) {
            journal.lostInCrash(started, now, node, m, attempt, Reason.ABORTED, "processing aborted by a crash");
            return;
        }
        if (deduplicates) {
            if (dedup.contains(c, m, now)) {
                // Another delivery committed while this one was processing: the atomic commit rejects it.
                long skipped = journal.deduplicated(started, now, node, m, attempt);
                if (!commitFirst[c]) {
                    ack(skipped, node, origin, m, attempt, entry, gen, store);
                }
                return;
            }
            dedup.commit(c, m, now);
        }
        long processed = journal.processed(started, now, node, m, attempt);
        long instance = Packet.instance(Packet.kindOf(origin), attempt, store, Packet.copy(origin));
        CrashPoint point = crashFor(c, messages.key(m), instance);
        if (point == CrashPoint.AFTER_PROCESS) {
            crash(processed, c, now, point,
                    commitFirst[c] ? "crashed after processing" : "crashed after processing, before acking");
            return;
        }
        if (point == CrashPoint.BETWEEN_PROCESS_AND_COMMIT && !commitFirst[c]) {
            crash(processed, c, now, point, "crashed after processing, before committing");
            return;
        }
        if (!commitFirst[c]) {
            ack(processed, node, origin, m, attempt, entry, gen, store);
        }
    }

    /** Acks the packet of {@code origin} to its sender, because of journal entry {@code cause}. */
    private void ack(long cause, int node, int origin, int m, int attempt, int entry, int gen, int store) {
        if (!acks) {
            return; // at-most-once: acked on receipt, implicitly; nobody waits for it
        }
        int to = Packet.sender(origin);
        if (Packet.kindOf(origin) == Packet.PUBLISH) {
            network.send(cause, node, to, Packet.PUBLISH_ACK, m, attempt, Packet.NO_ENTRY, 0, 0);
        } else {
            network.send(cause, node, to, Packet.CONSUMER_ACK, m, attempt, entry, gen, store);
        }
    }

    private void crash(long cause, int c, long now, CrashPoint point, String why) {
        int node = topology.consumerNode(c);
        down[c] = true;
        incarnation[c]++;
        dedup.crashed(c);
        journal.crashed(cause, now, node, REASONS[point.ordinal()], why);
        timer(crash[c].downForNanos(), Events.RESTART, node);
    }

    void onRestart(int node, long now) {
        down[topology.consumerIndex(node)] = false;
        journal.restarted(now, node);
    }
}
