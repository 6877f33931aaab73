package dsim.scenario;

import java.util.List;

/**
 * A mapping being validated at a key path: reports unknown keys and missing ones, and hands
 * out its values converted, with defaults for absent keys. A key with an empty value
 * ({@code crash:}) counts as absent. Typed getters return null only after reporting a problem.
 */
final class Section {

    /** Pass as a default to make a key required. */
    static final Long REQUIRED = null;

    final Values values;
    final String path;
    final YamlNode.Mapping map;
    /** Keys once valid here and now retired: reported with what to write instead, not as unknown. */
    private List<String> retired = List.of();

    private Section(Values values, String path, YamlNode.Mapping map) {
        this.values = values;
        this.path = path;
        this.map = map;
    }

    /** The mapping at {@code node}, or null after reporting that it is something else. */
    static Section of(Values values, YamlNode node, String path) {
        return of(values, node, path, "a mapping");
    }

    /** As {@link #of(Values, YamlNode, String)}, saying what was expected as {@code expected}. */
    static Section of(Values values, YamlNode node, String path, String expected) {
        if (node instanceof YamlNode.Mapping m) {
            return new Section(values, path, m);
        }
        return values.wrongType(node, path, expected);
    }

    /**
     * Reports, once, at the first of {@code keys} present here, that they are retired and
     * {@code instead}: what to write now. One line, however many of them the file uses.
     */
    Section retire(List<String> keys, String instead) {
        retired = keys;
        for (YamlNode.Entry e : map.entries().values()) {
            if (keys.contains(e.key())) {
                values.problems.add(e.keyAt(), path(e.key()), String.join(" and ", keys) + " are retired: " + instead);
                break;
            }
        }
        return this;
    }

    /** Whether a key {@link #retire} named is present. */
    boolean hasRetired() {
        return map.entries().values().stream().anyMatch(e -> retired.contains(e.key()));
    }

    /** Reports every key not in {@code known} (nor retired: those have their own problem), at the key. */
    Section allow(List<String> known) {
        for (YamlNode.Entry e : map.entries().values()) {
            if (!known.contains(e.key()) && !retired.contains(e.key())) {
                String hint = e.key().equals("<<") ? ": merge keys are not supported, write the keys out"
                        : DidYouMean.hint(e.key(), known);
                values.problems.add(e.keyAt(), path(e.key()), "unknown key \"" + Values.shown(e.key()) + "\"" + hint);
            }
        }
        return this;
    }

    String path(String key) {
        return KeyPath.child(path, key);
    }

    /** The value at {@code key}; null if absent or empty. */
    YamlNode get(String key) {
        YamlNode n = map.get(key);
        return n instanceof YamlNode.Scalar s && s.isNull() ? null : n;
    }

    /** The value at {@code key}; null after reporting it missing. An empty value is returned for converters to reject. */
    YamlNode required(String key) {
        YamlNode n = map.get(key);
        if (n == null) {
            values.problems.add(map.at(), path, "missing required key \"" + key + "\"");
        }
        return n;
    }

    /** The node at {@code key}, required when {@code dflt} is {@link #REQUIRED}; null when absent and optional. */
    private YamlNode lookup(String key, Object dflt) {
        return dflt == null ? required(key) : get(key);
    }

    Long duration(String key, Long dflt) {
        YamlNode n = lookup(key, dflt);
        return n == null ? dflt : values.duration(n, path(key));
    }

    Long positiveDuration(String key, Long dflt) {
        YamlNode n = lookup(key, dflt);
        return n == null ? dflt : values.positiveDuration(n, path(key));
    }

    Double probability(String key, Double dflt) {
        YamlNode n = lookup(key, dflt);
        return n == null ? dflt : values.probability(n, path(key));
    }

    Double rate(String key) {
        YamlNode n = required(key);
        return n == null ? null : values.rate(n, path(key));
    }

    Long integer(String key, Long dflt, long min, long max) {
        YamlNode n = lookup(key, dflt);
        return n == null ? dflt : values.integer(n, path(key), min, max);
    }

    Double number(String key, Double dflt) {
        YamlNode n = lookup(key, dflt);
        return n == null ? dflt : values.number(n, path(key));
    }

    Boolean bool(String key, Boolean dflt) {
        YamlNode n = lookup(key, dflt);
        return n == null ? dflt : values.bool(n, path(key));
    }

    String string(String key, String dflt) {
        YamlNode n = lookup(key, dflt);
        return n == null ? dflt : values.string(n, path(key));
    }
}
