package dsim.scenario;

import dsim.spec.BrokerSpec;
import dsim.spec.ConsumerSpec;
import dsim.spec.CostsSpec;
import dsim.spec.FaultsSpec;
import dsim.spec.Expectation;
import dsim.spec.LimitsSpec;
import dsim.spec.NetworkSpec;
import dsim.spec.ProducerSpec;
import dsim.spec.RetrySpec;
import dsim.spec.Scenario;
import dsim.spec.ScenarioSource;
import dsim.spec.Semantics;
import java.util.List;
import java.util.Map;

/**
 * Walks a scenario's YAML tree, reports every problem with its key path, and builds the
 * {@link Scenario} only if there were none; then warns of its hazards ({@link Hazards}).
 */
final class ScenarioValidator {

    static final List<String> TOP_KEYS = List.of("version", "name", "description", "lesson", "seed", "semantics",
            "producers", "brokers", "consumers", "network", "retry", "limits", "expect", "costs", "random-faults", "faults");
    private static final String ROOT_EXPECTED = "a mapping with producers and consumers";

    private ScenarioValidator() {
    }

    /** The scenario, or null if {@code problems} received any. */
    static Scenario validate(YamlNode written, ScenarioSource source, Problems problems) {
        Values v = new Values(problems);
        YamlNode root = PresetFill.apply(written, v);
        Section top = Section.of(v, root, "", ROOT_EXPECTED);
        if (top == null) {
            return null;
        }
        top.allow(TOP_KEYS);
        if (top.get("version") != null) {
            Long version = v.integer(top.get("version"), "version", Long.MIN_VALUE, Long.MAX_VALUE);
            if (version != null && version != 1) {
                v.report(top.get("version"), "version", "unsupported version " + version + ": this dsim reads version 1");
            }
        }
        String name = top.get("name") == null ? defaultName(source.fileName()) : v.name(top.get("name"), "name");
        String description = top.string("description", "");
        String lesson = lesson(v, top.get("lesson"));
        Long seed = top.get("seed") == null ? Long.valueOf(1) : seed(v, top.get("seed"));
        List<Semantics> semantics = Expectations.semantics(v, top.get("semantics"));

        NodeIndex index = NodeIndex.collect(top.map, v);
        Nodes nodes = new Nodes(v, index);
        YamlNode p = top.required("producers");
        List<ProducerSpec> producers = p == null ? null : nodes.list(p, "producers", true, nodes::producer);
        List<BrokerSpec> brokers = top.get("brokers") == null ? List.of()
                : nodes.list(top.get("brokers"), "brokers", false, nodes::broker);
        YamlNode c = top.required("consumers");
        List<ConsumerSpec> consumers = c == null ? null : nodes.list(c, "consumers", true, nodes::consumer);
        if (producers != null && brokers != null && nodes.referencesComplete) {
            checkReachable(v, c, index, nodes);
        }
        if (brokers != null && consumers != null) {
            consumers = LogConsumers.check(v, c, brokers, consumers, nodes.explicitPrefetch);
        }
        NetworkSpec network = Networks.read(v, top.get("network"), index);
        RetrySpec retry = Settings.retry(v, top.get("retry"));
        LimitsSpec limits = Settings.limits(v, top.get("limits"));
        Map<Semantics, Expectation> expect = Expectations.expect(v, top.get("expect"), semantics);
        CostsSpec costs = Settings.costs(v, top.get("costs"));
        FaultsSpec faults = FaultScripts.read(v, top.get("faults"), top.get("random-faults"), index, producers);

        if (!problems.isEmpty()) {
            return null; // some part above is null; nothing half-built leaves this class
        }
        Scenario built = new Scenario(name, description.strip(), lesson, seed, semantics, producers, brokers,
                consumers, network, retry, limits, expect, costs, faults, source);
        Hazards.warn(built, root, v); // they need the whole scenario: a timeout is too short for a path
        return withWarnings(built, new ScenarioSource(source.fileName(), source.sha256(), problems.warnings()));
    }

    /** {@code s} with {@code source}, which carries the warnings of every check, the scenario-wide ones included. */
    private static Scenario withWarnings(Scenario s, ScenarioSource source) {
        return new Scenario(s.name(), s.description(), s.lesson(), s.seed(), s.semantics(), s.producers(), s.brokers(),
                s.consumers(), s.network(), s.retry(), s.limits(), s.expect(), s.costs(), s.faults(), source);
    }

    /** The one-line claim at {@code n} ("" if absent), or null after a problem: it heads a table row, so no line breaks. */
    private static String lesson(Values v, YamlNode n) {
        if (n == null) {
            return "";
        }
        String text = v.string(n, "lesson");
        if (text != null && text.strip().lines().count() > 1) {
            return v.report(n, "lesson", "must be one line (the claim the scenario proves); "
                    + "tell the story in description");
        }
        return text == null ? null : text.strip();
    }

    /** Every consumer must receive something, or the scenario is probably mistyped. */
    private static void checkReachable(Values v, YamlNode consumers, NodeIndex index, Nodes nodes) {
        if (!(consumers instanceof YamlNode.Sequence list)) {
            return;
        }
        for (int i = 0; i < list.items().size(); i++) {
            String path = KeyPath.index("consumers", i);
            String name = index.nameAt(path);
            if (name != null && !nodes.reached.contains(name)) {
                v.report(list.items().get(i), path, "unreachable: no producer or broker sends to it");
            }
        }
    }

    /** An integer, or a string holding one in decimal or hex ({@code "0x2a"}, up to 64 bits). */
    private static Long seed(Values v, YamlNode n) {
        String expected = "an integer seed like 42 or \"0x2a\"";
        if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.INTEGER && s.value() != null) {
            return (Long) s.value();
        }
        if (!Values.isText(n) && !(n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.INTEGER)) {
            return v.wrongType(n, "seed", expected);
        }
        String text = Values.text(n).strip().replace("_", "");
        try {
            if (text.startsWith("0x") || text.startsWith("0X")) {
                return Long.parseUnsignedLong(text.substring(2), 16);
            }
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return v.report(n, "seed", "expected " + expected + " that fits in 64 bits, got " + n.describe());
        }
    }

    /** The file name without directories and extension, made into a valid name. */
    static String defaultName(String fileName) {
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        String name = base.replaceAll("[^A-Za-z0-9._-]", "-");
        if (name.length() > 100) {
            name = name.substring(0, 100);
        }
        return Values.NAME.matcher(name).matches() ? name : "scenario";
    }
}
