package dsim.model;

import dsim.spec.DedupSpec;
import dsim.spec.DelaySpec;
import dsim.spec.LinkSpec;
import dsim.spec.LossSpec;
import dsim.spec.OutageSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.List;

/**
 * The per-packet and per-delivery decisions inside the handlers, one at a time: what a link
 * decides for each packet, and what a consumer's dedup store does for each delivery. The
 * class sits in the model's package to reach these package-private parts; the whole run,
 * with the handlers working together, is {@code dsim.benchmarks.ModelBenchmarks}.
 */
@State(Scope.Thread)
public class HandlerBenchmark {

    private static final long MS = 1_000_000L;
    /** Message ids cycle through this many; the stores forget an id after as many nanoseconds. */
    private static final int IDS = 1 << 20;

    private final Link lossy = new Link(new LinkSpec(new DelaySpec.Exponential(5 * MS),
            new LossSpec.Independent(0.01), 0.005, List.of()), 1, "a->b");
    private final Link inOutage = new Link(new LinkSpec(new DelaySpec.Exponential(5 * MS),
            new LossSpec.Independent(0.01), 0.005, List.of(new OutageSpec(0, Long.MAX_VALUE, 0.1))), 1, "a->b");
    private final Link bursty = new Link(new LinkSpec(new DelaySpec.Exponential(5 * MS),
            new LossSpec.GilbertElliott(30_000_000_000L, 2_000_000_000L, 0.5, 0.001), 0.005, List.of()), 1, "a->b");
    private final DedupStores durable = new DedupStores(
            new DedupSpec[] {new DedupSpec(DedupSpec.Store.DURABLE, IDS)}, IDS, true);
    private final DedupStores memory = new DedupStores(
            new DedupSpec[] {new DedupSpec(DedupSpec.Store.MEMORY, IDS)}, IDS, true);
    private long key;
    private long now;

    /** A packet on a link with independent loss and duplication: verdict, delay, duplicate. */
    @Benchmark
    public long lossyLinkPacket() {
        return packet(lossy);
    }

    /** The same inside an outage window, whose loss replaces the link's own. */
    @Benchmark
    public long outageLinkPacket() {
        return packet(inOutage);
    }

    /** The same with Gilbert-Elliott loss, a Markov chain stepped per packet. */
    @Benchmark
    public long burstyLinkPacket() {
        return packet(bursty);
    }

    private long packet(Link link) {
        long k = key++;
        if (link.verdict(k, k, 1) != Link.PASS) {
            return -1;
        }
        return link.duplicates(k, 1) ? link.delayNanos(k, 2) : link.delayNanos(k, 1);
    }

    /**
     * A delivery under exactly-once with a durable store: look the id up, then commit it.
     * Each id comes back just as the store's window forgets it, so every delivery is new.
     */
    @Benchmark
    public boolean durableDedupDelivery() {
        return delivery(durable);
    }

    /** The same with a consumer's in-memory store (a hash map that a crash empties). */
    @Benchmark
    public boolean memoryDedupDelivery() {
        return delivery(memory);
    }

    private boolean delivery(DedupStores stores) {
        long t = now++;
        int m = (int) (t & (IDS - 1));
        boolean seen = stores.contains(0, m, t);
        if (!seen) {
            stores.commit(0, m, t);
        }
        return seen;
    }
}
