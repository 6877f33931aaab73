package dsim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dsim.check.HuntFailure;
import dsim.check.RateVerdict;
import dsim.check.SeedsHeld;
import dsim.check.SequentialCheck;
import dsim.check.Violation;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;

/**
 * The output of {@code dsim check --format json}: one object, fields in a fixed order, so equal
 * checks print equal bytes. Field names are a contract: add fields, never rename them.
 */
public final class CheckJson {

    private CheckJson() {
    }

    /**
     * The object for a finished check, pretty printed with a trailing newline.
     *
     * @param scenario    the scenario's name
     * @param plan        the batches and the cap
     * @param result      what the check found
     * @param broken      the runs that broke a per-run bound or stopped at a limit, in seed order
     * @param replay      the command line that replays a broken run
     * @param exitCode    the exit code the check ends with
     * @param exitMeaning what that exit code means, in words
     */
    public static String render(String scenario, SequentialCheck.Plan plan, SequentialCheck.Result result,
                                List<HuntFailure> broken, Function<HuntFailure, String> replay, int exitCode,
                                String exitMeaning) {
        ObjectNode root = Json.object();
        root.put("scenario", scenario);
        root.put("firstSeed", new BigInteger(Long.toUnsignedString(plan.first())));
        root.put("batch", plan.batch());
        root.put("maxSeeds", plan.maxSeeds());
        root.put("looks", plan.looks());
        root.put("seedsRun", result.seedsRun());
        ArrayNode expectations = root.putArray("expectations");
        for (RateVerdict v : result.verdicts()) {
            RateVerdictJson.put(expectations.addObject(), v);
        }
        ArrayNode perRun = root.putArray("perRun");
        for (SeedsHeld h : result.perRunHeld()) {
            SeedsHeldJson.put(perRun.addObject(), h);
        }
        for (SeedsHeld h : result.perRun().sometimes()) {
            SeedsHeldJson.put(perRun.addObject(), h);
        }
        ArrayNode runs = root.putArray("brokenRuns");
        for (HuntFailure f : broken) {
            ObjectNode o = runs.addObject();
            o.put("seed", new BigInteger(Long.toUnsignedString(f.result().seed())));
            o.put("semantics", f.result().semantics().id());
            ArrayNode what = o.putArray("broken");
            f.violations().stream().map(Violation::message).forEach(what::add);
            o.put("outcome", f.result().outcome().id());
            o.put("replay", replay.apply(f));
        }
        root.put("exitCode", exitCode);
        root.put("exitMeaning", exitMeaning);
        return Json.pretty(root);
    }
}
