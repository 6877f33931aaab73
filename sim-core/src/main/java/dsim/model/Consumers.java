package dsim.model;

import dsim.engine.Engine;
import dsim.engine.EventPool;
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
    private final boolean idempotent;
    private final ConsumerCrashSpec[] crash;
    private final DelaySampler[] processing;
    private final long[] crashSeed;
    private final boolean[] down;
    /** Whether the consumer acks before processing: always under at-most-once, by choice otherwise. */
    private final boolean[] commitFirst;
    private final int[] incarnation;
    private final DedupStores dedup;

    Consumers(Scenario scenario, Semantics semantics, Topology topology, long masterSeed, Engine engine,
              Journal journal, Network network, Messages messages) {
        super(engine, journal, network, topology);
        this.messages = messages;
        this.acks = semantics.retries();
        this.idempotent = semantics.idempotent();
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
        dedup = new DedupStores(dedupSpecs, topology.totalMessages, idempotent);
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
            case Packet.PUBLISH -> onReceive(node, Packet.PUBLISH, m, p.a(slot), -1, 0, 0, p.e(slot), now);
            case Packet.DELIVER -> onReceive(node, Packet.DELIVER, m, p.a(slot), p.b(slot), p.c(slot), p.d(slot),
                    p.e(slot), now);
            case Events.PROCESS_DONE -> onProcessDone(node, m, p.a(slot), p.b(slot), p.c(slot), p.d(slot), p.e(slot),
                    p.f(slot), now);
            case Events.RESTART -> onRestart(node, now);
            default -> throw unexpected(kind, node);
        }
    }

    /**
     * A publish (straight from a producer) or a deliver (from a broker) arrives. Arguments
     * follow {@link Packet}; entry is -1 for a publish.
     */
    void onReceive(int node, int packet, int m, int attempt, int entry, int gen, int store, int senderAndCopy, long now) {
        int c = topology.consumerIndex(node);
        int from = Packet.sender(senderAndCopy);
        if (down[c]) {
            journal.dropped(now, from, node, packet, m, attempt, DropCause.NODE_DOWN);
            return;
        }
        long key = messages.key(m);
        long instance = Packet.instance(packet, attempt, store, Packet.copy(senderAndCopy));
        CrashPoint point = crashFor(c, key, instance);
        if (point == CrashPoint.BEFORE_PROCESS) {
            crash(c, now, CrashPoint.BEFORE_PROCESS, "crashed on receipt, before processing");
            journal.lostInCrash(now, node, m, attempt, CrashPoint.BEFORE_PROCESS.id(), "received but not processed");
            return;
        }
        if (idempotent && dedup.contains(c, m, now)) {
            journal.deduplicated(now, node, m, attempt);
            ack(node, from, packet, m, attempt, entry, gen, store);
            return;
        }
        if (commitFirst[c]) {
            ack(node, from, packet, m, attempt, entry, gen, store);
            if (point == CrashPoint.BETWEEN_PROCESS_AND_COMMIT) {
                crash(c, now, point, "crashed after committing, before processing");
                journal.lostInCrash(now, node, m, attempt, point.id(), "committed but never processed");
                return;
            }
        }
        long duration = processing[c].sample(key, instance);
        journal.processing(now, node, m, attempt, duration);
        int packetAndSender = senderAndCopy | (packet == Packet.DELIVER ? 0 : Integer.MIN_VALUE);
        if (duration == 0) {
            // Done the instant it starts: no crash scheduled for the same nanosecond can come between.
            onProcessDone(node, m, attempt, entry, gen, store, packetAndSender, incarnation[c], now);
            return;
        }
        // PROCESS_DONE: the received packet's arguments, plus f = the incarnation that started it.
        engine.schedule(duration, Events.PROCESS_DONE, node, m, attempt, entry, gen, store, packetAndSender,
                incarnation[c]);
    }

    void onProcessDone(int node, int m, int attempt, int entry, int gen, int store, int e, int startedIn, long now) {
        int c = topology.consumerIndex(node);
        int packet = e < 0 ? Packet.PUBLISH : Packet.DELIVER;
        int senderAndCopy = e & Integer.MAX_VALUE;
        int from = Packet.sender(senderAndCopy);
        if (startedIn != incarnation[c]) {
            journal.lostInCrash(now, node, m, attempt, "aborted", "processing aborted by a crash");
            return;
        }
        if (idempotent) {
            if (dedup.contains(c, m, now)) {
                // Another delivery committed while this one was processing: the atomic commit rejects it.
                journal.deduplicated(now, node, m, attempt);
                if (!commitFirst[c]) {
                    ack(node, from, packet, m, attempt, entry, gen, store);
                }
                return;
            }
            dedup.commit(c, m, now);
        }
        journal.processed(now, node, m, attempt);
        long instance = Packet.instance(packet, attempt, store, Packet.copy(senderAndCopy));
        CrashPoint point = crashFor(c, messages.key(m), instance);
        if (point == CrashPoint.AFTER_PROCESS) {
            crash(c, now, point, commitFirst[c] ? "crashed after processing" : "crashed after processing, before acking");
            return;
        }
        if (point == CrashPoint.BETWEEN_PROCESS_AND_COMMIT && !commitFirst[c]) {
            crash(c, now, point, "crashed after processing, before committing");
            return;
        }
        if (!commitFirst[c]) {
            ack(node, from, packet, m, attempt, entry, gen, store);
        }
    }

    private void ack(int node, int to, int packet, int m, int attempt, int entry, int gen, int store) {
        if (!acks) {
            return; // at-most-once: acked on receipt, implicitly; nobody waits for it
        }
        if (packet == Packet.PUBLISH) {
            network.send(node, to, Packet.PUBLISH_ACK, m, attempt, 0, 0, 0);
        } else {
            network.send(node, to, Packet.CONSUMER_ACK, m, attempt, entry, gen, store);
        }
    }

    private void crash(int c, long now, CrashPoint point, String why) {
        int node = topology.consumerNode(c);
        down[c] = true;
        incarnation[c]++;
        dedup.crashed(c);
        journal.crashed(now, node, point.id(), why);
        engine.schedule(crash[c].downForNanos(), Events.RESTART, node, -1, 0, 0, 0, 0, 0, 0);
    }

    void onRestart(int node, long now) {
        down[topology.consumerIndex(node)] = false;
        journal.restarted(now, node);
    }
}
