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
    /** A confidence after a bound: {@code @95%}, {@code @ 99.9%}. */
    private static final Pattern CONFIDENCE = Pattern.compile("([0-9]{1,3}(?:\\.[0-9]{1,6})?)\\s*%");
    private static final String STATISTICAL_EXPECTED = "a share of messages and a confidence like \"< 0.5% @95%\"";
    /** The metrics a bound with a confidence may name: those that count messages. */
    private static final List<String> MESSAGE_METRICS = List.of(Expectation.Metric.values()).stream()
            .filter(Expectation.Metric::countsMessages).map(Expectation.Metric::id).toList();

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
        Bounds bounds = bounds(v, sec, true);
        Bounds sometimes = new Bounds(List.of(), List.of());
        if (sec.get("sometimes") != null) {
            Section some = Section.of(v, sec.get("sometimes"), sec.path("sometimes"),
                    "a mapping of metric to bound that must hold in some seed, like { duplicated: \"> 0\" }");
            sometimes = some == null ? null : bounds(v, some.allow(METRIC_IDS), false);
        }
        return bounds == null || sometimes == null ? null
                : new Expectation(bounds.perRun(), sometimes.perRun(), bounds.overSeeds());
    }

    /** The bounds of one mapping, in file order: those every run must meet, and those over seeds. */
    private record Bounds(List<Expectation.Check> perRun, List<Expectation.Statistical> overSeeds) {
    }

    /**
     * The bounds of a mapping of metric to bound, in file order; null after a problem. A bound
     * with a confidence ({@code "< 0.5% @95%"}) is one over seeds, if {@code overSeeds} allows it.
     */
    private static Bounds bounds(Values v, Section sec, boolean overSeeds) {
        List<Expectation.Check> checks = new ArrayList<>();
        List<Expectation.Statistical> statistical = new ArrayList<>();
        boolean valid = true;
        for (YamlNode.Entry e : sec.map.entries().values()) {
            Expectation.Metric metric = metric(e.key());
            if (metric == null) {
                continue; // reported by allow(), or sometimes
            }
            String path = sec.path(e.key());
            String text = Values.isText(e.value()) ? Values.text(e.value()).strip() : "";
            int at = text.indexOf('@');
            if (at >= 0) {
                Expectation.Statistical s = statistical(v, metric, e.value(), path, text, at, overSeeds);
                valid &= s != null;
                if (s != null) {
                    statistical.add(s);
                }
                continue;
            }
            Expectation.Check c = check(v, metric, e.value(), path);
            valid &= c != null;
            if (c != null) {
                checks.add(c);
            }
        }
        return valid ? new Bounds(checks, statistical) : null;
    }

    /**
     * A bound with a confidence, {@code "< 0.5% @95%"}: a share of produced messages over seeds,
     * compared one way (an interval never lies wholly inside {@code ==}); null after a problem.
     */
    private static Expectation.Statistical statistical(Values v, Expectation.Metric metric, YamlNode n, String path,
                                                        String text, int at, boolean overSeeds) {
        if (!overSeeds) {
            return v.report(n, path, "a sometimes bound is met in one seed or not, so it takes no confidence; a bound "
                    + "with one goes beside sometimes, not in it: got " + n.describe());
        }
        if (!metric.countsMessages()) {
            return v.report(n, path, "a confidence bounds a share of messages (" + String.join(", ", MESSAGE_METRICS)
                    + "), not " + metric.id());
        }
        Matcher c = CONFIDENCE.matcher(text.substring(at + 1).strip());
        if (!c.matches()) {
            return v.report(n, path, "expected " + STATISTICAL_EXPECTED + ", got " + n.describe());
        }
        // Exact decimal arithmetic: 99.9 / 100 in doubles is 0.9990000000000001.
        double confidence = new java.math.BigDecimal(c.group(1)).movePointLeft(2).doubleValue();
        if (!(confidence >= 0.5 && confidence < 1)) {
            return v.report(n, path, "a confidence must be at least 50% and below 100%, got \""
                    + Values.shown(text.substring(at).strip()) + "\"");
        }
        Matcher m = BOUND.matcher(text.substring(0, at).strip());
        if (!m.matches()) {
            return v.report(n, path, "expected " + STATISTICAL_EXPECTED + ", got " + n.describe());
        }
        if (m.group(3) == null) {
            return v.report(n, path, "a bound with a confidence is a share of produced messages, a percentage like "
                    + "\"< 0.5% @95%\", got " + n.describe());
        }
        Expectation.Comparison cmp = comparison(m.group(1));
        if (cmp == Expectation.Comparison.EQ) {
            return v.report(n, path, "a bound with a confidence needs <, <=, > or >= (no interval lies wholly "
                    + "inside ==), got " + n.describe());
        }
        double bound = Double.parseDouble(m.group(2));
        if (bound > 100) {
            return v.report(n, path, "a percentage bound must be at most 100%, got " + n.describe());
        }
        return new Expectation.Statistical(new Expectation.Check(metric, cmp, bound, true, text), confidence);
    }

    /** The comparison an operator names; none (a bare number) means {@code ==}. */
    private static Expectation.Comparison comparison(String symbol) {
        for (Expectation.Comparison c : Expectation.Comparison.values()) {
            if (c.symbol().equals(symbol)) {
                return c;
            }
        }
        return Expectation.Comparison.EQ;
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
        return new Expectation.Check(metric, comparison(m.group(1)), bound, percent, text);
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
        return new Expectation.Check(metric, comparison(m.group(1)), bound, false, text);
    }
}
