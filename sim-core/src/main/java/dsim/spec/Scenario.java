package dsim.spec;

import java.util.List;
import java.util.Map;

/**
 * One validated scenario: the nodes, the network, the retry policy, the limits and the
 * expectations, fully resolved (defaults applied, every name checked).
 *
 * @param name        short identifier, used in output and report folders
 * @param description the story the scenario tells, free text (may be empty)
 * @param lesson      the claim the scenario proves, one line (may be empty)
 * @param seed        the master seed used when the command line gives none
 * @param semantics   the semantics to run, in file order, without repeats
 * @param producers   the producers, in file order
 * @param brokers     the brokers, in file order (may be empty)
 * @param consumers   the consumers, in file order
 * @param network     link faults: a default and per-direction overrides
 * @param retry       producer retry policy (used by at-least-once and exactly-once)
 * @param limits      bounds that end a run which would not finish on its own
 * @param expect      per semantics, the outcome the scenario promises; may lack entries
 * @param costs       what lost messages, extra processings and packets cost, or null if not given
 * @param faults      the fault script and which random fault sources apply
 * @param source      where the scenario came from, for messages and report footers
 */
public record Scenario(
        String name,
        String description,
        String lesson,
        long seed,
        List<Semantics> semantics,
        List<ProducerSpec> producers,
        List<BrokerSpec> brokers,
        List<ConsumerSpec> consumers,
        NetworkSpec network,
        RetrySpec retry,
        LimitsSpec limits,
        Map<Semantics, Expectation> expect,
        CostsSpec costs,
        FaultsSpec faults,
        ScenarioSource source) {

    public Scenario {
        faults = faults == null ? FaultsSpec.NONE : faults;
        lesson = lesson == null ? "" : lesson;
        semantics = List.copyOf(semantics);
        producers = List.copyOf(producers);
        brokers = List.copyOf(brokers);
        consumers = List.copyOf(consumers);
        // EnumMap keeps a stable (declaration) order; Map.copyOf would not.
        java.util.EnumMap<Semantics, Expectation> copy = new java.util.EnumMap<>(Semantics.class);
        copy.putAll(expect);
        expect = java.util.Collections.unmodifiableMap(copy);
    }

    /** A scenario without a fault script. */
    public Scenario(String name, String description, String lesson, long seed, List<Semantics> semantics,
                    List<ProducerSpec> producers, List<BrokerSpec> brokers, List<ConsumerSpec> consumers,
                    NetworkSpec network, RetrySpec retry, LimitsSpec limits, Map<Semantics, Expectation> expect,
                    CostsSpec costs, ScenarioSource source) {
        this(name, description, lesson, seed, semantics, producers, brokers, consumers, network, retry, limits, expect,
                costs, FaultsSpec.NONE, source);
    }

    /** A scenario without a lesson, for code that builds one by hand. */
    public Scenario(String name, String description, long seed, List<Semantics> semantics,
                    List<ProducerSpec> producers, List<BrokerSpec> brokers, List<ConsumerSpec> consumers,
                    NetworkSpec network, RetrySpec retry, LimitsSpec limits, Map<Semantics, Expectation> expect,
                    CostsSpec costs, ScenarioSource source) {
        this(name, description, "", seed, semantics, producers, brokers, consumers, network, retry, limits, expect,
                costs, FaultsSpec.NONE, source);
    }

    /** This scenario with {@code faults} in place of its own, and {@code seed} as its seed. */
    public Scenario withFaults(FaultsSpec faults, long seed) {
        return new Scenario(name, description, lesson, seed, semantics, producers, brokers, consumers, network, retry,
                limits, expect, costs, faults, source);
    }

    /** This scenario with its nodes and network replaced (e.g. their fault knobs turned). */
    public Scenario withNodes(List<ProducerSpec> producers, List<BrokerSpec> brokers, List<ConsumerSpec> consumers,
                              NetworkSpec network) {
        return new Scenario(name, description, lesson, seed, semantics, producers, brokers, consumers, network, retry,
                limits, expect, costs, faults, source);
    }

    /** This scenario with {@code producers} in place of its own (e.g. fewer messages each). */
    public Scenario withProducers(List<ProducerSpec> producers) {
        return new Scenario(name, description, lesson, seed, semantics, producers, brokers, consumers, network, retry,
                limits, expect, costs, faults, source);
    }

    /** Total messages all producers create. */
    public long totalMessages() {
        long total = 0;
        for (ProducerSpec p : producers) {
            total += p.messages();
        }
        return total;
    }
}
