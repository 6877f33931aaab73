package dsim.model;

import dsim.engine.Engine;
import dsim.journal.Reason;
import dsim.spec.BrokerSpec;
import dsim.spec.Scenario;

import java.util.Arrays;

/**
 * The partitions of every log among the brokers, numbered across all logs, and the consumer
 * group that reads each log: Kafka's model.
 *
 * <p>A stored message is appended to the partition its key hashes to and gets the next offset.
 * Each partition is read by one consumer of the group, its owner, in offset order over one
 * connection: the log sends records ahead up to the consumer's prefetch. A record its link
 * loses is sent again after the connection's retransmission timeout, as TCP does: 200 ms,
 * doubling while the link keeps losing it, up to two minutes; the records behind it wait. The
 * owner commits an offset (see {@code Consumers}); the log keeps every record from the
 * committed offset on, and forgets those before it.
 *
 * <p>Partition {@code p} of a log prefers consumer {@code p mod n} of its {@code n}. When a
 * consumer crashes its partitions stand still: only when its session expires
 * ({@code session-timeout} after the crash) do they move, each to its preferred consumer if
 * that one is up, else to the next one up in the list, which reads on from the committed
 * offset: what the crashed consumer processed after its last commit is processed again. A
 * consumer that restarts rejoins at once and gets back the partitions it prefers: their owner
 * finishes what it was sent, commits what it processed (Kafka commits on revocation), and lets
 * go. A partition nobody can take waits for the first consumer to come back.
 */
final class Partitions {

    private final Engine engine;
    private final Journal journal;
    private final Network network;
    private final Topology topology;
    private final Messages messages;
    private final BrokerEntries entries;
    /** Per broker: its first partition (numbered across logs), and how many it has; 0 for a queue. */
    private final int[] base;
    private final int[] count;
    /** Per broker and place in deliver-to: the consumer's node. */
    private final int[][] consumers;
    /** Per broker and place: the consumer's prefetch, and how many records it holds that it is not done with. */
    private final int[][] room;
    private final int[][] held;
    /** Per broker and place: whether the consumer is up (a member of the group), and its crashes so far. */
    private final boolean[][] up;
    private final int[][] crashes;
    /** Per broker and place: the partition after the last one pumped, so partitions share the consumer's room. */
    private final int[][] rotation;
    /**
     * Per broker and place: the partitions (numbered within their log) the consumer owns that
     * have records it was not sent yet. A consumer done with a record looks for the next one in
     * these only, not in the whole log: at 10,000 partitions that scan was most of a run.
     */
    private final SortedInts[][] unsent;
    /** A connection's first retransmission timeout (Linux's minimum RTO) and its longest (TCP's cap). */
    static final long FIRST_RESEND_NANOS = 200_000_000L;
    static final long LONGEST_RESEND_NANOS = 120_000_000_000L;
    private final long[] sessionTimeout;
    private final boolean[] brokerDown;

    /** Per partition: its broker, the records it holds (broker entries) by offset, and its offsets. */
    private final int[] brokerOf;
    private final IntLog[] log;
    private final long[] committed;
    private final long[] nextSend;
    /** The offset after the last record its owner reported done: what it commits when it lets go. */
    private final long[] processedUpTo;
    /** Its owner (a place in deliver-to, -1 for none), and whether the owner crashed with its session still open. */
    private final int[] owner;
    private final boolean[] ownerGone;
    /** The owner's crash number when it crashed holding the partition: the session expiry that frees it. */
    private final int[] goneAfter;
    /** The place it moves to once its owner finishes what it was sent; -1 if it stays. */
    private final int[] revokeTo;
    private final long[] revokeCause;
    /** Records sent to the owner that it is not done with. */
    private final int[] inFlight;
    /** Whether a lost record stopped it until its resend, which stop (a stale resend names an older one), and
     * how many times running its link lost the record it resends (each doubles the wait). */
    private final boolean[] stalled;
    private final int[] stops;
    private final int[] lostInARow;
    /** The journal entry that made it send records again: an assignment, or the send its link lost. */
    private final long[] rewoundBy;

    /** Per broker entry in a log: its partition and offset. */
    private int[] partitionOfEntry = new int[64];
    private long[] offsetOfEntry = new long[64];

    Partitions(Scenario scenario, Topology topology, Engine engine, Journal journal, Network network,
               Messages messages, BrokerEntries entries, int[][] consumers) {
        this.engine = engine;
        this.journal = journal;
        this.network = network;
        this.topology = topology;
        this.messages = messages;
        this.entries = entries;
        this.consumers = consumers;
        int brokers = topology.brokerCount;
        base = new int[brokers];
        count = new int[brokers];
        room = new int[brokers][];
        held = new int[brokers][];
        up = new boolean[brokers][];
        crashes = new int[brokers][];
        rotation = new int[brokers][];
        unsent = new SortedInts[brokers][];
        sessionTimeout = new long[brokers];
        brokerDown = new boolean[brokers];
        int total = 0;
        for (int b = 0; b < brokers; b++) {
            BrokerSpec spec = scenario.brokers().get(b);
            base[b] = total;
            int n = consumers[b].length;
            room[b] = new int[n];
            held[b] = new int[n];
            up[b] = new boolean[n];
            crashes[b] = new int[n];
            rotation[b] = new int[n];
            unsent[b] = new SortedInts[n];
            if (!spec.isLog()) {
                continue;
            }
            count[b] = spec.partitionCount();
            total += count[b];
            sessionTimeout[b] = spec.sessionTimeoutNanos();
            for (int k = 0; k < n; k++) {
                unsent[b][k] = new SortedInts();
                room[b][k] = scenario.consumers().get(topology.consumerIndex(consumers[b][k])).prefetch();
                up[b][k] = true;
            }
        }
        brokerOf = new int[total];
        log = new IntLog[total];
        committed = new long[total];
        nextSend = new long[total];
        processedUpTo = new long[total];
        owner = new int[total];
        ownerGone = new boolean[total];
        goneAfter = new int[total];
        revokeTo = new int[total];
        revokeCause = new long[total];
        inFlight = new int[total];
        stalled = new boolean[total];
        stops = new int[total];
        lostInARow = new int[total];
        rewoundBy = new long[total];
        for (int b = 0; b < brokers; b++) {
            for (int p = base[b]; p < base[b] + count[b]; p++) {
                brokerOf[p] = b;
                log[p] = new IntLog();
                owner[p] = -1;
                revokeTo[p] = -1;
            }
        }
    }

    /** Gives every partition to its preferred consumer, at offset 0. */
    void start(long now) {
        for (int b = 0; b < count.length; b++) {
            rebalance(b, now, 0);
        }
    }

    /** The partition, numbered across logs, of entry {@code e} of a log. */
    int partitionOf(int e) {
        return partitionOfEntry[e];
    }

    /** Appends entry {@code e} of log {@code b} to the partition its message's key hashes to. */
    void append(int b, int e, long now) {
        int p = base[b] + (int) Math.floorMod(messages.key(entries.message(e)), (long) count[b]);
        if (e >= partitionOfEntry.length) {
            int n = Math.max(e + 1, partitionOfEntry.length * 2);
            partitionOfEntry = Arrays.copyOf(partitionOfEntry, n);
            offsetOfEntry = Arrays.copyOf(offsetOfEntry, n);
        }
        partitionOfEntry[e] = p;
        offsetOfEntry[e] = log[p].end();
        log[p].append(e);
        track(p);
        pump(p, now);
        journal.backlog(log[p].end() - nextSend[p]); // what its consumer has no room for, or nobody reads
    }

    /** Whether partition {@code p} may send its owner another record now. */
    private boolean canSend(int p) {
        int b = brokerOf[p];
        int k = owner[p];
        return k >= 0 && !ownerGone[p] && revokeTo[p] < 0 && !stalled[p] && !brokerDown[b]
                && nextSend[p] < log[p].end() && held[b][k] < room[b][k];
    }

    /** Keeps partition {@code p} among its owner's {@link #unsent} partitions while it has records to send it. */
    private void track(int p) {
        int k = owner[p];
        if (k < 0) {
            return;
        }
        int b = brokerOf[p];
        if (nextSend[p] < log[p].end()) {
            unsent[b][k].add(p - base[b]);
        } else {
            unsent[b][k].remove(p - base[b]);
        }
    }

    /** Sends partition {@code p}'s owner the records it may have, in offset order. */
    private void pump(int p, long now) {
        while (canSend(p)) {
            sendNext(p, now);
        }
    }

    /**
     * Shares consumer {@code k}'s room among its partitions of log {@code b}, one record each in
     * turn. Each pass looks at the log's partitions from the rotation on, in order, as many as
     * the log has, and sends from those the consumer owns; it goes straight from one of those
     * with records to send to the next, as the others would be passed over.
     */
    private void pumpConsumer(int b, int k, long now) {
        int n = count[b];
        SortedInts mine = unsent[b][k];
        boolean sent = true;
        while (sent && held[b][k] < room[b][k]) {
            sent = false;
            int i = 0; // how far along the pass is: it looks at partition (rotation + i) mod n
            int at = rotation[b][k];
            int j = mine.indexAtOrAfter(at); // the consumer's first partition from there on, if any
            while (held[b][k] < room[b][k] && mine.size() > 0) {
                int next;
                if (j < mine.size()) {
                    next = mine.get(j);
                    i += next - at;
                } else {
                    j = 0;
                    next = mine.get(0);
                    i += next + n - at;
                }
                if (i >= n) {
                    break;
                }
                i++;
                if (canSend(base[b] + next)) {
                    sendNext(base[b] + next, now); // may take the partition out of the set
                    rotation[b][k] = (next + 1) % n;
                    sent = true;
                    at = (rotation[b][k] + i) % n;
                    j = mine.indexAtOrAfter(at);
                } else {
                    at = (next + 1) % n; // the set is as it was: its next value is the next partition
                    j = at == 0 ? 0 : j + 1;
                }
            }
        }
    }

    private void sendNext(int p, long now) {
        int b = brokerOf[p];
        int k = owner[p];
        int e = log[p].at(nextSend[p]);
        int m = entries.message(e);
        int delivery = entries.nextDelivery(e);
        int node = topology.brokerNode(b);
        long cause = delivery > 1 ? rewoundBy[p] : entries.storedEntry(e);
        long delivered = journal.delivered(cause, now, node, consumers[b][k], m, delivery, entries.storeIndex(e));
        long sent = network.stream(delivered, node, consumers[b][k], Packet.DELIVER, m, delivery, e,
                entries.generation(e), entries.storeIndex(e));
        if (network.lastSendDropped()) {
            // The connection resends it after its retransmission timeout; what follows waits behind it.
            stalled[p] = true;
            rewoundBy[p] = sent;
            long wait = Math.min(LONGEST_RESEND_NANOS, FIRST_RESEND_NANOS << Math.min(lostInARow[p]++, 20));
            engine.schedule(wait, Events.RESEND, node, Events.NO_MESSAGE, p, ++stops[p], 0, 0, 0, 0);
            return;
        }
        lostInARow[p] = 0;
        entries.setHolder(e, k);
        nextSend[p]++;
        track(p);
        inFlight[p]++;
        held[b][k]++;
    }

    /** The retransmission timeout of a lost record passed: the partition sends again from that record. */
    void onResend(int p, int stop, long now) {
        if (stalled[p] && stops[p] == stop) {
            stalled[p] = false;
            pump(p, now);
        }
    }

    /** Consumer {@code k} of log {@code b} is done with entry {@code e}: it has room for the next. */
    void done(int b, int k, int e, int gen, long now) {
        if (!entries.isCurrent(e, gen) || entries.holder(e) != k) {
            return; // the consumer crashed since it was sent, or the log lost it
        }
        int p = partitionOfEntry[e];
        entries.setHolder(e, -1);
        inFlight[p]--;
        held[b][k]--;
        processedUpTo[p] = Math.max(processedUpTo[p], offsetOfEntry[e] + 1);
        trim(p);
        if (revokeTo[p] >= 0 && inFlight[p] == 0) {
            handOver(p, now);
        }
        pumpConsumer(b, k, now);
    }

    /**
     * Consumer {@code k}'s commit of entry {@code e} (message {@code m}, delivery {@code delivery})
     * reached log {@code b}: its partition is committed up to the record after it. A commit from
     * a consumer that no longer owns the partition is refused, as Kafka refuses one from an
     * earlier generation of the group.
     */
    void commit(int b, int k, int e, int gen, int m, int delivery, long sent, long now) {
        if (!entries.isCurrent(e, gen)) {
            return; // already committed past it, or lost in a crash
        }
        int p = partitionOfEntry[e];
        long offset = offsetOfEntry[e] + 1;
        if (owner[p] != k || offset <= committed[p]) {
            return;
        }
        committed[p] = offset;
        journal.committed(sent, now, topology.brokerNode(b), consumers[b][k], m, delivery, p - base[b], offset);
        trim(p);
    }

    /** Forgets the records before the committed offset that no consumer still holds. */
    private void trim(int p) {
        IntLog l = log[p];
        while (l.start() < committed[p] && !l.isEmpty()) {
            int e = l.at(l.start());
            if (entries.holder(e) >= 0) {
                return; // sent and not yet done: its consumer will say so
            }
            entries.free(e);
            l.trimFirst();
        }
    }

    /** Consumer {@code k} of log {@code b} crashed: its partitions stand still until its session expires. */
    void memberDown(int b, int k, long now, long crash) {
        up[b][k] = false;
        held[b][k] = 0;
        int serial = ++crashes[b][k];
        for (int p = base[b]; p < base[b] + count[b]; p++) {
            if (revokeTo[p] == k) {
                revokeTo[p] = -1; // it was to take this one over: the owner keeps it
                pump(p, now);
            }
            if (owner[p] != k || ownerGone[p]) {
                continue; // another's, or still held by the session of its crash before this one
            }
            ownerGone[p] = true;
            goneAfter[p] = serial;
            revokeTo[p] = -1;
            inFlight[p] = 0;
            for (long o = log[p].start(); o < nextSend[p]; o++) {
                int e = log[p].at(o);
                if (entries.holder(e) == k) {
                    entries.setHolder(e, -1);
                }
            }
            trim(p);
        }
        int slot = engine.schedule(sessionTimeout[b], Events.SESSION_EXPIRED, topology.brokerNode(b),
                Events.NO_MESSAGE, k, serial, 0, 0, 0, 0);
        journal.link(slot, crash);
    }

    /** The session consumer {@code k} had before its crash number {@code serial} expired: its partitions move. */
    void onSessionExpired(int b, int k, int serial, long crash, long now) {
        for (int p = base[b]; p < base[b] + count[b]; p++) {
            if (owner[p] == k && ownerGone[p] && goneAfter[p] == serial) {
                unsent[b][k].remove(p - base[b]);
                owner[p] = -1;
                ownerGone[p] = false;
            }
        }
        rebalance(b, now, crash);
    }

    /** Consumer {@code k} of log {@code b} restarted and rejoins the group. */
    void memberUp(int b, int k, long now, long restart) {
        up[b][k] = true;
        held[b][k] = 0;
        rebalance(b, now, restart);
    }

    /**
     * Gives each partition of log {@code b} whose owner's session is not pending to the consumer
     * it should have: a free one at once, a taken one once its owner is done with what it was sent.
     */
    private void rebalance(int b, long now, long cause) {
        for (int p = base[b]; p < base[b] + count[b]; p++) {
            if (ownerGone[p]) {
                continue; // a crashed consumer's session holds it until it expires
            }
            int want = wantedOwner(b, p);
            if (want == owner[p]) {
                if (revokeTo[p] >= 0) {
                    revokeTo[p] = -1;
                    pump(p, now);
                }
            } else if (owner[p] < 0) {
                if (want >= 0) {
                    assign(p, want, now, cause);
                }
            } else if (want >= 0) {
                revokeTo[p] = want;
                revokeCause[p] = cause;
                if (inFlight[p] == 0) {
                    handOver(p, now);
                }
            }
        }
    }

    /** Its preferred consumer if up; else its owner if up; else the next consumer up after the preferred one; else -1. */
    private int wantedOwner(int b, int p) {
        int n = consumers[b].length;
        int preferred = (p - base[b]) % n;
        if (up[b][preferred]) {
            return preferred;
        }
        if (owner[p] >= 0 && up[b][owner[p]]) {
            return owner[p];
        }
        for (int i = 1; i < n; i++) {
            int k = (preferred + i) % n;
            if (up[b][k]) {
                return k;
            }
        }
        return -1;
    }

    /** The owner is done with what it was sent: it commits what it processed and lets go. */
    private void handOver(int p, long now) {
        int b = brokerOf[p];
        int k = owner[p];
        if (processedUpTo[p] > committed[p]) {
            committed[p] = processedUpTo[p];
            journal.committed(revokeCause[p], now, topology.brokerNode(b), consumers[b][k], -1, 0, p - base[b],
                    committed[p]);
            trim(p);
        }
        int to = revokeTo[p];
        revokeTo[p] = -1;
        assign(p, to, now, revokeCause[p]);
    }

    /** Consumer {@code k} takes partition {@code p} and reads on from its committed offset. */
    private void assign(int p, int k, long now, long cause) {
        int b = brokerOf[p];
        if (owner[p] >= 0) {
            unsent[b][owner[p]].remove(p - base[b]);
        }
        owner[p] = k;
        ownerGone[p] = false;
        stalled[p] = false;
        stops[p]++;
        lostInARow[p] = 0;
        nextSend[p] = Math.max(committed[p], log[p].start());
        track(p);
        processedUpTo[p] = nextSend[p];
        inFlight[p] = 0;
        rewoundBy[p] = journal.assigned(cause, now, topology.brokerNode(b), consumers[b][k], p - base[b], nextSend[p]);
        pump(p, now);
    }

    /** Whether delivery {@code delivery} of entry {@code e} is the one consumer {@code k} holds now. */
    boolean current(int k, int e, int gen, int delivery) {
        return entries.isCurrent(e, gen) && entries.deliveries(e) == delivery && entries.holder(e) == k;
    }

    /** Log {@code b} crashed. Unless durable, it loses every record, and its partitions go on from their end. */
    void crashed(int b, boolean durable, long now) {
        brokerDown[b] = true;
        if (durable) {
            return;
        }
        int node = topology.brokerNode(b);
        for (int p = base[b]; p < base[b] + count[b]; p++) {
            IntLog l = log[p];
            for (long o = l.start(); o < l.end(); o++) {
                int e = l.at(o);
                if (o >= committed[p]) {
                    // One already sent may still be processed, but it can never be read again.
                    journal.lostInCrash(entries.storedEntry(e), now, node, entries.message(e), entries.deliveries(e),
                            Reason.NOT_DURABLE, o < nextSend[p] ? "held only in broker memory, sent but not committed"
                                    : "held only in broker memory, never read");
                }
                entries.free(e);
            }
            l.clear();
            committed[p] = l.end();
            nextSend[p] = l.end();
            track(p);
            processedUpTo[p] = l.end();
            inFlight[p] = 0;
        }
        for (int k = 0; k < held[b].length; k++) {
            held[b][k] = 0;
        }
        for (int p = base[b]; p < base[b] + count[b]; p++) {
            if (revokeTo[p] >= 0) {
                handOver(p, now); // nothing is in flight any more
            }
        }
    }

    /** Log {@code b} is back: its partitions send on. */
    void restarted(int b, long now) {
        brokerDown[b] = false;
        for (int p = base[b]; p < base[b] + count[b]; p++) {
            pump(p, now);
        }
    }
}
