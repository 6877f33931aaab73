package dsim.scenario;

import dsim.spec.PacketKind;
import dsim.spec.CrashPoint;
import dsim.spec.FaultsSpec;
import dsim.spec.ProducerSpec;
import dsim.spec.RandomFaults;
import dsim.spec.ScriptedFault;
import dsim.text.Durations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * Reads {@code faults:} (a script of exact faults) and {@code random-faults:} (which of the
 * file's random sources stay on). Each fault is a mapping whose first key is its verb:
 *
 * <pre>
 * - { drop: publish of checkout-786, link: checkout->gateway, attempt: 2 }
 * - { duplicate: deliver of checkout-786, link: gateway->ledger }
 * - { delay: publish-ack of checkout-786, link: gateway->checkout, by: 5s }
 * - { crash: ledger, at: 158.05s, down-for: 10s }
 * - { crash: ledger, at: after-process of checkout-786, attempt: 1 }
 * - { outage: checkout->gateway, from: 10s, to: 20s }
 * </pre>
 */
final class FaultScripts {

    static final List<String> VERBS = List.of("drop", "duplicate", "delay", "crash", "outage");
    private static final String PACKET_EXPECTED = "a packet like \"publish of checkout-786\" (publish | publish-ack | "
            + "deliver | consumer-ack, then \"of\" and a message id)";
    private static final String LINK_EXPECTED = "a link like checkout->gateway";
    private static final String RANDOM_EXPECTED = "on, off, or a mapping like { loss: off, duplicate: off, "
            + "outages: off, crashes: off }";

    private final Values v;
    private final NodeIndex index;
    private final List<ProducerSpec> producers;

    private FaultScripts(Values v, NodeIndex index, List<ProducerSpec> producers) {
        this.v = v;
        this.index = index;
        this.producers = producers;
    }

    /** The faults section, or null after reporting problems; producers may be null if they had problems. */
    static FaultsSpec read(Values v, YamlNode faults, YamlNode random, NodeIndex index, List<ProducerSpec> producers) {
        FaultScripts r = new FaultScripts(v, index, producers);
        RandomFaults switches = random == null ? RandomFaults.ON : r.random(random);
        List<ScriptedFault> script = faults == null ? List.of() : r.script(faults);
        return switches == null || script == null ? null : new FaultsSpec(switches, script);
    }

    private RandomFaults random(YamlNode n) {
        if (!(n instanceof YamlNode.Mapping)) {
            Boolean on = onOff(n, "random-faults");
            return on == null ? null : on ? RandomFaults.ON : RandomFaults.OFF;
        }
        Section sec = Section.of(v, n, "random-faults", RANDOM_EXPECTED);
        sec.allow(List.of("loss", "duplicate", "outages", "crashes"));
        Boolean[] on = new Boolean[4];
        String[] keys = {"loss", "duplicate", "outages", "crashes"};
        for (int i = 0; i < keys.length; i++) {
            on[i] = sec.get(keys[i]) == null ? Boolean.TRUE : onOff(sec.get(keys[i]), sec.path(keys[i]));
        }
        if (Arrays.asList(on).contains(null)) {
            return null;
        }
        return new RandomFaults(on[0], on[1], on[2], on[3]);
    }

    /** A switch: a boolean, or on / off. */
    private Boolean onOff(YamlNode n, String path) {
        if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.BOOLEAN) {
            return (Boolean) s.value();
        }
        if (Values.isText(n) && (Values.text(n).equals("on") || Values.text(n).equals("off"))) {
            return Values.text(n).equals("on");
        }
        return v.wrongType(n, path, path.equals("random-faults") ? RANDOM_EXPECTED : "on or off");
    }

    private List<ScriptedFault> script(YamlNode n) {
        if (!(n instanceof YamlNode.Sequence list)) {
            return v.wrongType(n, "faults", "a list of faults like [ { drop: publish of app-1, link: app->queue } ]");
        }
        List<ScriptedFault> out = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < list.items().size(); i++) {
            ScriptedFault f = fault(list.items().get(i), KeyPath.index("faults", i));
            valid &= f != null;
            out.add(f);
        }
        return valid ? out : null;
    }

    private ScriptedFault fault(YamlNode n, String path) {
        Section sec = Section.of(v, n, path, "a fault like { drop: publish of app-1, link: app->queue }");
        if (sec == null) {
            return null;
        }
        List<String> verbs = sec.map.entries().keySet().stream().filter(VERBS::contains).toList();
        if (verbs.size() != 1) {
            return v.report(n, path, (verbs.isEmpty() ? "no" : verbs.size() + "") + " fault verbs: expected exactly one"
                    + " of " + String.join(", ", VERBS) + (verbs.isEmpty() ? "" : ", got " + String.join(", ", verbs)));
        }
        String verb = verbs.get(0);
        return switch (verb) {
            case "drop", "duplicate", "delay" -> packetFault(sec, verb);
            case "crash" -> crash(sec);
            default -> outage(sec);
        };
    }

    private ScriptedFault packetFault(Section sec, String verb) {
        switch (verb) {
            case "drop" -> sec.allow(List.of("drop", "link", "attempt", "stored"));
            case "duplicate" -> sec.allow(List.of("duplicate", "link", "attempt", "stored"));
            default -> sec.allow(List.of("delay", "link", "attempt", "stored", "by"));
        }
        String[] link = link(sec.required("link"), sec.path("link"));
        ScriptedFault.PacketRef packet = link == null ? null : packet(sec, verb, link[0], link[1]);
        Long by = verb.equals("delay") ? sec.positiveDuration("by", Section.REQUIRED) : Long.valueOf(0);
        if (packet == null || by == null) {
            return null;
        }
        return switch (verb) {
            case "drop" -> new ScriptedFault.Drop(packet);
            case "duplicate" -> new ScriptedFault.Duplicate(packet);
            default -> new ScriptedFault.Delay(packet, by);
        };
    }

    private ScriptedFault crash(Section sec) {
        sec.allow(List.of("crash", "at", "down-for", "attempt", "stored", "second-copy"));
        YamlNode at = sec.required("at");
        boolean atPoint = at != null && Values.isText(at) && Values.text(at).contains(" of ");
        String node = index.reference(v, sec.get("crash"), sec.path("crash"), atPoint
                ? EnumSet.of(NodeIndex.Kind.CONSUMER) : EnumSet.allOf(NodeIndex.Kind.class), atPoint ? "consumer" : "node");
        Long downFor = sec.get("down-for") == null ? Long.valueOf(-1) : sec.positiveDuration("down-for", Section.REQUIRED);
        if (at == null || downFor == null) {
            return null;
        }
        if (!atPoint) {
            for (String pointOnly : List.of("attempt", "stored", "second-copy")) {
                if (sec.get(pointOnly) != null) {
                    return v.report(sec.get(pointOnly), sec.path(pointOnly), "only a crash at a point of a delivery"
                            + " (at: after-process of app-1) takes " + pointOnly);
                }
            }
            Long time = sec.duration("at", Section.REQUIRED);
            return node == null || time == null ? null : new ScriptedFault.TimedCrash(node, time, downFor);
        }
        String text = Values.text(at);
        String pointId = text.substring(0, text.indexOf(" of ")).strip();
        CrashPoint point = Arrays.stream(CrashPoint.values()).filter(p -> p.id().equals(pointId)).findFirst()
                .orElse(null);
        if (point == null) {
            return v.report(at, sec.path("at"), "unknown crash point \"" + Values.shown(pointId) + "\": expected "
                    + String.join(" | ", Arrays.stream(CrashPoint.values()).map(CrashPoint::id).toList())
                    + suggestion(pointId, Arrays.stream(CrashPoint.values()).map(CrashPoint::id).toList()));
        }
        long[] message = message(at, sec.path("at"), text.substring(text.indexOf(" of ") + 4).strip());
        Boolean second = sec.bool("second-copy", false);
        Long attempt = sec.integer("attempt", 1L, 1, Integer.MAX_VALUE);
        Long stored = sec.integer("stored", 1L, 1, Integer.MAX_VALUE);
        if (node == null || message == null || second == null || attempt == null || stored == null) {
            return null;
        }
        // The packet that brings the message: the kind is settled when the run resolves it.
        ScriptedFault.PacketRef packet = new ScriptedFault.PacketRef("", node, PacketKind.DELIVER,
                producers.get((int) message[0]).name(), message[1], attempt.intValue(), stored.intValue());
        return new ScriptedFault.PointCrash(node, point, packet, second, downFor);
    }

    private ScriptedFault outage(Section sec) {
        sec.allow(List.of("outage", "from", "to"));
        String[] link = link(sec.get("outage"), sec.path("outage"));
        Long from = sec.duration("from", Section.REQUIRED);
        Long to = sec.duration("to", Section.REQUIRED);
        if (link == null || from == null || to == null) {
            return null;
        }
        if (to <= from) {
            return v.report(sec.get("to"), sec.path("to"), "must be after from (" + Durations.exact(from) + "), got "
                    + Values.shownText(sec.get("to")));
        }
        return new ScriptedFault.Outage(link[0], link[1], from, to);
    }

    /** {@code from->to} with both ends known nodes, or null after a problem. */
    private String[] link(YamlNode n, String path) {
        if (n == null) {
            return null;
        }
        String text = v.string(n, path);
        if (text == null) {
            return null;
        }
        int arrow = text.indexOf("->");
        if (arrow < 0) {
            return v.report(n, path, "expected " + LINK_EXPECTED + ", got " + n.describe());
        }
        String from = text.substring(0, arrow).strip();
        String to = text.substring(arrow + 2).strip();
        for (String end : List.of(from, to)) {
            if (index.kindOf(end) == null) {
                List<String> known = index.names(EnumSet.allOf(NodeIndex.Kind.class));
                return v.report(n, path, "unknown node \"" + Values.shown(end) + "\" in " + Values.shown(text)
                        + DidYouMean.hint(end, known));
            }
        }
        if (from.equals(to)) {
            return v.report(n, path, "both ends are \"" + to + "\"; a link joins two different nodes");
        }
        return new String[] {from, to};
    }

    /** The packet named by the verb's value, e.g. {@code publish of checkout-786}. */
    private ScriptedFault.PacketRef packet(Section sec, String verb, String from, String to) {
        YamlNode n = sec.get(verb);
        String text = v.string(n, sec.path(verb));
        if (text == null) {
            return null;
        }
        int of = text.indexOf(" of ");
        if (of < 0) {
            return v.report(n, sec.path(verb), "expected " + PACKET_EXPECTED + ", got " + n.describe());
        }
        String kindId = text.substring(0, of).strip();
        PacketKind kind = Arrays.stream(PacketKind.values()).filter(k -> k.id().equals(kindId)).findFirst().orElse(null);
        if (kind == null) {
            List<String> ids = Arrays.stream(PacketKind.values()).map(PacketKind::id).toList();
            return v.report(n, sec.path(verb), "unknown packet \"" + Values.shown(kindId) + "\": expected "
                    + String.join(" | ", ids) + suggestion(kindId, ids));
        }
        long[] message = message(n, sec.path(verb), text.substring(of + 4).strip());
        Long attempt = sec.integer("attempt", 1L, 1, Integer.MAX_VALUE);
        Long stored = sec.integer("stored", 1L, 1, Integer.MAX_VALUE);
        if (message == null || attempt == null || stored == null) {
            return null;
        }
        return new ScriptedFault.PacketRef(from, to, kind, producers.get((int) message[0]).name(), message[1],
                attempt.intValue(), stored.intValue());
    }

    /** {@code , did you mean "x"?}, or nothing when no known word is close. */
    private static String suggestion(String got, List<String> known) {
        String s = DidYouMean.suggest(got, known);
        return s == null ? "" : ", did you mean \"" + s + "\"?";
    }

    /** {producer index, sequence} of a message id like {@code checkout-786}, or null after a problem. */
    private long[] message(YamlNode n, String path, String id) {
        if (producers == null) {
            return null; // the producers had problems of their own
        }
        int dash = id.lastIndexOf('-');
        String name = dash < 0 ? id : id.substring(0, dash);
        for (int p = 0; p < producers.size(); p++) {
            if (!producers.get(p).name().equals(name)) {
                continue;
            }
            long seq;
            try {
                seq = Long.parseLong(id.substring(dash + 1));
            } catch (NumberFormatException e) {
                seq = 0;
            }
            if (seq < 1 || seq > producers.get(p).messages()) {
                return v.report(n, path, "no message \"" + Values.shown(id) + "\": " + name + " creates "
                        + name + "-1 to " + name + "-" + producers.get(p).messages());
            }
            return new long[] {p, seq};
        }
        List<String> names = producers.stream().map(ProducerSpec::name).toList();
        return v.report(n, path, "no message \"" + Values.shown(id) + "\": a message id is a producer's name and a "
                + "number, like " + names.get(0) + "-1" + DidYouMean.hint(name, names));
    }
}
