package dsim.story;

import dsim.run.Outcome;
import dsim.run.RunResult;
import dsim.spec.BrokerSpec;
import dsim.spec.CommitPoint;
import dsim.spec.ConsumerSpec;
import dsim.spec.DedupSpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What an explanation needs to know beyond the journal: the semantics run, how the run
 * ended, which nodes are brokers and each consumer's dedup store.
 *
 * @param semantics  the semantics of the run
 * @param runOutcome whether the run completed or stopped at a limit
 * @param brokers    the brokers' names
 * @param dedup      each consumer's dedup store, by name
 * @param commitsFirst the consumers that commit before processing
 */
public record RunContext(Semantics semantics, Outcome runOutcome, Set<String> brokers, Map<String, DedupSpec> dedup,
                         Set<String> commitsFirst) {

    public RunContext {
        brokers = new TreeSet<>(brokers);
        dedup = new TreeMap<>(dedup);
        commitsFirst = new TreeSet<>(commitsFirst);
    }

    /** A context in which every consumer commits after processing. */
    public RunContext(Semantics semantics, Outcome runOutcome, Set<String> brokers, Map<String, DedupSpec> dedup) {
        this(semantics, runOutcome, brokers, dedup, new TreeSet<>());
    }

    /** The context of {@code result}, a run of {@code scenario}. */
    public static RunContext of(Scenario scenario, RunResult result) {
        return of(scenario, result.semantics(), result.outcome());
    }

    /** The context of a run of {@code scenario} under {@code semantics} that ended with {@code outcome}. */
    public static RunContext of(Scenario scenario, Semantics semantics, Outcome outcome) {
        Set<String> brokers = new TreeSet<>();
        for (BrokerSpec b : scenario.brokers()) {
            brokers.add(b.name());
        }
        Map<String, DedupSpec> dedup = new TreeMap<>();
        Set<String> commitsFirst = new TreeSet<>();
        for (ConsumerSpec c : scenario.consumers()) {
            dedup.put(c.name(), c.dedup() == null ? DedupSpec.DEFAULT : c.dedup());
            if (c.commit().point() == CommitPoint.BEFORE_PROCESS) {
                commitsFirst.add(c.name());
            }
        }
        return new RunContext(semantics, outcome, brokers, dedup, commitsFirst);
    }

    /** Whether consumer {@code node} commits each message before processing it, under a semantics that acks at all. */
    public boolean commitsFirst(String node) {
        return semantics.consumer().acks() && commitsFirst.contains(node);
    }

    /** Whether {@code node} is a broker. */
    public boolean isBroker(String node) {
        return brokers.contains(node);
    }

    /** The dedup store of consumer {@code node} (the default if unknown). */
    public DedupSpec dedupOf(String node) {
        return dedup.getOrDefault(node, DedupSpec.DEFAULT);
    }
}
