package dsim.report;

import dsim.text.Durations;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dsim.check.ExpectationChecker;
import dsim.check.Verdict;
import dsim.run.Latency;
import dsim.run.Queueing;
import dsim.run.RunResult;
import dsim.spec.Expectation;
import dsim.spec.Semantics;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The output of {@code dsim run --format json}: an array with one object per semantics run,
 * fields in a fixed order, so equal runs print equal bytes. Field names are a contract
 * (users' scripts read them): add fields, never rename them.
 */
public final class RunJson {

    private RunJson() {
    }

    /**
     * The array for {@code results}, pretty printed with a trailing newline.
     *
     * @param results the runs, in the order to print
     * @param expect  the scenario's expectations by semantics; a run whose semantics has one
     *                also lists every check with its actual value
     */
    public static String render(List<RunResult> results, Map<Semantics, Expectation> expect) {
        ArrayNode array = Json.array();
        for (RunResult r : results) {
            array.add(toNode(r, expect.get(r.semantics())));
        }
        return Json.pretty(array);
    }

    /** One run as a JSON object; {@code expectation} may be null (then no {@code expectations} field). */
    public static ObjectNode toNode(RunResult r, Expectation expectation) {
        ObjectNode o = Json.object();
        o.put("scenario", r.scenario());
        o.put("semantics", r.semantics().id());
        // Unsigned, like the table and the replay line, so a seed reads the same everywhere.
        o.put("seed", new BigInteger(Long.toUnsignedString(r.seed())));
        o.put("produced", r.produced());
        o.put("lost", r.lost());
        o.put("processedOnce", r.processedOnce());
        o.put("duplicated", r.duplicated());
        o.put("deadLettered", r.deadLettered());
        o.put("extraProcessings", r.extraProcessings());
        o.put("sent", r.sent());
        o.put("retries", r.retries());
        o.put("redeliveries", r.redeliveries());
        o.put("packetsPerMessage", Numbers.decimal(r.packetsPerMessage(), 4));
        ObjectNode dropped = o.putObject("dropped");
        dropped.put("linkLoss", r.drops().linkLoss());
        dropped.put("outage", r.drops().outage());
        dropped.put("nodeDown", r.drops().nodeDown());
        o.put("linkDuplicates", r.linkDuplicates());
        o.put("dedupSuppressed", r.dedupSuppressed());
        o.put("crashes", r.crashes());
        o.put("gaveUp", r.gaveUp());
        latency(o.putObject("latency"), r.latency());
        queueing(o.putObject("queueing"), r.queueing());
        o.put("events", r.events());
        o.put("simulatedTimeNanos", r.simulatedTimeNanos());
        o.put("simulatedTime", Durations.compact(r.simulatedTimeNanos()));
        o.put("outcome", r.outcome().id());
        o.put("traceDigest", r.traceDigest());
        if (expectation != null) {
            expectations(o.putArray("expectations"), expectation, r);
        }
        return o;
    }

    private static void latency(ObjectNode o, Latency l) {
        o.put("count", l.count());
        o.put("meanNanos", l.meanNanos());
        o.put("p50Nanos", l.p50Nanos());
        o.put("p90Nanos", l.p90Nanos());
        o.put("p99Nanos", l.p99Nanos());
        o.put("maxNanos", l.maxNanos());
    }

    private static void queueing(ObjectNode o, Queueing q) {
        o.put("waited", q.waited());
        o.put("meanWaitNanos", q.meanWaitNanos());
        o.put("maxWaitNanos", q.maxWaitNanos());
        o.put("longestBacklog", q.longestBacklog());
    }

    private static void expectations(ArrayNode array, Expectation expectation, RunResult r) {
        for (Verdict v : ExpectationChecker.evaluate(expectation, r)) {
            ObjectNode o = array.addObject();
            o.put("check", ExpectationChecker.describe(v.check()));
            if (v.check().percent()) {
                o.put("actual", Numbers.decimal(v.actual(), 6));
            } else {
                o.put("actual", (long) v.actual());
            }
            o.put("ok", v.ok());
        }
    }
}
