package dsim.model;

import dsim.engine.Engine;
import dsim.engine.EventPool;
import dsim.journal.Reason;
import dsim.random.Seeds;
import dsim.random.SplitMixRandom;
import dsim.spec.AckPoint;
import dsim.spec.BrokerCrashSpec;
import dsim.spec.BrokerSpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;

/**
 * Brokers: store published messages and hand each to one of their consumers in turn.
 * Under at-most-once a broker forwards once and keeps nothing. Otherwise it acks the
 * producer after storing, keeps the message until a consumer acks it, and redelivers
 * after the redelivery timeout; under exactly-once it also drops a publish of a message
 * it already stored (the idempotent producer). A crash drops what arrives while down and,
 * unless durable, loses every message it held and its memory of ids.
 */
final class Brokers extends NodeGroup {

    private final boolean keepsUntilAcked;
    private final boolean dropsStoredRetries;
    private final BrokerSpec[] specs;
    private final int[][] consumers;
    private final int[] nextConsumer;
    private final boolean[] down;
    private final SplitMixRandom[] crashRandom;
    /** Per broker, bumped when a non-durable crash wipes its memory of ids. */
    private final int[] memoryEpoch;
    private final BrokerEntries entries = new BrokerEntries();
    /** Per broker, deliveries awaiting their ack, in deadline order: (entry, generation, delivery). */
    private final DeadlineRing[] redeliveries;
    /** Per broker, whether its one redelivery timer is scheduled. */
    private final boolean[] timerScheduled;
    /** Times each message was stored by its broker: the store index of the next copy. */
    private final int[] storeCount;
    /** Per message, (memoryEpoch + 1) of its broker when stored; 0 if never. */
    private final int[] seenInEpoch;
    /** Per message, when its broker stored it; only kept when some broker's dedup window expires. */
    private final long[] storedAt;
    /**
     * Per message, while its only copy is still being written by a broker that acks after
     * persisting: the attempt the write's ack answers (the latest retry the idempotent broker
     * held back); 0 otherwise. Only kept under exactly-once where some broker persists slowly.
     */
    private final int[] ackAfterWrite;

    Brokers(Scenario scenario, Semantics semantics, Topology topology, long masterSeed, Engine engine,
            Journal journal, Network network) {
        super(engine, journal, network, topology);
        this.keepsUntilAcked = semantics.broker().keepsUntilAcked();
        this.dropsStoredRetries = semantics.broker().dropsStoredRetries();
        int n = topology.brokerCount;
        specs = scenario.brokers().toArray(new BrokerSpec[0]);
        consumers = new int[n][];
        nextConsumer = new int[n];
        down = new boolean[n];
        crashRandom = new SplitMixRandom[n];
        memoryEpoch = new int[n];
        redeliveries = new DeadlineRing[n];
        timerScheduled = new boolean[n];
        for (int b = 0; b < n; b++) {
            redeliveries[b] = new DeadlineRing();
            consumers[b] = specs[b].deliverTo().stream().mapToInt(topology::node).toArray();
            crashRandom[b] = new SplitMixRandom(Seeds.stream(masterSeed, "broker:" + specs[b].name() + ":crash"));
        }
        storeCount = n == 0 ? new int[0] : new int[topology.totalMessages];
        seenInEpoch = n == 0 || !dropsStoredRetries ? new int[0] : new int[topology.totalMessages];
        boolean windows = false;
        for (BrokerSpec spec : specs) {
            windows |= spec.dedupWindowNanos() > 0;
        }
        storedAt = dropsStoredRetries && windows ? new long[topology.totalMessages] : new long[0];
        boolean slowWrites = false;
        for (BrokerSpec spec : specs) {
            slowWrites |= spec.durable() && spec.persistTimeNanos() > 0 && spec.ack() == AckPoint.AFTER_PERSIST;
        }
        ackAfterWrite = dropsStoredRetries && slowWrites ? new int[topology.totalMessages] : new int[0];
    }

    /** Whether an idempotent broker remembers storing {@code m}: same memory, and within its window. */
    private boolean remembers(int b, int m, long now) {
        if (seenInEpoch[m] != memoryEpoch[b] + 1) {
            return false;
        }
        long window = specs[b].dedupWindowNanos();
        return window == 0 || now - storedAt[m] < window;
    }

    /** Schedules each crashing broker's first crash. */
    void start() {
        for (int b = 0; b < specs.length; b++) {
            scheduleCrash(b);
        }
    }

    private void scheduleCrash(int b) {
        BrokerCrashSpec crash = specs[b].crash();
        if (crash != null) {
            long gap = Math.max(1, DelaySampler.exponentialNanos(crash.everyNanos(), crashRandom[b].nextLong()));
            // Background: a crash that would come after all work is done never happens.
            backgroundTimer(gap, Events.CRASH, topology.brokerNode(b));
        }
    }

    @Override
    void handle(EventPool p, int slot, int kind, int node, int m, long now) {
        switch (kind) {
            case Packet.PUBLISH -> onPublish(node, m, p.a(slot), Packet.sender(p.e(slot)), journal.causeOf(slot), now);
            case Packet.CONSUMER_ACK -> onConsumerAck(node, m, p.a(slot), p.b(slot), p.c(slot),
                    Packet.sender(p.e(slot)), journal.causeOf(slot), now);
            case Events.REDELIVERY_TIMEOUT -> onRedeliveryTimeout(node, now);
            case Events.PERSISTED -> onPersisted(node, m, p.a(slot), p.b(slot), p.c(slot), p.d(slot),
                    journal.causeOf(slot), now);
            case Events.CRASH -> onCrash(node, now);
            case Events.RESTART -> onRestart(node, now);
            default -> throw unexpected(kind, node);
        }
    }

    /** A publish from producer {@code from} arrives; {@code sent} is its send's journal entry. */
    void onPublish(int node, int m, int attempt, int from, long sent, long now) {
        int b = topology.brokerIndex(node);
        if (down[b]) {
            journal.dropped(sent, now, from, node, Packet.PUBLISH, m, attempt, Reason.NODE_DOWN);
            return;
        }
        if (dropsStoredRetries && remembers(b, m, now)) {
            if (ackAfterWrite.length > 0 && ackAfterWrite[m] != 0) {
                // Its copy is not on disk yet: acking now would promise what a crash can still
                // take back. The write's ack answers this retry instead.
                ackAfterWrite[m] = attempt;
                journal.deduplicatedAtBroker(sent, now, node, m, attempt, true);
                return;
            }
            long dropped = journal.deduplicatedAtBroker(sent, now, node, m, attempt, false);
            ackPublish(dropped, node, from, m, attempt);
            return;
        }
        int store = ++storeCount[m];
        long stored = journal.stored(sent, now, node, m, attempt, store, specs[b].durable(),
                specs[b].persistTimeNanos());
        if (dropsStoredRetries) {
            seenInEpoch[m] = memoryEpoch[b] + 1;
            if (storedAt.length > 0) {
                storedAt[m] = now;
            }
        }
        if (!keepsUntilAcked) {
            // At-most-once: forward once, keep nothing, ack nobody.
            int consumer = pickConsumer(b);
            long delivered = journal.delivered(stored, now, node, consumer, m, 1);
            network.send(delivered, node, consumer, Packet.DELIVER, m, 1, Packet.NO_ENTRY, 0, store);
            return;
        }
        int e = entries.allocate(b, m, store, stored);
        BrokerSpec spec = specs[b];
        if (spec.durable() && spec.persistTimeNanos() > 0) {
            entries.setPersisted(e, false);
            if (spec.ack() == AckPoint.BEFORE_PERSIST) {
                ackPublish(stored, node, from, m, attempt);
            } else if (ackAfterWrite.length > 0) {
                ackAfterWrite[m] = attempt;
            }
            int slot = engine.schedule(spec.persistTimeNanos(), Events.PERSISTED, node, m, e, entries.generation(e),
                    attempt, from, 0, 0);
            journal.link(slot, stored);
            return;
        }
        ackPublish(stored, node, from, m, attempt);
        deliver(b, e, now);
    }

    /** Acks attempt {@code attempt} of message {@code m} to its producer, because of journal entry {@code cause}. */
    private void ackPublish(long cause, int node, int producer, int m, int attempt) {
        network.send(cause, node, producer, Packet.PUBLISH_ACK, m, attempt, Packet.NO_ENTRY, 0, 0);
    }

    /** Entry {@code e}'s write, started by journal entry {@code stored}, is on disk. */
    void onPersisted(int node, int m, int e, int gen, int attempt, int from, long stored, long now) {
        int b = topology.brokerIndex(node);
        if (!entries.isCurrent(e, gen)) {
            return; // lost in a crash before it reached the disk
        }
        entries.setPersisted(e, true);
        long persisted = journal.persisted(stored, now, node, m, attempt);
        if (specs[b].ack() == AckPoint.AFTER_PERSIST) {
            int answered = attempt;
            if (ackAfterWrite.length > 0) {
                answered = ackAfterWrite[m];
                ackAfterWrite[m] = 0;
            }
            ackPublish(persisted, node, from, m, answered);
        }
        deliver(b, e, now);
    }

    private int pickConsumer(int b) {
        int[] group = consumers[b];
        int c = group[nextConsumer[b]];
        nextConsumer[b] = (nextConsumer[b] + 1) % group.length;
        return c;
    }

    private void deliver(int b, int e, long now) {
        int node = topology.brokerNode(b);
        int m = entries.message(e);
        int delivery = entries.nextDelivery(e);
        int consumer = pickConsumer(b);
        int gen = entries.generation(e);
        long delivered = journal.delivered(entries.storedEntry(e), now, node, consumer, m, delivery);
        network.send(delivered, node, consumer, Packet.DELIVER, m, delivery, e, gen, entries.storeIndex(e));
        long timeout = specs[b].redeliveryTimeoutNanos();
        redeliveries[b].add(now + timeout, e, gen, delivery);
        if (!timerScheduled[b]) {
            scheduleTimer(b, timeout);
        }
    }

    private void scheduleTimer(int b, long delay) {
        timerScheduled[b] = true;
        timer(delay, Events.REDELIVERY_TIMEOUT, topology.brokerNode(b)); // it checks the broker's queue of deadlines
    }

    /**
     * The broker's timer fired: redeliver every delivery whose deadline has passed and that
     * is still unacked, drop the ones acked, lost or superseded meanwhile, and set the timer
     * for the next deadline. A broker that is down does nothing: it redelivers on restart.
     */
    void onRedeliveryTimeout(int node, long now) {
        int b = topology.brokerIndex(node);
        if (down[b]) {
            timerScheduled[b] = false;
            return;
        }
        DeadlineRing q = redeliveries[b];
        // Still "scheduled" while redelivering, so deliver() does not set a timer of its own.
        while (!q.isEmpty()) {
            int e = q.headFirst();
            boolean live = entries.isCurrent(e, q.headSecond()) && entries.deliveries(e) == q.headThird();
            if (live && q.headDue() > now) {
                break;
            }
            q.removeHead();
            if (live) {
                deliver(b, e, now); // appends its new deadline behind every earlier one
            }
        }
        timerScheduled[b] = false;
        if (!q.isEmpty()) {
            scheduleTimer(b, q.headDue() - now);
        }
    }

    /** A consumer's ack of delivery {@code delivery} arrives; {@code sent} is its send's journal entry. */
    void onConsumerAck(int node, int m, int delivery, int e, int gen, int from, long sent, long now) {
        int b = topology.brokerIndex(node);
        if (down[b]) {
            journal.dropped(sent, now, from, node, Packet.CONSUMER_ACK, m, delivery, Reason.NODE_DOWN);
            return;
        }
        if (entries.isCurrent(e, gen)) {
            journal.released(sent, now, node, m, delivery);
            entries.free(e);
        }
    }

    void onCrash(int node, long now) {
        int b = topology.brokerIndex(node);
        BrokerSpec spec = specs[b];
        down[b] = true;
        journal.crashed(0, now, node, Reason.BROKER_CRASH,
                spec.durable() ? "durable: stored messages survive" : "not durable: stored messages are lost");
        if (!spec.durable()) {
            memoryEpoch[b]++;
        }
        for (int e = 0; e < entries.highWater(); e++) {
            if (!entries.isLiveAt(e, b)) {
                continue;
            }
            int m = entries.message(e);
            if (!spec.durable()) {
                journal.lostInCrash(entries.storedEntry(e), now, node, m, entries.deliveries(e), Reason.NOT_DURABLE,
                        "held only in broker memory");
                entries.free(e);
            } else if (!entries.persisted(e)) {
                // Its id goes with it: an idempotent broker must accept the producer's retry.
                if (dropsStoredRetries) {
                    seenInEpoch[m] = 0;
                }
                if (ackAfterWrite.length > 0) {
                    ackAfterWrite[m] = 0;
                }
                journal.lostInCrash(entries.storedEntry(e), now, node, m, entries.deliveries(e),
                        Reason.NOT_YET_PERSISTED, "still being written to disk");
                entries.free(e);
            }
        }
        // RESTART is foreground: a broker holding messages must come back to deliver them.
        timer(spec.crash().downForNanos(), Events.RESTART, node);
    }

    void onRestart(int node, long now) {
        int b = topology.brokerIndex(node);
        down[b] = false;
        journal.restarted(now, node);
        for (int e = 0; e < entries.highWater(); e++) {
            if (entries.isLiveAt(e, b)) {
                deliver(b, e, now); // deliveries made before the crash may never be acked: start over
            }
        }
        scheduleCrash(b);
    }
}
