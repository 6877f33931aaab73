package dsim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.simulation.Simulation;
import dsim.spec.DelaySpec;
import dsim.spec.LossSpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.testing.ScenarioBuilder;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Two runs of a seed, compared entry by entry as they are written. */
class DeterminismCheckTest {

    private static TraceEntry entry(long t, String node) {
        return new TraceEntry(t, 0, t, TraceKind.CREATED, node, "p-1", 0, null, null, null, 0, "");
    }

    @Test
    void firstDivergence_equalJournals_minusOne() {
        List<TraceEntry> a = List.of(entry(1, "p"), entry(2, "p"));
        assertEquals(-1, DeterminismCheck.firstDivergence(a, List.copyOf(a)));
    }

    @Test
    void firstDivergence_differentEntry_itsIndex() {
        assertEquals(1, DeterminismCheck.firstDivergence(List.of(entry(1, "p"), entry(2, "p")),
                List.of(entry(1, "p"), entry(2, "q"))));
    }

    @Test
    void firstDivergence_oneJournalLonger_whereTheShorterEnds() {
        assertEquals(1, DeterminismCheck.firstDivergence(List.of(entry(1, "p")), List.of(entry(1, "p"), entry(2, "p"))));
    }

    /** Messages through a broker over a lossy link: 2,000 write some 20,000 journal entries. */
    private static Scenario tiny(int messages) {
        return ScenarioBuilder.scenario().messages(messages).every(ScenarioBuilder.MS * 100).viaBroker()
                .network(new DelaySpec.Constant(10 * ScenarioBuilder.MS), new LossSpec.Independent(0.2), 0).build();
    }

    /**
     * Real runs of {@link #tiny} with 2,000 messages on seed 7; in the second one started, journal
     * entry {@code at} is replaced by what {@code change} makes of it (null: left out).
     */
    private static DeterminismCheck.Run changedAt(long at, Function<TraceEntry, TraceEntry> change) throws Exception {
        Scenario scenario = tiny(2000);
        AtomicInteger plays = new AtomicInteger();
        return (s, sink) -> {
            boolean second = plays.incrementAndGet() == 2;
            long[] index = {0};
            return Simulation.run(scenario, s, 7, entry -> {
                TraceEntry told = second && index[0]++ == at ? change.apply(entry) : entry;
                if (told != null) {
                    sink.record(told);
                }
            });
        };
    }

    @Test
    void check_twoRunsDifferAtOneEntry_namesThatEntryInBothRuns() throws Exception {
        TraceEntry odd = entry(123, "nowhere");

        List<DeterminismCheck.Divergence> found = DeterminismCheck.check(List.of(Semantics.AT_LEAST_ONCE), 7,
                changedAt(12_345, e -> odd));

        assertEquals(1, found.size());
        DeterminismCheck.Divergence d = found.get(0);
        assertEquals(12_345, d.index());
        assertTrue(d.a() == odd ^ d.b() == odd, d.toString());
        assertEquals(d.first(), d.second(), "the model's own digests agree; only the journals differ");
    }

    @Test
    void check_oneJournalEndsEarly_namesWhereTheShorterEnds() throws Exception {
        long[] entries = {0};
        Simulation.run(tiny(2000), Semantics.AT_LEAST_ONCE, 7, e -> entries[0]++);
        long last = entries[0] - 1;

        DeterminismCheck.Divergence d = DeterminismCheck.check(List.of(Semantics.AT_LEAST_ONCE), 7,
                changedAt(last, e -> null)).get(0);

        assertEquals(last, d.index());
        assertTrue(d.a() == null ^ d.b() == null, d.toString());
    }

    @Test
    void check_journalsLongerThanTheBuffer_equal_noDivergence() throws Exception {
        List<DeterminismCheck.Divergence> found = DeterminismCheck.check(List.of(Semantics.AT_LEAST_ONCE,
                Semantics.EXACTLY_ONCE), 7, changedAt(-1, e -> e));

        assertEquals(List.of(), found);
    }
}
