package dsim.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dsim.check.ExpectationChecker;
import dsim.check.RateVerdict;
import dsim.spec.Expectation;

/**
 * One bound over seeds ({@code duplicated: "< 0.5% @95%"}) and its verdict as a JSON object, the
 * same in {@code dsim check --format json} and compare's {@code results.json}. Field names are
 * a contract: add fields, never rename them.
 */
public final class RateVerdictJson {

    private RateVerdictJson() {
    }

    /** Writes {@code v} into {@code o}. */
    public static void put(ObjectNode o, RateVerdict v) {
        Expectation.Check c = v.expectation().check();
        o.put("semantics", v.semantics().id());
        o.put("text", c.text());
        o.put("check", ExpectationChecker.describe(v.expectation()));
        o.put("metric", c.metric().id());
        o.put("statistic", "the mean over seeds of each seed's " + c.metric().id() + " / produced, in percent");
        o.put("comparison", c.comparison().symbol());
        o.put("bound", Numbers.decimal(c.bound(), 6));
        o.put("unit", "%");
        o.put("confidence", Numbers.decimal(v.expectation().confidence(), 6));
        o.put("decision", v.decision().id());
        o.put("estimate", Numbers.decimal(v.interval().value(), 6));
        ObjectNode interval = o.putObject("interval");
        interval.put("lower", Numbers.decimal(v.interval().lower(), 6));
        interval.put("upper", Numbers.decimal(v.interval().upper(), 6));
        interval.put("confidence", Numbers.decimal(v.interval().confidence(), 9));
        interval.put("method", v.interval().method());
        o.put("seedsUsed", v.seeds());
    }
}
