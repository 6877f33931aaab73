package dsim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dsim.check.ExpectationChecker;
import dsim.check.Hunt;
import dsim.check.SeedsHeld;
import dsim.check.Violation;
import dsim.compare.CoverageTally;
import dsim.report.Json;
import dsim.report.Numbers;
import dsim.run.Outcome;
import dsim.spec.Semantics;
import dsim.stats.Estimate;
import dsim.stats.Intervals;
import dsim.story.Cause;
import dsim.story.Explanations;
import dsim.story.MessageOutcome;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * What {@code dsim hunt --format json} prints: one JSON object with every broken run (seed,
 * semantics, what broke, its messages and their causes, digest, replay command) and, per
 * hunted semantics, how many seeds broke it with an exact (Clopper-Pearson) 95% interval.
 * Field names are a contract (users' scripts read them): add fields, never rename them.
 */
final class HuntJson {

    /** Message ids listed per outcome of a broken run; {@code count} says how many there were. */
    static final int IDS_LISTED = 100;
    private static final double CONFIDENCE = 0.95;

    private final String scenario;
    private final String file;
    private final boolean swarm;
    private final List<BrokenRun> broken = new ArrayList<>();
    private List<Semantics> hunted = List.of();
    private List<Semantics> skipped = List.of();
    private long first;
    private int seeds;

    /** @param file the scenario file as the user typed it, as replay commands name it */
    HuntJson(String scenario, String file, boolean swarm) {
        this.scenario = scenario;
        this.file = file;
        this.swarm = swarm;
    }

    /** What the hunt is about to do. */
    void header(List<Semantics> hunted, List<Semantics> skipped, long first, int seeds) {
        this.hunted = List.copyOf(hunted);
        this.skipped = List.copyOf(skipped);
        this.first = first;
        this.seeds = seeds;
    }

    /** One more broken run, in seed order. */
    void add(BrokenRun run) {
        broken.add(run);
    }

    /**
     * The document of a hunt stopped by Ctrl-C after {@code examined} seeds, in which the
     * semantics broke {@code brokenSoFar} times: the runs found so far, and their shares.
     */
    String interrupted(int examined, Map<Semantics, Integer> brokenSoFar) {
        ObjectNode root = head(examined, true, false);
        totals(root.putArray("totals"), s -> brokenSoFar.getOrDefault(s, 0), examined);
        return Json.pretty(root);
    }

    /** The document of a finished hunt. */
    String finished(Hunt.Result result, Map<MessageOutcome, Map<Cause, Long>> causes, List<String> replayDiffers) {
        ObjectNode root = head(result.examined(), false, result.stopped());
        totals(root.putArray("totals"), s -> result.broken().get(s), result.examined());
        ArrayNode sometimes = root.putArray("sometimes");
        for (SeedsHeld h : result.sometimes()) {
            ObjectNode o = sometimes.addObject();
            o.put("semantics", h.semantics().id());
            o.put("check", ExpectationChecker.describe(h.check()));
            o.put("held", h.held());
            o.put("seeds", h.seeds());
            o.put("ok", h.ok());
        }
        ArrayNode neverFired = root.putArray("neverFired");
        for (Semantics s : hunted) {
            CoverageTally coverage = result.coverage().get(s);
            for (CoverageTally.Row r : coverage.neverFired()) {
                neverFired.addObject().put("semantics", s.id()).put("source", r.name()).put("seeds", coverage.seeds());
            }
        }
        ObjectNode why = root.putObject("causes");
        causes.forEach((outcome, counts) -> counts(why.putObject(outcome.toString()), Explanations.sorted(counts)));
        ArrayNode knobs = root.putArray("swarmKnobs");
        for (Hunt.KnobRate k : result.swarm()) {
            ObjectNode o = knobs.addObject();
            o.put("knob", k.knob());
            rate(o.putObject("on"), k.onBroken(), k.onSeeds());
            rate(o.putObject("off"), k.offBroken(), k.offSeeds());
        }
        ArrayNode differs = root.putArray("replayDiffers");
        replayDiffers.forEach(differs::add);
        return Json.pretty(root);
    }

    private ObjectNode head(int examined, boolean interrupted, boolean stopped) {
        ObjectNode root = Json.object();
        root.put("scenario", scenario);
        root.put("file", file);
        root.put("firstSeed", unsigned(first));
        root.put("seeds", seeds);
        root.put("examined", examined);
        root.put("interrupted", interrupted);
        root.put("stoppedAtMaxFailures", stopped);
        root.put("swarm", swarm);
        ArrayNode names = root.putArray("hunted");
        hunted.forEach(s -> names.add(s.id()));
        ArrayNode none = root.putArray("withoutExpect");
        skipped.forEach(s -> none.add(s.id()));
        ArrayNode failures = root.putArray("failures");
        broken.forEach(run -> failure(failures.addObject(), run));
        return root;
    }

    private static void failure(ObjectNode o, BrokenRun run) {
        o.put("seed", unsigned(run.seed()));
        o.put("semantics", run.semantics().id());
        ArrayNode checks = o.putArray("broken");
        for (Violation v : run.violations()) {
            ObjectNode c = checks.addObject();
            c.put("check", ExpectationChecker.describe(v.check()));
            if (v.check().percent()) {
                c.put("actual", Numbers.decimal(v.actual(), 6)); // as run --format json writes it
            } else {
                c.put("actual", (long) v.actual());
            }
            c.put("message", v.message());
        }
        if (run.outcome() == Outcome.COMPLETED) {
            o.putNull("stoppedAt");
        } else {
            o.put("stoppedAt", run.outcome().id());
        }
        ArrayNode messages = o.putArray("messages");
        for (BrokenRun.Messages m : run.messages()) {
            ObjectNode one = messages.addObject();
            one.put("outcome", m.outcome().toString());
            one.put("count", m.ids().size());
            ArrayNode ids = one.putArray("ids");
            m.ids().subList(0, Math.min(IDS_LISTED, m.ids().size())).forEach(ids::add);
            counts(one.putObject("causes"), m.causes());
        }
        o.put("digest", run.digest());
        if (run.swarm() == null) {
            o.putNull("swarmDraw");
        } else {
            o.put("swarmDraw", run.swarm());
        }
        o.put("replay", run.replay());
    }

    /** Per hunted semantics, the seeds that broke it out of {@code examined}, with an exact interval. */
    private void totals(ArrayNode array, ToIntFunction<Semantics> brokenIn, int examined) {
        for (Semantics s : hunted) {
            ObjectNode o = array.addObject();
            o.put("semantics", s.id());
            rate(o, brokenIn.applyAsInt(s), examined);
        }
    }

    /** {@code broken} of {@code seeds} and the share with its exact 95% interval. */
    private static void rate(ObjectNode o, int broken, long seeds) {
        o.put("broken", broken);
        o.put("seeds", seeds);
        if (seeds == 0) {
            o.putNull("share");
            return;
        }
        Estimate e = Intervals.clopperPearson(broken, seeds, CONFIDENCE);
        ObjectNode share = o.putObject("share");
        share.put("value", Numbers.decimal(e.value(), 6));
        share.put("lower", Numbers.decimal(e.lower(), 6));
        share.put("upper", Numbers.decimal(e.upper(), 6));
        share.put("method", e.method());
        share.put("confidence", Numbers.decimal(e.confidence(), 2));
    }

    private static void counts(ObjectNode o, Map<Cause, Long> counts) {
        counts.forEach((cause, n) -> o.put(cause.label(), n));
    }

    private static BigInteger unsigned(long seed) {
        return new BigInteger(Long.toUnsignedString(seed));
    }
}
