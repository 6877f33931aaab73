package dsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML text into a {@link YamlNode} tree with Jackson's streaming parser, keeping the
 * position of every key and value. Duplicate keys and a second document are problems; a
 * syntax error, too deep nesting or alias bombs stop the reading with one problem.
 */
final class YamlReader {

    static final int MAX_DEPTH = 50;
    static final int MAX_ALIASES = 50;
    /** Values after expanding aliases: far above any real scenario, far below an alias bomb. */
    static final int MAX_VALUES = 1_000_000;
    static final int MAX_CHARS = 4 * 1024 * 1024;

    private static final YAMLFactory FACTORY = createFactory();

    private final Problems problems;
    private final Map<String, Anchored> anchors = new HashMap<>(); // order-free: lookups only, never iterated
    private int aliases;
    private long values;
    private String where = "";

    private YamlReader(Problems problems) {
        this.problems = problems;
    }

    private static YAMLFactory createFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CHARS);
        options.setAllowDuplicateKeys(true); // we find duplicates ourselves, with both positions
        return YAMLFactory.builder()
                .loaderOptions(options)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL) // `key:` with nothing is null, not ""
                .build();
    }

    /**
     * The document's root value, or null if the text holds no value at all (empty, only
     * comments, or an empty document).
     *
     * @throws Stopped after adding the one problem that made reading impossible
     */
    static YamlNode read(String text, Problems problems) {
        return new YamlReader(problems).readDocument(text);
    }

    /** Reading stopped at a problem already added. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private record Anchored(YamlNode node, long weight) {
    }

    private YamlNode readDocument(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return null;
            }
            YamlNode root = readValue(p, t, "", 0);
            JsonToken next = p.nextToken();
            if (next != null) {
                problems.add(position(p), "", "a second YAML document starts here; a scenario file holds one document");
            }
            return root instanceof YamlNode.Scalar s && s.isNull() ? null : root;
        } catch (Stopped e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            problems.add(SyntaxErrors.position(e, text), where, SyntaxErrors.message(e));
            throw new Stopped();
        }
    }

    private YamlNode readValue(JsonParser p, JsonToken t, String path, int depth) throws IOException {
        where = path;
        YamlNode.Position at = position(p);
        String anchor = anchorOf(p, t);
        long before = values;
        YamlNode node = switch (t) {
            case START_OBJECT -> readMapping(p, at, path, depth + 1);
            case START_ARRAY -> readSequence(p, at, path, depth + 1);
            case VALUE_STRING -> ((YAMLParser) p).isCurrentAlias() ? alias(p.getText(), at, path)
                    : scalar(at, YamlNode.Kind.STRING, p.getText(), null);
            case VALUE_NUMBER_INT -> scalar(at, YamlNode.Kind.INTEGER, p.getText(), longValue(p));
            case VALUE_NUMBER_FLOAT -> scalar(at, YamlNode.Kind.FLOAT, p.getText(), doubleValue(p));
            case VALUE_TRUE, VALUE_FALSE -> scalar(at, YamlNode.Kind.BOOLEAN, p.getText(), t == JsonToken.VALUE_TRUE);
            case VALUE_NULL -> scalar(at, YamlNode.Kind.NULL, "", null);
            default -> scalar(at, YamlNode.Kind.OTHER, String.valueOf(p.getText()), null);
        };
        if (anchor != null) {
            anchors.put(anchor, new Anchored(node, values - before));
        }
        return node;
    }

    private YamlNode readMapping(JsonParser p, YamlNode.Position at, String path, int depth) throws IOException {
        checkDepth(at, path, depth);
        count(1, at, path);
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            endGuard(t);
            String key = p.currentName();
            YamlNode.Position keyAt = position(p);
            String keyPath = KeyPath.child(path, key);
            where = keyPath; // a syntax error in the value is reported at this key
            JsonToken valueToken = p.nextToken();
            endGuard(valueToken);
            YamlNode value = readValue(p, valueToken, keyPath, depth);
            YamlNode.Entry first = entries.get(key);
            if (first != null) {
                problems.add(keyAt, keyPath, "duplicate key \"" + Values.shown(key) + "\" (first at line "
                        + first.keyAt().line() + ", column " + first.keyAt().column() + ")");
            } else {
                entries.put(key, new YamlNode.Entry(key, keyAt, value));
            }
            where = keyPath; // an error before the next key is most likely about this one
        }
        return new YamlNode.Mapping(at, entries);
    }

    private YamlNode readSequence(JsonParser p, YamlNode.Position at, String path, int depth) throws IOException {
        checkDepth(at, path, depth);
        count(1, at, path);
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            endGuard(t);
            items.add(readValue(p, t, KeyPath.index(path, items.size()), depth));
            where = path;
        }
        return new YamlNode.Sequence(at, items);
    }

    private YamlNode scalar(YamlNode.Position at, YamlNode.Kind kind, String text, Object value) {
        count(1, at, where);
        return new YamlNode.Scalar(at, kind, text, value);
    }

    /** An alias stands for the anchored value itself; the tree shares it rather than copying. */
    private YamlNode alias(String name, YamlNode.Position at, String path) {
        Anchored target = anchors.get(name);
        if (target == null) {
            // Jackson does not report anchors on single values, so only lists and mappings can be reused.
            problems.add(at, path, "alias *" + Values.shown(name) + " does not name a list or mapping anchored before it"
                    + " (anchors on single values are not supported)");
            throw new Stopped();
        }
        if (++aliases > MAX_ALIASES) {
            problems.add(at, path, "more than " + MAX_ALIASES + " aliases; write the values out");
            throw new Stopped();
        }
        count(target.weight(), at, path);
        return target.node();
    }

    private void count(long n, YamlNode.Position at, String path) {
        values += n;
        if (values > MAX_VALUES) {
            problems.add(at, path, "the document expands to more than " + MAX_VALUES + " values");
            throw new Stopped();
        }
    }

    /** The parser reports a truncated document itself; this only keeps a surprise from looping. */
    private static void endGuard(JsonToken t) throws IOException {
        if (t == null) {
            throw new IOException("unexpected end of the document");
        }
    }

    private void checkDepth(YamlNode.Position at, String path, int depth) {
        if (depth > MAX_DEPTH) {
            problems.add(at, path, "nested more than " + MAX_DEPTH + " levels deep");
            throw new Stopped();
        }
    }

    private static String anchorOf(JsonParser p, JsonToken t) throws IOException {
        Object id = p.getObjectId();
        return id == null || t == JsonToken.END_OBJECT ? null : id.toString();
    }

    private static Long longValue(JsonParser p) {
        try {
            JsonParser.NumberType type = p.getNumberType();
            return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG ? p.getLongValue() : null;
        } catch (IOException | RuntimeException e) {
            return null; // beyond 64 bits or beyond Jackson's number limits: reported by validation
        }
    }

    private static Double doubleValue(JsonParser p) {
        try {
            double d = p.getDoubleValue();
            return Double.isFinite(d) ? d : Double.NaN;
        } catch (IOException | RuntimeException e) {
            return Double.NaN; // .nan, .inf: validation says a finite number was expected
        }
    }

    private static YamlNode.Position position(JsonParser p) {
        JsonLocation l = p.currentTokenLocation();
        return new YamlNode.Position(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }
}
