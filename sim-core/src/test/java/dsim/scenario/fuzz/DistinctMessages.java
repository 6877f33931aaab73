package dsim.scenario.fuzz;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Counts the distinct kinds of problem message a campaign met: user text, numbers and
 * positions are normalised away, so "got 20sec" and "got 5min" are one kind.
 */
public final class DistinctMessages {

    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern GOT = Pattern.compile("\\bgot (?!\")[^(;]*?(?= \\(|;|$)");
    private static final Pattern KNOWN = Pattern.compile("\\((known:|first used by|first at|the first is) [^)]*\\)");
    private static final Pattern TAGGED = Pattern.compile("a tagged value \\(.*\\) YAML cannot read as text");
    /** The parser names the character it choked on and its code: {@code but found e(101)}. */
    private static final Pattern FOUND = Pattern.compile("found .{1,2}\\([0-9]+\\)");
    private static final Pattern ALIAS = Pattern.compile("alias \\*\\S+");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");

    private final Map<String, Integer> counts = new TreeMap<>();

    /** Records one message. */
    public synchronized void add(String message) {
        counts.merge(normalise(message), 1, Integer::sum);
    }

    /** Distinct kinds recorded so far. */
    public synchronized int size() {
        return counts.size();
    }

    /** Every kind with how often it was met, one per line, sorted. */
    public synchronized String table() {
        StringBuilder b = new StringBuilder();
        counts.forEach((m, n) -> b.append(String.format(Locale.ROOT, "%7d  %s%n", n, m)));
        return b.toString();
    }

    /** The message with what varies from file to file replaced by placeholders. */
    static String normalise(String message) {
        String m = QUOTED.matcher(message).replaceAll("\"…\"");
        m = KNOWN.matcher(m).replaceAll("($1 …)");
        m = TAGGED.matcher(m).replaceAll("a tagged value (…) YAML cannot read as text");
        m = GOT.matcher(m).replaceAll("got …");
        m = FOUND.matcher(m).replaceAll("found …");
        m = ALIAS.matcher(m).replaceAll("alias *…");
        return NUMBER.matcher(m).replaceAll("N");
    }
}
