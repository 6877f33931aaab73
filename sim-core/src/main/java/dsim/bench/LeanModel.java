package dsim.bench;

import dsim.engine.EventQueue;
import dsim.random.ExponentialZiggurat;
import dsim.random.Seeds;
import dsim.random.SplitMixRandom;

import java.util.Arrays;

/**
 * The yardstick for the whole model: the bench's scenarios written by hand, as lean as they
 * can be while doing the same work. {@link Shape#WHOLE_MODEL} is {@link ModelBenchmark}'s: one
 * producer publishes at 10,000/s to a durable broker that delivers to four consumers of 16
 * workers (512 deliveries unacked each); every link loses 1% and duplicates 0.5% of packets and
 * delays them Exp(5 ms); consumers process for U(1, 3) ms and crash after processing on 0.01%
 * of deliveries, down 200 ms. {@link Shape#nodes} is {@link NodesBenchmark}'s: n producers,
 * Poisson at their share of 500/s, and n consumers of one worker holding one delivery, 1 ms
 * each, no duplication, no crashes. The producers resend on a 1 s timeout (doubling, 10%
 * jitter, 10 attempts); the broker redelivers what is unacked after 2 s. Timers use the
 * model's scheme (a FIFO of deadlines walked by one check event), so both run about the same
 * events per message.
 *
 * <p>What it leaves out is what dsim adds to that work: no journal or digest, no trace, no
 * fault script or coverage, no latency percentiles or timeline, no per-node dispatch. Its
 * events run on dsim's own 4-ary heap, its payloads sit in plain arrays; its random draws are
 * keyed as dsim's are, each link's from streams of its own, so at 10,000 nodes it keeps per
 * node what a hand-written model must: a stream state per producer, three seeds per link.
 */
public final class LeanModel {

    private static final long MS = 1_000_000L;
    private static final long S = 1_000 * MS;
    private static final double LOSS = 0.01;
    private static final double LINK_MEAN = 5 * MS;
    private static final long DOWN_FOR = 200 * MS;

    /**
     * What the scenario has: its producers and their arrival rate in all, its consumers, their
     * workers, the deliveries each may hold and their processing time (uniform), and how often
     * a link duplicates a packet and a consumer crashes after processing.
     */
    public record Shape(int producers, double ratePerSecond, int consumers, int workers, int prefetch,
                        long processingMinNanos, long processingMaxNanos, double duplicate, double crash) {

        /** {@link ModelBenchmark}'s scenario. */
        public static final Shape WHOLE_MODEL = new Shape(1, 10_000, 4, 16, 512, MS, 3 * MS, 0.005, 0.0001);

        /** {@link NodesBenchmark}'s scenario at {@code pairs} producers and consumers. */
        public static Shape nodes(int pairs) {
            return new Shape(pairs, 500, pairs, 1, 1, MS, MS, 0, 0);
        }
    }
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

    /** A link's three streams, at 3 * its node + these: its loss, its duplication and its delay. */
    private static final int LOSS_DRAWS = 0;
    private static final int DUPLICATE_DRAWS = 1;
    private static final int DELAY_DRAWS = 2;
    /** The model's other streams: processing, crashes and jitter. */
    private static final int PROCESSING_DRAWS = 0;
    private static final int CRASH_DRAWS = 1;
    private static final int JITTER_DRAWS = 2;

    private final Shape shape;
    private final int messages;
    /** Per producer, its arrival stream's state; each draws its gaps in turn as dsim's producers do. */
    private final long[] arrivalStream;
    /** Per producer, the messages it has still to create. */
    private final int[] toCreate;
    private final double arrivalMean;
    private int created;
    /** Per message, by creation, its producer. */
    private final int[] producerOf;
    /** Per packet kind, per link (a producer's for publishes and their acks, a consumer's for deliveries and theirs), its three seeds. */
    private final long[][] linkSeeds = new long[CONSUMER_ACK + 1][];
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
    private final int[] inFlight;
    private int nextConsumer;
    private final Fifo waiting = new Fifo();
    private final Fifo awaitingConsumerAck = new Fifo();
    private boolean redeliveryCheckPending;
    // The consumers.
    private final int[] busy;
    private final Fifo[] queued;
    private final boolean[] down;
    private final int[] incarnation;
    /** Processings per message: 0 lost, 1 once, more duplicated. */
    private final int[] processings;

    private LeanModel(Shape shape, int messages, long seed) {
        this.shape = shape;
        this.messages = messages;
        int p = shape.producers();
        arrivalStream = new long[p];
        toCreate = new int[p];
        for (int i = 0; i < p; i++) {
            arrivalStream[i] = Seeds.mix64(seed ^ Seeds.mix64(-1 - i));
            toCreate[i] = messages / p + (i < messages % p ? 1 : 0);
        }
        arrivalMean = 1e9 * p / shape.ratePerSecond();
        producerOf = new int[messages];
        for (int kind = PUBLISH; kind <= CONSUMER_ACK; kind++) {
            int links = kind <= PUBLISH_ACK ? p : shape.consumers();
            linkSeeds[kind] = new long[3 * links];
            for (int i = 0; i < linkSeeds[kind].length; i++) {
                linkSeeds[kind][i] = Seeds.mix64(seed + Seeds.mix64(kind * 0x1_0000_0000L + i));
            }
        }
        for (int i = 0; i < streamSeeds.length; i++) {
            streamSeeds[i] = Seeds.mix64(seed + i);
        }
        int c = shape.consumers();
        inFlight = new int[c];
        busy = new int[c];
        queued = new Fifo[c];
        down = new boolean[c];
        incarnation = new int[c];
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
        for (int i = 0; i < c; i++) {
            queued[i] = new Fifo(Math.min(1024, Integer.highestOneBit(shape.workers() + shape.prefetch()) * 2));
        }
    }

    /** What a run of the lean model did. */
    public record Result(long messages, long events, long lost, long duplicated) {
    }

    /** Runs {@code messages} messages of {@link ModelBenchmark}'s scenario from {@code seed} to quiescence. */
    public static Result run(int messages, long seed) {
        return run(Shape.WHOLE_MODEL, messages, seed);
    }

    /** Runs {@code messages} messages of a scenario of this shape from {@code seed} to quiescence. */
    public static Result run(Shape shape, int messages, long seed) {
        LeanModel model = new LeanModel(shape, messages, seed);
        for (int p = 0; p < shape.producers(); p++) {
            if (model.toCreate[p] > 0) {
                model.schedule(0, ARRIVAL, -1, p, 0, 0);
            }
        }
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
                case ARRIVAL -> onArrival(a);
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
        queue.schedule(now, now + delay, slot); // as the engine does: what is due long after the packets waits apart
    }

    /**
     * 64 random bits for one decision, keyed by what it decides (stream, message, instance) as
     * dsim draws them, so that every semantics meets the same faults: common random numbers are
     * part of the work, not overhead. (Drawn from one generator in turn instead, the lean model
     * runs only about 4% faster.)
     */
    private long bits(long streamSeed, int m, long instance) {
        return Seeds.keyed(streamSeed, m, instance);
    }

    private double uniform(long streamSeed, int m, long instance) {
        return Seeds.toUnit(bits(streamSeed, m, instance));
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
        // The link: its producer's for a publish and its ack, its consumer's (in c) for a delivery and its ack.
        int at = 3 * (packet <= PUBLISH_ACK ? producerOf[m] : c);
        long[] seeds = linkSeeds[packet];
        if (uniform(seeds[at + LOSS_DRAWS], m, once) < LOSS) {
            return true;
        }
        schedule(exponential(LINK_MEAN, bits(seeds[at + DELAY_DRAWS], m, once)), packet, m, a, b, c);
        if (shape.duplicate() > 0 && uniform(seeds[at + DUPLICATE_DRAWS], m, once) < shape.duplicate()) {
            schedule(exponential(LINK_MEAN, bits(seeds[at + DELAY_DRAWS], m, once | 8)), packet, m, a, b, c);
        }
        return false;
    }

    /** Producer {@code p}'s next message arrives: created now, numbered in creation order. */
    private void onArrival(int p) {
        if (--toCreate[p] > 0) {
            schedule(exponential(arrivalMean, SplitMixRandom.nextLong(arrivalStream, p)), ARRIVAL, -1, p, 0, 0);
        }
        int m = created++;
        producerOf[m] = p;
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
            double jitter = JITTER * (2 * uniform(streamSeeds[JITTER_DRAWS], m, attempt) - 1);
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
        int n = inFlight.length;
        for (int i = 0; i < n; i++) {
            int c = (nextConsumer + i) % n;
            if (inFlight[c] < shape.prefetch()) {
                nextConsumer = (c + 1) % n;
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
        if (busy[c] < shape.workers()) {
            startProcessing(m, e, h, c);
        } else {
            queued[c].add(m, e, h); // the "due" slot carries the message
        }
    }

    private void startProcessing(int m, int e, int h, int c) {
        busy[c]++;
        long spread = shape.processingMaxNanos() - shape.processingMinNanos();
        long processing = shape.processingMinNanos()
                + (spread == 0 ? 0 : (long) (spread * uniform(streamSeeds[PROCESSING_DRAWS], m, h)));
        schedule(processing, PROCESS_DONE, m, e, h, c | incarnation[c] << 16);
    }

    private void onProcessDone(int m, int e, int h, int consumerAndIncarnation) {
        int c = consumerAndIncarnation & 0xFFFF;
        if (down[c] || consumerAndIncarnation >>> 16 != incarnation[c]) {
            return; // aborted by a crash
        }
        processings[m]++;
        busy[c]--;
        if (shape.crash() > 0 && uniform(streamSeeds[CRASH_DRAWS], m, h) < shape.crash()) {
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
        private long[] due;
        private int[] first;
        private int[] second;
        private int head;
        private int size;

        /** Room for {@code capacity} (a power of two) before it grows: 5,000 consumers each have one. */
        Fifo(int capacity) {
            due = new long[capacity];
            first = new int[capacity];
            second = new int[capacity];
        }

        Fifo() {
            this(1024);
        }

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
