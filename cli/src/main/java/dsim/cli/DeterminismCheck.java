package dsim.cli;

import dsim.run.TraceEntry;
import dsim.scenario.Scenario;
import dsim.scenario.Semantics;
import dsim.story.Recorder;
import dsim.story.Recording;
import dsim.story.StoryTime;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code run --check-determinism}: runs each semantics twice with the same seed, records both
 * journals and compares them entry by entry. Equal runs have equal journals and digests; the
 * first entry where they differ is where to look for the source of nondeterminism.
 */
final class DeterminismCheck {

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
    record Divergence(Semantics semantics, String first, String second, long index, TraceEntry a, TraceEntry b) {
    }

    private DeterminismCheck() {
    }

    /** Runs each of {@code semantics} twice on {@code seed}; the runs that differed. */
    static List<Divergence> check(Scenario scenario, List<Semantics> semantics, long seed) {
        List<Divergence> found = new ArrayList<>();
        for (Semantics s : semantics) {
            Recording one = Recorder.run(scenario, s, seed);
            Recording two = Recorder.run(scenario, s, seed);
            int index = firstDivergence(one.journal(), two.journal());
            String d1 = one.result().traceDigest();
            String d2 = two.result().traceDigest();
            if (index >= 0 || !d1.equals(d2) || !one.result().equals(two.result())) {
                found.add(new Divergence(s, d1, d2, index, entry(one.journal(), index), entry(two.journal(), index)));
            }
        }
        return found;
    }

    /** The index of the first entry where {@code a} and {@code b} differ, or -1 if they are equal. */
    static int firstDivergence(List<TraceEntry> a, List<TraceEntry> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            if (!a.get(i).equals(b.get(i))) {
                return i;
            }
        }
        return a.size() == b.size() ? -1 : n;
    }

    /**
     * Prints the verdict to {@code out} and returns {@code code}, or {@link ExitCode#NONDETERMINISTIC}
     * if some runs differed.
     */
    static int report(Terminal t, PrintWriter out, List<Divergence> divergences, List<Semantics> checked, long seed,
                      int code) {
        if (divergences.isEmpty()) {
            out.println(t.symbol("\u2713", "ok") + " determinism: " + checked.stream().map(Semantics::id)
                    .reduce((x, y) -> x + ", " + y).orElse("") + " each ran twice with seed "
                    + Long.toUnsignedString(seed) + ": identical journals and digests");
            out.flush();
            return code;
        }
        for (Divergence d : divergences) {
            out.println(t.symbol("\u2717", "FAIL") + " determinism: " + d.semantics().id() + " ran twice with seed "
                    + Long.toUnsignedString(seed) + ": digests " + d.first() + " and " + d.second()
                    + (d.index() < 0 ? "" : "; first diverging journal entry #" + d.index() + ": " + describe(d.a())
                    + " vs " + describe(d.b())));
        }
        out.flush();
        return ExitCode.NONDETERMINISTIC;
    }

    private static TraceEntry entry(List<TraceEntry> journal, int index) {
        return index >= 0 && index < journal.size() ? journal.get(index) : null;
    }

    static String describe(TraceEntry e) {
        if (e == null) {
            return "(end of journal)";
        }
        return StoryTime.seconds(e.timeNanos()) + " " + e.node() + " " + e.kind().id()
                + (e.messageId() == null ? "" : " " + e.messageId()) + (e.attempt() == 0 ? "" : " #" + e.attempt())
                + (e.detail().isEmpty() ? "" : " (" + e.detail() + ")");
    }
}
