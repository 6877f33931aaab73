package dsim.scenario;

import dsim.preset.Knob;
import dsim.preset.Preset;
import dsim.preset.Presets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills each broker written with {@code preset: NAME} from its platform's defaults, in the
 * YAML tree before validation: the broker's own keys, the keys each consumer it delivers to
 * takes from the platform (Kafka's auto-commit), and the top-level retry policy of the
 * platform's producer client. A key the file writes wins over the preset; so does a key an
 * override sets. Filled values carry the place of the {@code preset} value, so a problem with
 * one points there. Where two presets would fill the same consumer or the retry policy, the
 * first broker in the file wins.
 */
final class PresetFill {

    /** Keys that mean something on a log only, and on a queue only: a preset of the other kind leaves them out. */
    private static final List<String> LOG_ONLY = List.of("partitions", "session-timeout", "commit");
    private static final List<String> QUEUE_ONLY = List.of("redelivery-timeout", "max-deliveries", "requeue-on-crash",
            "dead-letter-queue");

    private final Values v;
    private final Set<String> filledConsumers = new HashSet<>(); // order-free: membership only
    private YamlNode.Mapping retryFill;

    private PresetFill(Values v) {
        this.v = v;
    }

    /** {@code root} with every preset filled in; an unknown preset is reported and fills nothing. */
    static YamlNode apply(YamlNode root, Values v) {
        if (!(root instanceof YamlNode.Mapping top) || !(top.get("brokers") instanceof YamlNode.Sequence brokers)) {
            return root;
        }
        PresetFill fill = new PresetFill(v);
        Map<String, List<YamlNode.Entry>> perConsumer = new LinkedHashMap<>();
        List<YamlNode> filled = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < brokers.items().size(); i++) {
            YamlNode item = brokers.items().get(i);
            YamlNode with = fill.broker(item, KeyPath.index("brokers", i), perConsumer);
            any |= with != item;
            filled.add(with);
        }
        if (!any) {
            return root;
        }
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>(top.entries());
        put(entries, "brokers", new YamlNode.Sequence(brokers.at(), filled));
        if (top.get("consumers") instanceof YamlNode.Sequence consumers) {
            put(entries, "consumers", fillConsumers(consumers, perConsumer));
        }
        if (fill.retryFill != null) {
            YamlNode retry = top.get("retry");
            if (retry == null || retry instanceof YamlNode.Scalar s && s.isNull()) {
                put(entries, "retry", fill.retryFill);
            } else if (retry instanceof YamlNode.Mapping written) {
                put(entries, "retry", under(written, fill.retryFill));
            }
        }
        return new YamlNode.Mapping(top.at(), entries);
    }

    /** The broker at {@code item} filled from its preset, or {@code item} itself if it names none. */
    private YamlNode broker(YamlNode item, String path, Map<String, List<YamlNode.Entry>> perConsumer) {
        if (!(item instanceof YamlNode.Mapping map) || map.get("preset") == null) {
            return item;
        }
        YamlNode named = map.get("preset");
        String presetPath = KeyPath.child(path, "preset");
        if (!Values.isText(named)) {
            v.wrongType(named, presetPath, "a preset name: one of " + String.join(", ", Presets.names()));
            return item;
        }
        Preset preset = Presets.find(Values.text(named));
        if (preset == null) {
            v.report(named, presetPath, "unknown preset \"" + Values.shownText(named) + "\""
                    + DidYouMean.hint(Values.text(named), Presets.names()));
            return item;
        }
        YamlNode.Position at = named.at();
        String kind = Values.isText(map.get("kind")) ? Values.text(map.get("kind"))
                : preset.brokerValue("kind") == null ? "queue" : preset.brokerValue("kind");
        List<String> skip = kind.equals("log") ? QUEUE_ONLY : LOG_ONLY;
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>(map.entries());
        for (Knob k : preset.knobs(Knob.Target.BROKER)) {
            if (!entries.containsKey(k.key()) && !skip.contains(k.key()) && !conflicts(k, map)) {
                entries.put(k.key(), new YamlNode.Entry(k.key(), at, read(k, at)));
            }
        }
        for (String consumer : deliverTo(map.get("deliver-to"))) {
            if (filledConsumers.add(consumer)) {
                List<YamlNode.Entry> fills = new ArrayList<>();
                for (Knob k : preset.knobs(Knob.Target.CONSUMER)) {
                    if (!skip.contains(k.key())) {
                        fills.add(new YamlNode.Entry(k.key(), at, read(k, at)));
                    }
                }
                perConsumer.put(consumer, fills);
            }
        }
        if (retryFill == null && !preset.knobs(Knob.Target.RETRY).isEmpty()) {
            retryFill = retryOf(preset, at);
        }
        return new YamlNode.Mapping(map.at(), entries);
    }

    /** A sync interval beside a written persist-time or {@code durable: false} would contradict the file. */
    private static boolean conflicts(Knob k, YamlNode.Mapping broker) {
        return k.key().equals("sync-interval") && (broker.get("persist-time") != null
                || broker.get("durable") instanceof YamlNode.Scalar s && Boolean.FALSE.equals(s.value()));
    }

    /** The preset's retry policy as a mapping, {@code backoff.multiplier} nested under {@code backoff}. */
    private static YamlNode.Mapping retryOf(Preset preset, YamlNode.Position at) {
        Map<String, YamlNode.Entry> top = new LinkedHashMap<>();
        Map<String, YamlNode.Entry> backoff = new LinkedHashMap<>();
        for (Knob k : preset.knobs(Knob.Target.RETRY)) {
            if (k.key().startsWith("backoff.")) {
                String key = k.key().substring("backoff.".length());
                backoff.put(key, new YamlNode.Entry(key, at, read(k, at)));
            } else {
                top.put(k.key(), new YamlNode.Entry(k.key(), at, read(k, at)));
            }
        }
        if (!backoff.isEmpty()) {
            top.put("backoff", new YamlNode.Entry("backoff", at, new YamlNode.Mapping(at, backoff)));
        }
        return new YamlNode.Mapping(at, top);
    }

    /** {@code written} with the keys of {@code fill} it lacks, one mapping level down too. */
    private static YamlNode.Mapping under(YamlNode.Mapping written, YamlNode.Mapping fill) {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>(written.entries());
        for (YamlNode.Entry e : fill.entries().values()) {
            YamlNode.Entry mine = entries.get(e.key());
            if (mine == null) {
                entries.put(e.key(), e);
            } else if (mine.value() instanceof YamlNode.Mapping m && e.value() instanceof YamlNode.Mapping f) {
                entries.put(e.key(), new YamlNode.Entry(e.key(), mine.keyAt(), under(m, f)));
            }
        }
        return new YamlNode.Mapping(written.at(), entries);
    }

    /** The consumers, each one a preset reaches given the keys it does not write. */
    private static YamlNode fillConsumers(YamlNode.Sequence consumers, Map<String, List<YamlNode.Entry>> perConsumer) {
        List<YamlNode> out = new ArrayList<>();
        for (YamlNode item : consumers.items()) {
            List<YamlNode.Entry> fills = item instanceof YamlNode.Mapping m && Values.isText(m.get("name"))
                    ? perConsumer.get(Values.text(m.get("name"))) : null;
            if (fills == null) {
                out.add(item);
                continue;
            }
            YamlNode.Mapping m = (YamlNode.Mapping) item;
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>(m.entries());
            for (YamlNode.Entry e : fills) {
                entries.putIfAbsent(e.key(), e);
            }
            out.add(new YamlNode.Mapping(m.at(), entries));
        }
        return new YamlNode.Sequence(consumers.at(), out);
    }

    /** The consumer names a deliver-to value lists; anything else is left for the validator to report. */
    private static List<String> deliverTo(YamlNode n) {
        List<String> names = new ArrayList<>();
        List<YamlNode> items = n instanceof YamlNode.Sequence s ? s.items() : n == null ? List.of() : List.of(n);
        for (YamlNode item : items) {
            if (Values.isText(item)) {
                names.add(Values.text(item));
            }
        }
        return names;
    }

    /** {@code k}'s value as the scenario's YAML reader reads it, placed at {@code at}. */
    private static YamlNode read(Knob k, YamlNode.Position at) {
        Problems problems = new Problems("preset");
        YamlNode n = YamlReader.read(k.value(), problems);
        if (n == null || !problems.isEmpty()) {
            throw new IllegalStateException("preset value " + k.path() + ": " + k.value() + " is not YAML");
        }
        return placed(n, at);
    }

    /** {@code n} with every value placed at {@code at}. */
    private static YamlNode placed(YamlNode n, YamlNode.Position at) {
        if (n instanceof YamlNode.Scalar s) {
            return new YamlNode.Scalar(at, s.kind(), s.text(), s.value());
        }
        if (n instanceof YamlNode.Sequence s) {
            return new YamlNode.Sequence(at, s.items().stream().map(x -> placed(x, at)).toList());
        }
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (YamlNode.Entry e : ((YamlNode.Mapping) n).entries().values()) {
            entries.put(e.key(), new YamlNode.Entry(e.key(), at, placed(e.value(), at)));
        }
        return new YamlNode.Mapping(at, entries);
    }

    private static void put(Map<String, YamlNode.Entry> entries, String key, YamlNode value) {
        YamlNode.Entry old = entries.get(key);
        entries.put(key, new YamlNode.Entry(key, old == null ? value.at() : old.keyAt(), value));
    }
}
