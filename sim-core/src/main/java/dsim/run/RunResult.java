package dsim.run;

import dsim.spec.Semantics;

/**
 * The tally of one run, recomputed from its journal: per message, 0 processings = lost,
 * 1 = processed once, 2 or more = duplicated. {@code produced = lost + processedOnce + duplicated}.
 *
 * @param scenario           scenario name
 * @param semantics          the semantics run
 * @param seed               the master seed
 * @param produced           messages created
 * @param lost               messages never processed
 * @param processedOnce      messages processed exactly once
 * @param duplicated         messages processed twice or more
 * @param extraProcessings   processings beyond the first, summed over messages
 * @param sent               packets put on any link (publishes, deliveries, acks, resends)
 * @param retries            producer resends
 * @param redeliveries       broker redeliveries
 * @param drops              packets that never arrived, by cause
 * @param linkDuplicates     extra copies links delivered
 * @param dedupSuppressed    deliveries skipped by a dedup (consumer store or idempotent broker)
 * @param crashes            node crashes (brokers and consumers)
 * @param gaveUp             messages whose producer exhausted its attempts without an ack
 * @param deadLettered       lost messages that sit in a broker's dead-letter queue (recoverable by a person),
 *                           at most {@code lost}
 * @param latency            creation-to-first-processing latency
 * @param queueing           how long deliveries waited for a worker, and the longest backlog
 * @param events             events executed by the engine
 * @param simulatedTimeNanos simulated time when the run ended
 * @param outcome            completed, or the limit that stopped it
 * @param traceDigest        16 hex digits hashing the run's journal; equal digests mean equal runs
 * @param timeline           where in the run its messages were created and how they ended
 * @param coverage           how often each fault source fired, and on how many messages that ended badly
 */
public record RunResult(
        String scenario,
        Semantics semantics,
        long seed,
        long produced,
        long lost,
        long processedOnce,
        long duplicated,
        long extraProcessings,
        long sent,
        long retries,
        long redeliveries,
        Drops drops,
        long linkDuplicates,
        long dedupSuppressed,
        long crashes,
        long gaveUp,
        long deadLettered,
        Latency latency,
        Queueing queueing,
        long events,
        long simulatedTimeNanos,
        Outcome outcome,
        String traceDigest,
        Timeline timeline,
        FaultCoverage coverage) {

    /** A run's figures without fault coverage. */
    public RunResult(String scenario, Semantics semantics, long seed, long produced, long lost, long processedOnce,
                     long duplicated, long extraProcessings, long sent, long retries, long redeliveries, Drops drops,
                     long linkDuplicates, long dedupSuppressed, long crashes, long gaveUp, long deadLettered,
                     Latency latency, Queueing queueing, long events, long simulatedTimeNanos, Outcome outcome,
                     String traceDigest, Timeline timeline) {
        this(scenario, semantics, seed, produced, lost, processedOnce, duplicated, extraProcessings, sent, retries,
                redeliveries, drops, linkDuplicates, dedupSuppressed, crashes, gaveUp, deadLettered, latency, queueing,
                events, simulatedTimeNanos, outcome, traceDigest, timeline, FaultCoverage.NONE);
    }

    /** A run's figures without a timeline. */
    public RunResult(String scenario, Semantics semantics, long seed, long produced, long lost, long processedOnce,
                     long duplicated, long extraProcessings, long sent, long retries, long redeliveries, Drops drops,
                     long linkDuplicates, long dedupSuppressed, long crashes, long gaveUp, long deadLettered,
                     Latency latency, Queueing queueing, long events, long simulatedTimeNanos, Outcome outcome,
                     String traceDigest) {
        this(scenario, semantics, seed, produced, lost, processedOnce, duplicated, extraProcessings, sent, retries,
                redeliveries, drops, linkDuplicates, dedupSuppressed, crashes, gaveUp, deadLettered, latency, queueing,
                events, simulatedTimeNanos, outcome, traceDigest, Timeline.NONE, FaultCoverage.NONE);
    }

    /** This run's figures with {@code latency} in place of its own. */
    public RunResult withLatency(Latency latency) {
        return new RunResult(scenario, semantics, seed, produced, lost, processedOnce, duplicated, extraProcessings,
                sent, retries, redeliveries, drops, linkDuplicates, dedupSuppressed, crashes, gaveUp, deadLettered, latency, queueing, events,
                simulatedTimeNanos, outcome, traceDigest, timeline, coverage);
    }

    /** This run's figures without its timeline: what a sweep keeps once it has pooled it. */
    public RunResult withoutTimeline() {
        return new RunResult(scenario, semantics, seed, produced, lost, processedOnce, duplicated, extraProcessings,
                sent, retries, redeliveries, drops, linkDuplicates, dedupSuppressed, crashes, gaveUp, deadLettered, latency, queueing, events,
                simulatedTimeNanos, outcome, traceDigest, Timeline.NONE, coverage);
    }

    /** This run's figures with only the fault coverage its metrics read: what a sweep keeps once it has summed it. */
    public RunResult withoutCoverage() {
        return new RunResult(scenario, semantics, seed, produced, lost, processedOnce, duplicated, extraProcessings,
                sent, retries, redeliveries, drops, linkDuplicates, dedupSuppressed, crashes, gaveUp, deadLettered, latency,
                queueing, events, simulatedTimeNanos, outcome, traceDigest, timeline, coverage.forMetrics());
    }

    /** Packets sent per message produced (0 if nothing was produced). */
    public double packetsPerMessage() {
        return produced == 0 ? 0 : (double) sent / produced;
    }
}
