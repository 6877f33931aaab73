package dsim.cli;

import dsim.check.Hunt;
import dsim.model.FaultLog;
import dsim.simulation.Simulation;
import dsim.check.Swarm;
import dsim.check.SeedsHeld;
import dsim.compare.CoverageTally;
import dsim.check.HuntFailure;
import dsim.run.Outcome;
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

    /** Message ids a failure line lists before "+N more". */
    private static final int IDS_SHOWN = 3;

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

    /**
     * @param file the scenario file as the user typed it, for replay commands
     */
    HuntReport(Terminal t, Scenario scenario, String file, boolean swarm) {
        this.swarm = swarm;
        this.t = t;
        this.scenario = scenario;
        this.file = file;
    }

    void header(List<Semantics> hunted, List<Semantics> skipped, long first, int seeds) {
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

    /** Replays the broken run with a recorder, explains its messages and prints its line. */
    synchronized void failure(HuntFailure f) {
        if (stopping) {
            return; // the hunt is being interrupted: its last words are printed
        }
        RunResult r = f.result();
        brokenSoFar.merge(r.semantics(), 1, Integer::sum);
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
        List<String> parts = new ArrayList<>();
        parts.add(what(f));
        String first = null;
        for (MessageOutcome outcome : BrokenMessages.outcomes(f.violations())) {
            List<String> ids = index.withOutcome(outcome);
            if (ids.isEmpty()) {
                parts.add("no " + outcome + " message");
                continue;
            }
            first = first == null ? ids.get(0) : first;
            parts.add(outcome + " " + ids(ids) + " (" + causes(outcome, ids, index, context) + ")");
        }
        parts.add("digest " + r.traceDigest());
        if (drawn != null) {
            parts.add("swarm: " + drawn.describe());
        }
        parts.add("replay: " + ReplayCommand.line(file, r.semantics(), r.seed(), first) + (swarm ? " --swarm" : ""));
        t.out().println(t.symbol("\u2717", "FAIL") + " seed " + Long.toUnsignedString(r.seed()) + " "
                + r.semantics().id() + ": " + String.join("; ", parts));
        t.out().flush();
    }

    /**
     * What an interrupted hunt had done: how many seeds it had examined and which semantics
     * broke in how many of them, so a Ctrl-C never leaves a long hunt with nothing to show.
     */
    synchronized void interrupted(int examined, int seeds) {
        stopping = true;
        PrintWriter out = t.out();
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

    /** e.g. {@code duplicated 1, expected == 0}, or the limit a run stopped at. */
    private static String what(HuntFailure f) {
        List<String> what = new ArrayList<>();
        f.violations().forEach(v -> what.add(v.message()));
        if (f.result().outcome() != Outcome.COMPLETED) {
            what.add("stopped at " + f.result().outcome().id() + " with work left");
        }
        return String.join(" and ", what);
    }

    private static String ids(List<String> ids) {
        String shown = String.join(", ", ids.subList(0, Math.min(IDS_SHOWN, ids.size())));
        return ids.size() > IDS_SHOWN ? shown + " +" + (ids.size() - IDS_SHOWN) + " more" : shown;
    }

    /** Explains {@code ids}, adds them to the hunt's tally, and says what caused them, e.g. {@code 3 ack lost, 1 slow ack}. */
    private String causes(MessageOutcome outcome, List<String> ids, JournalIndex index, RunContext context) {
        List<Explanation> explained = new ArrayList<>(ids.size());
        for (String id : ids) {
            explained.add(Explanations.explain(index.story(id), context));
        }
        Map<Cause, Long> tally = Explanations.tally(explained);
        Map<Cause, Long> total = causes.computeIfAbsent(outcome, o -> new EnumMap<>(Cause.class));
        tally.forEach((c, n) -> total.merge(c, n, Long::sum));
        if (ids.size() == 1) {
            return explained.get(0).cause().label();
        }
        return tally.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label())
                .collect(Collectors.joining(", "));
    }

    /** e.g. {@code 25 messages: 92% dedup store lost, 8% consumer ack lost}. */
    private static String shares(Map<Cause, Long> counts) {
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        return Scenarios.count(all, "message") + ": " + Explanations.sorted(counts).entrySet().stream()
                .map(e -> Percent.of((double) e.getValue() / all) + " " + e.getKey().label())
                .collect(Collectors.joining(", "));
    }
}
