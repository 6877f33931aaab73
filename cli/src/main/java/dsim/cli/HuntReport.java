package dsim.cli;

import dsim.check.Hunt;
import dsim.model.FaultLog;
import dsim.simulation.Simulation;
import dsim.check.Swarm;
import dsim.check.SeedsHeld;
import dsim.compare.CoverageTally;
import dsim.check.HuntFailure;
import dsim.run.RunResult;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.stats.Estimate;
import dsim.stats.Intervals;
import dsim.story.Cause;
import dsim.story.Explanation;
import dsim.story.Explanations;
import dsim.story.JournalIndex;
import dsim.story.MessageOutcome;
import dsim.story.Recorder;
import dsim.story.Recording;
import dsim.story.RunContext;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@code dsim hunt} prints: one line per broken run (what broke, the messages involved
 * and why, the digest, the replay command), then per semantics how often it broke with a
 * 95% exact (Clopper-Pearson) interval, and the causes over all broken runs.
 */
final class HuntReport {

    private final Terminal t;
    private final Scenario scenario;
    /** Whether each seed ran the scenario swarm testing drew for it. */
    private final boolean swarm;
    private final String file;
    private final Map<MessageOutcome, Map<Cause, Long>> causes = new EnumMap<>(MessageOutcome.class);
    private final List<String> replayDiffers = new ArrayList<>();
    /** Broken runs printed so far, per semantics, for an interrupted hunt's last words. */
    private final Map<Semantics, Integer> brokenSoFar = new EnumMap<>(Semantics.class);
    private boolean stopping;
    /** The JSON document being gathered under {@code --format json}, printed at the end; null for text. */
    private final HuntJson json;

    /**
     * @param file the scenario file as the user typed it, for replay commands
     */
    HuntReport(Terminal t, Scenario scenario, String file, boolean swarm, OutputFormat format) {
        this.swarm = swarm;
        this.t = t;
        this.scenario = scenario;
        this.file = file;
        this.json = format == OutputFormat.JSON ? new HuntJson(scenario.name(), file, swarm) : null;
    }

    void header(List<Semantics> hunted, List<Semantics> skipped, long first, int seeds) {
        if (json != null) {
            json.header(hunted, skipped, first, seeds);
            return;
        }
        String names = hunted.stream().map(Semantics::id).collect(Collectors.joining(", "));
        List<String> notes = new ArrayList<>();
        String none = skipped.stream().filter(x -> !scenario.expect().containsKey(x)).map(Semantics::id)
                .collect(Collectors.joining(", "));
        String overSeeds = skipped.stream().filter(scenario.expect()::containsKey).map(Semantics::id)
                .collect(Collectors.joining(", "));
        if (!none.isEmpty()) {
            notes.add(none + " has no expect");
        }
        if (!overSeeds.isEmpty()) {
            notes.add(overSeeds + " bounds only shares over seeds, for dsim check");
        }
        t.out().println("hunt " + scenario.name() + ": " + Scenarios.count(seeds, "seed") + " from "
                + Long.toUnsignedString(first) + ", checking the expect of " + names
                + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")"));
        t.out().flush();
    }

    /** Replays the broken run with a recorder, explains its messages and prints its line (or keeps it for the JSON). */
    synchronized void failure(HuntFailure f) {
        if (stopping) {
            return; // the hunt is being interrupted: its last words are printed
        }
        brokenSoFar.merge(f.result().semantics(), 1, Integer::sum);
        BrokenRun run = explain(f);
        if (json != null) {
            json.add(run);
            return;
        }
        t.out().println(t.symbol("\u2717", "FAIL") + " seed " + Long.toUnsignedString(run.seed()) + " "
                + run.semantics().id() + ": " + run.text());
        t.out().flush();
    }

    /** The broken run replayed with a recorder, its bad messages explained and added to the hunt's causes. */
    private BrokenRun explain(HuntFailure f) {
        RunResult r = f.result();
        Swarm.Draw drawn = swarm ? Swarm.draw(scenario, r.seed()) : null;
        Scenario ran = drawn != null ? drawn.scenario() : scenario;
        // Which messages went wrong, from a run that keeps no journal; then a run that keeps only their stories,
        // so a broken run of a million messages is replayed in about a run's memory.
        FaultLog outcomes = FaultLog.counting().watchingBadMessages();
        Simulation.run(ran, r.semantics(), r.seed(), null, outcomes);
        Recording replay = Recorder.run(ran, r.semantics(), r.seed(), outcomes.badMessages());
        if (!replay.result().traceDigest().equals(r.traceDigest())) {
            replayDiffers.add(r.semantics().id() + " seed " + Long.toUnsignedString(r.seed()) + ": the hunt's digest "
                    + r.traceDigest() + ", the replay's " + replay.result().traceDigest());
        }
        JournalIndex index = JournalIndex.of(replay.journal());
        RunContext context = RunContext.of(ran, r);
        List<BrokenRun.Messages> messages = new ArrayList<>();
        String first = null;
        for (MessageOutcome outcome : BrokenMessages.outcomes(f.violations())) {
            List<String> ids = index.withOutcome(outcome);
            first = first == null && !ids.isEmpty() ? ids.get(0) : first;
            messages.add(new BrokenRun.Messages(outcome, ids, ids.isEmpty() ? Map.of() : causes(outcome, ids, index,
                    context)));
        }
        return new BrokenRun(r.seed(), r.semantics(), f.violations(), r.outcome(), messages, r.traceDigest(),
                drawn != null ? drawn.describe() : null,
                ReplayCommand.line(file, r.semantics(), r.seed(), first) + (swarm ? " --swarm" : ""));
    }

    /**
     * What an interrupted hunt had done: how many seeds it had examined and which semantics
     * broke in how many of them, so a Ctrl-C never leaves a long hunt with nothing to show.
     */
    synchronized void interrupted(int examined, int seeds) {
        stopping = true;
        PrintWriter out = t.out();
        if (json != null) {
            out.print(json.interrupted(examined, brokenSoFar));
            out.flush();
            return;
        }
        out.println();
        out.println("interrupted after " + examined + " of " + Scenarios.count(seeds, "seed") + ": "
                + (brokenSoFar.isEmpty() ? "no broken run found" : brokenSoFar.entrySet().stream()
                .map(e -> e.getKey().id() + " broke in " + Scenarios.count(e.getValue(), "seed"))
                .collect(Collectors.joining(", ")) + " (listed above)"));
        out.flush();
    }

    /** Each broken run whose replay's digest differed from the run's, in one line each: a determinism bug. */
    List<String> replayDifferences() {
        return List.copyOf(replayDiffers);
    }

    /** Prints how often each semantics broke and why; returns the exit code. */
    int summary(Hunt.Result result, List<Semantics> hunted, int max) {
        PrintWriter out = t.out();
        if (json != null) {
            out.print(json.finished(result, causes, replayDiffers));
            out.flush();
            return exitCode(result);
        }
        out.println();
        if (result.stopped()) {
            out.println("stopped after " + Scenarios.count(result.failures(), "failure") + " (--max-failures "
                    + max + "): " + result.examined() + " seeds examined");
        }
        for (Semantics s : hunted) {
            int k = result.broken().get(s);
            long n = result.examined();
            Estimate e = Intervals.clopperPearson(k, n, 0.95);
            out.println(k == 0
                    ? "0 of " + n + " seeds broke " + s.id() + "; 95% upper bound " + Percent.of(e.upper())
                    : k + " of " + n + " seeds broke " + s.id() + ": " + Percent.of(e.value()) + " (95% interval "
                            + Percent.of(e.lower()) + " to " + Percent.of(e.upper()) + ")");
        }
        swarmTable(out, result.swarm());
        for (SeedsHeld h : result.sometimes()) {
            out.println((h.ok() ? t.symbol("\u2713", "ok") : t.symbol("\u2717", "FAIL")) + " " + h.line());
        }
        for (Semantics s : hunted) {
            CoverageTally coverage = result.coverage().get(s);
            for (CoverageTally.Row r : coverage.neverFired()) {
                out.println(t.symbol("\u26a0", "!") + " " + s.id() + ": " + r.name() + " never fired in "
                        + Scenarios.count(coverage.seeds(), "seed"));
            }
        }
        if (!causes.isEmpty()) {
            out.println("why, over the messages of the broken runs:");
            causes.forEach((outcome, counts) -> out.println("  " + outcome + ": " + shares(counts)));
        }
        for (String differs : replayDiffers) {
            out.println(t.symbol("\u2717", "FAIL") + " determinism: replaying " + differs);
        }
        out.flush();
        return exitCode(result);
    }

    /** 4 if a replay differed from its run, else 3 if a run hit a limit, else 1 if an expectation broke, else 0. */
    private int exitCode(Hunt.Result result) {
        if (!replayDiffers.isEmpty()) {
            return ExitCode.NONDETERMINISTIC;
        }
        if (result.hitLimit()) {
            return ExitCode.LIMIT_HIT;
        }
        return result.failures() == 0 && !result.sometimesNeverMet() ? ExitCode.OK : ExitCode.EXPECTATION_BROKEN;
    }

    /**
     * Per swarm knob, the share of seeds that broke with it on and with it off, each with its
     * exact 95% interval; a knob whose intervals do not overlap is flagged: on, it makes a failure
     * more likely (a trigger) or less likely (a suppressor).
     */
    private void swarmTable(PrintWriter out, List<Hunt.KnobRate> rates) {
        if (rates.isEmpty()) {
            return;
        }
        out.println("swarm: per knob, the seeds that broke with it on and with it off (95% intervals):");
        int width = rates.stream().mapToInt(k -> k.knob().length()).max().orElse(0);
        for (Hunt.KnobRate k : rates) {
            Estimate on = Intervals.clopperPearson(k.onBroken(), k.onSeeds(), 0.95);
            Estimate off = Intervals.clopperPearson(k.offBroken(), k.offSeeds(), 0.95);
            String flag = k.onSeeds() > 0 && k.offSeeds() > 0 && on.lower() > off.upper() ? "  trigger"
                    : k.onSeeds() > 0 && k.offSeeds() > 0 && on.upper() < off.lower() ? "  suppressor" : "";
            out.println("  " + k.knob() + " ".repeat(width - k.knob().length()) + "  on " + rate(k.onBroken(),
                    k.onSeeds(), on) + "   off " + rate(k.offBroken(), k.offSeeds(), off) + flag);
        }
    }

    private static String rate(int broken, int seeds, Estimate e) {
        return seeds == 0 ? "no seed" : broken + " of " + seeds + " (" + Percent.of(e.lower()) + " to "
                + Percent.of(e.upper()) + ")";
    }

    /** Explains {@code ids}, adds them to the hunt's tally, and counts them by cause, most frequent first. */
    private Map<Cause, Long> causes(MessageOutcome outcome, List<String> ids, JournalIndex index, RunContext context) {
        List<Explanation> explained = new ArrayList<>(ids.size());
        for (String id : ids) {
            explained.add(Explanations.explain(index.story(id), context));
        }
        Map<Cause, Long> tally = Explanations.tally(explained);
        Map<Cause, Long> total = causes.computeIfAbsent(outcome, o -> new EnumMap<>(Cause.class));
        tally.forEach((c, n) -> total.merge(c, n, Long::sum));
        return tally;
    }

    /** e.g. {@code 25 messages: 92% dedup store lost, 8% consumer ack lost}. */
    private static String shares(Map<Cause, Long> counts) {
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        return Scenarios.count(all, "message") + ": " + Explanations.sorted(counts).entrySet().stream()
                .map(e -> Percent.of((double) e.getValue() / all) + " " + e.getKey().label())
                .collect(Collectors.joining(", "));
    }
}
