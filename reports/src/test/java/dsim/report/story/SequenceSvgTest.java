package dsim.report.story;

import dsim.journal.TraceKind;
import dsim.story.Story;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SequenceSvgTest {

    @Test
    void crashStory_parsesAsXml_oneLanePerNode_oneArrowPerPacket() throws Exception {
        Story story = Stories.crashAfterProcessing();
        Document doc = parse(svg(story));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals(story.nodes().size(), withClass(doc, "lane").size());
        assertEquals(3, story.nodes().size());
        assertEquals(packets(story), withClass(doc, "packet").size());
        assertEquals(5, packets(story));
    }

    @Test
    void ackLost_lostPacketCrossed_duplicateProcessingInRed() throws Exception {
        Story story = Stories.ackLost();
        String svg = svg(story);
        Document doc = parse(svg);
        assertEquals(2, withClass(doc, "lane").size());
        assertEquals(packets(story), withClass(doc, "packet").size());
        assertTrue(svg.contains(">lost: loss</text>"), svg);
        assertTrue(svg.matches("(?s).*fill=\"#C62828\"[^>]*>processed #2</text>.*"), svg);
        assertTrue(svg.contains(">processed #1</text>"), svg);
    }

    @Test
    void crashStory_downtimeDrawnBetweenCrashAndRestart() throws Exception {
        Document doc = parse(svg(Stories.crashAfterProcessing()));
        assertEquals(1, withClass(doc, "down").size());
    }

    @Test
    void longStory_windowOfMaxRows_saysSo() throws Exception {
        Story story = Stories.droppedAttempts(150); // 1 + 150*3 - 1 + 1 = 451 entries
        Sequence seq = Sequence.of(story, Stories.explain(story));
        assertEquals(Sequence.MAX_ROWS, seq.rows().size());
        assertTrue(seq.note().startsWith("showing entries 252 to 451 of 451, around the loss"), seq.note());
        String svg = SequenceSvg.render(seq, "t", "s", "why");
        parse(svg);
        assertTrue(svg.contains(seq.note()));
    }

    @Test
    void hostileNames_escaped() throws Exception {
        Story story = Stories.ackLost();
        String svg = SequenceSvg.render(Sequence.of(story, Stories.explain(story)), "<&\"title\">", "]]>", "a < b & c");
        parse(svg);
        assertTrue(svg.contains("&lt;&amp;&quot;title&quot;&gt;"), svg);
    }

    static String svg(Story story) {
        return SequenceSvg.render(Sequence.of(story, Stories.explain(story)), story.messageId(), "test", "why");
    }

    static long packets(Story story) {
        return story.entries().stream().filter(e -> e.kind() == TraceKind.SENT || e.kind() == TraceKind.DUPLICATED).count();
    }

    /** Parses with DTDs and external entities refused: an SVG must stand alone. */
    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> withClass(Document doc, String cls) {
        List<Element> found = new ArrayList<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (cls.equals(e.getAttribute("class"))) {
                found.add(e);
            }
        }
        return found;
    }
}
