package dsim.bench;

import dsim.engine.EventQueue;
import dsim.random.ExponentialZiggurat;
import dsim.random.Seeds;
import dsim.random.SplitMixRandom;

import java.util.Arrays;

/**
 * The yardstick for the whole model: {@link ModelBenchmark}'s scenario written by hand, as
 * lean as it can be while doing the same work. One producer publishes at 10,000/s to a
 * durable broker that delivers to four consumers of 16 workers (512 deliveries unacked each);
 * every link loses 1% and duplicates 0.5% of packets and delays them Exp(5 ms); consumers
 * process for U(1, 3) ms and crash after processing on 0.01% of deliveries, down 200 ms.
 * The producer resends on a 1 s timeout (doubling, 10% jitter, 10 attempts); the broker
 * redelivers what is unacked after 2 s. Timers use the model's scheme (a FIFO of deadlines
 * walked by one check event), so both run about the same events per message.
 *
 * <p>What it leaves out is what dsim adds to that work: no journal or digest, no trace, no
 * fault script or coverage, no latency percentiles or timeline, no per-node dispatch. Its
 * events run on dsim's own 4-ary heap, its payloads sit in plain arrays; its random draws are
 * keyed as dsim's are.
 */
public final class LeanModel {

    private static final long MS = 1_000_000L;
    private static final long S = 1_000 * MS;
    private static final double LOSS = 0.01;
    private static final double DUPLICATE = 0.005;
    private static final double LINK_MEAN = 5 * MS;
    private static final double ARRIVAL_MEAN = 1e9 / 10_000;
    private static final int CONSUMERS = 4;
    private static final int WORKERS = 16;
    private static final int PREFETCH = 512;
    private static final double CRASH = 0.0001;
    private static final long DOWN_FOR = 200 * MS;
    private static final long REDELIVERY = 2 * S;
    private static final long RETRY = S;
    private static final int ATTEMPTS = 10;
    private static final double JITTER = 0.1;
    /** The shortest retry wait: the first timeout less its whole jitter. */
    private static final long SHORTEST_WAIT = (long) (RETRY * (1 - JITTER)) - 1;

    private static final int ARRIVAL = 0;
    private static final int PUBLISH = 1;
    private static final int PUBLISH_ACK = 2;
    private static final int DELIVER = 3;
    private static final int CONSUMER_ACK = 4;
    private static final int PROCESS_DONE = 5;
    private static final int RETRY_CHECK = 6;
    private static final int RETRY_TIMEOUT = 7;
    private static final int REDELIVERY_CHECK = 8;
    private static final int RESTART = 9;

    /** Draw streams: per packet kind, its loss, duplication and delay; then processing, crashes and jitter. */
    private static final int LOSS_DRAWS = 0;
    private static final int DUPLICATE_DRAWS = 5;
    private static final int DELAY_DRAWS = 10;
    private static final int PROCESSING_DRAWS = 15;
    private static final int CRASH_DRAWS = 16;
    private static final int JITTER_DRAWS = 17;

    private final int messages;
    /** The arrival gaps, drawn in turn as dsim draws them. */
    private final SplitMixRandom random;
    private final long[] streamSeeds = new long[JITTER_DRAWS + 1];
    private final EventQueue queue;
    /** Event payloads by pool slot: kind, message and three arguments. */
    private int[] kind;
    private int[] message;
    private int[] argA;
    private int[] argB;
    private int[] argC;
    private int[] free;
    private int freeSlots;
    private int slotsUsed;
    private long now;
    private long events;

    // The producer: each message's latest attempt, whether it is acked, its sends awaiting an ack.
    private final int[] attempts;
    private final boolean[] acked;
    private final Fifo awaitingAck = new Fifo();
    private boolean retryCheckPending;
    // The broker: one entry per stored copy, with its message, its current hand-out (-1 while it waits
    // for a consumer, 0 once acked and freed) and the consumer holding it (-1: none).
    private int[] entryMessage = new int[1024];
    private int[] entryHandOut = new int[1024];
    private int[] entryHolder = new int[1024];
    private int[] freeEntries = new int[1024];
    private int freeEntryCount;
    private int entriesUsed;
    private int handOuts;
    private final int[] inFlight = new int[CONSUMERS];
    private int nextConsumer;
    private final Fifo waiting = new Fifo();
    private final Fifo awaitingConsumerAck = new Fifo();
    private boolean redeliveryCheckPending;
    // The consumers.
    private final int[] busy = new int[CONSUMERS];
    private final Fifo[] queued = new Fifo[CONSUMERS];
    private final boolean[] down = new boolean[CONSUMERS];
    private final int[] incarnation = new int[CONSUMERS];
    /** Processings per message: 0 lost, 1 once, more duplicated. */
    private final int[] processings;

    private LeanModel(int messages, long seed) {
        this.messages = messages;
        this.random = new SplitMixRandom(seed);
        for (int i = 0; i < streamSeeds.length; i++) {
            streamSeeds[i] = Seeds.mix64(seed + i);
        }
        this.queue = new EventQueue(1024);
        int slots = 1024;
        kind = new int[slots];
        message = new int[slots];
        argA = new int[slots];
        argB = new int[slots];
        argC = new int[slots];
        free = new int[slots];
        attempts = new int[messages];
        acked = new boolean[messages];
        processings = new int[messages];
        for (int c = 0; c < CONSUMERS; c++) {
            queued[c] = new Fifo();
        }
    }

    /** What a run of the lean model did. */
    public record Result(long messages, long events, long lost, long duplicated) {
    }

    /** Runs {@code messages} messages from {@code seed} to quiescence. */
    public static Result run(int messages, long seed) {
        LeanModel model = new LeanModel(messages, seed);
        model.schedule(0, ARRIVAL, 0, 0, 0, 0);
        model.loop();
        long lost = 0;
        long duplicated = 0;
        for (int p : model.processings) {
            lost += p == 0 ? 1 : 0;
            duplicated += p > 1 ? 1 : 0;
        }
        return new Result(messages, model.events, lost, duplicated);
    }

    private void loop() {
        while (!queue.isEmpty()) {
            long time = queue.peekTime();
            int slot = queue.pop();
            now = time;
            events++;
            int m = message[slot];
            int a = argA[slot];
            int b = argB[slot];
            int c = argC[slot];
            free[freeSlots++] = slot;
            switch (kind[slot]) {
                case ARRIVAL -> onArrival(m);
                case PUBLISH -> onPublish(m, a);
                case PUBLISH_ACK -> acked[m] = true;
                case DELIVER -> onDeliver(m, a, b, c);
                case PROCESS_DONE -> onProcessDone(m, a, b, c);
                case CONSUMER_ACK -> onConsumerAck(a, b);
                case RETRY_CHECK -> onRetryCheck();
                case RETRY_TIMEOUT -> onRetryTimeout(m, a);
                case REDELIVERY_CHECK -> onRedeliveryCheck();
                case RESTART -> down[c] = false;
                default -> throw new IllegalStateException("unknown event kind " + kind[slot]);
            }
        }
    }

    private void schedule(long delay, int eventKind, int m, int a, int b, int c) {
        int slot;
        if (freeSlots > 0) {
            slot = free[--freeSlots];
        } else {
            if (slotsUsed == kind.length) {
                int n = kind.length * 2;
                kind = Arrays.copyOf(kind, n);
                message = Arrays.copyOf(message, n);
                argA = Arrays.copyOf(argA, n);
                argB = Arrays.copyOf(argB, n);
                argC = Arrays.copyOf(argC, n);
                free = Arrays.copyOf(free, n);
            }
            slot = slotsUsed++;
        }
        kind[slot] = eventKind;
        message[slot] = m;
        argA[slot] = a;
        argB[slot] = b;
        argC[slot] = c;
        queue.push(now + delay, slot);
    }

    /**
     * 64 random bits for one decision, keyed by what it decides (stream, message, instance) as
     * dsim draws them, so that every semantics meets the same faults: common random numbers are
     * part of the work, not overhead. (Drawn from one generator in turn instead, the lean model
     * runs only about 4% faster.)
     */
    private long bits(int stream, int m, long instance) {
        return Seeds.keyed(streamSeeds[stream], m, instance);
    }

    private double uniform(int stream, int m, long instance) {
        return Seeds.toUnit(bits(stream, m, instance));
    }

    private long exponential(double mean, long bits) {
        return (long) (mean * ExponentialZiggurat.sample(bits));
    }

    /**
     * Sends a packet over a lossy, duplicating link: none, one or two arrivals.
     *
     * @return whether the link lost it
     */
    private boolean send(int packet, int m, int a, int b, int c, long instance) {
        long once = instance << 4 | packet;
        if (uniform(LOSS_DRAWS + packet, m, once) < LOSS) {
            return true;
        }
        schedule(exponential(LINK_MEAN, bits(DELAY_DRAWS + packet, m, once)), packet, m, a, b, c);
        if (uniform(DUPLICATE_DRAWS + packet, m, once) < DUPLICATE) {
            schedule(exponential(LINK_MEAN, bits(DELAY_DRAWS + packet, m, once | 8)), packet, m, a, b, c);
        }
        return false;
    }

    private void onArrival(int m) {
        if (m + 1 < messages) {
            schedule(exponential(ARRIVAL_MEAN, random.nextLong()), ARRIVAL, m + 1, 0, 0, 0);
        }
        publish(m, 1);
    }

    private void publish(int m, int attempt) {
        attempts[m] = attempt;
        send(PUBLISH, m, attempt, 0, 0, attempt);
        awaitingAck.add(now + SHORTEST_WAIT, m, attempt);
        if (!retryCheckPending) {
            retryCheckPending = true;
            schedule(SHORTEST_WAIT, RETRY_CHECK, 0, 0, 0, 0);
        }
    }

    private void onRetryCheck() {
        long span = SHORTEST_WAIT / 4;
        while (!awaitingAck.isEmpty() && awaitingAck.headDue() <= now + span) {
            int m = awaitingAck.headFirst();
            int attempt = awaitingAck.headSecond();
            long sentAt = awaitingAck.headDue() - SHORTEST_WAIT;
            awaitingAck.removeHead();
            if (acked[m] || attempts[m] != attempt) {
                continue;
            }
            double jitter = JITTER * (2 * uniform(JITTER_DRAWS, m, attempt) - 1);
            double wait = RETRY * StrictMath.pow(2, attempt - 1) * (1 + jitter);
            schedule(sentAt + (long) wait - now, RETRY_TIMEOUT, m, attempt, 0, 0);
        }
        retryCheckPending = !awaitingAck.isEmpty();
        if (retryCheckPending) {
            schedule(awaitingAck.headDue() - now, RETRY_CHECK, 0, 0, 0, 0);
        }
    }

    private void onRetryTimeout(int m, int attempt) {
        if (!acked[m] && attempts[m] == attempt && attempt < ATTEMPTS) {
            publish(m, attempt + 1);
        }
    }

    /** The broker stores every copy that arrives, acks it, and hands it out or queues it. */
    private void onPublish(int m, int attempt) {
        int e = newEntry(m);
        send(PUBLISH_ACK, m, attempt, 0, 0, attempt);
        int c = waiting.isEmpty() ? consumerWithRoom() : -1;
        if (c < 0) {
            waiting.add(0, e, 0);
            handOutWaiting();
        } else {
            handOut(e, c);
        }
    }

    private int newEntry(int m) {
        int e;
        if (freeEntryCount > 0) {
            e = freeEntries[--freeEntryCount];
        } else {
            if (entriesUsed == entryMessage.length) {
                int n = entryMessage.length * 2;
                entryMessage = Arrays.copyOf(entryMessage, n);
                entryHandOut = Arrays.copyOf(entryHandOut, n);
                entryHolder = Arrays.copyOf(entryHolder, n);
                freeEntries = Arrays.copyOf(freeEntries, n);
            }
            e = entriesUsed++;
        }
        entryMessage[e] = m;
        entryHandOut[e] = -1; // held, not handed out
        entryHolder[e] = -1;
        return e;
    }

    private int consumerWithRoom() {
        for (int i = 0; i < CONSUMERS; i++) {
            int c = (nextConsumer + i) % CONSUMERS;
            if (inFlight[c] < PREFETCH) {
                nextConsumer = (c + 1) % CONSUMERS;
                return c;
            }
        }
        return -1;
    }

    /** Hands entry {@code e} to consumer {@code c}, under a new hand-out number its ack must name. */
    private void handOut(int e, int c) {
        int h = ++handOuts;
        entryHandOut[e] = h;
        entryHolder[e] = c;
        inFlight[c]++;
        awaitingConsumerAck.add(now + REDELIVERY, e, h);
        if (!redeliveryCheckPending) {
            redeliveryCheckPending = true;
            schedule(REDELIVERY, REDELIVERY_CHECK, 0, 0, 0, 0);
        }
        if (send(DELIVER, entryMessage[e], e, h, c, h)) {
            inFlight[c]--; // the consumer asks again at once; this one comes back after its timeout
            entryHolder[e] = -1;
        }
    }

    private void handOutWaiting() {
        while (!waiting.isEmpty()) {
            int e = waiting.headFirst(); // waiting, so not handed out: no ack can free it meanwhile
            int c = consumerWithRoom();
            if (c < 0) {
                return;
            }
            waiting.removeHead();
            handOut(e, c);
        }
    }

    private void onRedeliveryCheck() {
        while (!awaitingConsumerAck.isEmpty()) {
            int e = awaitingConsumerAck.headFirst();
            boolean live = entryHandOut[e] == awaitingConsumerAck.headSecond();
            if (live && awaitingConsumerAck.headDue() > now) {
                break;
            }
            awaitingConsumerAck.removeHead();
            if (live) {
                release(e);
                entryHandOut[e] = -1;
                waiting.addFirst(e);
                handOutWaiting();
            }
        }
        redeliveryCheckPending = !awaitingConsumerAck.isEmpty();
        if (redeliveryCheckPending) {
            schedule(awaitingConsumerAck.headDue() - now, REDELIVERY_CHECK, 0, 0, 0, 0);
        }
    }

    /** The entry's consumer gets its room back. */
    private void release(int e) {
        if (entryHolder[e] >= 0) {
            inFlight[entryHolder[e]]--;
            entryHolder[e] = -1;
        }
    }

    private void onDeliver(int m, int e, int h, int c) {
        if (down[c]) {
            return;
        }
        if (busy[c] < WORKERS) {
            startProcessing(m, e, h, c);
        } else {
            queued[c].add(m, e, h); // the "due" slot carries the message
        }
    }

    private void startProcessing(int m, int e, int h, int c) {
        busy[c]++;
        schedule(MS + (long) (2 * MS * uniform(PROCESSING_DRAWS, m, h)), PROCESS_DONE, m, e, h, c | incarnation[c] << 8);
    }

    private void onProcessDone(int m, int e, int h, int consumerAndIncarnation) {
        int c = consumerAndIncarnation & 0xFF;
        if (down[c] || consumerAndIncarnation >>> 8 != incarnation[c]) {
            return; // aborted by a crash
        }
        processings[m]++;
        busy[c]--;
        if (uniform(CRASH_DRAWS, m, h) < CRASH) {
            down[c] = true;
            incarnation[c]++;
            busy[c] = 0;
            queued[c].clear();
            schedule(DOWN_FOR, RESTART, -1, 0, 0, c);
            return;
        }
        send(CONSUMER_ACK, m, e, h, c, h);
        if (!queued[c].isEmpty()) {
            Fifo q = queued[c];
            int next = (int) q.headDue();
            int nextEntry = q.headFirst();
            int nextHandOut = q.headSecond();
            q.removeHead();
            startProcessing(next, nextEntry, nextHandOut, c);
        }
    }

    private void onConsumerAck(int e, int h) {
        if (entryHandOut[e] != h) {
            return; // a late ack of an earlier hand-out, or of a freed entry
        }
        release(e);
        entryHandOut[e] = 0;
        freeEntries[freeEntryCount++] = e;
        handOutWaiting();
    }

    /** A growable ring of (due time, first, second) triples. */
    private static final class Fifo {
        private long[] due = new long[1024];
        private int[] first = new int[1024];
        private int[] second = new int[1024];
        private int head;
        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        void add(long at, int a, int b) {
            if (size == due.length) {
                grow();
            }
            int i = (head + size) & (due.length - 1);
            due[i] = at;
            first[i] = a;
            second[i] = b;
            size++;
        }

        /** Puts {@code a} at the front, as (0, a, 0). */
        void addFirst(int a) {
            if (size == due.length) {
                grow();
            }
            head = (head - 1) & (due.length - 1);
            due[head] = 0;
            first[head] = a;
            second[head] = 0;
            size++;
        }

        long headDue() {
            return due[head];
        }

        int headFirst() {
            return first[head];
        }

        int headSecond() {
            return second[head];
        }

        void removeHead() {
            head = (head + 1) & (due.length - 1);
            size--;
        }

        void clear() {
            size = 0;
        }

        private void grow() {
            int n = due.length * 2;
            long[] d = new long[n];
            int[] a = new int[n];
            int[] b = new int[n];
            for (int i = 0; i < size; i++) {
                int j = (head + i) & (due.length - 1);
                d[i] = due[j];
                a[i] = first[j];
                b[i] = second[j];
            }
            due = d;
            first = a;
            second = b;
            head = 0;
        }
    }
}
