package dsim.story;

import dsim.run.RunResult;
import dsim.simulation.Simulation;
import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.spec.CommitPolicy;
import dsim.spec.CrashPoint;
import dsim.spec.DedupSpec;
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

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dsim.testing.ScenarioBuilder.MS;
import static dsim.testing.ScenarioBuilder.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Laws of replays and explanations, over generated scenarios and seeds. */
class StoryProperties {

    private static final Set<Cause> AT_MOST_ONCE_LOSSES = EnumSet.of(Cause.SENT_ONCE_DROPPED, Cause.RECEIVER_DOWN,
            Cause.CRASH_BEFORE_PROCESS, Cause.CRASH_WHILE_PROCESSING, Cause.CRASH_WHILE_WAITING, Cause.POISON,
            Cause.BROKER_CRASH_NOT_DURABLE);

    /** How consumers commit, and what else a generated scenario may add to its consumers and producer. */
    static final List<CommitPolicy> COMMITS = List.of(CommitPolicy.AFTER_PROCESS, CommitPolicy.BEFORE_PROCESS,
            CommitPolicy.every(300 * MS), CommitPolicy.batch(5));

    /** The knobs a generated scenario turns. */
    record Faults(int messages, boolean broker, int consumers, double loss, double duplicate, long outageStartMs,
                  double crashProbability, CrashPoint crashAt, boolean brokerCrashes, boolean brokerDurable,
                  DedupSpec dedup, Extras extras) {

        Scenario scenario() {
            ScenarioBuilder b = ScenarioBuilder.scenario().messages(messages).poisson(100).consumers(consumers)
                    .network(new DelaySpec.Exponential(5 * MS), new LossSpec.Independent(loss), duplicate)
                    .processing(new DelaySpec.Uniform(MS, 3 * MS))
                    .retry(200 * MS, 6)
                    .dedup(dedup)
                    .commit(extras.commit());
            if (extras.log()) {
                b.viaLog(0, 400 * MS);
            }
            if (extras.producerCrashes()) {
                b.producerCrash(700 * MS, 100 * MS).outbox(extras.outbox());
            }
            if (extras.poison() && broker && !extras.log()) {
                b.poison(0.05, crashAt == CrashPoint.AFTER_PROCESS ? PoisonSpec.Effect.CRASH : PoisonSpec.Effect.FAIL)
                        .maxDeliveries(3);
            }
            if (extras.poison() && extras.log()) {
                b.poison(0.05, PoisonSpec.Effect.FAIL);
            }
            if (outageStartMs >= 0) {
                String to = broker || extras.log() ? "b" : consumers == 1 ? "c" : "c1";
                b.link("p", to, new DelaySpec.Exponential(5 * MS), new LossSpec.Independent(loss), duplicate,
                        List.of(new OutageSpec(outageStartMs * MS, (outageStartMs + 300) * MS, 0.8)));
            }
            if (crashProbability > 0 || extras.crashesInTime()) {
                b.consumerCrash(crashProbability, crashAt, 300 * MS, extras.crashesInTime() ? 900 * MS : 0);
            }
            if (broker || extras.log()) {
                b.viaBroker().brokerDurable(brokerDurable).redeliveryTimeout(S);
                if (brokerCrashes) {
                    b.brokerCrash(2 * S, 200 * MS);
                }
            }
            return b.build();
        }
    }

    /** The knobs of logs, commits, crashes in time, producers' crashes and poison. */
    record Extras(boolean log, CommitPolicy commit, boolean crashesInTime, boolean producerCrashes, boolean outbox,
                  boolean poison) {
    }

    @Provide
    Arbitrary<Extras> extras() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(COMMITS), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(Extras::new);
    }

    @Provide
    Arbitrary<Faults> faults() {
        Arbitrary<DedupSpec> dedup = Arbitraries.of(DedupSpec.DEFAULT, new DedupSpec(DedupSpec.Store.MEMORY, 0),
                new DedupSpec(DedupSpec.Store.DURABLE, 500 * MS), new DedupSpec(DedupSpec.Store.MEMORY, 800 * MS));
        return Combinators.combine(
                Arbitraries.integers().between(1, 150),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(1, 3),
                Arbitraries.doubles().between(0, 0.3),
                Arbitraries.doubles().between(0, 0.2),
                Arbitraries.longs().between(-1, 1500),
                Arbitraries.doubles().between(0, 0.2),
                Arbitraries.of(CrashPoint.class)
        ).flatAs((n, broker, consumers, loss, dup, outage, crash, at) ->
                Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false), dedup, extras())
                        .as((brokerCrashes, durable, d, extras) ->
                                new Faults(n, broker, consumers, loss, dup, outage, crash, at, brokerCrashes, durable, d,
                                        extras)));
    }

    @Property(tries = 100)
    void replay_twiceAndWithARecorder_sameDigest(@ForAll("faults") Faults faults, @ForAll long seed) {
        Scenario s = faults.scenario();
        for (Semantics semantics : Semantics.values()) {
            RunResult first = Simulation.run(s, semantics, seed, null);
            RunResult again = Simulation.run(s, semantics, seed, null);
            Recording recorded = Recorder.run(s, semantics, seed);
            assertEquals(first, again, semantics.id());
            assertEquals(first.traceDigest(), recorded.result().traceDigest(), semantics.id());
            assertEquals(first, recorded.result(), semantics.id());
        }
    }

    @Property(tries = 150)
    void everyLostOrDuplicatedMessage_hasAKnownCause(@ForAll("faults") Faults faults, @ForAll long seed) {
        Scenario s = faults.scenario();
        for (Semantics semantics : Semantics.values()) {
            Recording run = Recorder.run(s, semantics, seed);
            List<Explanation> all = Explanations.explainAll(JournalIndex.of(run.journal()), RunContext.of(s, run.result()));
            long lost = all.stream().filter(x -> x.outcome() == MessageOutcome.LOST).count();
            assertEquals(run.result().lost(), lost, semantics.id());
            assertEquals(run.result().duplicated(), all.size() - lost, semantics.id());
            for (Explanation x : all) {
                assertNotEquals(Cause.UNEXPLAINED, x.cause(), semantics.id() + " seed " + seed + ": " + x.text());
                assertTrue(x.text().startsWith(x.messageId() + " was "), x.text());
                if (semantics == Semantics.AT_MOST_ONCE) {
                    assertTrue(x.outcome() == MessageOutcome.LOST ? AT_MOST_ONCE_LOSSES.contains(x.cause())
                            : x.cause() == Cause.LINK_DUPLICATE, x.text());
                }
            }
        }
    }

    @Property(tries = 100)
    void everyPacket_hasOneHop_andEveryEndBelongsToOnePacket(@ForAll("faults") Faults faults, @ForAll long seed) {
        Scenario s = faults.scenario();
        for (Semantics semantics : Semantics.values()) {
            JournalIndex index = JournalIndex.of(Recorder.run(s, semantics, seed).journal());
            for (String id : index.messageIds()) {
                List<TraceEntry> entries = index.story(id).entries();
                List<Hop> hops = Hops.of(entries);
                long packets = entries.stream()
                        .filter(e -> e.kind() == TraceKind.SENT || e.kind() == TraceKind.DUPLICATED).count();
                assertEquals(packets, hops.size(), id);
                Set<Integer> ends = new HashSet<>();
                for (Hop h : hops) {
                    TraceEntry sent = entries.get(h.send());
                    if (h.end() >= 0) {
                        assertTrue(ends.add(h.end()), id + ": two packets end at one entry");
                        assertTrue(h.end() > h.send(), id);
                        TraceEntry end = entries.get(h.end());
                        String where = h.fate() == Hop.Fate.ARRIVED ? end.node() : end.peer();
                        assertEquals(sent.peer(), where, id + " " + sent + " -> " + end);
                    }
                }
            }
        }
    }
}
