package dsim.text;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * User input as an error line echoes it: a value, key, name, path or argument made safe for
 * one line, and cut in the middle when long. A value thousands of characters long would
 * otherwise bury the message around it; its start and its end (often a unit, or a file's
 * name) stay, with how many characters were cut between them.
 */
public final class Echo {

    /** Enough for any real value, name or path, and short enough to read the rest of the line. */
    public static final int MAX = 200;
    /** Below this a cut would leave too little of the text to recognise it. */
    private static final int MIN = 40;
    /**
     * Characters a terminal or editor may take as a line break or a command (C0, DEL, C1, U+2028,
     * U+2029), and invisible ones (zero-width spaces, bidi controls, BOM) a user could not find.
     */
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\u2028\\u2029]");

    private Echo() {
    }

    /** {@code text} as an error line shows it, at most {@link #MAX} characters. */
    public static String of(String text) {
        return of(text, MAX);
    }

    /** A file's or folder's name as an error line shows it: long ones keep their start and their end. */
    public static String of(Path path) {
        return of(path.toString());
    }

    /**
     * {@code text} on one line, at most {@code max} characters (at least 40): line breaks and
     * tabs escaped, other control, invisible and line-separator characters written as Java
     * escapes (backslash, u, four hex digits) so that a stray zero-width space can be seen, and
     * the middle cut, e.g. {@code 10000...(2,812 characters cut)...000ms}. Never cuts a
     * character in two; its own output comes back unchanged.
     */
    public static String of(String text, int max) {
        String t = text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        t = UNPRINTABLE.matcher(t).replaceAll(m -> String.format(Locale.ROOT, "\\\\u%04x", (int) m.group().charAt(0)));
        int limit = Math.max(MIN, max);
        if (t.length() <= limit) {
            return t;
        }
        // The marker is longest when nearly everything is cut; sizing for that keeps us within the limit.
        int kept = limit - marker(t.length()).length();
        int headEnd = kept * 2 / 3;
        int tailStart = t.length() - (kept - headEnd);
        if (Character.isHighSurrogate(t.charAt(headEnd - 1))) {
            headEnd--;
        }
        if (Character.isLowSurrogate(t.charAt(tailStart))) {
            tailStart++;
        }
        return t.substring(0, headEnd) + marker(tailStart - headEnd) + t.substring(tailStart);
    }

    private static String marker(int cut) {
        return String.format(Locale.ROOT, "...(%,d characters cut)...", cut);
    }
}
