package dsim.model;

import dsim.engine.Engine;
import dsim.engine.EventPool;
import dsim.random.Seeds;
import dsim.random.SplitMixRandom;
import dsim.spec.ArrivalSpec;
import dsim.spec.ProducerSpec;
import dsim.spec.RetrySpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;

/**
 * Producers: create messages on their arrival process and publish them. Under
 * at-most-once a message is sent once and forgotten; otherwise it is resent after each
 * ack timeout (exponential backoff with jitter) until acked or attempts run out.
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
    private final ArrivalSpec[] arrival;
    private final SplitMixRandom[] arrivalRandom;
    private final long jitterSeed;
    /** Attempts sent so far, per message. */
    private final int[] attempts;
    /** Whether the producer got an ack, per message. */
    private final boolean[] acked;
    /** While a trace is recorded: the journal entry of each message's latest send, which its retry or giving up names. */
    private final long[] lastSend;
    /** Sends awaiting their ack, in send order: (message, attempt), due at send + {@link #shortestWait}. */
    private final DeadlineRing awaitingAck = new DeadlineRing();
    /** No wait before a resend, whatever the attempt and jitter, is shorter than this. */
    private final long shortestWait;
    /** A check also clears the sends coming due this much later: one check per span, not per send. */
    private final long checkSpan;
    private boolean checkScheduled;

    Producers(Scenario scenario, Semantics semantics, Topology topology, long masterSeed, Engine engine,
              Journal journal, Network network, Messages messages) {
        super(engine, journal, network, topology);
        this.messages = messages;
        this.retries = semantics.producer().resends();
        this.retry = scenario.retry();
        int n = topology.producerCount;
        target = new int[n];
        arrival = new ArrivalSpec[n];
        arrivalRandom = new SplitMixRandom[n];
        for (int p = 0; p < n; p++) {
            ProducerSpec spec = scenario.producers().get(p);
            target[p] = topology.node(spec.sendTo());
            arrival[p] = spec.arrival();
            arrivalRandom[p] = new SplitMixRandom(Seeds.stream(masterSeed, "producer:" + spec.name() + ":arrival"));
        }
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

    /** Schedules every producer's first message at time 0. */
    void start() {
        for (int p = 0; p < topology.producerCount; p++) {
            if (topology.messageBase[p + 1] > topology.messageBase[p]) {
                timer(0, Events.ARRIVAL, p, topology.messageBase[p], 0);
            }
        }
    }

    @Override
    void handle(EventPool p, int slot, int kind, int node, int m, long now) {
        switch (kind) {
            case Events.ARRIVAL -> onArrival(node, m, now);
            case Events.RETRY_CHECK -> onRetryCheck(now);
            case Events.RETRY_TIMEOUT -> onRetryTimeout(node, m, p.a(slot), now);
            case Packet.PUBLISH_ACK -> onPublishAck(node, m, p.a(slot), journal.causeOf(slot), now);
            default -> throw unexpected(kind, node);
        }
    }

    void onArrival(int p, int m, long now) {
        long created = journal.created(now, p, m);
        if (m + 1 < topology.messageBase[p + 1]) {
            timer(nextGap(p), Events.ARRIVAL, p, m + 1, 0);
        }
        send(created, p, m, 1);
    }

    private long nextGap(int p) {
        if (arrival[p] instanceof ArrivalSpec.Fixed f) {
            return f.intervalNanos();
        }
        double rate = ((ArrivalSpec.Poisson) arrival[p]).ratePerSecond();
        return DelaySampler.exponentialNanos(1e9 / rate, arrivalRandom[p].nextLong());
    }

    /** Sends attempt {@code attempt} of message {@code m}, caused by its creation or its retry. */
    private void send(long cause, int p, int m, int attempt) {
        attempts[m] = attempt;
        long sent = network.send(cause, p, target[p], Packet.PUBLISH, m, attempt, Packet.NO_ENTRY, 0, 0);
        if (lastSend.length > 0) {
            lastSend[m] = sent;
        }
        if (retries) {
            awaitingAck.add(engine.now() + shortestWait, m, attempt, 0);
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
            long sentAt = awaitingAck.headDue() - shortestWait;
            awaitingAck.removeHead();
            if (acked[m] || attempts[m] != attempt) {
                continue;
            }
            long deadline = sentAt + waitNanos(m, attempt);
            if (deadline < now) {
                throw new IllegalStateException("retry deadline " + deadline + " before its check at " + now);
            }
            timer(deadline - now, Events.RETRY_TIMEOUT, topology.producerOf(m), m, attempt);
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
        if (acked[m] || attempts[m] != attempt) {
            return; // acked meanwhile: the timer is stale
        }
        long timedOut = lastSend.length > 0 ? lastSend[m] : 0;
        if (retry.mayRetryAfter(attempt)) {
            send(journal.retried(timedOut, now, p, m, attempt + 1), p, m, attempt + 1);
        } else {
            journal.gaveUp(timedOut, now, p, m, attempt);
        }
    }

    void onPublishAck(int p, int m, int attempt, long cause, long now) {
        if (!acked[m]) {
            acked[m] = true;
            journal.acked(cause, now, p, m, attempt);
        }
    }
}
