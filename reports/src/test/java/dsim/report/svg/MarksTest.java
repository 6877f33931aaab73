package dsim.report.svg;

import dsim.spec.Semantics;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarksTest {

    @Test
    void stackedBar_tinySegment_isStillVisibleAndTheBarKeepsItsLength() {
        Svg svg = new Svg(200, 50, "t");
        LinearScale x = new LinearScale(0, 100, 0, 100, 5);
        Marks.stackedBar(svg, x, 0, 10, List.of(new Marks.Segment(0.1, "#000000", "lost"),
                new Marks.Segment(99.9, "#111111", "once"), new Marks.Segment(0, "#222222", "duplicated")));
        String out = svg.build();
        assertTrue(out.contains("<rect x=\"0\" y=\"0\" width=\"2\" height=\"10\" fill=\"#000000\">"), out);
        assertTrue(out.contains("<rect x=\"2\" y=\"0\" width=\"98\" height=\"10\" fill=\"#111111\">"), out);
        assertTrue(!out.contains("#222222"), "a zero segment is not drawn");
    }

    @Test
    void band_points_goOutAlongTheUpperEdgeAndBackAlongTheLower() {
        Svg svg = new Svg(100, 100, "t");
        LinearScale x = new LinearScale(0, 1, 0, 100, 5);
        LinearScale y = new LinearScale(0, 10, 100, 0, 5);
        Marks.band(svg, x, y, new double[] {0, 1}, new double[] {1, 2}, new double[] {3, 4}, "#000000");
        assertTrue(svg.build().contains("points=\"0,70 100,60 100,80 0,90\""));
    }

    @Test
    void whiskerVertical_outsideTheDomain_isClampedToThePlot() {
        Svg svg = new Svg(100, 100, "t");
        LinearScale y = new LinearScale(0, 10, 100, 0, 5);
        Marks.whiskerVertical(svg, y, 50, -5, 20, 4);
        assertTrue(svg.build().contains("<line x1=\"50\" y1=\"100\" x2=\"50\" y2=\"0\""));
    }

    @Test
    void palette_semantics_haveDistinctColours() {
        Set<String> colours = new HashSet<>();
        for (Semantics s : Semantics.values()) {
            colours.add(Palette.of(s));
        }
        colours.addAll(List.of(Palette.LOST, Palette.ONCE, Palette.DUPLICATED));
        assertEquals(Semantics.values().length + 3, colours.size());
    }
}
