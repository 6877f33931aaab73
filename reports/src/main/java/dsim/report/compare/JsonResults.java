package dsim.report.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dsim.check.RateVerdict;
import dsim.check.SeedsHeld;
import dsim.compare.Comparison;
import dsim.compare.CoverageTally;
import dsim.compare.Difference;
import dsim.compare.Metric;
import dsim.compare.PredictionCheck;
import dsim.compare.SemanticsSummary;
import dsim.compare.Grid;
import dsim.compare.Study;
import dsim.report.Json;
import dsim.report.RateVerdictJson;
import dsim.report.SeedsHeldJson;
import dsim.spec.Scenario;
import dsim.stats.Estimate;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * {@code results.json}: the whole comparison for scripts. Field names are a contract: add,
 * never rename. Fields keep a fixed order; doubles are written as exact decimals rounded to
 * twelve significant digits (the same bytes on every JVM), and a non-finite value, which
 * should never occur, is written as null rather than as invalid JSON.
 */
final class JsonResults implements ReportRenderer {

    private static final MathContext DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);

    @Override
    public String render(ReportInput input) {
        StringWriter out = new StringWriter();
        try {
            write(input, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string failed", e);
        }
        return out.toString();
    }

    /**
     * Everything but the runs is built as a tree and written first; the runs, one object per
     * run of every seed, are written one by one after it, never held as a tree.
     */
    @Override
    public void write(ReportInput input, Writer out) throws IOException {
        ObjectNode head = head(input);
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            Json.writeFields(g, head);
            g.writeArrayFieldStart("runs");
            RunRow.each(input, row -> run(g, row));
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
    }

    /** The document's fields before {@code runs}, in order. */
    private static ObjectNode head(ReportInput input) {
        Comparison c = input.comparison();
        Scenario s = c.scenario();
        ObjectNode root = Json.object();
        root.put("dsim", input.version());
        ObjectNode scenario = root.putObject("scenario");
        scenario.put("name", s.name());
        scenario.put("file", s.source() == null ? null : s.source().fileName());
        scenario.put("sha256", s.source() == null ? null : s.source().sha256());
        ObjectNode seeds = root.putObject("seeds");
        seeds.put("first", new BigInteger(Long.toUnsignedString(c.firstSeed())));
        seeds.put("count", c.seeds());
        root.put("confidence", decimal(c.confidence()));
        summaries(root.putArray("semantics"), c);
        differences(root.putArray("differences"), c);
        predictions(root.putArray("predictions"), c);
        root.put("cheapest", c.cheapest() == null ? null : c.cheapest().id());
        expectations(root.putArray("expectations"), c);
        statisticalExpectations(root.putArray("statisticalExpectations"), c);
        study(root, input.study());
        grid(root, input.grid());
        return root;
    }

    private static void summaries(ArrayNode array, Comparison c) {
        for (SemanticsSummary s : c.summaries()) {
            ObjectNode o = array.addObject();
            o.put("semantics", s.semantics().id());
            ObjectNode metrics = o.putObject("metrics");
            for (Metric m : Metric.values()) {
                estimate(metrics, m.key(), s.metric(m));
            }
            estimate(o, "seedsWithLoss", s.seedsWithLoss());
            estimate(o, "seedsWithDuplicates", s.seedsWithDuplicates());
            estimate(o, "costPer1000", s.costPer1000());
            o.put("runsHitLimit", s.runsHitLimit());
            coverage(o.putObject("coverage"), s.coverage());
        }
    }

    /** What each fault source did over the seeds: see {@link CoverageTally}. */
    private static void coverage(ObjectNode o, CoverageTally tally) {
        o.put("seeds", tally.seeds());
        ArrayNode sources = o.putArray("sources");
        for (CoverageTally.Row r : tally.sources()) {
            ObjectNode s = sources.addObject();
            s.put("name", r.name());
            s.put("expected", r.expected());
            s.put("fired", r.fired());
            s.put("seedsFired", r.seedsFired());
            if (r.onBadMessage() >= 0) {
                s.put("onLostOrDuplicated", r.onBadMessage());
            } else {
                s.putNull("onLostOrDuplicated");
            }
            s.put("neverFired", r.neverFired());
        }
    }

    private static void differences(ArrayNode array, Comparison c) {
        for (Difference d : c.differences()) {
            ObjectNode o = array.addObject();
            o.put("a", d.a().id());
            o.put("b", d.b().id());
            o.put("metric", d.metric().key());
            estimate(o, "difference", d.difference());
            o.put("significant", d.significant());
        }
    }

    private static void predictions(ArrayNode array, Comparison c) {
        for (PredictionCheck p : c.predictions()) {
            ObjectNode o = array.addObject();
            o.put("semantics", p.prediction().semantics().id());
            o.put("formula", p.prediction().formula());
            o.put("predictedLostPercent", decimal(p.predictedLostPercent()));
            o.put("predictedDuplicatedPercent", decimal(p.predictedDuplicatedPercent()));
            estimate(o, "simulatedLost", p.simulatedLost());
            estimate(o, "simulatedDuplicated", p.simulatedDuplicated());
            o.put("agrees", p.agrees());
        }
    }

    /** Each check of the scenario's expect: in how many seeds it held, and the first seed it broke in. */
    private static void expectations(ArrayNode array, Comparison c) {
        for (SeedsHeld h : SeedsHeld.of(c.scenario(), c.runs())) {
            SeedsHeldJson.put(array.addObject(), h);
        }
    }

    /** Each bound over seeds of the scenario's expect, judged once on the comparison's seeds. */
    private static void statisticalExpectations(ArrayNode array, Comparison c) {
        for (RateVerdict v : RateVerdict.of(c.scenario(), c.runs())) {
            RateVerdictJson.put(array.addObject(), v);
        }
    }

    private static void study(ObjectNode root, Study study) {
        if (study == null) {
            root.putNull("study");
            return;
        }
        ObjectNode o = root.putObject("study");
        o.put("path", study.path());
        ArrayNode values = o.putArray("values");
        study.values().forEach(values::add);
        ArrayNode points = o.putArray("points");
        for (int i = 0; i < study.values().size(); i++) {
            ObjectNode p = points.addObject();
            p.put("value", study.values().get(i));
            summaries(p.putArray("semantics"), study.points().get(i));
        }
    }

    private static void grid(ObjectNode root, Grid grid) {
        if (grid == null) {
            root.putNull("grid");
            return;
        }
        ObjectNode o = root.putObject("grid");
        ArrayNode keys = o.putArray("keys");
        for (Grid.Key key : List.of(grid.first(), grid.second())) {
            ObjectNode k = keys.addObject();
            k.put("path", key.path());
            ArrayNode values = k.putArray("values");
            key.values().forEach(values::add);
        }
        ArrayNode points = o.putArray("points");
        for (Varied.Point point : Varied.of(grid).points()) {
            ObjectNode p = points.addObject();
            ArrayNode values = p.putArray("values");
            point.values().forEach(values::add);
            summaries(p.putArray("semantics"), point.comparison());
        }
    }

    /** One run as an object: numbers as numbers (a seed may exceed a long: unsigned), the rest as strings. */
    private static void run(JsonGenerator g, RunRow row) throws IOException {
        g.writeStartObject();
        for (RunColumn col : RunColumn.values()) {
            Object v = col.of(row);
            g.writeFieldName(col.jsonKey());
            if (v == null) {
                g.writeNull();
            } else if (v instanceof Long n) {
                g.writeNumber(n);
            } else if (col == RunColumn.SEED) {
                g.writeNumber(new BigInteger(v.toString()));
            } else {
                g.writeString(v.toString());
            }
        }
        g.writeEndObject();
    }

    /** {@code e} as {value, lower, upper, method, confidence, n} under {@code key}, or null. */
    private static void estimate(ObjectNode parent, String key, Estimate e) {
        if (e == null) {
            parent.putNull(key);
            return;
        }
        ObjectNode o = parent.putObject(key);
        o.put("value", decimal(e.value()));
        o.put("lower", decimal(e.lower()));
        o.put("upper", decimal(e.upper()));
        o.put("method", e.method());
        o.put("confidence", decimal(e.confidence()));
        o.put("n", e.n());
    }

    /** {@code x} to twelve significant digits, or null if it is not finite. */
    static BigDecimal decimal(double x) {
        if (!Double.isFinite(x)) {
            return null;
        }
        BigDecimal d = new BigDecimal(x).round(DIGITS).stripTrailingZeros();
        return d.signum() == 0 ? BigDecimal.ZERO : d.scale() < 0 ? d.setScale(0) : d;
    }

}
