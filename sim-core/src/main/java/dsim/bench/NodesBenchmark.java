package dsim.bench;

import dsim.model.Model;
import dsim.simulation.Footprint;
import dsim.simulation.Simulation;
import dsim.spec.ArrivalSpec;
import dsim.spec.BrokerSpec;
import dsim.spec.CommitPolicy;
import dsim.spec.ConsumerSpec;
import dsim.spec.DedupSpec;
import dsim.spec.DelaySpec;
import dsim.spec.LimitsSpec;
import dsim.spec.LinkSpec;
import dsim.spec.LossSpec;
import dsim.spec.NetworkSpec;
import dsim.spec.ProducerSpec;
import dsim.spec.RetrySpec;
import dsim.spec.Scenario;
import dsim.spec.ScenarioSource;
import dsim.spec.Semantics;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.function.LongSupplier;

/**
 * The cost of an event, and the memory a run holds, as the node count grows: the same messages
 * at the same total rate through one broker from {@code n} producers to {@code n} consumers, at
 * 5 and at 5,000 of each. Lookups by node (a message's producer, a link by its ends) must not
 * grow with the count. The load is held: what a run holds in flight (unacked sends, deliveries
 * awaiting their timeout) grows with the rate, and the row measures nodes, not load. So each
 * producer's arrivals are Poisson at its share of the total rate: together they are the same
 * Poisson stream at either count. (At fixed intervals every producer creates a message at the
 * same instants, and 5,000 producers are bursts of 5,000 messages every 10 s where 5 are
 * bursts of 5: the same rate, not the same load.)
 */
public final class NodesBenchmark {

    private static final long MS = 1_000_000L;
    private static final long S = 1_000 * MS;

    private NodesBenchmark() {
    }

    /** Every producer together: 500 messages a second, whatever their number. */
    private static final long TOTAL_RATE_PER_SECOND = 500;

    /** {@code pairs} producers and consumers, {@code messages} messages in all, 1% loss, at-least-once. */
    static Scenario scenario(int pairs, long messages) {
        double rate = TOTAL_RATE_PER_SECOND / (double) pairs;
        List<ProducerSpec> producers = new ArrayList<>();
        List<ConsumerSpec> consumers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            producers.add(new ProducerSpec("p" + i, "queue", messages / pairs, new ArrivalSpec.Poisson(rate)));
            names.add("c" + i);
            consumers.add(new ConsumerSpec("c" + i, new DelaySpec.Constant(MS), null, DedupSpec.DEFAULT,
                    CommitPolicy.AFTER_PROCESS, 1, 1));
        }
        LinkSpec link = new LinkSpec(new DelaySpec.Exponential(5 * MS), new LossSpec.Independent(0.01), 0, List.of());
        return new Scenario("nodes", "Many producers and consumers through one broker.", 1,
                List.of(Semantics.AT_LEAST_ONCE), producers, List.of(new BrokerSpec("queue", names, true, 2 * S, null)),
                consumers, new NetworkSpec(link, List.of()), new RetrySpec(S, 10, 2, 30 * S, 0.1),
                new LimitsSpec(365L * 24 * 3600 * S, Long.MAX_VALUE), new EnumMap<>(Semantics.class), null,
                new ScenarioSource("(built-in)", ""));
    }

    /** Nanoseconds per event at {@code pairs} producers and consumers: the best of three runs. */
    static double nanosPerEvent(int pairs, long messages) {
        Scenario s = scenario(pairs, messages);
        return bestOfThree(() -> Simulation.run(s, Semantics.AT_LEAST_ONCE, 1, null).events());
    }

    /** The fewest nanoseconds per event over three runs, each of which returns its event count. */
    static double bestOfThree(LongSupplier eventsOfARun) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            long events = eventsOfARun.getAsLong();
            best = Math.min(best, (System.nanoTime() - start) / (double) events);
        }
        return best;
    }

    /**
     * The heap a finished run at {@code pairs} producers and consumers still holds: its model
     * (every array it sized, every link it built, what waits in its queues) measured after a
     * full collection, beside the heap in use before it was built.
     */
    static long heldBytes(int pairs, long messages) {
        Scenario s = scenario(pairs, messages);
        long before = HeapUse.usedAfterCollection();
        Model model = new Model(s, Semantics.AT_LEAST_ONCE, 1, null);
        model.run();
        long held = HeapUse.usedAfterCollection() - before;
        Reference.reachabilityFence(model); // the model is what is measured: it must not be collected first
        return held;
    }

    /** Nanoseconds per event of the lean model of the same scenario at {@code pairs}: the best of three runs. */
    static double leanNanosPerEvent(int pairs, long messages) {
        return bestOfThree(() -> LeanModel.run(LeanModel.Shape.nodes(pairs), Math.toIntExact(messages), 1).events());
    }

    /**
     * Both counts on the same messages, and the lean model at both: how much of the growth
     * is the machine's (caches, the queue's depth), which a model written by hand pays too.
     */
    public static NodesResult run(long messages) {
        nanosPerEvent(5, messages / 4); // warm the code
        leanNanosPerEvent(5, messages / 4);
        long arrays = Footprint.messageArrayBytes(scenario(5, messages), Semantics.AT_LEAST_ONCE);
        return new NodesResult(messages, 10, nanosPerEvent(5, messages), heldBytes(5, messages), 10_000,
                nanosPerEvent(5_000, messages), heldBytes(5_000, messages), arrays, leanNanosPerEvent(5, messages),
                leanNanosPerEvent(5_000, messages));
    }
}
