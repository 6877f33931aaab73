package dsim.scenario;

import dsim.spec.Expectation;
import dsim.spec.Semantics;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code semantics} (which presets to run) and {@code expect} (what each must achieve). */
final class Expectations {

    private static final List<Semantics> ALL = List.of(Semantics.values());
    private static final List<String> METRIC_IDS =
            List.of(Expectation.Metric.values()).stream().map(Expectation.Metric::id).toList();
    /** The keys of one semantics' expect: the metrics, and sometimes. */
    static final List<String> EXPECT_KEYS = java.util.stream.Stream.concat(METRIC_IDS.stream(),
            java.util.stream.Stream.of("sometimes")).toList();
    private static final Pattern BOUND = Pattern.compile("(==|<=|>=|<|>)?\\s*([0-9]{1,15}(?:\\.[0-9]{1,15})?)\\s*(%)?");
    private static final Pattern LATENCY_BOUND = Pattern.compile("(==|<=|>=|<|>)?\\s*(\\S+)");
    private static final String LATENCY_EXPECTED = "a bound with a duration like \"< 1m\" or \"> 30m\"";
    private static final String BOUND_EXPECTED = "a bound like 0, \"> 0\", \"<= 10\" or \"< 5%\"";

    private Expectations() {
    }

    /** The semantics to run (all three if {@code n} is null), or null after problems. */
    static List<Semantics> semantics(Values v, YamlNode n) {
        if (n == null) {
            return ALL;
        }
        List<YamlNode> items = n instanceof YamlNode.Sequence s ? s.items() : List.of(n);
        if (!(n instanceof YamlNode.Sequence) && !Values.isText(n)) {
            return v.wrongType(n, "semantics", "a list like [at-most-once, at-least-once, exactly-once]");
        }
        if (items.isEmpty()) {
            return v.report(n, "semantics", "must name at least one of: at-most-once, at-least-once, exactly-once");
        }
        List<Semantics> out = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < items.size(); i++) {
            String path = n instanceof YamlNode.Sequence ? KeyPath.index("semantics", i) : "semantics";
            Semantics s = v.choice(items.get(i), path, "semantics", ALL, Semantics::id);
            if (s != null && out.contains(s)) {
                s = v.report(items.get(i), path, "\"" + s.id() + "\" is listed twice");
            }
            valid &= s != null;
            if (s != null) {
                out.add(s);
            }
        }
        return valid ? out : null;
    }

    /**
     * The expectations per semantics (none if {@code n} is null), or null after problems.
     * {@code run} is the semantics list, or null if it was invalid (then it is not cross-checked).
     */
    static Map<Semantics, Expectation> expect(Values v, YamlNode n, List<Semantics> run) {
        Map<Semantics, Expectation> out = new EnumMap<>(Semantics.class);
        if (n == null) {
            return out;
        }
        Section sec = Section.of(v, n, "expect", "a mapping like { exactly-once: { lost: 0, duplicated: 0 } }");
        if (sec == null) {
            return null;
        }
        boolean valid = true;
        for (YamlNode.Entry e : sec.map.entries().values()) {
            String path = sec.path(e.key());
            Semantics s = Semantics.fromId(e.key());
            if (s == null || !s.id().equals(e.key())) {
                v.problems.add(e.keyAt(), path, "unknown semantics \"" + Values.shown(e.key()) + "\""
                        + DidYouMean.hint(e.key(), ALL.stream().map(Semantics::id).toList()));
                valid = false;
                continue;
            }
            if (run != null && !run.contains(s)) {
                v.problems.add(e.keyAt(), path, s.id() + " is not run by this scenario (semantics: "
                        + String.join(", ", run.stream().map(Semantics::id).toList()) + ")");
                valid = false;
                continue;
            }
            Expectation x = expectation(v, e.value(), path);
            valid &= x != null;
            if (x != null) {
                out.put(s, x);
            }
        }
        return valid ? out : null;
    }

    private static Expectation expectation(Values v, YamlNode n, String path) {
        if (n instanceof YamlNode.Scalar s && s.isNull()) {
            return new Expectation(List.of());
        }
        Section sec = Section.of(v, n, path, "a mapping of metric to bound like { lost: 0, duplicated: \"< 1%\" }");
        if (sec == null) {
            return null;
        }
        sec.allow(EXPECT_KEYS);
        List<Expectation.Check> checks = checks(v, sec);
        List<Expectation.Check> sometimes = List.of();
        if (sec.get("sometimes") != null) {
            Section some = Section.of(v, sec.get("sometimes"), sec.path("sometimes"),
                    "a mapping of metric to bound that must hold in some seed, like { duplicated: \"> 0\" }");
            sometimes = some == null ? null : checks(v, some.allow(METRIC_IDS));
        }
        return checks == null || sometimes == null ? null : new Expectation(checks, sometimes);
    }

    /** The checks of a mapping of metric to bound, in file order; null after a problem. */
    private static List<Expectation.Check> checks(Values v, Section sec) {
        List<Expectation.Check> checks = new ArrayList<>();
        boolean valid = true;
        for (YamlNode.Entry e : sec.map.entries().values()) {
            Expectation.Metric metric = metric(e.key());
            if (metric == null) {
                continue; // reported by allow(), or sometimes
            }
            Expectation.Check c = check(v, metric, e.value(), sec.path(e.key()));
            valid &= c != null;
            if (c != null) {
                checks.add(c);
            }
        }
        return valid ? checks : null;
    }

    private static Expectation.Metric metric(String id) {
        for (Expectation.Metric m : Expectation.Metric.values()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        return null;
    }

    private static Expectation.Check check(Values v, Expectation.Metric metric, YamlNode n, String path) {
        if (!Values.isText(n) && !Values.isNumber(n)) {
            return v.wrongType(n, path, BOUND_EXPECTED);
        }
        String text = Values.text(n).strip();
        if (metric.isLatency()) {
            return latency(v, metric, n, path, text);
        }
        Matcher m = BOUND.matcher(text);
        if (!m.matches()) {
            return v.report(n, path, "expected " + BOUND_EXPECTED + ", got " + n.describe());
        }
        double bound = Double.parseDouble(m.group(2));
        boolean percent = m.group(3) != null;
        if (percent && bound > 100) {
            return v.report(n, path, "a percentage bound must be at most 100%, got " + text);
        }
        Expectation.Comparison cmp = Expectation.Comparison.EQ;
        for (Expectation.Comparison c : Expectation.Comparison.values()) {
            if (c.symbol().equals(m.group(1))) {
                cmp = c;
            }
        }
        return new Expectation.Check(metric, cmp, bound, percent, text);
    }

    /** A latency bound: a comparison and a duration, e.g. {@code "< 1m"}. */
    private static Expectation.Check latency(Values v, Expectation.Metric metric, YamlNode n, String path, String text) {
        Matcher m = LATENCY_BOUND.matcher(text);
        if (!m.matches()) {
            return v.report(n, path, "expected " + LATENCY_EXPECTED + ", got " + n.describe());
        }
        long bound;
        try {
            bound = Units.parseDuration(m.group(2));
        } catch (UnitsException e) {
            return v.report(n, path, e.getMessage());
        }
        Expectation.Comparison cmp = Expectation.Comparison.EQ;
        for (Expectation.Comparison c : Expectation.Comparison.values()) {
            if (c.symbol().equals(m.group(1))) {
                cmp = c;
            }
        }
        return new Expectation.Check(metric, cmp, bound, false, text);
    }
}
