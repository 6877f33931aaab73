package dsim.model;

import dsim.run.RunResult;
import dsim.simulation.Simulation;
import dsim.spec.AckPoint;
import dsim.spec.CrashPoint;
import dsim.spec.DelaySpec;
import dsim.spec.LossSpec;
import dsim.spec.Semantics;
import dsim.testing.ScenarioBuilder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static dsim.testing.ScenarioBuilder.MS;
import static dsim.testing.ScenarioBuilder.S;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A producer with an outbox loses nothing, however it crashes, wherever the scenario keeps
 * every promise downstream: a durable broker that acks after persisting (or no broker) and
 * consumers that commit after processing.
 */
class OutboxProperties {

    record Setup(int messages, boolean broker, boolean log, double loss, double duplicate, long crashEveryMs,
                 long downForMs, double consumerCrash, boolean brokerCrashes) {

        ScenarioBuilder builder() {
            ScenarioBuilder b = ScenarioBuilder.scenario().messages(messages).poisson(100).consumers(2)
                    .network(new DelaySpec.Exponential(5 * MS), new LossSpec.Independent(loss), duplicate)
                    .processing(new DelaySpec.Uniform(MS, 3 * MS))
                    .retry(200 * MS, 2)
                    .producerCrash(crashEveryMs * MS, downForMs * MS).outbox(true);
            if (consumerCrash > 0) {
                b.consumerCrash(consumerCrash, CrashPoint.BETWEEN_PROCESS_AND_COMMIT, 300 * MS);
            }
            if (log) {
                b.viaLog(0, 500 * MS);
            }
            if (broker || log) {
                b.viaBroker().brokerDurable(true).persist(AckPoint.AFTER_PERSIST, 2 * MS).redeliveryTimeout(S);
                if (brokerCrashes) {
                    b.brokerCrash(2 * S, 300 * MS);
                }
            }
            return b;
        }
    }

    @Provide
    Arbitrary<Setup> setups() {
        return Combinators.combine(
                Arbitraries.integers().between(1, 300),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.doubles().between(0, 0.4),
                Arbitraries.doubles().between(0, 0.2),
                Arbitraries.longs().between(50, 3000),
                Arbitraries.longs().between(1, 1000),
                Arbitraries.doubles().between(0, 0.1)
        ).flatAs((n, broker, log, loss, dup, every, down, consumerCrash) -> Arbitraries.of(true, false)
                .map(brokerCrashes -> new Setup(n, broker, log, loss, dup, every, down, consumerCrash, brokerCrashes)));
    }

    /** Only two attempts are allowed, yet the relay resends until acked: an outbox entry is never given up. */
    @Property(tries = 150)
    void withAnOutbox_nothingIsLost(@ForAll("setups") Setup setup, @ForAll long seed) {
        for (Semantics semantics : new Semantics[] {Semantics.AT_LEAST_ONCE, Semantics.EXACTLY_ONCE}) {
            RunResult r = Simulation.run(setup.builder().build(), semantics, seed, null);
            assertEquals(0, r.lost(), semantics.id());
            assertEquals(0, r.gaveUp(), semantics.id());
            assertEquals(r.produced(), r.processedOnce() + r.duplicated(), semantics.id());
        }
    }
}
