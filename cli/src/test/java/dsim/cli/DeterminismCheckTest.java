package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.run.TraceEntry;
import dsim.run.TraceKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code dsim run --check-determinism}: two runs of a seed, compared entry by entry. */
class DeterminismCheckTest {

    private static TraceEntry entry(long t, String node) {
        return new TraceEntry(t, TraceKind.CREATED, node, "p-1", 0, null, null, null, "");
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

    @Tag("engine")
    @Test
    void runCheckDeterminism_bundledScenario_exit0_saysSo() {
        Cli.Result r = Cli.run(false, "run", Path.of("..", "scenarios", "payments.yaml").toString(), "--check-determinism");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("\nok determinism: at-most-once, at-least-once, exactly-once each ran twice with "
                + "seed 42: identical journals and digests\n"), r.out());
    }

    @Tag("engine")
    @Test
    void runCheckDeterminism_json_verdictOnStderr_stdoutStaysJson() {
        Cli.Result r = Cli.run(false, "run", Path.of("..", "scenarios", "courier.yaml").toString(), "--format", "json",
                "--check-determinism");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("["), r.out());
        assertTrue(r.err().startsWith("ok determinism: "), r.err());
    }
}
