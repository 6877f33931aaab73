package dsim.report.catalog;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers of the catalog: Markdown escapes, heading anchors, sentences and shell words. */
final class Text {

    private static final Pattern SENTENCE = Pattern.compile("^(.+?[.!?])(?=\\s|$)");

    private Text() {
    }

    /** {@code s} safe inside a table cell: a pipe would end the cell, a line break the row. */
    static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }

    /** {@code s} safe as a link's text inside a table cell. */
    static String linkText(String s) {
        return cell(s).replace("[", "\\[").replace("]", "\\]");
    }

    /** The anchor a code-hosting site gives the heading {@code heading}: lower case, punctuation but - and _ dropped. */
    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replace(' ', '-').replaceAll("[^a-z0-9_-]", "");
    }

    /** The first sentence of {@code text} on one line, or {@code fallback} if the text is blank. */
    static String firstSentence(String text, String fallback) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.isEmpty()) {
            return fallback;
        }
        Matcher m = SENTENCE.matcher(line);
        return m.find() ? m.group(1) : line;
    }
}
