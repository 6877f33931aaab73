package dsim.run;

import dsim.simulation.Simulation;
import dsim.spec.CommitPolicy;
import dsim.spec.CrashPoint;
import dsim.spec.DelaySpec;
import dsim.spec.LossSpec;
import dsim.spec.OutageSpec;
import dsim.spec.PoisonSpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.testing.ScenarioBuilder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static dsim.testing.ScenarioBuilder.MS;
import static dsim.testing.ScenarioBuilder.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Laws that hold for every scenario, checked on generated ones. */
class RunProperties {

    /** What producers send to: the consumer itself, a queue, or a log. */
    enum Via { DIRECT, QUEUE, LOG }

    /** How a generated scenario's consumers commit. */
    static final List<CommitPolicy> COMMITS = List.of(CommitPolicy.AFTER_PROCESS, CommitPolicy.BEFORE_PROCESS,
            CommitPolicy.every(300 * MS), CommitPolicy.batch(7));

    /** The knobs a generated scenario turns. */
    record Faults(int messages, Via via, int consumers, double loss, double duplicate, boolean bursty,
                  double crashProbability, CrashPoint crashAt, boolean brokerCrashes, boolean brokerDurable,
                  CommitPolicy commit, boolean crashesInTime, int partitions, boolean producerCrashes,
                  boolean outbox, boolean poison) {

        boolean broker() {
            return via != Via.DIRECT;
        }

        ScenarioBuilder builder() {
            ScenarioBuilder b = ScenarioBuilder.scenario().messages(messages).poisson(100).consumers(consumers)
                    .network(new DelaySpec.Exponential(5 * MS),
                            bursty ? new LossSpec.GilbertElliott(200 * MS, Math.max(1, Math.round(loss * 400)) * MS, 1, 0) : new LossSpec.Independent(loss),
                            duplicate)
                    .processing(new DelaySpec.Uniform(MS, 3 * MS))
                    .retry(200 * MS, 6);
            if (crashProbability > 0 || crashesInTime) {
                b.consumerCrash(crashProbability, crashAt, 300 * MS, crashesInTime ? 700 * MS : 0);
            }
            b.commit(commit);
            if (producerCrashes) {
                b.producerCrash(900 * MS, 150 * MS).outbox(outbox);
            }
            if (via == Via.LOG) {
                b.viaLog(partitions, 400 * MS);
            }
            if (poison && via == Via.QUEUE) {
                // Without a dead-letter queue a poison message would come back for ever.
                b.poison(0.05, crashAt == CrashPoint.AFTER_PROCESS ? PoisonSpec.Effect.CRASH : PoisonSpec.Effect.FAIL)
                        .maxDeliveries(3);
            }
            if (broker()) {
                b.viaBroker().brokerDurable(brokerDurable).redeliveryTimeout(S);
                if (brokerCrashes) {
                    b.brokerCrash(2 * S, 200 * MS);
                }
            }
            return b;
        }
    }

    @Provide
    Arbitrary<Faults> faults() {
        return Combinators.combine(
                Arbitraries.integers().between(1, 250),
                Arbitraries.of(Via.class),
                Arbitraries.integers().between(1, 3),
                Arbitraries.doubles().between(0, 0.3),
                Arbitraries.doubles().between(0, 0.2),
                Arbitraries.of(true, false),
                Arbitraries.doubles().between(0, 0.2),
                Arbitraries.of(CrashPoint.class)
        ).flatAs((n, via, consumers, loss, dup, bursty, crash, at) ->
                Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(COMMITS),
                                Arbitraries.of(true, false), Arbitraries.integers().between(0, 4),
                                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
                        .as((brokerCrashes, durable, commit, inTime, partitions, producerCrashes, outbox, poison) ->
                                new Faults(n, via, consumers, loss, dup, bursty, crash, at, brokerCrashes, durable,
                                        commit, inTime, partitions, producerCrashes, outbox, poison)));
    }

    @Property(tries = 150)
    void everyRun_conservesMessages(@ForAll("faults") Faults faults, @ForAll long seed) {
        Scenario s = faults.builder().build();
        for (Semantics semantics : Semantics.values()) {
            RunResult r = Simulation.run(s, semantics, seed, null);
            assertEquals(r.produced(), r.lost() + r.processedOnce() + r.duplicated(), semantics.id());
            assertTrue(r.deadLettered() <= r.lost(), semantics.id());
            assertTrue(r.extraProcessings() >= r.duplicated(), semantics.id());
            assertEquals(Outcome.COMPLETED, r.outcome(), semantics.id());
            assertEquals(faults.messages(), r.produced(), semantics.id());
        }
    }

    /** A log hands out again what its consumers never got (after a lost fetch or a crash), never what they processed. */
    @Property(tries = 150)
    void atMostOnce_neverRetriesOrRedelivers(@ForAll("faults") Faults faults, @ForAll long seed) {
        RunResult r = Simulation.run(faults.builder().build(), Semantics.AT_MOST_ONCE, seed, null);
        assertEquals(0, r.retries());
        if (faults.via() != Via.LOG) {
            assertEquals(0, r.redeliveries());
        }
        assertEquals(0, r.gaveUp());
    }

    /** Without the link's copies, at-most-once processes nothing twice, even when a log reads records again. */
    @Property(tries = 150)
    void atMostOnce_withoutLinkCopies_neverDuplicates(@ForAll("faults") Faults faults, @ForAll long seed) {
        RunResult r = Simulation.run(faults.builder().duplicate(0).build(), Semantics.AT_MOST_ONCE, seed, null);
        assertEquals(0, r.duplicated());
    }

    @Property(tries = 150)
    void exactlyOnce_withDurableDedupStore_neverDuplicates(@ForAll("faults") Faults faults, @ForAll long seed) {
        RunResult r = Simulation.run(faults.builder().build(), Semantics.EXACTLY_ONCE, seed, null);
        assertEquals(0, r.duplicated());
    }

    /**
     * Commits deferred past the sender's timeout are a fault of their own (a queue redelivers, a
     * producer resends what is not yet acked), so only a log keeps them here.
     */
    @Property(tries = 100)
    void withoutFaults_everySemanticsProcessesEveryMessageOnce(
            @ForAll("faults") Faults faults, @ForAll long seed) {
        CommitPolicy commit = faults.via() == Via.LOG || !faults.commit().deferred() ? faults.commit()
                : CommitPolicy.AFTER_PROCESS;
        Faults none = new Faults(faults.messages(), faults.via(), faults.consumers(), 0, 0, false, 0,
                CrashPoint.AFTER_PROCESS, false, faults.brokerDurable(), commit, false, faults.partitions(), false,
                false, false);
        Scenario s = none.builder().build();
        for (Semantics semantics : Semantics.values()) {
            RunResult r = Simulation.run(s, semantics, seed, null);
            assertEquals(r.produced(), r.processedOnce(), semantics.id());
        }
    }

    @Property(tries = 50)
    void reorderingLinkEntries_changesNothing(@ForAll("faults") Faults faults, @ForAll long seed) {
        String target = faults.broker() ? "b" : "c";
        List<OutageSpec> outage = List.of(new OutageSpec(100 * MS, 900 * MS, 0.5));
        Scenario forward = faults.builder()
                .link("p", target, new DelaySpec.Constant(3 * MS), new LossSpec.Independent(0.2), 0, outage)
                .link(target, "p", new DelaySpec.Uniform(MS, 9 * MS), LossSpec.NONE, 0.1, List.of())
                .build();
        Scenario backward = faults.builder()
                .link(target, "p", new DelaySpec.Uniform(MS, 9 * MS), LossSpec.NONE, 0.1, List.of())
                .link("p", target, new DelaySpec.Constant(3 * MS), new LossSpec.Independent(0.2), 0, outage)
                .build();
        for (Semantics semantics : Semantics.values()) {
            assertEquals(Simulation.run(forward, semantics, seed, null), Simulation.run(backward, semantics, seed, null));
        }
    }
}
