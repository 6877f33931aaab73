package dsim.cli;

import dsim.compare.Comparison;
import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.report.compare.ReplayFigure;
import dsim.report.story.Sequence;
import dsim.report.story.SequenceSvg;
import dsim.run.RunResult;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.story.Explanation;
import dsim.story.Explanations;
import dsim.story.JournalIndex;
import dsim.story.MessageOutcome;
import dsim.story.Recorder;
import dsim.story.Recording;
import dsim.story.RunContext;
import dsim.story.Story;
import dsim.sweep.SeedRuns;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * The three stories a compare report draws: a lost message, a duplicate, and a delivery a
 * dedup store skipped, each from the first seed (and the first semantics, in the scenario's
 * order) that has one, replayed with its journal. A run is recorded only for a scenario small
 * enough that its journal is cheap to hold.
 */
final class ReportReplays {

    /** Messages per run above which recording a journal would cost more than the report is worth. */
    static final long MAX_MESSAGES = 100_000;

    private ReportReplays() {
    }

    /** The figures for {@code c}; {@code file} as the user typed it, for the replay commands. */
    static List<ReplayFigure> of(Comparison c, String file) {
        Scenario scenario = c.scenario();
        List<ReplayFigure> out = new ArrayList<>();
        if (scenario.totalMessages() > MAX_MESSAGES) {
            return out;
        }
        figure(c, file, "A lost message", RunResult::lost, index -> first(index.withOutcome(MessageOutcome.LOST)), out);
        figure(c, file, "A message processed more than once", RunResult::duplicated,
                index -> first(index.withOutcome(MessageOutcome.DUPLICATED)), out);
        figure(c, file, "A repeat delivery the dedup store skipped", RunResult::dedupSuppressed, null, out);
        return out;
    }

    /** Finds the first run with {@code count} above 0, replays it and draws its first such message. */
    private static void figure(Comparison c, String file, String what, ToLongFunction<RunResult> count,
                               Function<JournalIndex, String> pick, List<ReplayFigure> out) {
        for (SeedRuns seed : c.runs()) {
            for (Semantics s : c.scenario().semantics()) {
                if (count.applyAsLong(seed.of(s)) == 0) {
                    continue;
                }
                Recording run = Recorder.run(c.scenario(), s, seed.seed());
                JournalIndex index = JournalIndex.of(run.journal());
                String id = pick != null ? pick.apply(index) : firstWith(run.journal(),
                        e -> e.kind() == TraceKind.DEDUPLICATED);
                if (id == null) {
                    continue;
                }
                Story story = index.story(id);
                Explanation why = Explanations.explain(story, RunContext.of(c.scenario(), run.result()));
                String title = story.messageId() + ": " + ReplayCommand.outcome(story, why);
                String subtitle = c.scenario().name() + ", " + s.id() + ", seed " + Long.toUnsignedString(seed.seed())
                        + ", trace digest " + run.result().traceDigest();
                String svg = SequenceSvg.render(Sequence.of(story, why), title, subtitle, why.text());
                // Each diagram names its arrow heads; several in one page need names of their own.
                String suffix = "-" + (out.size() + 1);
                svg = svg.replace("id=\"head\"", "id=\"head" + suffix + "\"")
                        .replace("url(#head)", "url(#head" + suffix + ")")
                        .replace("id=\"head-muted\"", "id=\"head-muted" + suffix + "\"")
                        .replace("url(#head-muted)", "url(#head-muted" + suffix + ")");
                out.add(new ReplayFigure(what + ": " + s.id() + ", seed " + Long.toUnsignedString(seed.seed()),
                        ReplayCommand.line(file, s, seed.seed(), id), svg));
                return;
            }
        }
    }

    private static String first(List<String> ids) {
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static String firstWith(List<TraceEntry> journal, Predicate<TraceEntry> which) {
        return journal.stream().filter(which).map(TraceEntry::messageId).findFirst().orElse(null);
    }
}
