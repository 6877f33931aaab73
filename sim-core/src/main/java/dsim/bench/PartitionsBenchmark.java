package dsim.bench;

import dsim.scenario.ScenarioException;
import dsim.scenario.ScenarioLoader;
import dsim.simulation.Simulation;
import dsim.spec.Scenario;
import dsim.spec.Semantics;

import java.nio.charset.StandardCharsets;

/**
 * The cost of an event as a log's partitions grow: the same messages at the same rate into one
 * log read by a group of ten consumers, over 10 partitions and over 10,000. A consumer done
 * with a record looks for its next among its own partitions that have records to send, so the
 * count must not show in the cost (it did: each record once scanned every partition).
 */
public final class PartitionsBenchmark {

    /** The group's consumers. */
    static final int CONSUMERS = 10;

    private PartitionsBenchmark() {
    }

    /** {@code messages} orders at 1,000/s into a log of {@code partitions}, 1% loss, at-least-once. */
    static Scenario scenario(int partitions, long messages) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("name: partitions\nsemantics: [at-least-once]\nproducers:\n")
                .append("  - { name: orders, send-to: topic, messages: ").append(messages)
                .append(", arrival: { process: poisson, rate: 1000/s } }\n")
                .append("brokers:\n  - { name: topic, kind: log, partitions: ").append(partitions).append(", deliver-to: [");
        for (int c = 0; c < CONSUMERS; c++) {
            yaml.append(c == 0 ? "" : ", ").append("c").append(c);
        }
        yaml.append("] }\nconsumers:\n");
        for (int c = 0; c < CONSUMERS; c++) {
            yaml.append("  - { name: c").append(c).append(", processing: 1ms }\n");
        }
        yaml.append("network:\n  default: { delay: { distribution: exponential, mean: 1ms }, loss: 1% }\n");
        try {
            return ScenarioLoader.parse("(built-in)", yaml.toString().getBytes(StandardCharsets.UTF_8));
        } catch (ScenarioException e) {
            throw new IllegalStateException("the built-in partitions scenario does not load", e);
        }
    }

    /** Nanoseconds per event over {@code partitions}: the best of three runs. */
    static double nanosPerEvent(int partitions, long messages) {
        Scenario s = scenario(partitions, messages);
        return NodesBenchmark.bestOfThree(() -> Simulation.run(s, Semantics.AT_LEAST_ONCE, 1, null).events());
    }

    /** Both partition counts on the same messages. */
    public static PartitionsResult run(long messages) {
        nanosPerEvent(10, messages / 4); // warm the code
        return new PartitionsResult(messages, CONSUMERS, 10, nanosPerEvent(10, messages), 10_000,
                nanosPerEvent(10_000, messages));
    }
}
