package dsim.story;

import dsim.text.Durations;
import dsim.run.RunResult;
import dsim.journal.TraceKind;
import dsim.spec.CrashPoint;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.testing.ScenarioBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dsim.testing.ScenarioBuilder.MS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplanationsTest {

    @Test
    void tally_countsEveryLostAndDuplicatedMessage_mostFrequentFirst() {
        Scenario s = ScenarioBuilder.scenario().messages(400).poisson(100).viaBroker().loss(0.05)
                .consumerCrash(0.02, CrashPoint.AFTER_PROCESS, 50 * MS).build();
        Recording run = Recorder.run(s, Semantics.AT_LEAST_ONCE, 3);
        RunResult r = run.result();
        Map<Cause, Long> tally = Explanations.tally(run.journal(), s, r);
        assertEquals(r.lost() + r.duplicated(), tally.values().stream().mapToLong(Long::longValue).sum());
        assertTrue(r.duplicated() > 0, "the fixture duplicates");
        List<Long> counts = List.copyOf(tally.values());
        for (int i = 1; i < counts.size(); i++) {
            assertTrue(counts.get(i - 1) >= counts.get(i), tally.toString());
        }
        assertTrue(tally.containsKey(Cause.CONSUMER_ACK_LOST) || tally.containsKey(Cause.ACK_LOST), tally.toString());
    }

    @Test
    void sorted_tiesInCauseOrder() {
        Map<Cause, Long> sorted = Explanations.sorted(Map.of(Cause.SLOW_ACK, 2L, Cause.ACK_LOST, 2L, Cause.RUN_STOPPED, 5L));
        assertEquals(List.of(Cause.RUN_STOPPED, Cause.ACK_LOST, Cause.SLOW_ACK), List.copyOf(sorted.keySet()));
    }

    @Test
    void story_includesTheCrashOfANodeThatWasDownWhenTheMessageArrived() {
        Scenario s = ScenarioBuilder.scenario().messages(8).processing(new dsim.spec.DelaySpec.Constant(50 * MS))
                .consumerCrash(1.0, CrashPoint.AFTER_PROCESS, 100 * MS).build();
        JournalIndex index = JournalIndex.of(Recorder.run(s, Semantics.AT_MOST_ONCE, 1).journal());
        Story story = index.story("p-8");
        assertEquals(List.of("p", "c"), story.nodes());
        assertEquals(TraceKind.CRASHED, story.entries().get(0).kind(), "c crashed before p-8 was created");
        assertTrue(story.entries().stream().anyMatch(e -> e.kind() == TraceKind.RESTARTED));
        assertEquals(List.of("p-1", "p-2", "p-3", "p-4", "p-5", "p-6", "p-7", "p-8"), index.messageIds());
    }

    @Test
    void storyTime_secondsToTheMillisecond() {
        assertEquals("0s", Durations.secondsRounded(0));
        assertEquals("1.203s", Durations.secondsRounded(1_203_000_000L));
        assertEquals("1.203s", Durations.secondsRounded(1_203_400_123L));
        assertEquals("30s", Durations.secondsRounded(30_000_000_000L));
        assertEquals("0.00042s", Durations.secondsRounded(420_000L));
        assertEquals("0.000000001s", Durations.secondsRounded(1L));
    }
}
