package dsim.report.svg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * An SVG document built as text, one element per line. Every attribute value and text node
 * is escaped; every number goes through {@link #num}, so the output never holds NaN,
 * Infinity or a locale's decimal comma.
 */
public final class Svg {

    /** The SVG namespace: the one URL a self-contained report contains. */
    public static final String NAMESPACE = "http://www.w3.org/2000/svg";

    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9:-]*");
    private static final int DECIMALS = 2;

    private final StringBuilder out = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();
    private boolean built;

    /**
     * A new document {@code width} by {@code height} user units, scaled to the page width.
     *
     * @param title what the chart shows, read by screen readers and shown as a tooltip
     */
    public Svg(double width, double height, String title) {
        open("svg", "xmlns", NAMESPACE, "viewBox", "0 0 " + num(width) + " " + num(height),
                "width", width, "height", height, "role", "img");
        title(title);
    }

    /** Opens {@code name} with attributes given as name, value pairs; close it with {@link #close}. */
    public Svg open(String name, Object... attrs) {
        tag(name, attrs);
        out.append(">\n");
        open.push(name);
        return this;
    }

    /** Closes the innermost open element. */
    public Svg close() {
        if (open.size() <= 1) {
            throw new IllegalStateException("nothing open to close");
        }
        out.append("</").append(open.pop()).append(">\n");
        return this;
    }

    /** An element without children, e.g. {@code <rect .../>}. */
    public Svg empty(String name, Object... attrs) {
        tag(name, attrs);
        out.append("/>\n");
        return this;
    }

    /** A {@code <text>} element at (x, y) holding {@code text}, escaped. */
    public Svg text(double x, double y, String text, Object... attrs) {
        Object[] all = new Object[attrs.length + 4];
        all[0] = "x";
        all[1] = x;
        all[2] = "y";
        all[3] = y;
        System.arraycopy(attrs, 0, all, 4, attrs.length);
        tag("text", all);
        out.append('>').append(escape(text)).append("</text>\n");
        return this;
    }

    /** A {@code <title>} child of the open element: the tooltip a reader sees on hover. */
    public Svg title(String text) {
        out.append("<title>").append(escape(text)).append("</title>\n");
        return this;
    }

    /** The document, every open element closed. The builder cannot be used afterwards. */
    public String build() {
        if (built) {
            throw new IllegalStateException("already built");
        }
        while (!open.isEmpty()) {
            out.append("</").append(open.pop()).append(">\n");
        }
        built = true;
        return out.toString();
    }

    private void tag(String name, Object[] attrs) {
        if (built) {
            throw new IllegalStateException("already built");
        }
        if (attrs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        out.append('<').append(checkedName(name));
        for (int i = 0; i < attrs.length; i += 2) {
            if (attrs[i + 1] == null) {
                continue; // an optional attribute left out
            }
            out.append(' ').append(checkedName(String.valueOf(attrs[i]))).append("=\"").append(value(attrs[i + 1])).append('"');
        }
    }

    private static String value(Object v) {
        if (v instanceof Double d) {
            return num(d);
        }
        if (v instanceof Float f) {
            return num(f);
        }
        if (v instanceof Integer || v instanceof Long) {
            return v.toString();
        }
        return escape(v.toString());
    }

    private static String checkedName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an XML name: " + name);
        }
        return name;
    }

    /**
     * {@code x} rounded half-even to at most two decimals without trailing zeros, e.g.
     * {@code 12}, {@code 12.5}, {@code -0.25}; never {@code -0}.
     *
     * @throws IllegalArgumentException if {@code x} is NaN or infinite: a chart bug, not data
     */
    public static String num(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("not a finite number: " + x);
        }
        BigDecimal d = new BigDecimal(x).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
    }

    /** {@code s} safe inside XML text and double-quoted attributes; control characters are dropped. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
