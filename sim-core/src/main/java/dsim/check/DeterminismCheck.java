package dsim.check;

import dsim.run.RunResult;
import dsim.simulation.Simulation;
import dsim.journal.TraceEntry;
import dsim.journal.TraceSink;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Whether a seed plays the same twice ({@code run --check-determinism}): runs each semantics twice with the same seed, side by side,
 * and compares the two journals entry by entry as the runs write them. Equal runs have equal
 * journals and digests; the first entry where they differ is where to look for the source of
 * nondeterminism. Neither journal is kept: the check holds two runs and a few thousand entries.
 */
public final class DeterminismCheck {

    /**
     * Two runs of one seed that differ.
     *
     * @param semantics the semantics run
     * @param first     the first run's digest
     * @param second    the second run's digest
     * @param index     the first diverging journal entry (0-based), or -1 if the journals agree but the digests do not
     * @param a         the first run's entry there, or null if its journal ended
     * @param b         the second run's entry there, or null if its journal ended
     */
    public record Divergence(Semantics semantics, String first, String second, long index, TraceEntry a, TraceEntry b) {
    }

    /** Where two journals first differ: the index and both entries there (null past a journal's end), or index -1. */
    public record FirstDifference(long index, TraceEntry a, TraceEntry b) {

        static final FirstDifference NONE = new FirstDifference(-1, null, null);
    }

    /** The runs made twice per semantics: one run, telling {@code sink} each journal entry. */
    @FunctionalInterface
    public interface Run {
        RunResult play(Semantics semantics, TraceSink sink);
    }

    private DeterminismCheck() {
    }

    /** Runs each of {@code semantics} twice on {@code seed}; the runs that differed. */
    public static List<Divergence> check(Scenario scenario, List<Semantics> semantics, long seed) {
        return check(semantics, seed, (s, sink) -> Simulation.run(scenario, s, seed, sink));
    }

    /** Plays each of {@code semantics} twice with {@code run}, the two side by side; the pairs that differed. */
    public static List<Divergence> check(List<Semantics> semantics, long seed, Run run) {
        List<Divergence> found = new ArrayList<>();
        for (Semantics s : semantics) {
            try (JournalPipe one = JournalPipe.start("dsim-determinism-1", sink -> run.play(s, sink));
                 JournalPipe two = JournalPipe.start("dsim-determinism-2", sink -> run.play(s, sink))) {
                FirstDifference d = firstDifference(one, two);
                RunResult r1 = one.result();
                RunResult r2 = two.result();
                if (d.index() >= 0 || !r1.traceDigest().equals(r2.traceDigest()) || !r1.equals(r2)) {
                    found.add(new Divergence(s, r1.traceDigest(), r2.traceDigest(), d.index(), d.a(), d.b()));
                }
            }
        }
        return found;
    }

    /** The index of the first entry where {@code a} and {@code b} differ, or -1 if they are equal. */
    public static long firstDivergence(List<TraceEntry> a, List<TraceEntry> b) {
        return firstDifference(a.iterator(), b.iterator()).index();
    }

    /**
     * Reads both journals to their ends, entry by entry in step, and says where they first
     * differed. Reading on past the difference lets both runs finish, for their digests.
     */
    public static FirstDifference firstDifference(Iterator<TraceEntry> a, Iterator<TraceEntry> b) {
        FirstDifference first = FirstDifference.NONE;
        for (long i = 0; a.hasNext() || b.hasNext(); i++) {
            TraceEntry x = a.hasNext() ? a.next() : null;
            TraceEntry y = b.hasNext() ? b.next() : null;
            if (first == FirstDifference.NONE && !Objects.equals(x, y)) {
                first = new FirstDifference(i, x, y);
            }
        }
        return first;
    }
}
