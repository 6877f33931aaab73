package dsim.cli;

import dsim.check.Decision;
import dsim.check.RateVerdict;
import dsim.check.SeedsHeld;
import dsim.compare.Comparison;
import dsim.compare.CoverageTally;
import dsim.compare.Grid;
import dsim.compare.PredictionCheck;
import dsim.compare.SemanticsSummary;
import dsim.compare.Study;
import dsim.report.ShellWords;
import dsim.report.compare.ReportInput;
import dsim.report.compare.ReportWriter;
import dsim.report.compare.StudyText;
import dsim.report.compare.Verdict;
import dsim.text.Echo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code dsim compare} writes and prints once its comparisons are made: the report files,
 * the summary on standard output, and the exit code. A compare run on one machine and the merge
 * of a sharded one both end here, so their files and their output are the same bytes.
 *
 * @param who     the command, for error lines: {@code dsim compare} or {@code dsim merge}
 * @param file    the scenario file as the user typed it, for the replay lines
 * @param command the command line that reproduces the report
 * @param outDir  the report folder as the user named it
 */
record CompareOutput(String who, String file, String command, Path outDir) {

    /**
     * Writes the report of {@code comparison} (and of the study or grid, if --vary made one) and
     * prints the summary; returns the exit code. The caller holds the folder's lock.
     */
    int write(Terminal t, Comparison comparison, Study study, Grid grid) {
        List<Path> written;
        try {
            written = ReportWriter.write(outDir, new ReportInput(comparison, study, grid, command, Version.number(),
                    ReportReplays.of(comparison, file)));
        } catch (IOException e) {
            t.err().println(who + ": cannot write the report to " + Echo.of(outDir) + ": " + FileErrors.reason(e));
            return ExitCode.USAGE;
        }
        List<SeedsHeld> expectations = SeedsHeld.of(comparison.scenario(), comparison.runs());
        List<RateVerdict> rates = RateVerdict.of(comparison.scenario(), comparison.runs());
        if (study != null || grid != null) { // what --vary asked: before the plain comparison's summary
            t.out().print(study != null ? StudyText.render(study) : StudyText.render(grid));
            t.out().println();
        }
        printSummary(t, comparison, expectations, rates, written);
        if (hitLimit(comparison, study, grid)) {
            return ExitCode.LIMIT_HIT;
        }
        // A bound over seeds that fails on these seeds is broken; one still undecided is for dsim check to decide.
        return SeedsHeld.anyBroken(expectations) || RateVerdict.anyFails(rates) ? ExitCode.EXPECTATION_BROKEN
                : ExitCode.OK;
    }

    private void printSummary(Terminal t, Comparison c, List<SeedsHeld> expectations, List<RateVerdict> rates,
                              List<Path> written) {
        t.out().println("compare " + c.scenario().name() + ": " + Scenarios.count(c.seeds(), "seed")
                + " (" + Long.toUnsignedString(c.firstSeed()) + ".."
                + Long.toUnsignedString(c.firstSeed() + c.seeds() - 1) + ") x "
                + c.summaries().size() + " semantics, " + c.totalEvents() + " events");
        for (String sentence : Verdict.sentences(c)) {
            t.out().println(sentence);
        }
        for (SeedsHeld h : expectations) {
            t.out().println((h.ok() ? t.symbol("\u2713", "ok") : t.symbol("\u2717", "FAIL")) + " " + h.line());
        }
        for (RateVerdict v : rates) {
            t.out().println(t.symbol(v.decision().symbol(), v.decision().ascii()) + " " + v.line());
        }
        if (rates.stream().anyMatch(v -> v.decision() == Decision.UNDECIDED)) {
            t.out().println("  an undecided bound needs more seeds: " + Launcher.name() + " check "
                    + ShellWords.word(file) + " runs them in batches until it is decided");
        }
        for (SemanticsSummary s : c.summaries()) {
            for (CoverageTally.Row r : s.coverage().neverFired()) {
                t.out().println(t.symbol("\u26a0", "!") + " " + s.semantics().id() + ": " + r.name() + " never fired in "
                        + Scenarios.count(c.seeds(), "seed"));
            }
        }
        SeedsHeld first = expectations.stream().filter(h -> !h.ok() && !h.sometimes()).findFirst().orElse(null);
        if (first != null) {
            t.out().println("replay the first broken run: " + ReplayCommand.line(file, first.semantics(),
                    first.firstBroken(), null));
        }
        for (PredictionCheck p : c.predictions()) {
            if (!p.agrees()) {
                t.out().println(t.symbol("\u26a0", "!") + " " + p.prediction().semantics().id()
                        + ": the closed form predicts " + String.format(Locale.ROOT, "%.3g%%",
                        p.predictedLostPercent()) + " lost, outside the simulated interval");
            }
        }
        // Paths as the user named the folder, not absolute ones: they paste into the next command.
        for (Path p : written) {
            t.out().println("wrote " + outDir.resolve(p.getFileName()));
        }
        t.out().println("report: " + outDir.resolve("report.html"));
    }

    private static boolean hitLimit(Comparison c, Study study, Grid grid) {
        List<Comparison> all = new ArrayList<>(List.of(c));
        all.addAll(study != null ? study.points() : grid != null ? grid.points() : List.of());
        return all.stream().flatMap(p -> p.summaries().stream()).anyMatch(s -> s.runsHitLimit() > 0);
    }
}
