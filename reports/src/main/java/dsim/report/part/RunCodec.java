package dsim.report.part;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dsim.report.Json;
import dsim.run.Drops;
import dsim.run.FaultCoverage;
import dsim.run.Latency;
import dsim.run.LatencyHistogram;
import dsim.run.Outcome;
import dsim.run.Queueing;
import dsim.run.RunResult;
import dsim.run.Timeline;
import dsim.spec.Semantics;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of a part file, every figure of its {@link RunResult} as the whole number it is, so
 * a run read back equals the run written: the latency histogram bucket by bucket (only the
 * buckets that counted something), the timeline, the fault coverage source by source. Nothing
 * is a mean or a share that a merge could not add up again exactly.
 */
final class RunCodec {

    private RunCodec() {
    }

    static ObjectNode write(RunResult r) {
        ObjectNode o = Json.object();
        o.put("semantics", r.semantics().id());
        o.put("scenario", r.scenario());
        o.put("seed", r.seed());
        o.put("produced", r.produced());
        o.put("lost", r.lost());
        o.put("processedOnce", r.processedOnce());
        o.put("duplicated", r.duplicated());
        o.put("extraProcessings", r.extraProcessings());
        o.put("sent", r.sent());
        o.put("retries", r.retries());
        o.put("redeliveries", r.redeliveries());
        longs(o, "drops", r.drops().linkLoss(), r.drops().outage(), r.drops().nodeDown());
        o.put("linkDuplicates", r.linkDuplicates());
        o.put("dedupSuppressed", r.dedupSuppressed());
        o.put("crashes", r.crashes());
        o.put("gaveUp", r.gaveUp());
        o.put("deadLettered", r.deadLettered());
        o.set("latency", latency(r.latency()));
        Queueing q = r.queueing();
        longs(o, "queueing", q.waited(), q.meanWaitNanos(), q.maxWaitNanos(), q.longestBacklog());
        o.put("events", r.events());
        o.put("simulatedTimeNanos", r.simulatedTimeNanos());
        o.put("outcome", r.outcome().id());
        o.put("traceDigest", r.traceDigest());
        o.set("timeline", timeline(r.timeline()));
        ArrayNode coverage = o.putArray("coverage");
        for (FaultCoverage.Source s : r.coverage().sources()) {
            coverage.addObject().put("order", s.order()).put("name", s.name()).put("fired", s.fired())
                    .put("onBadMessage", s.onBadMessage());
        }
        return o;
    }

    static RunResult read(JsonNode o) throws PartException {
        String id = Fields.text(o, "semantics");
        Semantics semantics = Semantics.fromId(id);
        if (semantics == null) {
            throw new PartException("semantics: no semantics is called '" + id + "'");
        }
        long[] drops = Fields.longs(o, "drops", 3);
        long[] q = Fields.longs(o, "queueing", 4);
        Queueing queueing = new Queueing(q[0], q[1], q[2], q[3]);
        return new RunResult(Fields.text(o, "scenario"), semantics, Fields.whole(o, "seed"),
                Fields.whole(o, "produced"), Fields.whole(o, "lost"), Fields.whole(o, "processedOnce"),
                Fields.whole(o, "duplicated"), Fields.whole(o, "extraProcessings"), Fields.whole(o, "sent"),
                Fields.whole(o, "retries"), Fields.whole(o, "redeliveries"), new Drops(drops[0], drops[1], drops[2]),
                Fields.whole(o, "linkDuplicates"), Fields.whole(o, "dedupSuppressed"), Fields.whole(o, "crashes"),
                Fields.whole(o, "gaveUp"), Fields.whole(o, "deadLettered"), latency(Fields.object(o, "latency")),
                queueing.equals(Queueing.NONE) ? Queueing.NONE : queueing, Fields.whole(o, "events"),
                Fields.whole(o, "simulatedTimeNanos"), outcome(Fields.text(o, "outcome")),
                Fields.text(o, "traceDigest"), timeline(o.get("timeline")), coverage(Fields.array(o, "coverage")));
    }

    private static ObjectNode latency(Latency l) {
        ObjectNode o = Json.object();
        o.put("count", l.count());
        o.put("meanNanos", l.meanNanos());
        o.put("p50Nanos", l.p50Nanos());
        o.put("p90Nanos", l.p90Nanos());
        o.put("p99Nanos", l.p99Nanos());
        o.put("maxNanos", l.maxNanos());
        // Only the buckets that counted a latency: [bucket, count, shortest, longest].
        ArrayNode buckets = o.putArray("buckets");
        LatencyHistogram h = l.histogram();
        for (int i = 0; i < LatencyHistogram.BUCKETS; i++) {
            if (h.count(i) != 0) {
                buckets.addArray().add(i).add(h.count(i)).add(h.shortest(i)).add(h.longest(i));
            }
        }
        return o;
    }

    private static Latency latency(JsonNode o) throws PartException {
        long[] counts = new long[LatencyHistogram.BUCKETS];
        long[] shortest = new long[LatencyHistogram.BUCKETS];
        long[] longest = new long[LatencyHistogram.BUCKETS];
        int previous = -1;
        for (JsonNode b : Fields.array(o, "buckets")) {
            long i = b.isArray() && b.size() == 4 ? Fields.value(b.get(0), "latency.buckets") : -1;
            if (i <= previous || i >= LatencyHistogram.BUCKETS) {
                throw new PartException("latency.buckets: expected [bucket, count, shortest, longest] in bucket order");
            }
            previous = (int) i;
            counts[previous] = Fields.value(b.get(1), "latency.buckets");
            shortest[previous] = Fields.value(b.get(2), "latency.buckets");
            longest[previous] = Fields.value(b.get(3), "latency.buckets");
        }
        LatencyHistogram h = previous < 0 ? LatencyHistogram.EMPTY
                : LatencyHistogram.ofBuckets(counts, shortest, longest);
        return new Latency(Fields.whole(o, "count"), Fields.whole(o, "meanNanos"), Fields.whole(o, "p50Nanos"),
                Fields.whole(o, "p90Nanos"), Fields.whole(o, "p99Nanos"), Fields.whole(o, "maxNanos"), h);
    }

    /** A run kept without its timeline (a hunt's) writes null rather than sixty zeros four times. */
    private static JsonNode timeline(Timeline t) {
        if (t.equals(Timeline.NONE)) {
            return NullNode.getInstance();
        }
        ObjectNode o = Json.object();
        o.put("bucketNanos", t.bucketNanos());
        longs(o, "created", t.created());
        longs(o, "lost", t.lost());
        longs(o, "duplicated", t.duplicated());
        longs(o, "crashes", t.crashes());
        return o;
    }

    private static Timeline timeline(JsonNode o) throws PartException {
        if (o == null || !o.isObject()) {
            if (o != null && o.isNull()) {
                return Timeline.NONE;
            }
            throw new PartException("timeline: expected an object or null");
        }
        long width = Fields.whole(o, "bucketNanos");
        if (width < 1) {
            throw new PartException("timeline.bucketNanos: expected at least 1, got " + width);
        }
        return new Timeline(width, Fields.longs(o, "created", Timeline.BUCKETS), Fields.longs(o, "lost", Timeline.BUCKETS),
                Fields.longs(o, "duplicated", Timeline.BUCKETS), Fields.longs(o, "crashes", Timeline.BUCKETS));
    }

    private static FaultCoverage coverage(JsonNode sources) throws PartException {
        if (sources.isEmpty()) {
            return FaultCoverage.NONE;
        }
        List<FaultCoverage.Source> out = new ArrayList<>(sources.size());
        for (JsonNode s : sources) {
            out.add(new FaultCoverage.Source(Fields.whole(s, "order"), Fields.text(s, "name"), Fields.whole(s, "fired"),
                    Fields.whole(s, "onBadMessage")));
        }
        return new FaultCoverage(out);
    }

    private static Outcome outcome(String id) throws PartException {
        for (Outcome o : Outcome.values()) {
            if (o.id().equals(id)) {
                return o;
            }
        }
        throw new PartException("outcome: no outcome is called '" + id + "'");
    }

    private static void longs(ObjectNode o, String name, long... values) {
        ArrayNode a = o.putArray(name);
        for (long v : values) {
            a.add(v);
        }
    }
}
