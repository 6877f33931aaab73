package dsim.bench;

import dsim.run.RunResult;
import dsim.simulation.Simulation;
import dsim.spec.ArrivalSpec;
import dsim.spec.BrokerSpec;
import dsim.spec.CommitPolicy;
import dsim.spec.ConsumerCrashSpec;
import dsim.spec.ConsumerSpec;
import dsim.spec.CrashPoint;
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

import java.util.List;
import java.util.Map;

/**
 * The whole model under load: a large at-least-once scenario through a broker, with loss,
 * duplication, consumer crashes, acks, timeouts and redeliveries, timed end to end.
 */
public final class ModelBenchmark {

    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;
    /** Each consumer's workers: four consumers of 16 take 32,000 orders a second, well above the 10,000 that come. */
    private static final int WORKERS = 16;
    /**
     * Deliveries each consumer holds unacked. A delivery is out for a round trip and its
     * processing, about 12 ms, and one whose deliver or ack is lost (2%) holds its place until
     * the 2 s redelivery timeout: 512 keep the workers busy, where 64 would let the broker's
     * backlog grow without end.
     */
    private static final int PREFETCH = 512;

    private ModelBenchmark() {
    }

    /**
     * The built-in scenario: {@code messages} orders at 10,000/s into a durable broker with
     * four competing consumers of 16 workers each (512 deliveries prefetched); 1% loss and 0.5% duplication on every link;
     * consumers crash after processing on 0.01% of deliveries.
     */
    public static Scenario scenario(long messages) {
        List<String> consumers = List.of("worker-1", "worker-2", "worker-3", "worker-4");
        List<ConsumerSpec> specs = consumers.stream().map(name -> new ConsumerSpec(name,
                new DelaySpec.Uniform(MS, 3 * MS), new ConsumerCrashSpec(0.0001, CrashPoint.AFTER_PROCESS, 200 * MS),
                DedupSpec.DEFAULT, CommitPolicy.AFTER_PROCESS, WORKERS, PREFETCH)).toList();
        LinkSpec link = new LinkSpec(new DelaySpec.Exponential(5 * MS), new LossSpec.Independent(0.01), 0.005,
                List.of());
        return new Scenario("bench", "The built-in benchmark scenario.", 1, List.of(Semantics.AT_LEAST_ONCE),
                List.of(new ProducerSpec("orders", "queue", messages, new ArrivalSpec.Poisson(10_000))),
                List.of(new BrokerSpec("queue", consumers, true, 2 * S, null)), specs,
                new NetworkSpec(link, List.of()), new RetrySpec(S, 10, 2, 30 * S, 0.1),
                new LimitsSpec(365L * 24 * 3600 * S, Long.MAX_VALUE), Map.of(), null,
                new ScenarioSource("(built-in)", ""));
    }

    /** Runs the built-in scenario once and times it, and the lean model on the same messages. */
    public static ModelResult run(long messages) {
        Scenario s = scenario(messages);
        HeapUse.Measured<RunResult> m = HeapUse.measure(() -> Simulation.run(s, Semantics.AT_LEAST_ONCE, 1, null));
        RunResult r = m.value();
        long start = System.nanoTime();
        LeanModel.Result lean = LeanModel.run(Math.toIntExact(messages), 1);
        double leanSeconds = (System.nanoTime() - start) / 1e9;
        return new ModelResult(r.produced(), r.events(), m.seconds(), r.events() / m.seconds(),
                r.produced() / m.seconds(), m.peakHeapBytes(), lean.events(), lean.events() / leanSeconds);
    }
}
