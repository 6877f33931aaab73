package dsim.scenario;

import dsim.text.Echo;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns YAML values into typed values. Each method returns null after adding a problem that
 * says what was expected and what was got; nothing here throws.
 */
final class Values {

    /** Node names: safe in file names, report columns and trace ids. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    static final String NAME_EXPECTED = "a name of letters, digits, '.', '_' or '-' (starting with a letter or digit)";

    final Problems problems;

    Values(Problems problems) {
        this.problems = problems;
    }

    /** Warns about {@code n}: legal, but probably not what the author meant. */
    void warn(YamlNode n, String path, String message) {
        problems.warn(n, path, message);
    }

    /** A non-negative duration in nanoseconds. */
    Long duration(YamlNode n, String path) {
        if (!isText(n) && !isNumber(n)) {
            return wrongType(n, path, Units.DURATION_EXPECTED);
        }
        try {
            return Units.parseDuration(((YamlNode.Scalar) n).text());
        } catch (UnitsException e) {
            return report(n, path, e.getMessage());
        }
    }

    /** A duration &gt; 0 in nanoseconds. */
    Long positiveDuration(YamlNode n, String path) {
        Long d = duration(n, path);
        if (d != null && d == 0) {
            return report(n, path, "must be more than 0, got " + text(n));
        }
        return d;
    }

    /** A rate in events per second. */
    Double rate(YamlNode n, String path) {
        if (!isText(n) && !isNumber(n)) {
            return wrongType(n, path, Units.RATE_EXPECTED);
        }
        try {
            return Units.parseRate(text(n));
        } catch (UnitsException e) {
            return report(n, path, e.getMessage());
        }
    }

    /** A probability in [0, 1], written as a fraction or a percentage. */
    Double probability(YamlNode n, String path) {
        if (!isText(n) && !isNumber(n)) {
            return wrongType(n, path, Units.PROBABILITY_EXPECTED);
        }
        try {
            return Units.parseProbability(text(n));
        } catch (UnitsException e) {
            return report(n, path, e.getMessage());
        }
    }

    /** An integer in [{@code min}, {@code max}]. */
    Long integer(YamlNode n, String path, long min, long max) {
        if (!(n instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Kind.INTEGER) {
            return wrongType(n, path, "an integer");
        }
        Long value = (Long) s.value();
        if (value == null || value > max) {
            return report(n, path, "must be at most " + max + ", got " + s.text());
        }
        if (value < min) {
            return report(n, path, "must be at least " + min + ", got " + s.text());
        }
        return value;
    }

    /** A finite number, integer or not. */
    Double number(YamlNode n, String path) {
        if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.INTEGER) {
            return s.value() == null ? report(n, path, "expected a number of sensible size, got " + s.text())
                    : ((Long) s.value()).doubleValue();
        }
        if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.FLOAT) {
            double d = (Double) s.value();
            return Double.isNaN(d) ? report(n, path, "expected a finite number, got " + s.text()) : d;
        }
        return wrongType(n, path, "a number");
    }

    /** true or false. */
    Boolean bool(YamlNode n, String path) {
        if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.BOOLEAN) {
            return (Boolean) s.value();
        }
        return wrongType(n, path, "true or false");
    }

    /** A string (a number or boolean must be quoted to be one). */
    String string(YamlNode n, String path) {
        return isText(n) ? text(n) : wrongType(n, path, "a string");
    }

    /** A node name. */
    String name(YamlNode n, String path) {
        String s = isText(n) ? text(n) : null;
        if (s == null) {
            return wrongType(n, path, NAME_EXPECTED);
        }
        if (!NAME.matcher(s).matches()) {
            return report(n, path, "expected " + NAME_EXPECTED + ", at most 100 characters, got " + n.describe());
        }
        return s;
    }

    /** One of {@code options}, by its kebab-case id; {@code what} names the kind, e.g. "distribution". */
    <T> T choice(YamlNode n, String path, String what, List<T> options, Function<T, String> id) {
        if (!isText(n)) {
            String article = "aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ";
            return wrongType(n, path, article + what + ": " + String.join(" | ", options.stream().map(id).toList()));
        }
        String s = text(n);
        for (T option : options) {
            if (id.apply(option).equals(s)) {
                return option;
            }
        }
        return report(n, path, "unknown " + what + " \"" + shown(s) + "\"" + DidYouMean.hint(s, options.stream().map(id).toList()));
    }

    /** Adds a problem; returns null so callers can {@code return report(...)}. */
    <T> T report(YamlNode n, String path, String message) {
        problems.add(n, path, message);
        return null;
    }

    <T> T wrongType(YamlNode n, String path, String expected) {
        return report(n, path, "expected " + expected + ", got " + n.describe());
    }

    /** A key or value inside a message, which says more around it: shorter than a whole echo. */
    static final int SHOWN_MAX = 60;

    /** User text made safe for a one-line message, at most {@link #SHOWN_MAX} characters: see {@link Echo}. */
    static String shown(String s) {
        return Echo.of(s, SHOWN_MAX);
    }

    /** The scalar's text as a message shows it; only for scalars. */
    static String shownText(YamlNode n) {
        return shown(text(n));
    }

    static boolean isText(YamlNode n) {
        return n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.STRING;
    }

    static boolean isNumber(YamlNode n) {
        return n instanceof YamlNode.Scalar s && (s.kind() == YamlNode.Kind.INTEGER || s.kind() == YamlNode.Kind.FLOAT);
    }

    /** The scalar's text as written; only for scalars. */
    static String text(YamlNode n) {
        return ((YamlNode.Scalar) n).text();
    }
}
