package dsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/** Turns what the YAML parser throws into one short line and the place it points at. */
final class SyntaxErrors {

    private SyntaxErrors() {
    }

    /** Where the parser says the problem is; the start of the file if it does not say. */
    static YamlNode.Position position(Throwable e, String text) {
        MarkedYAMLException marked = find(e, MarkedYAMLException.class);
        if (marked != null && marked.getProblemMark() != null) {
            return position(marked.getProblemMark());
        }
        ReaderException reader = find(e, ReaderException.class);
        if (reader != null) {
            return TextInput.positionOfCodePoint(text, reader.getPosition());
        }
        if (e instanceof JsonProcessingException j && j.getLocation() != null) {
            JsonLocation l = j.getLocation();
            return new YamlNode.Position(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
        }
        return YamlNode.Position.START;
    }

    /** The parser's complaint, first line only, prefixed so users know it is about YAML itself. */
    static String message(Throwable e) {
        MarkedYAMLException marked = find(e, MarkedYAMLException.class);
        if (marked != null && marked.getProblem() != null) {
            String context = "";
            if (marked.getContext() != null && marked.getContextMark() != null) {
                YamlNode.Position c = position(marked.getContextMark());
                context = " (" + clean(marked.getContext()) + " at line " + c.line() + ", column " + c.column() + ")";
            }
            return "invalid YAML: " + clean(marked.getProblem()) + context;
        }
        ReaderException reader = find(e, ReaderException.class);
        if (reader != null) {
            return "invalid YAML: character U+" + String.format(java.util.Locale.ROOT, "%04X", reader.getCodePoint())
                    + " is not allowed";
        }
        String raw = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        if (raw != null && raw.startsWith("Expected a field name")) {
            return "invalid YAML: a key must be a single value, not a list or mapping";
        }
        return "invalid YAML: " + (raw == null || raw.isBlank() ? e.getClass().getSimpleName() : clean(raw));
    }

    private static YamlNode.Position position(Mark m) {
        return new YamlNode.Position(m.getLine() + 1, m.getColumn() + 1);
    }

    /** First line, tabs and control characters made visible, Java class names dropped, length bounded. */
    static String clean(String s) {
        String first = s.strip().lines().findFirst().orElse("").replace("\t", "\\t");
        first = first.replaceAll("<org\\.yaml\\.[^>]*>", "a YAML event").replaceAll("[\\p{Cc}\\p{Cf}\\u2028\\u2029]", "?");
        return first.length() > 200 ? first.substring(0, 197) + "..." : first;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        int guard = 0;
        for (Throwable t = e; t != null && guard++ < 10; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
