package dsim.simulation;

import dsim.spec.ConsumerSpec;
import dsim.spec.DedupSpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;

/**
 * The heap one run of a scenario needs before its first event: the arrays the model sizes
 * by the message count, the engine's first queue and the link table, a fifth more for the
 * garbage collector, and a baseline for the JVM and dsim. Runs one after the other free their
 * arrays in between, so they need the largest run's; runs side by side need one each. What a
 * run holds in flight (pending events, a broker's unacked messages) depends on how it goes and
 * is not counted: this is a floor to refuse hopeless runs up front, not a guarantee that the
 * rest will fit.
 */
public final class Footprint {

    /** Loaded classes, buffers and the scenario itself, measured at about 10 MiB; rounded up. */
    static final long BASELINE_BYTES = 16L << 20;
    /**
     * G1 keeps each large array in contiguous regions and needs free regions to work in: at 10
     * million messages a run needed about 15% more heap than its arrays, so a fifth is added.
     */
    static final int HEADROOM_DIVISOR = 5;

    // Per message, as the model allocates them (keep in step with dsim.model):
    /** Tally: processings (int), createdAt and firstProcessedAt (long). */
    static final int TALLY = 4 + 8 + 8;
    /** Tally.latency(): one long per processed message, while the run's arrays are still alive. */
    static final int LATENCIES = 8;
    /** Messages: each one's key (long) and place in the producers' numbering (int). */
    static final int MESSAGES = 8 + 4;
    /**
     * Producers: attempts (int) and acked (boolean); when some producer crashes, settled
     * (boolean) and the message at each place (int).
     */
    static final int PRODUCERS = 4 + 1;
    static final int PRODUCERS_CRASHING = 1 + 4;
    /** Tally: whether each message was dead-lettered (boolean), when some queue has max-deliveries. */
    static final int DEAD_LETTERS = 1;
    /** Brokers, when there are any: storeCount (int); seenInEpoch (int) when idempotent. */
    static final int BROKERS = 4;
    static final int BROKERS_IDEMPOTENT = 4;
    /** DedupStores under exactly-once with a durable store: committedAt (long). */
    static final int DURABLE_DEDUP = 8;
    /** An IntLongMap slot: an int key and a long value. */
    static final int MAP_SLOT = 4 + 8;
    /** Engine: per queue entry a long key and an int slot; per pool slot eight ints. */
    static final int EVENT_SLOT = (8 + 4) + 8 * 4;
    /** The engine's first capacity: Model sizes it by the message count within these bounds. */
    static final int MIN_EVENTS = 1024;
    static final int MAX_INITIAL_EVENTS = 1 << 16;
    /** Fault coverage: an int per message, a bit per fault source that touched it, once some source fires. */
    static final int COVERAGE = 4;
    /**
     * One link a run can use: its object with three stream seeds (48 bytes; outages, bursty
     * loss and streams add a small object) and its table's slots, two for each link, 16 bytes
     * each (a link spec's shape and delay sampler are shared by its links); rounded up.
     */
    static final int LINK_BYTES = 128;

    private Footprint() {
    }

    /** Bytes the largest of the scenario's runs needs up front. */
    public static long bytes(Scenario scenario) {
        long max = 0;
        for (Semantics s : scenario.semantics()) {
            max = Math.max(max, bytes(scenario, s));
        }
        return max;
    }

    /**
     * Bytes {@code runsAtOnce} runs of the scenario need up front when they run side by side, as a
     * sweep's worker threads or a determinism check's two runs do: each run's arrays (as large as
     * its largest run's), one baseline.
     */
    public static long bytes(Scenario scenario, int runsAtOnce) {
        return BASELINE_BYTES + runsAtOnce * (bytes(scenario) - BASELINE_BYTES);
    }

    /** Bytes one run of {@code scenario} under {@code semantics} needs up front. */
    public static long bytes(Scenario scenario, Semantics semantics) {
        long n = scenario.totalMessages();
        long memoryStores = 0;
        if (semantics.consumer().deduplicates()) {
            memoryStores = uses(scenario, DedupSpec.Store.MEMORY) ? memoryStoreBytes(n) : 0;
        }
        long events = Math.min(MAX_INITIAL_EVENTS, Math.max(MIN_EVENTS, n));
        long arrays = messageArrayBytes(scenario, semantics) + memoryStores + events * EVENT_SLOT
                + links(scenario) * LINK_BYTES;
        return BASELINE_BYTES + arrays + arrays / HEADROOM_DIVISOR;
    }

    /** Bytes of the arrays a run of {@code scenario} under {@code semantics} keeps per message. */
    public static long messageArrayBytes(Scenario scenario, Semantics semantics) {
        long n = scenario.totalMessages();
        long perMessage = TALLY + LATENCIES + MESSAGES + PRODUCERS + COVERAGE;
        if (scenario.producers().stream().anyMatch(p -> p.crash() != null)) {
            perMessage += PRODUCERS_CRASHING;
        }
        if (scenario.brokers().stream().anyMatch(b -> b.maxDeliveries() > 0)) {
            perMessage += DEAD_LETTERS;
        }
        if (!scenario.brokers().isEmpty()) {
            perMessage += BROKERS + (semantics.broker().dropsStoredRetries() ? BROKERS_IDEMPOTENT : 0);
        }
        if (semantics.consumer().deduplicates()) {
            perMessage += uses(scenario, DedupSpec.Store.DURABLE) ? DURABLE_DEDUP : 0;
        }
        return n * perMessage;
    }

    /** The links a run can use, both ways: each producer and what it sends to, each broker and each consumer it delivers to. */
    static long links(Scenario scenario) {
        long pairs = scenario.producers().size();
        for (var b : scenario.brokers()) {
            pairs += b.deliverTo().size();
        }
        return 2 * pairs;
    }

    /**
     * An in-memory dedup store that remembers every message: an open-addressing table kept at
     * most half full, doubled when full, so at its last growth the old table is still alive
     * beside the new one. Counted once: the stores of a group share the messages between them.
     */
    static long memoryStoreBytes(long messages) {
        long capacity = 16;
        while (messages * 2 > capacity) {
            capacity *= 2;
        }
        long peak = capacity > 16 ? capacity + capacity / 2 : capacity;
        return peak * MAP_SLOT;
    }

    private static boolean uses(Scenario scenario, DedupSpec.Store store) {
        for (ConsumerSpec c : scenario.consumers()) {
            if (c.dedup().store() == store) {
                return true;
            }
        }
        return false;
    }
}
