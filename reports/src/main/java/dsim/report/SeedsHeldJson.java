package dsim.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dsim.check.ExpectationChecker;
import dsim.check.SeedsHeld;
import java.math.BigInteger;

/**
 * One per-run bound of an expect over a set of seeds as a JSON object: the seeds it held in and
 * the first it broke in, the same in compare's {@code results.json} and {@code dsim check
 * --format json}. Field names are a contract: add fields, never rename them.
 */
public final class SeedsHeldJson {

    private SeedsHeldJson() {
    }

    /** Writes {@code h} into {@code o}. */
    public static void put(ObjectNode o, SeedsHeld h) {
        o.put("semantics", h.semantics().id());
        o.put("check", ExpectationChecker.describe(h.check()));
        o.put("sometimes", h.sometimes());
        o.put("held", h.held());
        o.put("seeds", h.seeds());
        o.put("ok", h.ok());
        if (h.always() || h.sometimes()) {
            o.putNull("firstBrokenSeed");
            o.putNull("firstBroken");
        } else {
            o.put("firstBrokenSeed", new BigInteger(Long.toUnsignedString(h.firstBroken())));
            o.put("firstBroken", h.firstMessage());
        }
    }
}
