package dsim.report.compare;

import dsim.report.svg.Svg;

import java.util.List;

/**
 * A tiny XHTML-style writer: every element closed, every text escaped, no named entities
 * beyond XML's own, so the report parses as XML as well as HTML.
 */
final class Html {

    private final StringBuilder out = new StringBuilder();

    /** Opens {@code tag} with attributes given as name, value pairs. */
    Html open(String tag, String... attrs) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            out.append(' ').append(attrs[i]).append("=\"").append(escape(attrs[i + 1])).append('"');
        }
        out.append('>');
        return this;
    }

    /** Closes {@code tag}, then starts a new line. */
    Html close(String tag) {
        out.append("</").append(tag).append(">\n");
        return this;
    }

    /** {@code <tag attrs>text</tag>} with {@code text} escaped. */
    Html element(String tag, String text, String... attrs) {
        return open(tag, attrs).text(text).close(tag);
    }

    /** Escaped text. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup already made safe (an SVG from {@link Svg#build}). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /**
     * A table; the first column is text, the others are right-aligned numbers unless
     * {@code textColumns} says more columns are text.
     */
    Html table(List<String> header, List<List<String>> rows, int textColumns) {
        open("table").open("thead").open("tr");
        for (int i = 0; i < header.size(); i++) {
            element("th", header.get(i), "class", i < textColumns ? "text" : "num");
        }
        close("tr").close("thead").open("tbody");
        for (List<String> row : rows) {
            open("tr");
            for (int i = 0; i < row.size(); i++) {
                element("td", row.get(i), "class", i < textColumns ? "text" : "num");
            }
            close("tr");
        }
        return close("tbody").close("table");
    }

    /** A figure: a heading, the chart, and a one-line caption saying what to look at. */
    Html figure(String title, String svg, String caption) {
        open("figure").element("h3", title).raw(svg);
        return element("figcaption", caption).close("figure");
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String escape(String s) {
        return Svg.escape(s);
    }
}
