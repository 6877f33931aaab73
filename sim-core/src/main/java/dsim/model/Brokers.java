package dsim.model;

import dsim.engine.Engine;
import dsim.engine.EventPool;
import dsim.journal.Reason;
import dsim.random.Seeds;
import dsim.random.SplitMixRandom;
import dsim.spec.AckPoint;
import dsim.spec.TimedCrashSpec;
import dsim.spec.BrokerSpec;
import dsim.spec.Scenario;
import dsim.spec.ScriptedFault;
import dsim.spec.Semantics;

/**
 * Brokers: store published messages and hand each to one of their consumers in turn.
 * Under at-most-once a queue forwards once and keeps nothing. Otherwise it acks the
 * producer after storing, keeps the message until a consumer acks it, and redelivers
 * after the redelivery timeout; under exactly-once it also drops a publish of a message
 * it already stored (the idempotent producer). A log stores alike but hands its messages
 * out by partition and offset, under every semantics ({@link Partitions}). A crash drops
 * what arrives while down and, unless durable, loses every message it held and its memory of ids.
 */
final class Brokers extends NodeGroup implements Sessions {

    private final boolean keepsUntilAcked;
    /** Per broker, whether it drops a producer's retry of a message it stored: under exactly-once, or by its platform. */
    private final boolean[] dropsStoredRetries;
    private final BrokerSpec[] specs;
    private final int[][] consumers;
    /**
     * Per broker: its consumers' nodes and places in deliver-to, as {@code node << 32 | place},
     * in ascending order, so a consumer's place is a binary search, not a scan of the list: at
     * 10,000 consumers a log looks it up on every record.
     */
    private final long[][] placeByNode;
    private final int[] nextConsumer;
    /**
     * Per broker and consumer (by its place k in deliver-to), side by side at {@code FLOW * k}, as
     * each hand-out reads them together (at 10,000 consumers one cache line, not three): the
     * deliveries handed out, neither acked nor timed out; how many the consumer takes at most (its
     * prefetch); and 1 while the broker knows its connection is gone (it requeues).
     */
    private final int[][] flow;
    private static final int FLOW = 4;
    private static final int IN_FLIGHT = 0;
    private static final int ROOM = 1;
    private static final int DISCONNECTED = 2;
    /** Per broker: stored messages waiting for a consumer with room, as (entry, generation); oldest first. */
    private final RowQueue[] backlog;
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
    /** The logs' partitions and groups. */
    private final Partitions partitions;
    private final boolean[] isLog;
    private final Script script;
    /** Per broker: whether it is down by a scripted crash, after which no random crash is scheduled. */
    private boolean[] scriptedDown;

    Brokers(Scenario scenario, Semantics semantics, Topology topology, long masterSeed, Engine engine,
            Journal journal, Network network, Messages messages, Script script) {
        super(engine, journal, network, topology);
        this.script = script;
        this.keepsUntilAcked = semantics.broker().keepsUntilAcked();
        int n = topology.brokerCount;
        specs = scenario.brokers().toArray(new BrokerSpec[0]);
        dropsStoredRetries = new boolean[n];
        boolean anyDrops = false;
        for (int b = 0; b < n; b++) {
            dropsStoredRetries[b] = semantics.broker().dropsStoredRetries()
                    || specs[b].idempotent() && semantics.producer().resends();
            anyDrops |= dropsStoredRetries[b];
        }
        consumers = new int[n][];
        placeByNode = new long[n][];
        nextConsumer = new int[n];
        flow = new int[n][];
        backlog = new RowQueue[n];
        down = new boolean[n];
        crashRandom = new SplitMixRandom[n];
        memoryEpoch = new int[n];
        redeliveries = new DeadlineRing[n];
        timerScheduled = new boolean[n];
        for (int b = 0; b < n; b++) {
            redeliveries[b] = new DeadlineRing();
            consumers[b] = specs[b].deliverTo().stream().mapToInt(topology::node).toArray();
            placeByNode[b] = new long[consumers[b].length];
            for (int k = 0; k < consumers[b].length; k++) {
                placeByNode[b][k] = (long) consumers[b][k] << 32 | k;
            }
            java.util.Arrays.sort(placeByNode[b]);
            flow[b] = new int[FLOW * consumers[b].length];
            for (int k = 0; k < consumers[b].length; k++) {
                flow[b][FLOW * k + ROOM] = scenario.consumers().get(topology.consumerIndex(consumers[b][k])).prefetch();
            }
            backlog[b] = new RowQueue(2, 0);
            crashRandom[b] = new SplitMixRandom(Seeds.stream(masterSeed, "broker:", specs[b].name(), ":crash"));
        }
        storeCount = n == 0 ? new int[0] : new int[topology.totalMessages];
        seenInEpoch = n == 0 || !anyDrops ? new int[0] : new int[topology.totalMessages];
        boolean windows = false;
        boolean slowWrites = false;
        for (int b = 0; b < n; b++) {
            windows |= dropsStoredRetries[b] && specs[b].dedupWindowNanos() > 0;
            slowWrites |= dropsStoredRetries[b] && specs[b].writesTakeTime() && specs[b].ack() == AckPoint.AFTER_PERSIST;
        }
        storedAt = windows ? new long[topology.totalMessages] : new long[0];
        ackAfterWrite = slowWrites ? new int[topology.totalMessages] : new int[0];
        isLog = topology.isLog;
        partitions = new Partitions(scenario, topology, engine, journal, network, messages, entries, consumers);
    }

    /** Whether an idempotent broker remembers storing {@code m}: same memory, and within its window. */
    private boolean remembers(int b, int m, long now) {
        if (seenInEpoch[m] != memoryEpoch[b] + 1) {
            return false;
        }
        long window = specs[b].dedupWindowNanos();
        if (window == 0 || now - storedAt[m] < window) {
            return true;
        }
        script.coverage.fire(Coverage.DEDUP_EXPIRED, topology.brokerNode(b), 0, m);
        return false;
    }

    /** Schedules each crashing broker's first crash, and gives each log's partitions to their consumers. */
    void start() {
        for (int b = 0; b < specs.length; b++) {
            scheduleCrash(b);
        }
        partitions.start(engine.now());
    }

    private void scheduleCrash(int b) {
        TimedCrashSpec crash = specs[b].crash();
        if (crash != null && script.random().crashes()) {
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
            case Events.CRASH -> onCrash(node, now, p.a(slot));
            case Events.RESTART -> onRestart(node, now);
            case Events.RESEND -> partitions.onResend(p.a(slot), p.b(slot), now);
            case Events.SESSION_EXPIRED -> partitions.onSessionExpired(topology.brokerIndex(node), p.a(slot),
                    p.b(slot), journal.causeOf(slot), now);
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
        if (dropsStoredRetries[b] && remembers(b, m, now)) {
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
        long write = writeNanos(specs[b], now);
        long stored = journal.stored(sent, now, node, m, attempt, store, specs[b].durable(), write);
        if (dropsStoredRetries[b]) {
            seenInEpoch[m] = memoryEpoch[b] + 1;
            if (storedAt.length > 0) {
                storedAt[m] = now;
            }
        }
        if (!keepsUntilAcked && !isLog[b]) {
            // At-most-once: forward once, keep nothing, ack nobody.
            int consumer = nextInTurn(b);
            long delivered = journal.delivered(stored, now, node, consumer, m, 1, store);
            network.send(delivered, node, consumer, Packet.DELIVER, m, 1, Packet.NO_ENTRY, 0, store);
            return;
        }
        int e = entries.allocate(b, m, store, stored);
        BrokerSpec spec = specs[b];
        if (write > 0) {
            entries.setPersisted(e, false);
            if (spec.ack() == AckPoint.BEFORE_PERSIST) {
                ackPublish(stored, node, from, m, attempt);
            } else if (ackAfterWrite.length > 0 && dropsStoredRetries[b]) {
                ackAfterWrite[m] = attempt;
            }
            int slot = engine.schedule(write, Events.PERSISTED, node, m, e, entries.generation(e),
                    attempt, from, 0, 0);
            journal.link(slot, stored);
            if (readsBeforeSync(spec)) {
                deliver(b, e, now);
            }
            return;
        }
        ackPublish(stored, node, from, m, attempt);
        deliver(b, e, now);
    }

    /**
     * How long a message stored now takes to reach the disk: 0 unless durable; its own write's
     * time; or, with periodic syncs, until the next one (syncs fall on multiples of the interval).
     */
    private static long writeNanos(BrokerSpec spec, long now) {
        if (!spec.durable()) {
            return 0;
        }
        long every = spec.syncIntervalNanos();
        return every > 0 ? (now / every + 1) * every - now : spec.persistTimeNanos();
    }

    /** Acks attempt {@code attempt} of message {@code m} to its producer, because of journal entry {@code cause}. */
    private void ackPublish(long cause, int node, int producer, int m, int attempt) {
        if (!keepsUntilAcked) {
            return; // at-most-once: a log keeps what it stores, but its producer waits for nobody
        }
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
            if (ackAfterWrite.length > 0 && dropsStoredRetries[b]) {
                answered = ackAfterWrite[m];
                ackAfterWrite[m] = 0;
            }
            ackPublish(persisted, node, from, m, answered);
        }
        if (!readsBeforeSync(specs[b])) {
            deliver(b, e, now);
        }
    }

    /**
     * Whether consumers read a write before it is synced: a broker that syncs every so long
     * and acks before the sync serves readers from memory (the page cache), as Redis and
     * JetStream do. One that acks after the write delivers after it too, so that no consumer's
     * ack can free what the producer's ack still waits for.
     */
    private static boolean readsBeforeSync(BrokerSpec spec) {
        return spec.syncIntervalNanos() > 0 && spec.ack() == AckPoint.BEFORE_PERSIST;
    }

    /** The next consumer in turn, whatever it holds: an at-most-once broker forwards at once. */
    private int nextInTurn(int b) {
        int[] group = consumers[b];
        int c = group[nextConsumer[b]];
        nextConsumer[b] = (nextConsumer[b] + 1) % group.length;
        return c;
    }

    /** The place in deliver-to of the next consumer in turn with room for a delivery, or -1 if all are full. */
    private int nextWithRoom(int b) {
        int n = consumers[b].length;
        int[] f = flow[b];
        for (int i = 0; i < n; i++) {
            int k = (nextConsumer[b] + i) % n;
            if (f[FLOW * k + IN_FLIGHT] < f[FLOW * k + ROOM] && f[FLOW * k + DISCONNECTED] == 0) {
                nextConsumer[b] = (k + 1) % n;
                return k;
            }
        }
        return -1;
    }

    /**
     * Hands entry {@code e} to a consumer with room, or, if none has any or others wait, puts it
     * behind the backlog; a log appends it to its partition instead.
     */
    private void deliver(int b, int e, long now) {
        if (isLog[b]) {
            partitions.append(b, e, now);
            return;
        }
        int k = backlog[b].isEmpty() ? nextWithRoom(b) : -1;
        if (k < 0) {
            wait(b, e, false);
            deliverWaiting(b, now);
            return;
        }
        handOut(b, e, k, now);
    }

    /** Entry {@code e} waits at broker {@code b} for a consumer with room: at the back, or at the front if it waited before. */
    private void wait(int b, int e, boolean first) {
        RowQueue q = backlog[b];
        int row = first ? q.pushFront() : q.pushBack();
        q.setInt(row, 0, e);
        q.setInt(row, 1, entries.generation(e));
    }

    /** Hands waiting messages, oldest first, to consumers with room, until none has room or none waits. */
    private void deliverWaiting(int b, long now) {
        RowQueue q = backlog[b];
        while (!q.isEmpty()) {
            int e = q.getInt(q.front(), 0);
            int gen = q.getInt(q.front(), 1);
            if (!entries.isCurrent(e, gen)) {
                q.popFront(); // released or lost meanwhile
                continue;
            }
            int k = nextWithRoom(b);
            if (k < 0) {
                journal.backlog(q.size()); // these wait: no consumer has room
                return;
            }
            q.popFront();
            handOut(b, e, k, now);
        }
    }

    /**
     * Hands entry {@code e} to consumer place {@code k}, or, if it was delivered its maximum
     * number of times already without an ack, moves it to the dead-letter queue instead.
     */
    private void handOut(int b, int e, int k, long now) {
        int node = topology.brokerNode(b);
        int m = entries.message(e);
        int most = specs[b].maxDeliveries();
        if (most > 0 && entries.deliveries(e) >= most) {
            journal.outOfDeliveries(entries.storedEntry(e), now, node, m, entries.deliveries(e),
                    specs[b].deadLetterQueue());
            entries.free(e);
            return;
        }
        int delivery = entries.nextDelivery(e);
        int consumer = consumers[b][k];
        int gen = entries.generation(e);
        flow[b][FLOW * k + IN_FLIGHT]++;
        entries.setHolder(e, k);
        long delivered = journal.delivered(entries.storedEntry(e), now, node, consumer, m, delivery,
                entries.storeIndex(e));
        network.send(delivered, node, consumer, Packet.DELIVER, m, delivery, e, gen, entries.storeIndex(e));
        if (network.lastSendDropped()) {
            returned(b, e); // the consumer never gets it and asks for another; it comes back after the timeout
        }
        long timeout = specs[b].redeliveryTimeoutNanos();
        redeliveries[b].add(now + timeout, e, gen, delivery);
        if (!timerScheduled[b]) {
            scheduleTimer(b, timeout);
        }
    }

    @Override
    public void done(int broker, int consumer, int e, int gen, long now) {
        int b = topology.brokerIndex(broker);
        if (isLog[b]) {
            partitions.done(b, place(b, consumer), e, gen, now);
            return;
        }
        if (down[b] || !entries.isCurrent(e, gen) || entries.holder(e) < 0
                || consumers[b][entries.holder(e)] != consumer) {
            return; // its delivery timed out and was handed on, or the broker forgot it in a crash
        }
        returned(b, e);
        deliverWaiting(b, now);
    }

    @Override
    public void crashed(int consumer, long now, long crash) {
        for (int b = 0; b < consumers.length; b++) {
            int k = place(b, consumer);
            if (isLog[b] && k >= 0) {
                partitions.memberDown(b, k, now, crash);
            } else if (k >= 0 && specs[b].requeueOnCrash() && !down[b]) {
                requeue(b, k, now);
            }
        }
    }

    /**
     * Consumer place {@code k}'s connection closed: what it held goes back to the front of the
     * line, and nothing more goes to it until it rejoins.
     */
    private void requeue(int b, int k, long now) {
        flow[b][FLOW * k + DISCONNECTED] = 1;
        int[] held = new int[Math.max(1, flow[b][FLOW * k + IN_FLIGHT])];
        int n = 0;
        for (int e = 0; e < entries.highWater(); e++) {
            if (entries.isLiveAt(e, b) && entries.holder(e) == k) {
                if (n == held.length) {
                    held = java.util.Arrays.copyOf(held, 2 * n);
                }
                held[n++] = e;
            }
        }
        // Pushed to the front last first, so the line starts with them in the order found.
        for (int i = n - 1; i >= 0; i--) {
            returned(b, held[i]);
            wait(b, held[i], true);
        }
        deliverWaiting(b, now);
    }

    @Override
    public void commitBeforeProcessing(int broker, int consumer, int e, int gen, int m, int delivery, long cause,
                                       long now) {
        int b = topology.brokerIndex(broker);
        partitions.commit(b, place(b, consumer), e, gen, m, delivery, cause, now);
    }

    @Override
    public boolean current(int broker, int consumer, int e, int gen, int delivery) {
        int b = topology.brokerIndex(broker);
        return !isLog[b] || partitions.current(place(b, consumer), e, gen, delivery);
    }

    @Override
    public int partitionOf(int broker, int e, int gen) {
        return entries.isCurrent(e, gen) ? partitions.partitionOf(e) : -1;
    }

    /** The place of consumer node {@code consumer} in broker {@code b}'s deliver-to list, or -1. */
    private int place(int b, int consumer) {
        long[] byNode = placeByNode[b];
        int i = java.util.Arrays.binarySearch(byNode, (long) consumer << 32);
        i = i >= 0 ? i : -i - 1; // the first of the consumer's entries, if it has any
        return i < byNode.length && (int) (byNode[i] >>> 32) == consumer ? (int) byNode[i] : -1;
    }

    @Override
    public void rejoined(int consumer, long now, long restart) {
        for (int b = 0; b < consumers.length; b++) {
            if (isLog[b]) {
                int k = place(b, consumer);
                if (k >= 0) {
                    partitions.memberUp(b, k, now, restart);
                }
                continue;
            }
            for (int k = 0; k < consumers[b].length; k++) {
                if (consumers[b][k] != consumer) {
                    continue;
                }
                flow[b][FLOW * k + DISCONNECTED] = 0;
                if (down[b]) {
                    continue;
                }
                flow[b][FLOW * k + IN_FLIGHT] = 0;
                for (int e = 0; e < entries.highWater(); e++) {
                    if (entries.isLiveAt(e, b) && entries.holder(e) == k) {
                        entries.setHolder(e, -1); // still timed out and redelivered, but no longer held back
                    }
                }
                deliverWaiting(b, now);
            }
        }
    }

    /** Entry {@code e}'s delivery is over (acked or timed out): its consumer has room again. */
    private void returned(int b, int e) {
        int k = entries.holder(e);
        if (k >= 0) {
            flow[b][FLOW * k + IN_FLIGHT]--;
            entries.setHolder(e, -1);
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
                // Timed out: its consumer gets the room back, and it goes first among those waiting.
                returned(b, e);
                wait(b, e, true);
                deliverWaiting(b, now); // appends new deadlines behind every earlier one
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
        if (isLog[b]) {
            partitions.commit(b, place(b, from), e, gen, m, delivery, sent, now);
            return;
        }
        if (entries.isCurrent(e, gen)) {
            journal.released(sent, now, node, m, delivery);
            returned(b, e);
            entries.free(e);
            deliverWaiting(b, now);
        }
    }

    /** Broker {@code node} crashes: at random ({@code scripted} 0), or as fault {@code scripted - 1} of the script says. */
    void onCrash(int node, long now, int scripted) {
        int b = topology.brokerIndex(node);
        BrokerSpec spec = specs[b];
        if (down[b]) {
            if (scripted == 0) {
                scheduleCrash(b); // a scripted crash holds it down: the random ones go on after
            }
            return;
        }
        long downFor = script.timedCrash(node, now, scripted, Script.own(spec.crash()));
        if (scriptedDown == null) {
            scriptedDown = new boolean[specs.length];
        }
        scriptedDown[b] = scripted > 0;
        down[b] = true;
        journal.crashed(0, now, node, Reason.BROKER_CRASH,
                !spec.durable() ? "not durable: stored messages are lost" : spec.syncIntervalNanos() > 0
                        ? "durable: what was synced to disk survives" : "durable: stored messages survive");
        if (!spec.durable()) {
            memoryEpoch[b]++;
        }
        if (isLog[b]) {
            partitions.crashed(b, spec.durable(), now); // a log that is not durable loses all it holds here
        }
        // It forgets what it handed out and what waited: on restart it hands out all it still holds.
        backlog[b].clear();
        for (int k = 0; k < consumers[b].length; k++) {
            flow[b][FLOW * k + IN_FLIGHT] = 0;
        }
        for (int e = 0; e < entries.highWater(); e++) {
            if (!entries.isLiveAt(e, b)) {
                continue;
            }
            int m = entries.message(e);
            if (isLog[b] && entries.persisted(e)) {
                continue; // in the log: it survives, or the log already lost it
            }
            entries.setHolder(e, -1);
            if (!spec.durable()) {
                journal.lostInCrash(entries.storedEntry(e), now, node, m, entries.deliveries(e), Reason.NOT_DURABLE,
                        "held only in broker memory");
                entries.free(e);
            } else if (!entries.persisted(e)) {
                // Its id goes with it: an idempotent broker must accept the producer's retry.
                if (dropsStoredRetries[b]) {
                    seenInEpoch[m] = 0;
                }
                if (ackAfterWrite.length > 0) {
                    ackAfterWrite[m] = 0;
                }
                boolean synced = spec.syncIntervalNanos() > 0;
                journal.lostInCrash(entries.storedEntry(e), now, node, m, entries.deliveries(e),
                        synced ? Reason.NOT_YET_SYNCED : Reason.NOT_YET_PERSISTED,
                        synced ? "not yet synced to disk" : "still being written to disk");
                entries.free(e);
            }
        }
        // RESTART is foreground: a broker holding messages must come back to deliver them.
        timer(downFor, Events.RESTART, node);
    }

    void onRestart(int node, long now) {
        int b = topology.brokerIndex(node);
        down[b] = false;
        journal.restarted(now, node);
        boolean randomDown = !scriptedDown[b];
        if (isLog[b]) {
            partitions.restarted(b, now);
            if (randomDown) {
                scheduleCrash(b);
            }
            return;
        }
        for (int e = 0; e < entries.highWater(); e++) {
            if (entries.isLiveAt(e, b)) {
                deliver(b, e, now); // deliveries made before the crash may never be acked: start over
            }
        }
        if (randomDown) {
            scheduleCrash(b);
        }
    }
}
