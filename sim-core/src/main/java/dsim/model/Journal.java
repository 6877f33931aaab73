package dsim.model;

import dsim.spec.PacketKind;
import dsim.journal.Reason;
import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.journal.TraceSink;
import dsim.random.Seeds;
import dsim.text.Durations;

import java.util.Arrays;
import java.util.Locale;

/**
 * The record of everything that happened in a run. Each entry folds into the trace digest
 * and the tally, and gets the next sequence number, which the method returns so that the
 * entries it causes can name it. Names, details and the entries themselves are only made
 * when a sink is listening, so the common path costs a few multiplications.
 *
 * <p>Every method takes {@code cause}: the sequence number of the entry that caused this one
 * (0 for none). Causes that travel with an event (a packet's send, a processing's start) are
 * kept by the event's pool slot, and only while a sink listens: see {@link #link} and
 * {@link #causeOf}.
 */
final class Journal {

    /** Packet constants of {@link Packet} (1 to 4) as the journal's enum. */
    private static final PacketKind[] PACKETS = {null, PacketKind.PUBLISH, PacketKind.PUBLISH_ACK,
        PacketKind.DELIVER, PacketKind.CONSUMER_ACK};

    private final Topology topology;
    private final Messages messages;
    private final Tally tally;
    private final TraceSink sink;
    private long digest = 0x2545F4914F6CDD1DL;
    private long seq;
    /** While a sink listens: the entry that caused each pending event, by its pool slot. */
    private long[] causeBySlot;
    /** While a sink listens: each node's latest crash, which its restart names. */
    private final long[] crashOf;

    Journal(Topology topology, Messages messages, Tally tally, TraceSink sink) {
        this.topology = topology;
        this.messages = messages;
        this.tally = tally;
        this.sink = sink;
        this.causeBySlot = sink == null ? new long[0] : new long[1024];
        this.crashOf = sink == null ? new long[0] : new long[topology.nodeCount()];
        java.util.Collection<String> ids = sink == null ? null : sink.onlyMessages();
        this.wanted = ids == null ? null : new boolean[topology.totalMessages];
        if (ids != null) {
            for (String id : ids) {
                int place = topology.place(id);
                if (place >= 0) { // an id that names no message keeps nothing
                    wanted[place] = true;
                }
            }
        }
    }

    /** Per message's place (see {@link Topology}), whether the sink wants its entries; null when it wants every message's. */
    private final boolean[] wanted;

    /** 16 lowercase hex digits. */
    String digestHex() {
        return String.format(Locale.ROOT, "%016x", Seeds.mix64(digest));
    }

    /** Whether a sink listens, so causes are worth keeping. */
    boolean tracing() {
        return sink != null;
    }

    /** Remembers that the event in pool slot {@code slot} was caused by entry {@code cause}; only while tracing. */
    void link(int slot, long cause) {
        if (sink == null) {
            return;
        }
        if (slot >= causeBySlot.length) {
            causeBySlot = Arrays.copyOf(causeBySlot, Math.max(slot + 1, causeBySlot.length * 2));
        }
        causeBySlot[slot] = cause;
    }

    /** The entry that caused the event in pool slot {@code slot}, as {@link #link} kept it; 0 when not tracing. */
    long causeOf(int slot) {
        return sink == null ? 0 : causeBySlot[slot];
    }

    /**
     * Folds one entry into the digest. The entry's three words are spread by their own odd
     * multipliers, independently of the digest, so the CPU computes them alongside the chain;
     * the chain itself is one xor, multiply and rotate per entry. Each step is a bijection of
     * the digest for a given entry and of the entry for a given digest, so two journals that
     * differ in one entry always differ in digest; {@link #digestHex} mixes the end result.
     */
    private void fold(long now, TraceKind kind, int node, int m, int attempt, int detail) {
        long who = ((long) kind.ordinal() << 56) | ((long) node << 32) | (m & 0xFFFFFFFFL);
        long what = ((long) attempt << 32) | (detail & 0xFFFFFFFFL);
        long entry = now * 0x9E3779B97F4A7C15L ^ who * 0xC2B2AE3D27D4EB4FL ^ what * 0x165667B19E3779F9L;
        digest = Long.rotateLeft((digest ^ entry) * 0xD6E8FEB86659FD93L, 29);
    }

    /**
     * Whether the sink wants the entries of message {@code m}: with a sink, those of every
     * message, or of its few only ({@link TraceSink#onlyMessages}), whose others are then
     * never formatted at all.
     */
    private boolean wants(int m) {
        return sink != null && (wanted == null || m < 0 || wanted[messages.place(m)]);
    }

    private void emit(long cause, long now, TraceKind kind, int node, int m, int attempt, long amount, String detail) {
        emit(cause, now, kind, node, m, attempt, 0, -1, null, amount, detail);
    }

    private void emit(long cause, long now, TraceKind kind, int node, int m, int attempt, int packet, int peer,
                      Reason reason, long amount, String detail) {
        sink.record(new TraceEntry(seq, cause, now, kind, topology.names[node],
                m < 0 ? null : messages.id(m), attempt, PACKETS[packet], peer < 0 ? null : topology.names[peer],
                reason, amount, detail));
    }

    private String link(int from, int to) {
        return topology.names[from] + "->" + topology.names[to];
    }

    long created(long now, int producer, int m) {
        seq++;
        tally.created(m, now);
        fold(now, TraceKind.CREATED, producer, m, 0, 0);
        if (wants(m)) {
            emit(0, now, TraceKind.CREATED, producer, m, 0, 0, "");
        }
        return seq;
    }

    long sent(long cause, long now, int from, int to, int packet, int m, int attempt) {
        seq++;
        tally.sent++;
        fold(now, TraceKind.SENT, from, m, attempt, (to << 4) | packet);
        if (wants(m)) {
            emit(cause, now, TraceKind.SENT, from, m, attempt, packet, to, null, 0,
                    Packet.name(packet) + " " + link(from, to));
        }
        return seq;
    }

    long dropped(long cause, long now, int from, int to, int packet, int m, int attempt, Reason reason) {
        seq++;
        tally.dropped(reason);
        fold(now, TraceKind.DROPPED, from, m, attempt, (to << 8) | (reason.ordinal() << 4) | packet);
        if (wants(m)) {
            String where = reason == Reason.NODE_DOWN ? topology.names[to] + " is down" : "on " + link(from, to);
            emit(cause, now, TraceKind.DROPPED, from, m, attempt, packet, to, reason, 0,
                    Packet.name(packet) + " dropped by " + reason.id() + ": " + where);
        }
        return seq;
    }

    long duplicated(long cause, long now, int from, int to, int packet, int m, int attempt) {
        seq++;
        tally.linkDuplicates++;
        fold(now, TraceKind.DUPLICATED, from, m, attempt, (to << 4) | packet);
        if (wants(m)) {
            emit(cause, now, TraceKind.DUPLICATED, from, m, attempt, packet, to, null, 0,
                    Packet.name(packet) + " duplicated by " + link(from, to));
        }
        return seq;
    }

    /** Where the journal counts timers and losses in crashes as fault sources; set once, before the run. */
    private Coverage coverage = new Coverage(0);

    void cover(Coverage coverage) {
        this.coverage = coverage;
    }

    long retried(long cause, long now, int producer, int m, int attempt) {
        seq++;
        tally.retries++;
        coverage.fire(Coverage.RETRY, producer, 0, m);
        fold(now, TraceKind.RETRIED, producer, m, attempt, 0);
        if (wants(m)) {
            emit(cause, now, TraceKind.RETRIED, producer, m, attempt, 0,
                    "no ack for attempt " + (attempt - 1) + ", resending");
        }
        return seq;
    }

    /** A producer's outbox relay, restarted, publishes message {@code m} again as attempt {@code attempt}. */
    long republished(long cause, long now, int producer, int m, int attempt) {
        seq++;
        tally.retries++;
        fold(now, TraceKind.REPUBLISHED, producer, m, attempt, 0);
        if (wants(m)) {
            emit(cause, now, TraceKind.REPUBLISHED, producer, m, attempt, 0,
                    "still in the outbox after the restart: publishing it again");
        }
        return seq;
    }

    long gaveUp(long cause, long now, int producer, int m, int attempts) {
        seq++;
        tally.gaveUp++;
        coverage.fire(Coverage.GAVE_UP, producer, 0, m);
        fold(now, TraceKind.GAVE_UP, producer, m, attempts, 0);
        if (wants(m)) {
            emit(cause, now, TraceKind.GAVE_UP, producer, m, attempts, 0, "no ack after " + attempts + " attempts");
        }
        return seq;
    }

    long acked(long cause, long now, int producer, int m, int attempt) {
        seq++;
        fold(now, TraceKind.ACKED, producer, m, attempt, 0);
        if (wants(m)) {
            emit(cause, now, TraceKind.ACKED, producer, m, attempt, 0, "ack for attempt " + attempt);
        }
        return seq;
    }

    /**
     * A broker stored a copy of a message: on disk at once when durable and writing takes no
     * time, else in memory (a durable broker's write then ends with {@link #persisted}).
     */
    long stored(long cause, long now, int broker, int m, int attempt, int storeIndex, boolean durable,
                long persistNanos) {
        seq++;
        fold(now, TraceKind.STORED, broker, m, attempt, storeIndex);
        if (wants(m)) {
            String copy = storeIndex > 1 ? ", copy " + storeIndex + " of this message" : "";
            String where = !durable ? "in memory"
                    : persistNanos == 0 ? "persisted"
                    : "in memory; on disk in " + Durations.exact(persistNanos);
            emit(cause, now, TraceKind.STORED, broker, m, attempt, storeIndex, where + copy);
        }
        return seq;
    }

    long persisted(long cause, long now, int broker, int m, int attempt) {
        seq++;
        fold(now, TraceKind.PERSISTED, broker, m, attempt, 0);
        if (wants(m)) {
            emit(cause, now, TraceKind.PERSISTED, broker, m, attempt, 0, "on disk");
        }
        return seq;
    }

    /**
     * An idempotent broker dropped a retry of a message it holds; {@code ackWaitsForWrite}: its
     * copy was still being written, so the ack comes once it is on disk, not now.
     */
    long deduplicatedAtBroker(long cause, long now, int broker, int m, int attempt, boolean ackWaitsForWrite) {
        seq++;
        tally.dedupSuppressed++;
        fold(now, TraceKind.DEDUPLICATED_AT_BROKER, broker, m, attempt, ackWaitsForWrite ? 1 : 0);
        if (wants(m)) {
            emit(cause, now, TraceKind.DEDUPLICATED_AT_BROKER, broker, m, attempt, ackWaitsForWrite ? 1 : 0,
                    ackWaitsForWrite
                    ? "already stored, still being written: idempotent producer drops the retry, acks once on disk"
                    : "already stored: idempotent producer drops the retry, acks again");
        }
        return seq;
    }

    /**
     * A broker hands copy {@code copy} of message {@code m} to a consumer, for the {@code delivery}-th
     * time, because of {@code cause}: the stored copy, or for a log that reads a record again, what
     * made it do so (an assignment of its partition, or a send its link lost).
     */
    long delivered(long cause, long now, int broker, int consumer, int m, int delivery, int copy) {
        seq++;
        boolean again = delivery > 1;
        if (again) {
            tally.redeliveries++;
            coverage.fire(Coverage.REDELIVERY, broker, 0, m);
        }
        TraceKind kind = again ? TraceKind.REDELIVERED : TraceKind.DELIVERED;
        fold(now, kind, broker, m, delivery, consumer);
        if (wants(m)) {
            emit(cause, now, kind, broker, m, delivery, 0, consumer, null, copy, "to " + topology.names[consumer]);
        }
        return seq;
    }

    long released(long cause, long now, int broker, int m, int delivery) {
        seq++;
        fold(now, TraceKind.RELEASED, broker, m, delivery, 0);
        if (wants(m)) {
            emit(cause, now, TraceKind.RELEASED, broker, m, delivery, 0, "acked by consumer");
        }
        return seq;
    }

    /** A processing starts, after waiting {@code waitNanos} for a worker (0 if one was free). */
    long processing(long cause, long now, int consumer, int m, int attempt, long durationNanos, long waitNanos) {
        seq++;
        tally.started(waitNanos);
        fold(now, TraceKind.PROCESSING, consumer, m, attempt, (int) durationNanos);
        if (wants(m)) {
            emit(cause, now, TraceKind.PROCESSING, consumer, m, attempt, durationNanos,
                    "takes " + Durations.exact(durationNanos));
        }
        return seq;
    }

    /** A delivery waits for a worker, {@code position}-th in its consumer's queue. */
    long queued(long cause, long now, int consumer, int m, int attempt, int position) {
        seq++;
        tally.backlog(position);
        fold(now, TraceKind.QUEUED, consumer, m, attempt, position);
        if (wants(m)) {
            emit(cause, now, TraceKind.QUEUED, consumer, m, attempt, position,
                    "all workers busy: waits, number " + position + " in the queue");
        }
        return seq;
    }

    /** {@code length} messages wait at a broker for a consumer with room. */
    void backlog(long length) {
        tally.backlog(length);
    }

    long processed(long cause, long now, int consumer, int m, int attempt) {
        seq++;
        tally.processed(m, now);
        fold(now, TraceKind.PROCESSED, consumer, m, attempt, 0);
        if (wants(m)) {
            int effect = tally.processings[m];
            emit(cause, now, TraceKind.PROCESSED, consumer, m, attempt, effect, "side effect #" + effect);
        }
        return seq;
    }

    long deduplicated(long cause, long now, int consumer, int m, int attempt) {
        seq++;
        tally.dedupSuppressed++;
        fold(now, TraceKind.DEDUPLICATED, consumer, m, attempt, 0);
        if (wants(m)) {
            emit(cause, now, TraceKind.DEDUPLICATED, consumer, m, attempt, 0,
                    "id already in the dedup store: skipped, acked");
        }
        return seq;
    }

    long crashed(long cause, long now, int node, Reason reason, String why) {
        seq++;
        tally.crashed(now);
        fold(now, TraceKind.CRASHED, node, -1, 0, 0);
        if (sink != null) {
            crashOf[node] = seq;
            emit(cause, now, TraceKind.CRASHED, node, -1, 0, 0, -1, reason, 0, why);
        }
        return seq;
    }

    /** A crashed node came back; the entry names its crash. */
    long restarted(long now, int node) {
        seq++;
        fold(now, TraceKind.RESTARTED, node, -1, 0, 0);
        if (sink != null) {
            emit(crashOf[node], now, TraceKind.RESTARTED, node, -1, 0, 0, "");
        }
        return seq;
    }

    /**
     * A log's partition {@code partition} (numbered within its broker) is committed up to
     * {@code offset} by {@code consumer}'s commit of message {@code m} (delivery {@code delivery}),
     * or, when {@code m} is -1, as the consumer hands the partition over.
     */
    long committed(long cause, long now, int broker, int consumer, int m, int delivery, int partition, long offset) {
        seq++;
        fold(now, TraceKind.COMMITTED, broker, m, delivery, (int) offset ^ partition << 24 ^ consumer << 16);
        if (sink != null) {
            String how = m < 0 ? " as " + topology.names[consumer] + " hands it over" : "";
            emit(cause, now, TraceKind.COMMITTED, broker, m, delivery, 0, consumer, null,
                    TraceEntry.partitionOffset(partition, offset),
                    "partition " + partition + " committed up to offset " + offset + how);
        }
        return seq;
    }

    /** A log's partition {@code partition} goes to {@code consumer}, which reads on from {@code offset}. */
    long assigned(long cause, long now, int broker, int consumer, int partition, long offset) {
        seq++;
        fold(now, TraceKind.ASSIGNED, broker, -1, partition, (int) offset ^ consumer << 16);
        if (sink != null) {
            emit(cause, now, TraceKind.ASSIGNED, broker, -1, 0, 0, consumer, null,
                    TraceEntry.partitionOffset(partition, offset),
                    "partition " + partition + " to " + topology.names[consumer] + ", from offset " + offset);
        }
        return seq;
    }

    /**
     * A broker gave up on message {@code m} after {@code deliveries} deliveries without an ack:
     * it moved it to its dead-letter queue, or, having none, dropped it.
     */
    long outOfDeliveries(long cause, long now, int broker, int m, int deliveries, boolean deadLetterQueue) {
        seq++;
        TraceKind kind = deadLetterQueue ? TraceKind.DEAD_LETTERED : TraceKind.DISCARDED;
        if (deadLetterQueue) {
            tally.deadLettered(m);
        }
        fold(now, kind, broker, m, deliveries, 0);
        if (wants(m)) {
            emit(cause, now, kind, broker, m, deliveries, 0, "delivered " + deliveries
                    + (deliveries == 1 ? " time" : " times") + " without an ack" + (deadLetterQueue
                    ? ": moved to the dead-letter queue" : ", and no dead-letter queue: dropped"));
        }
        return seq;
    }

    /** A consumer's processing of poison message {@code m} failed. */
    long failed(long cause, long now, int consumer, int m, int attempt) {
        seq++;
        fold(now, TraceKind.FAILED, consumer, m, attempt, 0);
        if (wants(m)) {
            emit(cause, now, TraceKind.FAILED, consumer, m, attempt, 0, "a poison message: processing failed, not acked");
        }
        return seq;
    }

    long lostInCrash(long cause, long now, int node, int m, int attempt, Reason reason, String why) {
        seq++;
        coverage.fire(Coverage.LOST_IN_CRASH, node, reason.ordinal(), m);
        fold(now, TraceKind.LOST_IN_CRASH, node, m, attempt, 0);
        if (wants(m)) {
            emit(cause, now, TraceKind.LOST_IN_CRASH, node, m, attempt, 0, -1, reason, 0, why);
        }
        return seq;
    }
}
