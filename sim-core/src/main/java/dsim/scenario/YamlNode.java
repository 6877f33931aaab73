package dsim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loader's own YAML tree: every value remembers where it was written, and mappings keep
 * their keys in file order, so validation can point at the exact line and column.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    /** Where this value starts in the file. */
    Position at();

    /** How this value reads in a message: {@code a list}, {@code true (a boolean)}, ... */
    String describe();

    /**
     * Where a value came from: a 1-based line and column in the file, or, for a value a
     * command-line override put in the tree, that override as typed (line and column 0).
     *
     * @param override the override as typed ({@code --set network.default.loss=1%}), or null in the file
     */
    record Position(int line, int column, String override) {
        static final Position START = new Position(1, 1);

        Position(int line, int column) {
            this(line, column, null);
        }

        /** The place of values set by {@code o}; line and column 0 sort its problems before the file's. */
        static Position of(ScenarioOverride o) {
            return new Position(0, 0, o.shown());
        }

        /** {@code line 3, column 5}, or the override, for a message that points at a second place. */
        String where() {
            return override == null ? "line " + line + ", column " + column : override;
        }
    }

    /** What YAML resolved a scalar to. */
    enum Kind { STRING, INTEGER, FLOAT, BOOLEAN, NULL, OTHER }

    /**
     * A single value.
     *
     * @param text  the value as written (for numbers: their digits), never null
     * @param value a Long for an INTEGER in 64-bit range (else null), a Double for a FLOAT
     *              (NaN if it is not finite), a Boolean for a BOOLEAN, else null
     */
    record Scalar(Position at, Kind kind, String text, Object value) implements YamlNode {

        boolean isNull() {
            return kind == Kind.NULL;
        }

        @Override
        public String describe() {
            String shown = Values.shown(text);
            return switch (kind) {
                case STRING -> "\"" + shown + "\"";
                case INTEGER, FLOAT -> shown + " (a number)";
                case BOOLEAN -> shown + " (a boolean)";
                case NULL -> "nothing (an empty value)";
                case OTHER -> "a tagged value (" + shown + ") YAML cannot read as text";
            };
        }
    }

    /** A list. */
    record Sequence(Position at, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A mapping; {@code entries} iterate in file order. */
    record Mapping(Position at, Map<String, Entry> entries) implements YamlNode {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        /** The value under {@code key}, or null if the key is absent. */
        YamlNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** One key of a mapping, with where the key itself was written. */
    record Entry(String key, Position keyAt, YamlNode value) {
    }
}
