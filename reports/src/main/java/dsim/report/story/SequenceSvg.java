package dsim.report.story;

import dsim.text.Durations;
import dsim.report.svg.Axis;
import dsim.report.svg.Palette;
import dsim.report.svg.Svg;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link Sequence} as a self-contained SVG: lanes with a header per node, time
 * flowing down one row per entry, packets as arrows (a cross where one was lost), crashes
 * and duplicate processings in red, the causal chain's rows shaded, the explanation below.
 */
public final class SequenceSvg {

    /** The narrowest time column and label room; long runs' times and long labels widen them. */
    private static final double MIN_TIME_COLUMN = 86;
    private static final String LEGEND = "shaded rows: the causal chain; red dashes on a lane: the node is down; "
            + "dashed arrows: a link's copy, or no recorded effect";
    private static final double LANE_GAP = 230;
    private static final double MIN_LABEL_ROOM = 250;
    private static final double ROW = 22;
    private static final double TITLE_HEIGHT = 74;
    private static final double HEADER = 34;
    private static final double LINE = 16;
    private static final String RED = "#C62828";
    private static final String GREEN = "#2E7D32";
    private static final String CHAIN = "#FFF3C4";

    private final Sequence seq;
    private final double rowsTop;
    private final double timeColumn;
    private final double labelRoom;
    /** Labels placed so far (rows' first, then arrows'), as {x0, y0, x1, y1}. */
    private final List<double[]> labelBoxes = new ArrayList<>();

    private SequenceSvg(Sequence seq) {
        this.seq = seq;
        this.rowsTop = TITLE_HEIGHT + (seq.note().isEmpty() ? 0 : LINE) + HEADER + ROW;
        double longestTime = 0;
        double longestLabel = 0;
        for (Sequence.Row row : seq.rows()) {
            longestTime = Math.max(longestTime, Axis.textWidth(Durations.secondsRounded(row.entry().timeNanos()), 11));
            longestLabel = Math.max(longestLabel, Axis.textWidth(EntryPhrases.label(row.entry()), 12) * 1.1);
        }
        timeColumn = Math.max(MIN_TIME_COLUMN, 24 + longestTime);
        labelRoom = Math.max(MIN_LABEL_ROOM, 30 + longestLabel);
    }

    /**
     * The diagram as an SVG document.
     *
     * @param title       first line, e.g. {@code checkout-812: processed twice (dedup store lost)}
     * @param subtitle    second line, e.g. the scenario, semantics, seed and digest
     * @param explanation the explanation, printed under the diagram
     */
    public static String render(Sequence seq, String title, String subtitle, String explanation) {
        return new SequenceSvg(seq).draw(title, subtitle, explanation);
    }

    private String draw(String title, String subtitle, String explanation) {
        double width = timeColumn + 90 + Math.max(0, seq.lanes().size() - 1) * LANE_GAP + labelRoom;
        // Wide enough for the lines that run across it, however few lanes there are.
        width = Math.max(width, 32 + Math.max(Axis.textWidth(LEGEND, 11),
                Math.max(Axis.textWidth(title, 16) * 1.1, Axis.textWidth(subtitle, 12))));
        List<String> why = Wrap.lines(explanation, (int) (width / 6.6));
        double rowsBottom = rowsTop + seq.rows().size() * ROW;
        double height = rowsBottom + ROW + 12 + (why.size() + 2) * LINE + 12;
        Svg svg = new Svg(width, height, title);
        defs(svg);
        svg.open("g", "font-family", "Helvetica, Arial, sans-serif", "font-size", 12, "fill", Palette.INK);
        svg.empty("rect", "x", 0, "y", 0, "width", width, "height", height, "fill", "#FFFFFF");
        svg.text(16, 26, title, "font-size", 16, "font-weight", "bold");
        svg.text(16, 46, subtitle, "fill", Palette.MUTED);
        if (!seq.note().isEmpty()) {
            svg.text(16, 46 + LINE, seq.note(), "fill", RED, "font-style", "italic");
        }
        chainBands(svg, width);
        lanes(svg, rowsBottom);
        times(svg);
        labelBoxes.addAll(rowLabelBoxes());
        for (Sequence.Arrow a : seq.arrows()) {
            arrow(svg, a);
        }
        marks(svg);
        footer(svg, rowsBottom, why);
        return svg.build();
    }

    private static void defs(Svg svg) {
        svg.open("defs");
        for (String[] m : new String[][] {{"head", Palette.INK}, {"head-muted", "#999999"}}) {
            svg.open("marker", "id", m[0], "viewBox", "0 0 10 10", "refX", 9, "refY", 5, "markerWidth", 7,
                    "markerHeight", 7, "orient", "auto-start-reverse");
            svg.empty("path", "d", "M0,0 L10,5 L0,10 z", "fill", m[1]);
            svg.close();
        }
        svg.close();
    }

    private double laneX(int lane) {
        return timeColumn + 90 + lane * LANE_GAP;
    }

    private double rowY(int row) {
        return rowsTop + row * ROW;
    }

    private void chainBands(Svg svg, double width) {
        for (int r = 0; r < seq.rows().size(); r++) {
            if (seq.rows().get(r).inChain()) {
                svg.empty("rect", "class", "chain", "x", 0, "y", rowY(r) - ROW / 2, "width", width, "height", ROW,
                        "fill", CHAIN);
            }
        }
    }

    /** A lane per node: a header box and a line down, red and dashed while the node is down. */
    private void lanes(Svg svg, double rowsBottom) {
        double headerTop = rowsTop - ROW - HEADER + 4;
        for (int lane = 0; lane < seq.lanes().size(); lane++) {
            double x = laneX(lane);
            String name = seq.lanes().get(lane);
            double boxWidth = Math.max(70, name.length() * 7.5 + 20);
            svg.empty("rect", "x", x - boxWidth / 2, "y", headerTop, "width", boxWidth, "height", HEADER - 8, "rx", 4,
                    "fill", "#ECEFF1", "stroke", Palette.MUTED);
            svg.text(x, headerTop + 17, name, "text-anchor", "middle", "font-weight", "bold");
            svg.empty("line", "class", "lane", "x1", x, "y1", headerTop + HEADER - 8, "x2", x, "y2", rowsBottom,
                    "stroke", Palette.MUTED, "stroke-width", 1.5);
            downtime(svg, lane, x, rowsBottom);
        }
    }

    private void downtime(Svg svg, int lane, double x, double rowsBottom) {
        double downFrom = Double.NaN;
        for (int r = 0; r < seq.rows().size(); r++) {
            Sequence.Row row = seq.rows().get(r);
            if (row.lane() != lane) {
                continue;
            }
            switch (row.entry().kind()) {
                case CRASHED -> downFrom = rowY(r);
                case RESTARTED -> {
                    double from = Double.isNaN(downFrom) ? rowY(0) - ROW / 2 : downFrom;
                    downBar(svg, x, from, rowY(r));
                    downFrom = Double.NaN;
                }
                default -> {
                }
            }
        }
        if (!Double.isNaN(downFrom)) {
            downBar(svg, x, downFrom, rowsBottom);
        }
    }

    private static void downBar(Svg svg, double x, double from, double to) {
        svg.empty("line", "class", "down", "x1", x, "y1", from, "x2", x, "y2", to, "stroke", RED, "stroke-width", 4,
                "stroke-dasharray", "4 3", "opacity", 0.6);
    }

    private void times(Svg svg) {
        String previous = null;
        for (int r = 0; r < seq.rows().size(); r++) {
            String t = Durations.secondsRounded(seq.rows().get(r).entry().timeNanos());
            if (!t.equals(previous)) {
                svg.text(timeColumn - 8, rowY(r) + 4, t, "text-anchor", "end", "fill", Palette.MUTED, "font-size", 11);
            }
            previous = t;
        }
    }

    private void arrow(Svg svg, Sequence.Arrow a) {
        double x1 = laneX(a.from());
        double y1 = rowY(a.fromRow());
        double x2 = a.end() == Sequence.End.LOST_ON_LINK ? (x1 + laneX(a.to())) / 2 : laneX(a.to());
        double y2 = a.end() == Sequence.End.BEYOND ? rowY(a.toRow()) - ROW / 2 : rowY(a.toRow());
        boolean lost = a.end() == Sequence.End.LOST_ON_LINK || a.end() == Sequence.End.RECEIVER_DOWN;
        boolean faint = a.end() == Sequence.End.NO_EFFECT || a.end() == Sequence.End.BEYOND;
        String colour = lost ? RED : faint ? "#999999" : Palette.INK;
        svg.open("g", "class", "packet");
        svg.title(a.label() + (a.endLabel().isEmpty() ? "" : ": " + a.endLabel()));
        svg.empty("line", "x1", x1, "y1", y1, "x2", x2, "y2", y2, "stroke", colour, "stroke-width", 1.4,
                "stroke-dasharray", a.copy() || faint ? "5 3" : null,
                "marker-end", lost ? null : faint ? "url(#head-muted)" : "url(#head)");
        if (lost) {
            cross(svg, x2, y2, 5, RED);
        }
        double[] at = labelPlace(a.label(), x1, y1, x2, y2);
        double lx = at[0];
        double ly = at[1];
        svg.text(lx, ly, a.label(), "text-anchor", "middle", "font-size", 11, "fill", colour,
                "stroke", "#FFFFFF", "stroke-width", 3, "paint-order", "stroke");
        if (!a.endLabel().isEmpty()) {
            svg.text(x2 + (x2 >= x1 ? 8 : -8), y2 + 4, a.endLabel(), "text-anchor", x2 >= x1 ? "start" : "end",
                    "font-size", 11, "fill", colour, "stroke", "#FFFFFF", "stroke-width", 3, "paint-order", "stroke");
        }
        svg.close();
    }

    /**
     * Where an arrow's label goes: half way along, a little above the line, unless another
     * label is there already; then the first free place further along or back, above or below.
     */
    private double[] labelPlace(String label, double x1, double y1, double x2, double y2) {
        double half = Axis.textWidth(label, 11) / 2;
        double[] fallback = null;
        for (double t : new double[] {0.5, 0.35, 0.65, 0.2, 0.8}) {
            for (double dy : new double[] {-4, 12}) {
                double x = x1 + (x2 - x1) * t;
                double y = y1 + (y2 - y1) * t + dy;
                double[] box = {x - half, y - 10, x + half, y + 2};
                fallback = fallback == null ? new double[] {x, y} : fallback;
                if (labelBoxes.stream().noneMatch(b -> b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3])) {
                    labelBoxes.add(box);
                    return new double[] {x, y};
                }
            }
        }
        return fallback;
    }

    /** The boxes of the rows' labels, where {@link #marks} draws them, for arrow labels to keep clear of. */
    private List<double[]> rowLabelBoxes() {
        List<double[]> boxes = new ArrayList<>();
        boolean[] left = leftLabels();
        for (int r = 0; r < seq.rows().size(); r++) {
            Sequence.Row row = seq.rows().get(r);
            if (row.style() == Sequence.Style.SEND || row.style() == Sequence.Style.ARROW_END || row.lane() < 0) {
                continue;
            }
            double x = laneX(row.lane());
            double y = rowY(r) + 4;
            double w = Axis.textWidth(EntryPhrases.label(row.entry()), 12);
            boxes.add(left[r] ? new double[] {x - 10 - w, y - 11, x, y + 3} : new double[] {x, y - 11, x + 10 + w, y + 3});
        }
        return boxes;
    }

    /** Per row, whether its label goes left of its lane: when an arrow comes in from the right, so it does not run through it. */
    private boolean[] leftLabels() {
        boolean[] left = new boolean[seq.rows().size() + 1];
        for (Sequence.Arrow a : seq.arrows()) {
            if (a.end() == Sequence.End.ARRIVED && a.from() > a.to()) {
                left[a.toRow()] = true;
            }
        }
        return left;
    }

    private static void cross(Svg svg, double x, double y, double r, String colour) {
        svg.empty("path", "d", "M" + Svg.num(x - r) + "," + Svg.num(y - r) + " L" + Svg.num(x + r) + "," + Svg.num(y + r)
                + " M" + Svg.num(x - r) + "," + Svg.num(y + r) + " L" + Svg.num(x + r) + "," + Svg.num(y - r),
                "stroke", colour, "stroke-width", 2.5);
    }

    private void marks(Svg svg) {
        boolean[] left = leftLabels();
        for (int r = 0; r < seq.rows().size(); r++) {
            Sequence.Row row = seq.rows().get(r);
            if (row.style() == Sequence.Style.SEND || row.style() == Sequence.Style.ARROW_END || row.lane() < 0) {
                continue;
            }
            double x = laneX(row.lane());
            double y = rowY(r);
            String colour = switch (row.style()) {
                case DUPLICATE, CRASH -> RED;
                case PROCESSED, RESTART -> GREEN;
                default -> Palette.MUTED;
            };
            if (row.style() == Sequence.Style.CRASH) {
                cross(svg, x, y, 6, RED);
            } else {
                svg.empty("circle", "cx", x, "cy", y, "r", row.style() == Sequence.Style.PLAIN ? 3.5 : 5, "fill", colour);
            }
            boolean strong = row.style() != Sequence.Style.PLAIN;
            svg.text(left[r] ? x - 10 : x + 10, y + 4, EntryPhrases.label(row.entry()), "text-anchor", left[r] ? "end" : null,
                    "fill", strong ? colour : Palette.INK, "font-weight", strong ? "bold" : null,
                    "stroke", "#FFFFFF", "stroke-width", 3, "paint-order", "stroke");
        }
    }

    private void footer(Svg svg, double rowsBottom, List<String> why) {
        double y = rowsBottom + ROW + 12;
        svg.text(16, y, LEGEND, "fill", Palette.MUTED, "font-size", 11);
        for (String line : why) {
            y += LINE;
            svg.text(16, y + 4, line);
        }
    }
}
