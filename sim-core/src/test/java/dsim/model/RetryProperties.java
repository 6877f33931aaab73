package dsim.model;

import dsim.spec.PacketKind;
import dsim.run.RunResult;
import dsim.simulation.Simulation;
import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.spec.DelaySpec;
import dsim.spec.LossSpec;
import dsim.spec.RetrySpec;
import dsim.spec.Semantics;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dsim.testing.ScenarioBuilder.MS;
import static dsim.testing.ScenarioBuilder.S;
import static dsim.testing.ScenarioBuilder.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The producer's resend rules on generated retry policies, with acks that come early,
 * late or never: each resend waits its attempt's jittered backoff, none follows an ack,
 * and every message ends acked or given up.
 */
class RetryProperties {

    /** A retry policy and a network whose round trip may be shorter or longer than its waits. */
    record Case(RetrySpec retry, long meanDelayNanos, double loss, boolean broker, int messages) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<RetrySpec> retry = Combinators.combine(
                Arbitraries.longs().between(MS, 400 * MS),
                Arbitraries.integers().between(1, 8),
                Arbitraries.of(1.0, 1.5, 2.0, 3.0),
                Arbitraries.longs().between(0, 2 * S),
                Arbitraries.of(0.0, 0.05, 0.3, 0.9)
        ).as((timeout, attempts, multiplier, extraCap, jitter) ->
                new RetrySpec(timeout, attempts, multiplier, timeout + extraCap, jitter));
        return Combinators.combine(retry, Arbitraries.longs().between(MS, 100 * MS),
                Arbitraries.doubles().between(0, 0.4), Arbitraries.of(true, false),
                Arbitraries.integers().between(20, 150)).as(Case::new);
    }

    @Property(tries = 200)
    void resends_followTheirBackoff_neverTheAck_andEndAckedOrGivenUp(@ForAll("cases") Case c) {
        var builder = scenario().messages(c.messages()).poisson(200)
                .network(new DelaySpec.Exponential(c.meanDelayNanos()), new LossSpec.Independent(c.loss()), 0)
                .retry(c.retry());
        if (c.broker()) {
            builder.viaBroker();
        }
        for (Semantics semantics : new Semantics[] {Semantics.AT_LEAST_ONCE, Semantics.EXACTLY_ONCE}) {
            Map<String, List<TraceEntry>> byMessage = new TreeMap<>();
            RunResult r = Simulation.run(builder.build(), semantics, 5, e -> {
                if ("p".equals(e.node())) {
                    byMessage.computeIfAbsent(e.messageId(), k -> new ArrayList<>()).add(e);
                }
            });
            assertEquals(r.produced(), r.lost() + r.processedOnce() + r.duplicated());
            for (Map.Entry<String, List<TraceEntry>> m : byMessage.entrySet()) {
                check(c.retry(), m.getKey(), m.getValue());
            }
        }
    }

    private static void check(RetrySpec retry, String id, List<TraceEntry> entries) {
        List<TraceEntry> sends = entries.stream()
                .filter(e -> e.kind() == TraceKind.SENT && e.packet() == PacketKind.PUBLISH).toList();
        for (int k = 1; k < sends.size(); k++) {
            long base = retry.baseWaitNanos(k);
            long gap = sends.get(k).timeNanos() - sends.get(k - 1).timeNanos();
            assertTrue(gap >= Math.max(1, Math.floor(base * (1 - retry.jitter())) - 1)
                            && gap <= Math.ceil(base * (1 + retry.jitter())) + 1,
                    id + ": attempt " + (k + 1) + " came " + gap + " ns after the one before, base " + base);
        }
        assertTrue(sends.size() <= retry.maxAttempts(), id + " sent " + sends.size() + " times");
        // By the journal's order, not by time: an ack may arrive in the very nanosecond a timeout
        // fires, and the timeout, scheduled first, then rightly runs before the producer has it.
        long ackedSeq = entries.stream().filter(e -> e.kind() == TraceKind.ACKED)
                .mapToLong(TraceEntry::seq).min().orElse(Long.MAX_VALUE);
        for (TraceEntry e : entries) {
            boolean resend = e.kind() == TraceKind.RETRIED || e.kind() == TraceKind.GAVE_UP;
            assertTrue(!resend || e.seq() < ackedSeq, id + ": " + e.kind() + " after its ack");
        }
        boolean gaveUp = entries.stream().anyMatch(e -> e.kind() == TraceKind.GAVE_UP);
        assertTrue(ackedSeq < Long.MAX_VALUE || gaveUp, id + ": neither acked nor given up");
    }
}
