package dsim.model;

import dsim.spec.PacketKind;
import dsim.run.RunResult;
import dsim.simulation.Simulation;
import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.spec.DelaySpec;
import dsim.spec.LossSpec;
import dsim.spec.RetrySpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import org.junit.jupiter.api.Test;

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
 * When a producer resends: after the backed-off, jittered wait of the attempt before, never
 * after its ack, and never not at all. Acks here often come late (a round trip of 0.2 to
 * 1.4 s against a first wait of 0.7 to 1.3 s), so many arrive after the producer has looked
 * at the send and armed its timer, and some only after the resend.
 */
class RetryTimingTest {

    private static final double JITTER = 0.3;
    private static final RetrySpec RETRY = new RetrySpec(S, 6, 2, 5 * S, JITTER);

    private static Scenario slowAcks() {
        return scenario().messages(3000).every(MS)
                .network(new DelaySpec.Uniform(100 * MS, 700 * MS), new LossSpec.Independent(0.2), 0)
                .retry(RETRY).build();
    }

    /** The producer's journal entries, per message, in time order. */
    private static Map<String, List<TraceEntry>> producerEntries(Semantics semantics) {
        Map<String, List<TraceEntry>> byMessage = new TreeMap<>();
        RunResult r = Simulation.run(slowAcks(), semantics, 11, e -> {
            if ("p".equals(e.node())) {
                byMessage.computeIfAbsent(e.messageId(), k -> new ArrayList<>()).add(e);
            }
        });
        assertEquals(3000, r.produced());
        return byMessage;
    }

    @Test
    void eachResend_comesAfterTheJitteredBackoffOfTheAttemptBefore() {
        int resends = 0;
        long shortest = Long.MAX_VALUE;
        long longest = 0;
        for (List<TraceEntry> entries : producerEntries(Semantics.AT_LEAST_ONCE).values()) {
            List<TraceEntry> sends = entries.stream()
                    .filter(e -> e.kind() == TraceKind.SENT && e.packet() == PacketKind.PUBLISH).toList();
            for (int k = 1; k < sends.size(); k++) {
                long base = RETRY.baseWaitNanos(k);
                long gap = sends.get(k).timeNanos() - sends.get(k - 1).timeNanos();
                assertTrue(gap >= Math.floor(base * (1 - JITTER)) && gap <= Math.ceil(base * (1 + JITTER)),
                        "attempt " + (k + 1) + " of " + sends.get(k).messageId() + " came " + gap + " ns after the one before");
                if (k == 1) {
                    shortest = Math.min(shortest, gap);
                    longest = Math.max(longest, gap);
                }
                resends++;
            }
        }
        assertTrue(resends > 500, "loss of 20% each way resends often: " + resends);
        // The jitter spreads the first wait over most of [0.7 s, 1.3 s].
        assertTrue(shortest < 750 * MS && longest > 1250 * MS, shortest + " .. " + longest);
    }

    @Test
    void noMessage_isResentAfterItsAck_orForgottenWithoutOne() {
        int lateAcks = 0;
        for (Semantics semantics : new Semantics[] {Semantics.AT_LEAST_ONCE, Semantics.EXACTLY_ONCE}) {
            for (Map.Entry<String, List<TraceEntry>> m : producerEntries(semantics).entrySet()) {
                List<TraceEntry> entries = m.getValue();
                long ackedAt = entries.stream().filter(e -> e.kind() == TraceKind.ACKED)
                        .mapToLong(TraceEntry::timeNanos).min().orElse(Long.MAX_VALUE);
                for (TraceEntry e : entries) {
                    boolean resend = e.kind() == TraceKind.RETRIED || e.kind() == TraceKind.GAVE_UP;
                    assertTrue(!resend || e.timeNanos() < ackedAt, m.getKey() + " " + e.kind() + " after its ack");
                }
                boolean gaveUp = entries.stream().anyMatch(e -> e.kind() == TraceKind.GAVE_UP);
                assertTrue(ackedAt < Long.MAX_VALUE || gaveUp, m.getKey() + ": neither acked nor given up");
                TraceEntry firstSend = entries.stream().filter(e -> e.kind() == TraceKind.SENT).findFirst().orElseThrow();
                if (ackedAt - firstSend.timeNanos() > 700 * MS && ackedAt < Long.MAX_VALUE) {
                    lateAcks++;
                }
            }
        }
        assertTrue(lateAcks > 100, "acks arriving after the shortest wait: " + lateAcks);
    }
}
