package dsim.model;

import dsim.text.Durations;
import dsim.random.Seeds;
import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.journal.TraceSink;

import java.util.Locale;

/**
 * The record of everything that happened in a run. Each entry folds into the trace digest
 * and the tally; names and details are only formatted when a sink is listening, so the
 * common path costs a few multiplications.
 */
final class Journal {

    private final Topology topology;
    private final Tally tally;
    private final TraceSink sink;
    private long digest = 0x2545F4914F6CDD1DL;

    Journal(Topology topology, Tally tally, TraceSink sink) {
        this.topology = topology;
        this.tally = tally;
        this.sink = sink;
    }

    /** 16 lowercase hex digits. */
    String digestHex() {
        return String.format(Locale.ROOT, "%016x", Seeds.mix64(digest));
    }

    private void fold(long now, TraceKind kind, int node, int m, int attempt, int detail) {
        long h = Seeds.mix64(digest + now * 0x9E3779B97F4A7C15L + kind.ordinal());
        h = Seeds.mix64(h ^ (((long) node << 32) | (m & 0xFFFFFFFFL)));
        digest = Seeds.mix64(h ^ (((long) attempt << 32) | (detail & 0xFFFFFFFFL)));
    }

    private void emit(long now, TraceKind kind, int node, int m, int attempt, String detail) {
        emit(now, kind, node, m, attempt, null, -1, null, detail);
    }

    private void emit(long now, TraceKind kind, int node, int m, int attempt, String packet, int peer, String cause,
                      String detail) {
        sink.record(new TraceEntry(now, kind, topology.names[node], m < 0 ? null : topology.messageId(m), attempt,
                packet, peer < 0 ? null : topology.names[peer], cause, detail));
    }

    private String link(int from, int to) {
        return topology.names[from] + "->" + topology.names[to];
    }

    void created(long now, int producer, int m) {
        tally.created(m, now);
        fold(now, TraceKind.CREATED, producer, m, 0, 0);
        if (sink != null) {
            emit(now, TraceKind.CREATED, producer, m, 0, "");
        }
    }

    void sent(long now, int from, int to, int packet, int m, int attempt) {
        tally.sent++;
        fold(now, TraceKind.SENT, from, m, attempt, (to << 4) | packet);
        if (sink != null) {
            emit(now, TraceKind.SENT, from, m, attempt, Packet.name(packet), to, null,
                    Packet.name(packet) + " " + link(from, to));
        }
    }

    void dropped(long now, int from, int to, int packet, int m, int attempt, DropCause cause) {
        tally.dropped(cause);
        fold(now, TraceKind.DROPPED, from, m, attempt, (to << 8) | (cause.ordinal() << 4) | packet);
        if (sink != null) {
            String where = cause == DropCause.NODE_DOWN ? topology.names[to] + " is down" : "on " + link(from, to);
            emit(now, TraceKind.DROPPED, from, m, attempt, Packet.name(packet), to, cause.text,
                    Packet.name(packet) + " dropped by " + cause.text + ": " + where);
        }
    }

    void duplicated(long now, int from, int to, int packet, int m, int attempt) {
        tally.linkDuplicates++;
        fold(now, TraceKind.DUPLICATED, from, m, attempt, (to << 4) | packet);
        if (sink != null) {
            emit(now, TraceKind.DUPLICATED, from, m, attempt, Packet.name(packet), to, null,
                    Packet.name(packet) + " duplicated by " + link(from, to));
        }
    }

    void retried(long now, int producer, int m, int attempt) {
        tally.retries++;
        fold(now, TraceKind.RETRIED, producer, m, attempt, 0);
        if (sink != null) {
            emit(now, TraceKind.RETRIED, producer, m, attempt, "no ack for attempt " + (attempt - 1) + ", resending");
        }
    }

    void gaveUp(long now, int producer, int m, int attempts) {
        tally.gaveUp++;
        fold(now, TraceKind.GAVE_UP, producer, m, attempts, 0);
        if (sink != null) {
            emit(now, TraceKind.GAVE_UP, producer, m, attempts, "no ack after " + attempts + " attempts");
        }
    }

    void acked(long now, int producer, int m, int attempt) {
        fold(now, TraceKind.ACKED, producer, m, attempt, 0);
        if (sink != null) {
            emit(now, TraceKind.ACKED, producer, m, attempt, "ack for attempt " + attempt);
        }
    }

    /**
     * A broker stored a copy of a message: on disk at once when durable and writing takes no
     * time, else in memory (a durable broker's write then ends with {@link #persisted}).
     */
    void stored(long now, int broker, int m, int attempt, int storeIndex, boolean durable, long persistNanos) {
        fold(now, TraceKind.STORED, broker, m, attempt, storeIndex);
        if (sink != null) {
            String copy = storeIndex > 1 ? ", copy " + storeIndex + " of this message" : "";
            String where = !durable ? "in memory"
                    : persistNanos == 0 ? "persisted"
                    : "in memory; on disk in " + Durations.exact(persistNanos);
            emit(now, TraceKind.STORED, broker, m, attempt, where + copy);
        }
    }

    void persisted(long now, int broker, int m, int attempt) {
        fold(now, TraceKind.PERSISTED, broker, m, attempt, 0);
        if (sink != null) {
            emit(now, TraceKind.PERSISTED, broker, m, attempt, "on disk");
        }
    }

    /**
     * An idempotent broker dropped a retry of a message it holds; {@code ackWaitsForWrite}: its
     * copy was still being written, so the ack comes once it is on disk, not now.
     */
    void deduplicatedAtBroker(long now, int broker, int m, int attempt, boolean ackWaitsForWrite) {
        tally.dedupSuppressed++;
        fold(now, TraceKind.DEDUPLICATED_AT_BROKER, broker, m, attempt, ackWaitsForWrite ? 1 : 0);
        if (sink != null) {
            emit(now, TraceKind.DEDUPLICATED_AT_BROKER, broker, m, attempt, ackWaitsForWrite
                    ? "already stored, still being written: idempotent producer drops the retry, acks once on disk"
                    : "already stored: idempotent producer drops the retry, acks again");
        }
    }

    void delivered(long now, int broker, int consumer, int m, int delivery) {
        boolean again = delivery > 1;
        if (again) {
            tally.redeliveries++;
        }
        TraceKind kind = again ? TraceKind.REDELIVERED : TraceKind.DELIVERED;
        fold(now, kind, broker, m, delivery, consumer);
        if (sink != null) {
            emit(now, kind, broker, m, delivery, null, consumer, null, "to " + topology.names[consumer]);
        }
    }

    void released(long now, int broker, int m, int delivery) {
        fold(now, TraceKind.RELEASED, broker, m, delivery, 0);
        if (sink != null) {
            emit(now, TraceKind.RELEASED, broker, m, delivery, "acked by consumer");
        }
    }

    void processing(long now, int consumer, int m, int attempt, long durationNanos) {
        fold(now, TraceKind.PROCESSING, consumer, m, attempt, (int) durationNanos);
        if (sink != null) {
            emit(now, TraceKind.PROCESSING, consumer, m, attempt, "takes " + Durations.exact(durationNanos));
        }
    }

    void processed(long now, int consumer, int m, int attempt) {
        tally.processed(m, now);
        fold(now, TraceKind.PROCESSED, consumer, m, attempt, 0);
        if (sink != null) {
            emit(now, TraceKind.PROCESSED, consumer, m, attempt, "side effect #" + tally.processings[m]);
        }
    }

    void deduplicated(long now, int consumer, int m, int attempt) {
        tally.dedupSuppressed++;
        fold(now, TraceKind.DEDUPLICATED, consumer, m, attempt, 0);
        if (sink != null) {
            emit(now, TraceKind.DEDUPLICATED, consumer, m, attempt, "id already in the dedup store: skipped, acked");
        }
    }

    void crashed(long now, int node, String cause, String why) {
        tally.crashes++;
        fold(now, TraceKind.CRASHED, node, -1, 0, 0);
        if (sink != null) {
            emit(now, TraceKind.CRASHED, node, -1, 0, null, -1, cause, why);
        }
    }

    void restarted(long now, int node) {
        fold(now, TraceKind.RESTARTED, node, -1, 0, 0);
        if (sink != null) {
            emit(now, TraceKind.RESTARTED, node, -1, 0, "");
        }
    }

    void lostInCrash(long now, int node, int m, int attempt, String cause, String why) {
        fold(now, TraceKind.LOST_IN_CRASH, node, m, attempt, 0);
        if (sink != null) {
            emit(now, TraceKind.LOST_IN_CRASH, node, m, attempt, null, -1, cause, why);
        }
    }
}
