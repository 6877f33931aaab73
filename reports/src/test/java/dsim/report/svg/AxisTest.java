package dsim.report.svg;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AxisTest {

    @Test
    void labelStride_roomyLabels_keepsEveryLabel() {
        assertEquals(1, Axis.labelStride(new double[] {0, 100, 200}, new double[] {30, 30, 30}));
    }

    @Test
    void labelStride_crowdedLabels_dropsEveryOther() {
        assertEquals(2, Axis.labelStride(new double[] {0, 30, 60, 90, 120}, new double[] {30, 30, 30, 30, 30}));
    }

    @Test
    void labelStride_veryCrowdedLabels_keepsDoublingTheStride() {
        assertEquals(4, Axis.labelStride(new double[] {0, 10, 20, 30, 40, 50}, new double[] {30, 30, 30, 30, 30, 30}));
    }

    @Test
    void visibleHorizontal_longLabelsOnANarrowAxis_neverOverlap() {
        LinearScale x = new LinearScale(0, 100, 0, 200, 20);
        List<Tick> ticks = new ArrayList<>();
        for (double v : x.ticks()) {
            ticks.add(new Tick(v, v + " percent"));
        }
        List<Tick> shown = Axis.visibleHorizontal(x, ticks);
        assertTrue(shown.size() < ticks.size());
        assertEquals(ticks.get(0), shown.get(0), "the first label always stays");
        for (int i = 1; i < shown.size(); i++) {
            double gap = x.apply(shown.get(i).value()) - x.apply(shown.get(i - 1).value());
            double need = (Axis.textWidth(shown.get(i).label(), Axis.FONT)
                    + Axis.textWidth(shown.get(i - 1).label(), Axis.FONT)) / 2;
            assertTrue(gap >= need, "labels " + (i - 1) + " and " + i + " overlap");
        }
    }

    @Test
    void visibleVertical_tallAxis_keepsEveryLabel() {
        LinearScale y = new LinearScale(0, 10, 300, 0, 5);
        List<Tick> ticks = Ticks.labelled(y.ticks(), "%");
        assertEquals(ticks, Axis.visibleVertical(y, ticks));
    }

    @Test
    void bottom_ticks_drawsLabelsAndTitle() {
        Svg svg = new Svg(300, 100, "t");
        LinearScale x = new LinearScale(0, 100, 20, 280, 5);
        Axis.bottom(svg, new Plot(20, 10, 260, 50), x, Ticks.labelled(x.ticks(), "%"), "share (%)");
        String out = svg.build();
        assertTrue(out.contains(">100%</text>"), out);
        assertTrue(out.contains(">share (%)</text>"));
    }
}
