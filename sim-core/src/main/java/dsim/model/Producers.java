package dsim.model;

import dsim.engine.Engine;
import dsim.engine.EventPool;
import dsim.journal.Reason;
import dsim.random.Seeds;
import dsim.random.SplitMixRandom;
import dsim.spec.ArrivalSpec;
import dsim.spec.ProducerSpec;
import dsim.spec.RetrySpec;
import dsim.spec.ScriptedFault;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.spec.TimedCrashSpec;

/**
 * Producers: create messages on their arrival process and publish them. Under
 * at-most-once a message is sent once and forgotten; otherwise it is resent after each
 * ack timeout (exponential backoff with jitter) until acked or attempts run out.
 *
 * <p>A producer may crash in time. Without an outbox it forgets every message it has not
 * yet had acked: one whose publish never arrived is never resent (the dual write: the
 * business change is committed, its message is not). With an outbox each message is written
 * in the transaction that creates it, and a relay publishes from there, resending until
 * acked however many attempts that takes; restarted, it publishes again every message whose
 * ack it had not recorded. Messages due while a producer is down wait for it and are created
 * when it restarts, in order.
 *
 * <p>Nearly every send is acked long before its timeout, so a timer per send would fill
 * the event queue with events that fire and do nothing. Instead each send joins a FIFO,
 * in send order, keyed by the earliest time any of its timeouts can fall due (send time
 * plus the shortest possible wait). One check event walks the FIFO as those times come:
 * a send acked meanwhile is dropped; only one still unacked gets its real timer, at its
 * exact deadline, which is never earlier than the check.
 */
final class Producers extends NodeGroup {

    private final Messages messages;
    private final boolean retries;
    private final RetrySpec retry;
    private final int[] target;
    /** Per producer: its fixed interval, or -1 for Poisson arrivals, whose mean gap is in meanGap. */
    private final long[] fixedGap;
    private final double[] meanGap;
    /** Per producer, its arrival stream's state: one array, not 5,000 generator objects scattered over the heap. */
    private final long[] arrivalStream;
    private final long jitterSeed;
    /** Attempts sent so far, per message. */
    private final int[] attempts;
    /** Whether the producer got an ack, per message. */
    private final boolean[] acked;
    /** While a trace is recorded: the journal entry of each message's latest send, which its retry or giving up names. */
    private final long[] lastSend;
    /** Sends awaiting their ack, in send order: (message, attempt, producer), due at send + {@link #shortestWait}. */
    private final DeadlineRing awaitingAck = new DeadlineRing();
    /** No wait before a resend, whatever the attempt and jitter, is shorter than this. */
    private final long shortestWait;
    /** A check also clears the sends coming due this much later: one check per span, not per send. */
    private final long checkSpan;
    private boolean checkScheduled;
    /** Per producer: its crashes in time (null if none), their stream, whether it is down, and whether it has an outbox. */
    private final TimedCrashSpec[] crash;
    private final SplitMixRandom[] crashTimes;
    private final boolean[] down;
    private final Script script;
    private final boolean[] outbox;
    /**
     * Per producer, as places in the topology's numbering: the message whose arrival comes next,
     * and the first of those due while it was down (-1: none).
     */
    private final int[] nextArrival;
    private final int[] deferredFrom;
    /** Per producer: no message before this place still waits for its ack. */
    private final int[] firstOpen;
    /** Per message, where some producer crashes: whether it is done with (acked, given up or forgotten). */
    private final boolean[] settled;
    /** Per place, where some producer crashes: the message created there, as a crash walks its producer's messages. */
    private final int[] messageAt;

    Producers(Scenario scenario, Semantics semantics, Topology topology, long masterSeed, Engine engine,
              Journal journal, Network network, Messages messages, Script script) {
        super(engine, journal, network, topology);
        this.script = script;
        this.messages = messages;
        this.retries = semantics.producer().resends();
        this.retry = scenario.retry();
        int n = topology.producerCount;
        target = new int[n];
        fixedGap = new long[n];
        meanGap = new double[n];
        arrivalStream = new long[n];
        crash = new TimedCrashSpec[n];
        crashTimes = new SplitMixRandom[n];
        down = new boolean[n];
        outbox = new boolean[n];
        nextArrival = new int[n];
        deferredFrom = new int[n];
        firstOpen = new int[n];
        boolean crashes = false;
        for (int p = 0; p < n; p++) {
            ProducerSpec spec = scenario.producers().get(p);
            target[p] = topology.node(spec.sendTo());
            if (spec.arrival() instanceof ArrivalSpec.Fixed f) {
                fixedGap[p] = f.intervalNanos();
            } else {
                fixedGap[p] = -1;
                meanGap[p] = 1e9 / ((ArrivalSpec.Poisson) spec.arrival()).ratePerSecond();
            }
            arrivalStream[p] = Seeds.stream(masterSeed, "producer:", spec.name(), ":arrival");
            crash[p] = spec.crash();
            if (crash[p] != null) {
                crashTimes[p] = new SplitMixRandom(Seeds.stream(masterSeed, "producer:", spec.name(), ":crash-times"));
                crashes = true;
            }
            crashes |= script.crashesInTime(p);
            outbox[p] = spec.outbox();
            deferredFrom[p] = -1;
            firstOpen[p] = topology.messageBase[p];
        }
        settled = crashes ? new boolean[topology.totalMessages] : new boolean[0];
        messageAt = crashes ? new int[topology.totalMessages] : new int[0];
        jitterSeed = Seeds.stream(masterSeed, "retry:jitter");
        attempts = new int[topology.totalMessages];
        acked = new boolean[topology.totalMessages];
        lastSend = journal.tracing() ? new long[topology.totalMessages] : new long[0];
        shortestWait = shortestWait(retry);
        checkSpan = shortestWait / 4;
    }

    /**
     * A lower bound on every wait {@link #waitNanos} can return: the first attempt's (backoff
     * only lengthens later ones), less the whole jitter, less a nanosecond for rounding.
     */
    private static long shortestWait(RetrySpec retry) {
        long base = Math.min(retry.baseWaitNanos(1), retry.maxBackoffNanos());
        if (retry.jitter() == 0) {
            return base;
        }
        return Math.max(0, (long) Math.floor(base * (1 - retry.jitter())) - 1);
    }

    /** Schedules every producer's first message at time 0, and its first crash if it crashes. */
    void start() {
        for (int p = 0; p < topology.producerCount; p++) {
            if (topology.messageBase[p + 1] > topology.messageBase[p]) {
                timer(0, Events.ARRIVAL, p, topology.messageBase[p], 0);
            }
            if (crash[p] != null && script.random().crashes()) {
                scheduleCrash(p, 0);
            }
        }
    }

    /**
     * The next crash in time, {@code after} plus an exponential gap from the producer's own
     * stream, so every semantics meets the same crashes. Background: a crash that would come
     * after all work is done never happens.
     */
    private void scheduleCrash(int p, long after) {
        long gap = Math.max(1, DelaySampler.exponentialNanos(crash[p].everyNanos(), crashTimes[p].nextLong()));
        backgroundTimer(after + gap, Events.CRASH, p);
    }

    @Override
    void handle(EventPool p, int slot, int kind, int node, int m, long now) {
        switch (kind) {
            case Events.ARRIVAL -> onArrival(node, m, now);
            case Events.RETRY_CHECK -> onRetryCheck(now);
            case Events.RETRY_TIMEOUT -> onRetryTimeout(node, m, p.a(slot), now);
            case Packet.PUBLISH_ACK -> onPublishAck(node, m, p.a(slot), Packet.sender(p.e(slot)),
                    journal.causeOf(slot), now);
            case Events.CRASH -> onCrash(node, now, p.a(slot));
            case Events.RESTART -> onRestart(node, now);
            default -> throw unexpected(kind, node);
        }
    }

    /** The arrival of producer {@code p}'s message at {@code place}: created now, or at the restart if p is down. */
    void onArrival(int p, int place, long now) {
        nextArrival[p] = place + 1;
        if (place + 1 < topology.messageBase[p + 1]) {
            timer(nextGap(p), Events.ARRIVAL, p, place + 1, 0);
        }
        if (down[p]) {
            if (deferredFrom[p] < 0) {
                deferredFrom[p] = place; // created at the restart: the arrival times of the rest stay as they are
            }
            return;
        }
        create(p, place, now);
    }

    /** Creates producer {@code p}'s message at {@code place} and sends it. */
    private void create(int p, int place, long now) {
        int m = messages.create(p, place);
        if (messageAt.length > 0) {
            messageAt[place] = m;
        }
        send(journal.created(now, p, m), p, m, 1);
    }

    /**
     * Producer {@code p} crashes. Without an outbox it forgets every message not yet acked;
     * with one, its relay stops until the restart. Either way no retry goes out while it is down.
     */
    void onCrash(int p, long now, int scripted) {
        long own = Script.own(crash[p]);
        if (down[p]) {
            if (scripted == 0) {
                scheduleCrash(p, own); // a scripted crash holds it down: the random ones go on after
            }
            return;
        }
        long downFor = script.timedCrash(p, now, scripted, own);
        down[p] = true;
        journal.crashed(0, now, p, Reason.PRODUCER_CRASH, !retries ? "it waits for no ack: nothing to forget"
                : outbox[p] ? "what is not yet acked stays in its outbox" : "forgets every message not yet acked");
        if (retries && !outbox[p]) {
            for (int place = openFrom(p); place < nextArrival[p]; place++) {
                int m = messageAt[place];
                if (!settled[m] && !acked[m]) {
                    settled[m] = true;
                    journal.lostInCrash(lastSend.length > 0 ? lastSend[m] : 0, now, p, m, attempts[m],
                            Reason.NOT_YET_ACKED, "not yet acked: forgotten, never resent");
                }
            }
        }
        timer(downFor, Events.RESTART, p); // foreground: messages wait for it
        if (scripted == 0) {
            scheduleCrash(p, downFor);
        }
    }

    /** Producer {@code p} is back: its outbox relay publishes again what was not acked, then the messages that waited. */
    void onRestart(int p, long now) {
        down[p] = false;
        long restarted = journal.restarted(now, p);
        int created = deferredFrom[p] >= 0 ? deferredFrom[p] : nextArrival[p];
        if (retries && outbox[p]) {
            for (int place = openFrom(p); place < created; place++) {
                int m = messageAt[place];
                if (!acked[m]) {
                    int attempt = attempts[m] + 1;
                    send(journal.republished(lastSend.length > 0 ? lastSend[m] : restarted, now, p, m, attempt), p, m,
                            attempt);
                }
            }
        }
        for (int place = created; place < nextArrival[p]; place++) {
            create(p, place, now);
        }
        deferredFrom[p] = -1;
    }

    /**
     * The place of producer {@code p}'s first message that may still wait for its ack, moving past
     * those that do not; never past the first one not created yet, which waits for a restart.
     */
    private int openFrom(int p) {
        int place = firstOpen[p];
        int end = deferredFrom[p] >= 0 ? deferredFrom[p] : nextArrival[p];
        while (place < end && (acked[messageAt[place]] || settled[messageAt[place]])) {
            place++;
        }
        firstOpen[p] = place;
        return place;
    }

    private long nextGap(int p) {
        if (fixedGap[p] >= 0) {
            return fixedGap[p];
        }
        return DelaySampler.exponentialNanos(meanGap[p], SplitMixRandom.nextLong(arrivalStream, p));
    }

    /** Sends attempt {@code attempt} of message {@code m}, caused by its creation or its retry. */
    private void send(long cause, int p, int m, int attempt) {
        attempts[m] = attempt;
        long sent = network.send(cause, p, target[p], Packet.PUBLISH, m, attempt, Packet.NO_ENTRY, 0, 0);
        if (lastSend.length > 0) {
            lastSend[m] = sent;
        }
        if (retries) {
            awaitingAck.add(engine.now() + shortestWait, m, attempt, p);
            if (!checkScheduled) {
                scheduleCheck(shortestWait);
            }
        }
    }

    private void scheduleCheck(long delay) {
        checkScheduled = true;
        timer(delay, Events.RETRY_CHECK, 0); // the first producer's: the FIFO holds every producer's sends
    }

    /**
     * Walks the sends whose earliest deadline falls within the next {@link #checkSpan}:
     * acked or superseded ones are done with; each still unacked gets its timer.
     */
    void onRetryCheck(long now) {
        while (!awaitingAck.isEmpty() && awaitingAck.headDue() <= now + checkSpan) {
            int m = awaitingAck.headFirst();
            int attempt = awaitingAck.headSecond();
            int p = awaitingAck.headThird();
            long sentAt = awaitingAck.headDue() - shortestWait;
            awaitingAck.removeHead();
            if (acked[m] || attempts[m] != attempt) {
                continue;
            }
            long deadline = sentAt + waitNanos(m, attempt);
            if (deadline < now) {
                throw new IllegalStateException("retry deadline " + deadline + " before its check at " + now);
            }
            timer(deadline - now, Events.RETRY_TIMEOUT, p, m, attempt);
        }
        checkScheduled = false;
        if (!awaitingAck.isEmpty()) {
            scheduleCheck(awaitingAck.headDue() - now);
        }
    }

    private long waitNanos(int m, int attempt) {
        long base = retry.baseWaitNanos(attempt);
        if (retry.jitter() == 0) {
            return base;
        }
        double u = Seeds.uniform(jitterSeed, messages.key(m), attempt);
        return Math.max(1, Math.round(base * (1 + retry.jitter() * (2 * u - 1))));
    }

    void onRetryTimeout(int p, int m, int attempt, long now) {
        if (acked[m] || attempts[m] != attempt || down[p] || settled.length > 0 && settled[m]) {
            return; // acked, superseded or forgotten meanwhile, or left to the restarted relay
        }
        long timedOut = lastSend.length > 0 ? lastSend[m] : 0;
        if (outbox[p] || retry.mayRetryAfter(attempt)) {
            send(journal.retried(timedOut, now, p, m, attempt + 1), p, m, attempt + 1);
        } else {
            if (settled.length > 0) {
                settled[m] = true;
            }
            journal.gaveUp(timedOut, now, p, m, attempt);
        }
    }

    void onPublishAck(int p, int m, int attempt, int from, long cause, long now) {
        if (down[p]) {
            journal.dropped(cause, now, from, p, Packet.PUBLISH_ACK, m, attempt, Reason.NODE_DOWN);
            return;
        }
        if (settled.length > 0 && settled[m] && !acked[m]) {
            return; // forgotten in a crash: the restarted producer knows nothing of it
        }
        if (!acked[m]) {
            acked[m] = true;
            journal.acked(cause, now, p, m, attempt);
        }
    }
}
