package dsim.report.catalog;

import dsim.scenario.ScenarioOverride;
import java.util.ArrayList;
import java.util.List;

/**
 * The other side of a lesson that compares two settings: one value of the scenario changed
 * (a durable dedup store instead of one in memory, acking after persisting instead of
 * before), and what the scenario promises then.
 *
 * @param path      the key path, as {@code --vary} takes it, e.g. {@code brokers[job-queue].ack}
 * @param fileValue the value the scenario file holds, or null if it is not a single value (a
 *                  Gilbert-Elliott loss is a mapping): then {@code --vary} lists only the other
 *                  value, and {@code compare}'s main comparison is the file's side
 * @param value     the other value
 * @param expect    overrides of the file's {@code expect} that hold on the other side
 */
public record Contrast(String path, String fileValue, String value, List<ScenarioOverride> expect) {

    public Contrast {
        expect = List.copyOf(expect);
    }

    /** The argument of {@code --vary} that compares both sides, e.g. {@code brokers[q].ack=before-persist,after-persist}. */
    public String vary() {
        return path + "=" + (fileValue == null ? "" : fileValue + ",") + value;
    }

    /** What the loader applies to the file to get the other side: the value, then the expectations. */
    public List<ScenarioOverride> overrides() {
        List<ScenarioOverride> all = new ArrayList<>();
        all.add(new ScenarioOverride(path, value, ScenarioOverride.Option.VARY));
        all.addAll(expect);
        return List.copyOf(all);
    }

    /** An expectation of the other side: {@code metric} of {@code semantics} bounded by {@code bound}. */
    static ScenarioOverride expect(String semantics, String metric, String bound) {
        // Quoted: a bound such as "> 0" would read as a YAML block scalar.
        return new ScenarioOverride("expect." + semantics + "." + metric, "'" + bound + "'");
    }
}
