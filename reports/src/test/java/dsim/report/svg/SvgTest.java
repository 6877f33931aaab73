package dsim.report.svg;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SvgTest {

    @Test
    void num_finiteValue_hasAtMostTwoDecimalsAndNoNegativeZero() {
        assertEquals("12", Svg.num(12.0));
        assertEquals("12.5", Svg.num(12.5));
        assertEquals("0.33", Svg.num(1.0 / 3));
        assertEquals("0", Svg.num(-0.001));
        assertEquals("1000000", Svg.num(1e6));
    }

    @Test
    void num_nonFinite_throws() {
        assertThrows(IllegalArgumentException.class, () -> Svg.num(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Svg.num(Double.POSITIVE_INFINITY));
    }

    @Test
    void escape_markupAndControlCharacters_areMadeSafe() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", Svg.escape("a <b> & \"c\" 'd'"));
        assertEquals("ab", Svg.escape("a\u0001b"));
    }

    @Test
    void build_openElements_areClosedAndTextEscaped() {
        Svg svg = new Svg(100, 50, "A < B");
        svg.open("g", "class", "x").text(1, 2, "5 > 3").empty("rect", "x", 0.5, "y", 1, "fill", null);
        String out = svg.build();
        assertTrue(out.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 50\""), out);
        assertTrue(out.contains("<title>A &lt; B</title>"));
        assertTrue(out.contains("<text x=\"1\" y=\"2\">5 &gt; 3</text>"));
        assertTrue(out.contains("<rect x=\"0.5\" y=\"1\"/>"), "a null attribute is left out");
        assertTrue(out.endsWith("</g>\n</svg>\n"));
    }

    @Test
    void open_badName_throws() {
        assertThrows(IllegalArgumentException.class, () -> new Svg(1, 1, "t").open("g onload", "x", 1));
        assertThrows(IllegalArgumentException.class, () -> new Svg(1, 1, "t").empty("rect", "x"));
    }
}
