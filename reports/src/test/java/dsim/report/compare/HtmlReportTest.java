package dsim.report.compare;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportTest {

    private static final Pattern URL = Pattern.compile("https?://[^\"'\\s<>)]*");

    /** Parses {@code html} as XML with a DOCTYPE allowed but nothing external ever loaded. */
    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(true);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new InputSource(new StringReader(html)));
    }

    @Test
    void render_plain_parsesAsXmlWithAChartPerQuestion() throws Exception {
        Document doc = parse(new HtmlReport().render(CompareFixture.plain()));
        assertEquals("html", doc.getDocumentElement().getTagName());
        // Outcomes, the zoom on lost and duplicated, the latency CDF and percentiles, over time, packets per message.
        assertEquals(6, doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength());
        assertEquals(6, doc.getElementsByTagName("figcaption").getLength());
    }

    @Test
    void render_leadsWithTheNumbers_thenShowsTheMechanismBehindThem() throws Exception {
        String html = new HtmlReport().render(CompareFixture.plain());
        int tiles = html.indexOf("<section class=\"tiles\">");
        int story = html.indexOf("<h2>The story</h2>");
        int mechanism = html.indexOf("<h2>How: the mechanism</h2>");
        assertTrue(tiles > 0 && tiles < story, "the numbers come before the story");
        assertTrue(html.substring(tiles, story).contains("<dt>duplicated</dt>"));
        assertTrue(mechanism > story, "the mechanism section is there");
        assertTrue(html.contains("deliveries skipped by the dedup store"));
        assertTrue(html.contains("Exactly-once is at-least-once plus a dedup store: its store skipped "));
    }

    @Test
    void render_withStudy_chartsLostDuplicatedPacketsAndCost_first() throws Exception {
        String html = new HtmlReport().render(CompareFixture.withStudy());
        Document doc = parse(html);
        assertEquals(10, doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength());
        assertTrue(html.indexOf("<h2>Study: ") < html.indexOf("<h2>The story</h2>"), "the study opens the report");
        assertTrue(html.contains("<h3>Cost against "), "the fixture has costs: cost is charted against the value");
        assertTrue(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polygon").getLength() >= 6,
                "a 95% band per semantics and chart");
    }

    @Test
    void render_withGrid_drawsAHeatMapPerMetricAndTheTable_first() throws Exception {
        String html = new HtmlReport().render(CompareFixture.withGrid());
        Document doc = parse(html);
        // The plain report's six charts, then lost, duplicated, packets per message and cost over the grid.
        assertEquals(10, doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength());
        int grid = html.indexOf("<h2>Grid: network.default.loss \u00d7 retry.max-attempts</h2>");
        assertTrue(grid > 0 && grid < html.indexOf("<h2>The story</h2>"), "the grid opens the report");
        assertTrue(html.contains("<th class=\"text\">network.default.loss</th>\n<th class=\"text\">retry.max-attempts</th>"), "the table's keys");
        assertTrue(html.contains("<h3>Cost over network.default.loss and retry.max-attempts</h3>"));
    }

    @Test
    void render_overTime_showsWhereTheLossesHappen() throws Exception {
        String html = new HtmlReport().render(CompareFixture.plain());
        int at = html.indexOf("<h3>Over time</h3>");
        assertTrue(at > 0, "the timeline is there");
        String chart = html.substring(at, html.indexOf("</figure>", at));
        assertTrue(chart.contains("at-most-once: of the messages created then"), "a panel per semantics");
        assertTrue(chart.contains("fill=\"" + dsim.report.svg.Palette.LOST + "\""), "the fixture loses: its losses are drawn");
        boolean crashes = CompareFixture.plain().comparison().summaries().stream()
                .anyMatch(s -> java.util.Arrays.stream(s.timeline().crashes()).sum() > 0);
        assertEquals(crashes, chart.contains("fill=\"" + dsim.report.svg.Palette.INK + "\""),
                "crashes are shaded where, and only where, there were some");
    }

    @Test
    void render_latencyCdf_stepsUpToTheShareProcessed() throws Exception {
        Document doc = parse(new HtmlReport().render(CompareFixture.plain()));
        var polylines = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline");
        assertTrue(polylines.getLength() >= 3, "one CDF step line per semantics");
    }

    @Test
    void render_withStudy_holdsNoNaNNorInfinity() {
        String html = new HtmlReport().render(CompareFixture.withStudy());
        assertFalse(html.contains("NaN"), "NaN in the report");
        assertFalse(html.contains("Infinity"), "Infinity in the report");
    }

    @Test
    void render_withStudy_linksNothingButTheSvgNamespace() {
        String html = new HtmlReport().render(CompareFixture.withStudy());
        Matcher m = URL.matcher(html);
        int namespaces = 0;
        while (m.find()) {
            assertEquals("http://www.w3.org/2000/svg", m.group(), "a network URL in a self-contained report");
            namespaces++;
        }
        assertEquals(10, namespaces, "one namespace per chart");
        assertFalse(html.contains("<script"), "scripts");
        assertFalse(html.contains("&nbsp;"), "an HTML-only entity");
    }

    @Test
    void render_plain_listsEveryParameterWithUnits() {
        String html = new HtmlReport().render(CompareFixture.plain()).replace("\n", "");
        assertTrue(html.contains("<td class=\"text\">sender.arrival</td><td class=\"text\">fixed 10ms</td>"), html);
        assertTrue(html.contains("<td class=\"text\">default.loss</td><td class=\"text\">independent 5%</td>"));
        assertTrue(html.contains("<td class=\"text\">max-time</td><td class=\"text\">30d</td>"));
    }

    @Test
    void css_isRawTextInHtml_soHoldsNothingXmlWouldEscape() {
        for (char c : new char[] {'"', '&', '<', '>'}) {
            assertEquals(-1, HtmlStyle.CSS.indexOf(c), "the style sheet holds " + c);
        }
    }
}
