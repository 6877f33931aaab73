package dsim.model;

import static dsim.testing.ScenarioBuilder.MS;
import static dsim.testing.ScenarioBuilder.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.run.Outcome;
import dsim.run.RunResult;
import dsim.simulation.Simulation;
import dsim.journal.TraceKind;
import dsim.journal.TraceSink;
import dsim.spec.AckPoint;
import dsim.spec.CrashPoint;
import dsim.spec.DedupSpec;
import dsim.spec.DelaySpec;
import dsim.spec.LossSpec;
import dsim.spec.RetrySpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.testing.ScenarioBuilder;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What a durable broker promises, on generated scenarios with crashing durable brokers,
 * slow writes, lossy and duplicating links, retries and crashing consumers that commit after
 * processing: an ack given after persisting is never taken back by a crash, and the
 * idempotency that exactly-once adds never costs a message that at-least-once processes.
 */
class DurabilityProperties {

    /** The knobs a generated scenario turns. */
    record Setup(int messages, int consumers, AckPoint ack, long persistMs, long crashEveryMs, long downForMs,
                 long retryMs, int attempts, double loss, double duplicate, double consumerCrash, CrashPoint at,
                 boolean memoryDedup) {

        Scenario scenario(AckPoint ackPoint) {
            ScenarioBuilder b = ScenarioBuilder.scenario().messages(messages).poisson(50).consumers(consumers)
                    .viaBroker().brokerDurable(true).persist(ackPoint, persistMs * MS)
                    .brokerCrash(crashEveryMs * MS, downForMs * MS).redeliveryTimeout(2 * S)
                    .network(new DelaySpec.Exponential(5 * MS), new LossSpec.Independent(loss), duplicate)
                    .processing(new DelaySpec.Uniform(MS, 3 * MS))
                    .retry(new RetrySpec(retryMs * MS, attempts, 2, 30 * S, 0.1))
                    .dedup(memoryDedup ? new DedupSpec(DedupSpec.Store.MEMORY, 0) : DedupSpec.DEFAULT);
            if (consumerCrash > 0) {
                b.consumerCrash(consumerCrash, at, 300 * MS);
            }
            return b.build();
        }
    }

    @Provide
    Arbitrary<Setup> setups() {
        return Combinators.combine(
                Arbitraries.integers().between(1, 150),
                Arbitraries.integers().between(1, 3),
                Arbitraries.of(AckPoint.class),
                Arbitraries.longs().between(0, 2000),
                Arbitraries.longs().between(500, 20_000),
                Arbitraries.longs().between(50, 3000),
                Arbitraries.longs().between(100, 1000),
                Arbitraries.of(0, 3, 8, 20)
        ).flatAs((n, consumers, ack, persist, every, down, retry, attempts) -> Combinators.combine(
                Arbitraries.doubles().between(0, 0.2),
                Arbitraries.doubles().between(0, 0.1),
                Arbitraries.doubles().between(0, 0.1),
                Arbitraries.of(CrashPoint.class),
                Arbitraries.of(true, false)
        ).as((loss, dup, crash, at, memory) -> new Setup(n, consumers, ack, persist, every, down, retry, attempts,
                loss, dup, crash, at, memory)));
    }

    @Property(tries = 150)
    void brokerThatAcksAfterPersisting_neverLosesAnAckedMessageInACrash(@ForAll("setups") Setup setup,
                                                                         @ForAll long seed) {
        Scenario s = setup.scenario(AckPoint.AFTER_PERSIST);
        for (Semantics semantics : new Semantics[] {Semantics.AT_LEAST_ONCE, Semantics.EXACTLY_ONCE}) {
            Fates fates = new Fates();
            RunResult r = Simulation.run(s, semantics, seed, fates);
            assertEquals(Outcome.COMPLETED, r.outcome(), semantics.id());
            Set<String> ackedButLost = new TreeSet<>(fates.acked);
            ackedButLost.removeAll(fates.processed);
            assertEquals(Set.of(), ackedButLost, semantics.id() + ": acked after persisting, never processed");
        }
    }

    @Property(tries = 150)
    void exactlyOnce_neverLosesAMessageThatAtLeastOnceProcesses(@ForAll("setups") Setup setup, @ForAll long seed) {
        Scenario s = setup.scenario(setup.ack());
        Fates atLeastOnce = new Fates();
        Fates exactlyOnce = new Fates();
        Simulation.run(s, Semantics.AT_LEAST_ONCE, seed, atLeastOnce);
        Simulation.run(s, Semantics.EXACTLY_ONCE, seed, exactlyOnce);
        Set<String> lostByIdempotency = new TreeSet<>(atLeastOnce.processed);
        lostByIdempotency.removeAll(exactlyOnce.processed);
        assertEquals(Set.of(), lostByIdempotency, "processed under at-least-once, lost under exactly-once");
        assertTrue(exactlyOnce.processed.size() <= setup.messages());
    }

    /** Which messages their producer saw acked, and which were processed, read from the journal. */
    private static final class Fates implements TraceSink {
        final Set<String> acked = new TreeSet<>();
        final Set<String> processed = new TreeSet<>();

        @Override
        public void record(dsim.journal.TraceEntry e) {
            if (e.kind() == TraceKind.ACKED) {
                acked.add(e.messageId());
            } else if (e.kind() == TraceKind.PROCESSED) {
                processed.add(e.messageId());
            }
        }
    }
}
