package dsim.model;

import dsim.engine.Engine;
import dsim.engine.EventPool;
import dsim.journal.Reason;
import dsim.random.Seeds;
import dsim.random.SplitMixRandom;
import dsim.spec.CommitPoint;
import dsim.spec.CommitPolicy;
import dsim.spec.ConsumerCrashSpec;
import dsim.spec.ConsumerSpec;
import dsim.spec.CrashPoint;
import dsim.spec.DedupSpec;
import dsim.spec.DelaySpec;
import dsim.spec.PoisonSpec;
import dsim.spec.ScriptedFault;
import dsim.spec.Scenario;
import dsim.spec.Semantics;

/**
 * Consumers: process each delivery (the side effect that matters) and ack it. Under
 * at-most-once the ack is implicit on receipt (nothing is ever resent), so a crash while
 * processing loses the message. Otherwise they process, then ack: a crash in between
 * means a redelivery and so a duplicate, unless exactly-once's dedup store, committed
 * atomically with the effect, already holds the id. A consumer may instead commit before
 * processing, which turns that crash into a loss, or commit what it processed every so long
 * or every so many, which makes a crash repeat all it processed since its last commit.
 *
 * <p>To a log, a commit is an offset: the ack of a record commits its partition up to the next
 * one. A commit before processing (always, under at-most-once) is synchronous, so what the
 * consumer processes is never read again; one after is a packet that its link may lose. A record
 * that was sent to a consumer before it crashed is dropped if it arrives after its restart.
 *
 * <p>A consumer has a number of workers. A delivery that finds them all busy waits in its
 * queue, in arrival order, and a crash drops the queue along with the work in progress.
 */
final class Consumers extends NodeGroup {

    /** A waiting delivery's ints: the received packet's arguments, as {@link Events}' table lists them. */
    private static final int M = 0;
    private static final int ATTEMPT = 1;
    private static final int ENTRY = 2;
    private static final int GEN = 3;
    private static final int STORE = 4;
    private static final int ORIGIN = 5;
    /** Its longs: the journal entry that queued it, and when it arrived. */
    private static final int QUEUED = 0;
    private static final int ARRIVED = 1;
    /** A processed delivery not yet committed has the same ints, and the journal entry that processed it. */
    private static final int PROCESSED = 0;

    private final Messages messages;
    private final boolean acks;
    private final boolean deduplicates;
    /**
     * What every delivery reads and writes of its consumer, in one record of {@link #STRIDE} ints
     * per consumer: at 10,000 consumers one cache line a delivery, where an array per field made
     * a dozen. The flags say whether the rarer per-consumer objects (crash and poison specs, the
     * uncommitted rows) need to be looked at all, and the count of waiting rows whether its queue does.
     */
    private final int[] hot;
    private static final int STRIDE = 8;
    private static final int DOWN = 0;
    private static final int INCARNATION = 1;
    private static final int BUSY = 2;
    private static final int WORKERS = 3;
    /** The flags below, and above them the index of the consumer's processing sampler. */
    private static final int FLAGS = 4;
    private static final int WAITING = 5;
    /** The processing stream's seed, low and high halves. */
    private static final int SEED_LOW = 6;
    private static final int SEED_HIGH = 7;
    /** Whether the consumer acks before processing: always under at-most-once, by choice otherwise. */
    private static final int COMMIT_FIRST = 1;
    /** Whether a crash point may strike it at random. */
    private static final int CRASH_DRAWS = 1 << 1;
    private static final int POISON = 1 << 2;
    /** Whether it commits every so long or so many. */
    private static final int DEFERS_COMMITS = 1 << 3;
    private static final int SAMPLER_SHIFT = 8;

    private final ConsumerCrashSpec[] crash;
    /** The processing time's samplers, one per distinct spec, shared: each consumer's index is in its flags. */
    private final DelaySampler[] samplers;
    private final long[] crashSeed;
    /** Per consumer with crashes in time: the stream of their gaps; else null. */
    private final SplitMixRandom[] crashTimes;
    private final RowQueue[] waiting;
    private final DedupStores dedup;
    /** Per consumer: its poison messages, or null; which messages are poison is one draw per message for all. */
    private final PoisonSpec[] poison;
    private final long poisonSeed;
    private final Sessions sessions;
    /** Per consumer: how often it commits (0: not periodically), and how many at a time (0: not in batches). */
    private final long[] commitEvery;
    private final int[] commitBatch;
    /** Per consumer that commits every so long or so many: what it processed since its last commit, oldest first. */
    private final RowQueue[] uncommitted;
    /** Per partition of the logs: the newest uncommitted row of it, valid where its mark is the commit's number. */
    private final int[] newestRow;
    private final int[] newestMark;
    private int commits;
    /** Each crash point as the journal's reason, by the point's ordinal. */
    private static final Reason[] REASONS = reasons();
    private final Script script;

    Consumers(Scenario scenario, Semantics semantics, Topology topology, long masterSeed, Engine engine,
              Journal journal, Network network, Messages messages, Sessions sessions, Script script) {
        super(engine, journal, network, topology);
        this.script = script;
        this.sessions = sessions;
        this.messages = messages;
        this.acks = semantics.consumer().acks();
        this.deduplicates = semantics.consumer().deduplicates();
        int n = topology.consumerCount;
        crash = new ConsumerCrashSpec[n];
        hot = new int[STRIDE * n];
        java.util.List<DelaySampler> distinctSamplers = new java.util.ArrayList<>();
        crashSeed = new long[n];
        crashTimes = new SplitMixRandom[n];
        waiting = new RowQueue[n];
        commitEvery = new long[n];
        commitBatch = new int[n];
        uncommitted = new RowQueue[n];
        newestRow = new int[topology.partitionCount];
        newestMark = new int[topology.partitionCount];
        DedupSpec[] dedupSpecs = new DedupSpec[n];
        poison = new PoisonSpec[n];
        poisonSeed = Seeds.stream(masterSeed, "poison");
        for (int c = 0; c < n; c++) {
            ConsumerSpec spec = scenario.consumers().get(c);
            // With random crashes off, the file's crash section does nothing but set how long a scripted crash lasts.
            crash[c] = script.random().crashes() || spec.crash() == null ? spec.crash()
                    : new ConsumerCrashSpec(0, spec.crash().at(), spec.crash().downForNanos(), 0);
            int at = STRIDE * c;
            long processingSeed = Seeds.stream(masterSeed, "consumer:", spec.name(), ":processing");
            hot[at + SEED_LOW] = (int) processingSeed;
            hot[at + SEED_HIGH] = (int) (processingSeed >>> 32);
            int flags = sampler(spec.processing(), distinctSamplers) << SAMPLER_SHIFT;
            if (crash[c] != null && crash[c].everyNanos() > 0) {
                crashTimes[c] = new SplitMixRandom(Seeds.stream(masterSeed, "consumer:", spec.name(), ":crash-times"));
            }
            dedupSpecs[c] = spec.dedup();
            poison[c] = spec.poison();
            CommitPolicy commit = spec.commit();
            boolean first = !acks || commit.point() == CommitPoint.BEFORE_PROCESS;
            if (!first && commit.deferred()) {
                commitEvery[c] = commit.everyNanos();
                commitBatch[c] = commit.batch();
                uncommitted[c] = new RowQueue(6, 1);
                flags |= DEFERS_COMMITS;
            }
            boolean crashDraws = crash[c] != null && crash[c].probability() > 0;
            if (crashDraws) { // its stream only where it is drawn from: a name hashed per consumer
                crashSeed[c] = Seeds.stream(masterSeed, "consumer:", spec.name(), ":crash");
            }
            flags |= (first ? COMMIT_FIRST : 0) | (poison[c] != null ? POISON : 0) | (crashDraws ? CRASH_DRAWS : 0);
            hot[at + FLAGS] = flags;
            hot[at + WORKERS] = spec.concurrency();
            waiting[c] = new RowQueue(6, 2);
        }
        samplers = distinctSamplers.toArray(new DelaySampler[0]);
        dedup = new DedupStores(dedupSpecs, topology.totalMessages, deduplicates);
    }

    /**
     * The sampler made for an equal processing spec, or a new one added to {@code made}: 5,000
     * consumers of one spec share one sampler the cache keeps. A scan: distinct specs are few.
     */
    private static int sampler(DelaySpec spec, java.util.List<DelaySampler> made) {
        for (int i = 0; i < made.size(); i++) {
            if (made.get(i).spec().equals(spec)) {
                return i;
            }
        }
        made.add(new DelaySampler(spec, 0));
        return made.size() - 1;
    }

    private boolean isDown(int c) {
        return hot[STRIDE * c + DOWN] != 0;
    }

    private boolean has(int c, int flag) {
        return (hot[STRIDE * c + FLAGS] & flag) != 0;
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

    /** Schedules each consumer's first crash in time and its first periodic commit, if it has them. */
    void start() {
        for (int c = 0; c < crashTimes.length; c++) {
            if (crashTimes[c] != null) {
                scheduleCrash(c, 0);
            }
            if (commitEvery[c] > 0) {
                backgroundTimer(commitEvery[c], Events.COMMIT_TICK, topology.consumerNode(c));
            }
        }
    }

    /** A periodic commit is due: unless down, the consumer commits what it processed since the last one. */
    void onCommitTick(int node, long now) {
        int c = topology.consumerIndex(node);
        if (!isDown(c)) {
            commit(c, node, now);
        }
        // Background: commits alone do not keep a run going.
        backgroundTimer(commitEvery[c], Events.COMMIT_TICK, node);
    }

    /**
     * The next crash in time, {@code after} plus an exponential gap from the consumer's own
     * stream: the times depend on nothing else, so every semantics meets the same crashes.
     * Background: a crash that would come after all work is done never happens.
     */
    private void scheduleCrash(int c, long after) {
        long gap = Math.max(1, DelaySampler.exponentialNanos(crash[c].everyNanos(), crashTimes[c].nextLong()));
        backgroundTimer(after + gap, Events.CRASH, topology.consumerNode(c));
    }

    /**
     * A crash in time: unless a crash per delivery already took it down, the consumer goes down
     * now. {@code scripted} is the fault's place in the script plus one, or 0 for a random crash,
     * which schedules the next one.
     */
    void onTimedCrash(int node, long now, int scripted) {
        int c = topology.consumerIndex(node);
        if (!isDown(c)) {
            crash(0, c, now, Reason.CONSUMER_CRASH, scripted > 0 ? "crashed by the fault script, whatever it was doing"
                    : "crashed, whatever it was doing", script.timedCrash(node, now, scripted, ownDownFor(c)));
        }
        if (scripted == 0) {
            scheduleCrash(c, crash[c].downForNanos());
        }
    }

    /** How long consumer {@code c} stays down after a crash: its crash section's, else the default. */
    private long ownDownFor(int c) {
        return crash[c] != null ? crash[c].downForNanos() : ConsumerCrashSpec.DEFAULT_DOWN_FOR_NANOS;
    }

    /**
     * A crash point strikes consumer {@code c} on this delivery: counts a scripted one, records
     * it as a script fault when the run records, and returns how long the consumer stays down.
     */
    private long struck(int c, int node, int m, int attempt, int store, int origin, CrashPoint point) {
        long key = messages.key(m);
        long instance = Packet.instance(Packet.kindOf(origin), attempt, store, Packet.copy(origin));
        int index = script.pointCrashIndex(c, key, instance);
        long downFor = index >= 0 ? script.downFor(index, ownDownFor(c)) : ownDownFor(c);
        if (index >= 0) {
            script.pointCrashStruck(c, key, instance);
        } else {
            script.coverage.fire(Coverage.POINT_CRASH, node, point.ordinal(), m);
        }
        if (script.recording()) {
            // As a script names it: the consumer, the message and which delivery; the packet's sender goes without saying.
            script.record(new ScriptedFault.PointCrash(script.name(node), point, script.delivery(node, m, attempt,
                    store), Packet.copy(origin) == 1, downFor));
        }
        return downFor;
    }

    /**
     * The crash point this delivery meets at consumer {@code c}, or null if none. A delivery is
     * asked twice, on receipt and when processed; the random crash point is drawn only when it
     * is asked where that point strikes, which saves a draw and changes none: the draw is keyed.
     */
    private CrashPoint crashFor(int c, long key, long instance, boolean onReceipt) {
        CrashPoint scripted = script.crashPoint(c, key, instance);
        if (scripted != null) {
            return scripted;
        }
        if (!has(c, CRASH_DRAWS)) {
            return null; // no random crash points: its spec is not even read
        }
        ConsumerCrashSpec spec = crash[c];
        if (strikesOnReceipt(c, spec.at()) != onReceipt) {
            return null;
        }
        return Seeds.uniform(crashSeed[c], key, instance) < spec.probability() ? spec.at() : null;
    }

    /** Whether crash point {@code at} strikes consumer {@code c} on receipt rather than once it processed. */
    private boolean strikesOnReceipt(int c, CrashPoint at) {
        return at == CrashPoint.BEFORE_PROCESS || at == CrashPoint.BETWEEN_PROCESS_AND_COMMIT && has(c, COMMIT_FIRST);
    }

    @Override
    void handle(EventPool p, int slot, int kind, int node, int m, long now) {
        switch (kind) {
            case Packet.PUBLISH, Packet.DELIVER -> onReceive(node, m, p.a(slot), p.b(slot), p.c(slot), p.d(slot),
                    p.e(slot), journal.causeOf(slot), now);
            case Events.PROCESS_DONE -> onProcessDone(node, m, p.a(slot), p.b(slot), p.c(slot), p.d(slot), p.e(slot),
                    p.f(slot), journal.causeOf(slot), now);
            case Events.RESTART -> onRestart(node, now);
            case Events.CRASH -> onTimedCrash(node, now, p.a(slot));
            case Events.COMMIT_TICK -> onCommitTick(node, now);
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
        if (isDown(c)) {
            journal.dropped(sent, now, Packet.sender(origin), node, packet, m, attempt, Reason.NODE_DOWN);
            return;
        }
        if (packet == Packet.DELIVER && !sessions.current(Packet.sender(origin), node, entry, gen, attempt)) {
            journal.dropped(sent, now, Packet.sender(origin), node, packet, m, attempt, Reason.STALE_FETCH);
            return;
        }
        CrashPoint point = crashFor(c, messages.key(m), Packet.instance(packet, attempt, store, Packet.copy(origin)),
                true);
        if (point == CrashPoint.BEFORE_PROCESS) {
            crash(sent, c, now, REASONS[point.ordinal()], "crashed on receipt, before processing",
                    struck(c, node, m, attempt, store, origin, point));
            journal.lostInCrash(sent, now, node, m, attempt, Reason.BEFORE_PROCESS, "received but not processed");
            return;
        }
        if (has(c, COMMIT_FIRST)) {
            if (fromLog(origin)) {
                sessions.commitBeforeProcessing(Packet.sender(origin), node, entry, gen, m, attempt, sent, now);
            } else {
                ack(sent, node, origin, m, attempt, entry, gen, store);
            }
            if (point == CrashPoint.BETWEEN_PROCESS_AND_COMMIT) {
                crash(sent, c, now, REASONS[point.ordinal()], "crashed after committing, before processing",
                        struck(c, node, m, attempt, store, origin, point));
                journal.lostInCrash(sent, now, node, m, attempt, Reason.BETWEEN_PROCESS_AND_COMMIT,
                        "committed but never processed");
                return;
            }
        }
        int at = STRIDE * c;
        if (hot[at + BUSY] < hot[at + WORKERS]) {
            start(c, node, m, attempt, entry, gen, store, origin, sent, 0, now);
            return;
        }
        RowQueue q = waiting[c];
        hot[at + WAITING]++;
        int row = pushDelivery(q, m, attempt, entry, gen, store, origin);
        q.setLong(row, QUEUED, journal.queued(sent, now, node, m, attempt, q.size()));
        q.setLong(row, ARRIVED, now);
    }

    /** Appends a row holding a received packet's arguments to {@code q}; returns it for the longs. */
    private static int pushDelivery(RowQueue q, int m, int attempt, int entry, int gen, int store, int origin) {
        int row = q.pushBack();
        q.setInt(row, M, m);
        q.setInt(row, ATTEMPT, attempt);
        q.setInt(row, ENTRY, entry);
        q.setInt(row, GEN, gen);
        q.setInt(row, STORE, store);
        q.setInt(row, ORIGIN, origin);
        return row;
    }

    /**
     * A worker picks up a delivery that waited {@code waitNanos} ({@code cause}: the entry that
     * received or queued it). Under exactly-once the dedup store is asked first; a processing
     * of no length is done at once, without holding the worker.
     */
    private void start(int c, int node, int m, int attempt, int entry, int gen, int store, int origin, long cause,
                       long waitNanos, long now) {
        int known = deduplicates ? dedup.lookup(c, m, now) : DedupStores.UNKNOWN;
        if (known == DedupStores.FORGOTTEN) {
            script.coverage.fire(Coverage.DEDUP_EXPIRED, node, 0, m);
        } else if (known == DedupStores.KNOWN) {
            long skipped = journal.deduplicated(cause, now, node, m, attempt);
            settle(c, skipped, node, origin, m, attempt, entry, gen, store, now);
            return;
        }
        if (poisons(c, m, PoisonSpec.Effect.CRASH)) {
            crash(cause, c, now, Reason.POISON, "crashed on a poison message", ownDownFor(c));
            journal.lostInCrash(cause, now, node, m, attempt, Reason.POISON, "a poison message: it kills the consumer");
            return;
        }
        long instance = Packet.instance(Packet.kindOf(origin), attempt, store, Packet.copy(origin));
        int at = STRIDE * c;
        long seed = (hot[at + SEED_LOW] & 0xFFFFFFFFL) | (long) hot[at + SEED_HIGH] << 32;
        long duration = samplers[hot[at + FLAGS] >>> SAMPLER_SHIFT].sample(seed, messages.key(m), instance);
        long started = journal.processing(cause, now, node, m, attempt, duration, waitNanos);
        if (duration == 0) {
            // Done the instant it starts: no crash scheduled for the same nanosecond can come between.
            finish(c, node, m, attempt, entry, gen, store, origin, started, now);
            return;
        }
        hot[at + BUSY]++;
        int slot = engine.schedule(duration, Events.PROCESS_DONE, node, m, attempt, entry, gen, store, origin,
                hot[at + INCARNATION]);
        journal.link(slot, started);
    }

    /**
     * A processing ends: the received packet's arguments, the incarnation that started it, and
     * {@code started}, the journal entry of its start. Its worker then takes the next waiting delivery.
     */
    void onProcessDone(int node, int m, int attempt, int entry, int gen, int store, int origin, int startedIn,
                       long started, long now) {
        int c = topology.consumerIndex(node);
        if (startedIn != hot[STRIDE * c + INCARNATION]) {
            journal.lostInCrash(started, now, node, m, attempt, Reason.ABORTED, "processing aborted by a crash");
            return;
        }
        hot[STRIDE * c + BUSY]--;
        finish(c, node, m, attempt, entry, gen, store, origin, started, now);
        startWaiting(c, node, now);
    }

    /** Whether message {@code m} is poison to consumer {@code c}, with this effect. */
    private boolean poisons(int c, int m, PoisonSpec.Effect effect) {
        if (!has(c, POISON)) {
            return false;
        }
        PoisonSpec p = poison[c];
        return p.effect() == effect && Seeds.uniform(poisonSeed, messages.key(m), 0) < p.share();
    }

    /**
     * The end of a processing: the commit (and its dedup check), the side effect, a crash, the
     * ack; or, for a poison message, a failure that is not acked.
     */
    private void finish(int c, int node, int m, int attempt, int entry, int gen, int store, int origin, long started,
                        long now) {
        if (poisons(c, m, PoisonSpec.Effect.FAIL)) {
            journal.failed(started, now, node, m, attempt);
            done(node, origin, entry, gen, now); // a queue delivers it again after its timeout; a log goes on
            return;
        }
        if (deduplicates) {
            if (dedup.contains(c, m, now)) {
                // Another delivery committed while this one was processing: the atomic commit rejects it.
                long skipped = journal.deduplicated(started, now, node, m, attempt);
                settle(c, skipped, node, origin, m, attempt, entry, gen, store, now);
                return;
            }
            dedup.commit(c, m, now);
        }
        long processed = journal.processed(started, now, node, m, attempt);
        long instance = Packet.instance(Packet.kindOf(origin), attempt, store, Packet.copy(origin));
        CrashPoint point = crashFor(c, messages.key(m), instance, false);
        if (point == CrashPoint.AFTER_PROCESS) {
            crash(processed, c, now, REASONS[point.ordinal()],
                    has(c, COMMIT_FIRST) ? "crashed after processing" : "crashed after processing, before acking",
                    struck(c, node, m, attempt, store, origin, point));
            return;
        }
        if (point == CrashPoint.BETWEEN_PROCESS_AND_COMMIT && !has(c, COMMIT_FIRST)) {
            crash(processed, c, now, REASONS[point.ordinal()], "crashed after processing, before committing",
                    struck(c, node, m, attempt, store, origin, point));
            return;
        }
        settle(c, processed, node, origin, m, attempt, entry, gen, store, now);
    }

    /**
     * A delivery is processed, or skipped as a duplicate ({@code cause}): the consumer commits it
     * now, or later with others, or did on receipt; and it is done with it, as far as flow control
     * goes, once it has both processed and acked it (a log does not wait for the commit).
     */
    private void settle(int c, long cause, int node, int origin, int m, int attempt, int entry, int gen, int store,
                        long now) {
        if (has(c, COMMIT_FIRST)) {
            done(node, origin, entry, gen, now);
            return;
        }
        if (!has(c, DEFERS_COMMITS)) {
            ack(cause, node, origin, m, attempt, entry, gen, store);
            done(node, origin, entry, gen, now);
            return;
        }
        RowQueue later = uncommitted[c];
        later.setLong(pushDelivery(later, m, attempt, entry, gen, store, origin), PROCESSED, cause);
        if (fromLog(origin)) {
            done(node, origin, entry, gen, now);
        }
        // A batch is also committed when there is nothing left to process, as a poll loop commits
        // when a poll comes back empty: else a queue would deliver again what waits for company.
        if (commitBatch[c] > 0 && (later.size() >= commitBatch[c]
                || hot[STRIDE * c + BUSY] == 0 && hot[STRIDE * c + WAITING] == 0)) {
            commit(c, node, now);
        }
    }

    /**
     * Commits what consumer {@code c} processed since its last commit: acks each delivery of a
     * queue (or publish), and commits each partition of a log once, up to its newest record.
     */
    private void commit(int c, int node, long now) {
        RowQueue q = uncommitted[c];
        int mark = ++commits;
        for (int i = q.size() - 1; i >= 0; i--) {
            int row = q.row(i);
            int origin = q.getInt(row, ORIGIN);
            if (fromLog(origin)) {
                int p = sessions.partitionOf(Packet.sender(origin), q.getInt(row, ENTRY), q.getInt(row, GEN));
                if (p >= 0 && newestMark[p] != mark) {
                    newestMark[p] = mark;
                    newestRow[p] = i;
                }
            }
        }
        for (int i = 0; i < q.size(); i++) {
            int row = q.row(i);
            int origin = q.getInt(row, ORIGIN);
            int entry = q.getInt(row, ENTRY);
            int gen = q.getInt(row, GEN);
            boolean log = fromLog(origin);
            if (log) {
                int p = sessions.partitionOf(Packet.sender(origin), entry, gen);
                if (p < 0 || newestRow[p] != i) {
                    continue; // committed past already, or a newer record of its partition commits it
                }
            }
            ack(q.getLong(row, PROCESSED), node, origin, q.getInt(row, M), q.getInt(row, ATTEMPT), entry, gen,
                    q.getInt(row, STORE));
            if (!log) {
                done(node, origin, entry, gen, now);
            }
        }
        q.clear();
    }

    /** Whether the packet of {@code origin} is a log's record. */
    private boolean fromLog(int origin) {
        return Packet.kindOf(origin) == Packet.DELIVER && topology.isLogBroker(Packet.sender(origin));
    }

    /** The consumer is done with a delivery from a broker: the broker may hand it the next (see {@link Sessions}). */
    private void done(int node, int origin, int entry, int gen, long now) {
        if (Packet.kindOf(origin) == Packet.DELIVER && entry != Packet.NO_ENTRY) {
            sessions.done(Packet.sender(origin), node, entry, gen, now);
        }
    }

    /** Free workers take waiting deliveries, oldest first, until none is free or none waits. */
    private void startWaiting(int c, int node, long now) {
        int at = STRIDE * c;
        if (hot[at + WAITING] == 0) {
            return; // the queue itself is not read: at 10,000 consumers another cache miss
        }
        RowQueue q = waiting[c];
        while (hot[at + DOWN] == 0 && hot[at + BUSY] < hot[at + WORKERS] && !q.isEmpty()) {
            int row = q.front();
            int m = q.getInt(row, M);
            int attempt = q.getInt(row, ATTEMPT);
            int entry = q.getInt(row, ENTRY);
            int gen = q.getInt(row, GEN);
            int store = q.getInt(row, STORE);
            int origin = q.getInt(row, ORIGIN);
            long queued = q.getLong(row, QUEUED);
            long arrived = q.getLong(row, ARRIVED);
            q.popFront();
            hot[at + WAITING]--;
            start(c, node, m, attempt, entry, gen, store, origin, queued, now - arrived, now);
        }
    }

    /**
     * Acks the packet of {@code origin} to its sender, because of journal entry {@code cause}. A
     * log's record is committed asynchronously so (Kafka's {@code commitAsync}): the commit may be lost.
     */
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

    /**
     * Consumer {@code c} crashes: its work in progress is aborted, its queue, its memory dedup
     * store and what it had yet to commit are gone.
     */
    private void crash(long cause, int c, long now, Reason reason, String why, long downFor) {
        int node = topology.consumerNode(c);
        int at = STRIDE * c;
        hot[at + DOWN] = 1;
        hot[at + INCARNATION]++;
        hot[at + BUSY] = 0;
        dedup.crashed(c);
        if (uncommitted[c] != null) {
            uncommitted[c].clear();
        }
        long crashed = journal.crashed(cause, now, node, reason, why);
        sessions.crashed(node, now, crashed);
        RowQueue q = waiting[c];
        while (!q.isEmpty()) {
            int row = q.front();
            journal.lostInCrash(q.getLong(row, QUEUED), now, node, q.getInt(row, M), q.getInt(row, ATTEMPT),
                    Reason.WAITING_FOR_A_WORKER, "waiting for a worker: dropped with the queue");
            q.popFront();
        }
        hot[at + WAITING] = 0;
        timer(downFor, Events.RESTART, node);
    }

    void onRestart(int node, long now) {
        hot[STRIDE * topology.consumerIndex(node) + DOWN] = 0;
        long restarted = journal.restarted(now, node);
        sessions.rejoined(node, now, restarted);
    }
}
