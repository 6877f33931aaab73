package dsim.model;

import dsim.journal.Reason;
import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.run.RunResult;
import dsim.simulation.Simulation;
import dsim.spec.DelaySpec;
import dsim.spec.LossSpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.story.Recorder;
import dsim.testing.ScenarioBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static dsim.testing.ScenarioBuilder.MS;
import static dsim.testing.ScenarioBuilder.S;
import static dsim.testing.ScenarioBuilder.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A producer that crashes in time, with and without an outbox: the dual write and its fix. */
class ProducerCrashTest {

    /**
     * 60 s of messages through a broker that loses nothing; a fifth of publishes are lost on the
     * way, and each is resent a second later: a crash catches some whose only copy was lost.
     */
    private static ScenarioBuilder crashing(boolean outbox) {
        return scenario().messages(6000).every(10 * MS).viaBroker().loss(0)
                .link("p", "b", new DelaySpec.Constant(10 * MS), new LossSpec.Independent(0.2), 0,
                        List.of())
                .retry(S, 50).producerCrash(5 * S, 500 * MS).outbox(outbox);
    }

    private static List<TraceEntry> journal(Scenario s, Semantics semantics) {
        return Recorder.run(s, semantics, 7).journal();
    }

    @Test
    void withoutAnOutbox_theLostAreExactlyTheForgottenThatNoBrokerStored() {
        List<TraceEntry> journal = journal(crashing(false).build(), Semantics.AT_LEAST_ONCE);
        Set<String> forgotten = ids(journal, e -> e.kind() == TraceKind.LOST_IN_CRASH
                && e.reason() == Reason.NOT_YET_ACKED);
        Set<String> stored = ids(journal, e -> e.kind() == TraceKind.STORED);
        Set<String> processed = ids(journal, e -> e.kind() == TraceKind.PROCESSED);
        Set<String> created = ids(journal, e -> e.kind() == TraceKind.CREATED);
        Set<String> lost = new TreeSet<>(created);
        lost.removeAll(processed);
        Set<String> expected = new TreeSet<>(forgotten);
        expected.removeAll(stored);
        assertTrue(expected.size() > 5, "some messages were forgotten before any copy got through: " + expected);
        assertEquals(expected, lost);
    }

    @Test
    void withAnOutbox_nothingIsLost_andExactlyOnceAbsorbsTheRepublished() {
        Scenario s = crashing(true).build();
        RunResult atLeastOnce = Simulation.run(s, Semantics.AT_LEAST_ONCE, 7, null);
        RunResult exactlyOnce = Simulation.run(s, Semantics.EXACTLY_ONCE, 7, null);
        assertTrue(atLeastOnce.crashes() > 5, atLeastOnce.crashes() + " crashes");
        assertEquals(0, atLeastOnce.lost());
        assertEquals(0, exactlyOnce.lost());
        assertEquals(0, exactlyOnce.duplicated());
        List<TraceEntry> journal = journal(s, Semantics.AT_LEAST_ONCE);
        assertTrue(journal.stream().anyMatch(e -> e.kind() == TraceKind.REPUBLISHED));
    }

    @Test
    void crashTimes_areTheSameUnderEverySemantics() {
        Scenario s = crashing(false).build();
        List<Long> atMostOnce = crashTimes(journal(s, Semantics.AT_MOST_ONCE), 55 * S);
        assertTrue(atMostOnce.size() >= 3, atMostOnce.toString());
        assertEquals(atMostOnce, crashTimes(journal(s, Semantics.AT_LEAST_ONCE), 55 * S));
        assertEquals(atMostOnce, crashTimes(journal(s, Semantics.EXACTLY_ONCE), 55 * S));
    }

    @Test
    void messagesDueWhileDown_areCreatedAtTheRestart_inOrder() {
        List<TraceEntry> journal = journal(crashing(false).build(), Semantics.AT_LEAST_ONCE);
        TraceEntry crash = journal.stream().filter(e -> e.kind() == TraceKind.CRASHED).findFirst().orElseThrow();
        TraceEntry restart = journal.stream().filter(e -> e.kind() == TraceKind.RESTARTED).findFirst().orElseThrow();
        List<TraceEntry> createdThen = journal.stream().filter(e -> e.kind() == TraceKind.CREATED
                && e.timeNanos() == restart.timeNanos()).toList();
        // Every 10 ms for the half second it was down: about 50, created the instant it is back.
        assertTrue(createdThen.size() >= 49 && createdThen.size() <= 51, createdThen.size() + " created at the restart");
        assertTrue(journal.stream().noneMatch(e -> e.kind() == TraceKind.CREATED && e.timeNanos() > crash.timeNanos()
                && e.timeNanos() < restart.timeNanos()), "nothing is created while it is down");
        List<Integer> numbers = createdThen.stream().map(e -> number(e.messageId())).toList();
        assertEquals(numbers.stream().sorted().toList(), numbers);
    }

    private static List<Long> crashTimes(List<TraceEntry> journal, long before) {
        return journal.stream().filter(e -> e.kind() == TraceKind.CRASHED && e.timeNanos() < before)
                .map(TraceEntry::timeNanos).toList();
    }

    private static Set<String> ids(List<TraceEntry> journal, Predicate<TraceEntry> which) {
        return journal.stream().filter(which).map(TraceEntry::messageId).collect(Collectors.toCollection(TreeSet::new));
    }

    private static int number(String messageId) {
        return Integer.parseInt(messageId.substring(messageId.lastIndexOf('-') + 1));
    }
}
