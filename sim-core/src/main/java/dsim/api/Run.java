package dsim.api;

import dsim.run.Outcome;
import dsim.run.RunResult;
import dsim.spec.Semantics;
import java.util.List;

/**
 * The figures of one run of a scenario under one semantics and one seed, and its expectation
 * verdicts. Every message ends lost (never processed), processed once, or duplicated
 * (processed twice or more): {@code produced == lost + processedOnce + duplicated}.
 *
 * @param scenario           the scenario's name
 * @param semantics          the semantics run
 * @param seed               the master seed
 * @param produced           messages created
 * @param lost               messages never processed
 * @param processedOnce      messages processed exactly once
 * @param duplicated         messages processed twice or more
 * @param extraProcessings   processings beyond each message's first, summed
 * @param deadLettered       lost messages that sit in a dead-letter queue (at most {@code lost})
 * @param sent               packets put on any link: publishes, deliveries, acks and resends
 * @param retries            producer resends
 * @param redeliveries       broker redeliveries
 * @param dedupSkips         deliveries a dedup store or an idempotent broker skipped
 * @param crashes            node crashes
 * @param gaveUp             messages whose producer ran out of attempts without an ack
 * @param latencyP50Nanos    median time from a message's creation to its first processing, 0 if none was processed
 * @param latencyP99Nanos    99th percentile of that time
 * @param latencyMaxNanos    the longest such time
 * @param events             events the engine executed
 * @param simulatedTimeNanos simulated time when the run ended
 * @param outcome            {@link Outcome#COMPLETED}, or the limit that stopped the run with work left
 * @param traceDigest        16 hex digits hashing every event of the run: equal digests mean identical runs
 * @param verdicts           each check of the scenario's {@code expect} for this semantics, in file order;
 *                           empty if it has none
 */
public record Run(String scenario, Semantics semantics, long seed, long produced, long lost, long processedOnce,
                  long duplicated, long extraProcessings, long deadLettered, long sent, long retries,
                  long redeliveries, long dedupSkips, long crashes, long gaveUp, long latencyP50Nanos,
                  long latencyP99Nanos, long latencyMaxNanos, long events, long simulatedTimeNanos, Outcome outcome,
                  String traceDigest, List<ExpectationVerdict> verdicts) {

    public Run {
        verdicts = List.copyOf(verdicts);
    }

    /** The figures of {@code r}, with {@code verdicts}. */
    static Run of(RunResult r, List<ExpectationVerdict> verdicts) {
        return new Run(r.scenario(), r.semantics(), r.seed(), r.produced(), r.lost(), r.processedOnce(),
                r.duplicated(), r.extraProcessings(), r.deadLettered(), r.sent(), r.retries(), r.redeliveries(),
                r.dedupSuppressed(), r.crashes(), r.gaveUp(), r.latency().p50Nanos(), r.latency().p99Nanos(),
                r.latency().maxNanos(), r.events(), r.simulatedTimeNanos(), r.outcome(), r.traceDigest(), verdicts);
    }

    /** Whether the run finished on its own, rather than at a limit with work left. */
    public boolean completed() {
        return outcome == Outcome.COMPLETED;
    }

    /** Whether every check of the expectation held (true when there is none). */
    public boolean expectationsHeld() {
        return verdicts.stream().allMatch(ExpectationVerdict::held);
    }

    /** The checks that broke, in file order. */
    public List<ExpectationVerdict> broken() {
        return verdicts.stream().filter(v -> !v.held()).toList();
    }
}
