package dsim.cli;

import dsim.check.DeterminismCheck.Divergence;
import dsim.journal.TraceEntry;
import dsim.spec.Semantics;
import dsim.text.Durations;
import java.io.PrintWriter;
import java.util.List;

/** The verdict of {@code run --check-determinism}, in words: one line per pair of runs that differed, or one that all agreed. */
final class DeterminismReport {

    private DeterminismReport() {
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

    static String describe(TraceEntry e) {
        if (e == null) {
            return "(end of journal)";
        }
        return Durations.secondsRounded(e.timeNanos()) + " " + e.node() + " " + e.kind().id()
                + (e.messageId() == null ? "" : " " + e.messageId()) + (e.attempt() == 0 ? "" : " #" + e.attempt())
                + (e.detail().isEmpty() ? "" : " (" + e.detail() + ")");
    }
}
