package dsim.report.story;

import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.report.svg.Axis;
import dsim.report.svg.LinearScale;
import dsim.report.svg.Palette;
import dsim.report.svg.Plot;
import dsim.report.svg.Svg;
import dsim.report.svg.Tick;
import dsim.spec.Semantics;
import dsim.text.Durations;
import java.util.ArrayList;
import java.util.List;

/**
 * One message under every semantics on the same seed, one row each, on one time axis drawn
 * to scale from the message's creation: a 30 s redelivery wait looks long and a 5 ms hop
 * short. A fault that every row meets (the same drop or crash, at the same time and node:
 * the seed's faults are the same under every semantics) is drawn once, as a band across the
 * rows; what differs is what each semantics does about it. The lesson in one picture.
 */
public final class SideBySideSvg {

    private static final double WIDTH = 960;
    private static final double ROW = 100;
    private static final String RED = "#C62828";
    private static final String GREEN = "#2E7D32";
    private static final String BLUE = "#0072B2";

    /**
     * One semantics' part of the picture.
     *
     * @param semantics the semantics
     * @param outcome   how the message ended, e.g. {@code processed twice (ack lost)}
     * @param entries   the message's story: its journal entries in order
     */
    public record Lane(Semantics semantics, String outcome, List<TraceEntry> entries) {
    }

    private SideBySideSvg() {
    }

    /** The picture of {@code messageId}'s lanes; {@code subtitle} names the scenario and seed. */
    public static String render(String messageId, String subtitle, List<Lane> lanes) {
        Plot plot = new Plot(48, 84, WIDTH - 96, ROW * lanes.size());
        Svg svg = new Svg(WIDTH, plot.bottom() + 64, messageId + " under each semantics");
        svg.text(16, 26, messageId + " under each semantics, on the same faults", "font-size", 16, "font-weight", "bold");
        svg.text(16, 46, subtitle, "fill", Palette.MUTED);
        long start = Long.MAX_VALUE;
        long end = 0;
        for (Lane lane : lanes) {
            for (TraceEntry e : lane.entries()) {
                start = Math.min(start, e.timeNanos());
                end = Math.max(end, e.timeNanos());
            }
        }
        if (start == Long.MAX_VALUE) {
            start = 0;
        }
        double span = Math.max(1, end - start);
        LinearScale x = new LinearScale(0, span * 1.04, plot.left(), plot.right(), 6);
        List<Tick> ticks = new ArrayList<>();
        for (double t : x.ticks()) {
            ticks.add(new Tick(t, t == 0 ? "0s" : "+" + Durations.compact(Math.round(t))));
        }
        List<double[]> taken = new ArrayList<>();
        List<TraceEntry> shared = shared(lanes);
        for (TraceEntry fault : shared) {
            double fx = x.apply(fault.timeNanos() - start);
            svg.empty("line", "x1", fx, "y1", plot.top() - 8, "x2", fx, "y2", plot.bottom(), "stroke", RED,
                    "stroke-width", 1.5, "stroke-dasharray", "4 3", "opacity", 0.7);
            label(svg, taken, fx, plot.top() - 12, words(fault) + " (every semantics)", RED, false);
        }
        Axis.bottom(svg, plot, x, ticks, "time since " + messageId + " was created");
        for (int i = 0; i < lanes.size(); i++) {
            lane(svg, x, plot, i, lanes.get(i), start, shared, taken);
        }
        return svg.build();
    }

    private static void lane(Svg svg, LinearScale x, Plot plot, int i, Lane lane, long start, List<TraceEntry> shared,
                             List<double[]> taken) {
        double y = plot.top() + i * ROW + ROW / 2 + 8;
        String heading = lane.semantics().id() + ": " + lane.outcome();
        svg.text(16, y - 34, heading, "class", "label");
        taken.add(new double[] {16, y - 47, 16 + Axis.textWidth(heading, 13), y - 31});
        svg.empty("line", "x1", plot.left(), "y1", y, "x2", plot.right(), "y2", y, "stroke", Palette.GRID,
                "stroke-width", 2);
        boolean above = true;
        for (TraceEntry e : lane.entries()) {
            String colour = colour(e.kind());
            if (colour == null) {
                continue; // a step too small to mark: the picture keeps what decides the outcome
            }
            double ex = x.apply(e.timeNanos() - start);
            mark(svg, e.kind(), ex, y, colour);
            if (!isShared(e, shared)) {
                label(svg, taken, ex, above ? y - 12 : y + 20, words(e), colour, true);
                above = !above;
            }
        }
    }

    /** Draws {@code text} centred at (x, y) unless it would overlap a label drawn before, then a little aside or not at all. */
    private static void label(Svg svg, List<double[]> taken, double x, double y, String text, String colour,
                              boolean small) {
        double size = small ? 11 : 12;
        double half = Axis.textWidth(text, size) / 2;
        for (double dx : new double[] {0, half + 4, -half - 4}) {
            double cx = Math.max(half + 4, Math.min(WIDTH - half - 4, x + dx));
            double[] box = {cx - half, y - size, cx + half, y + 3};
            if (taken.stream().noneMatch(b -> b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3])) {
                taken.add(box);
                svg.text(cx, y, text, "text-anchor", "middle", "font-size", size, "fill", colour);
                return;
            }
        }
    }

    private static void mark(Svg svg, TraceKind kind, double x, double y, String colour) {
        switch (kind) {
            case PROCESSED -> svg.empty("circle", "cx", x, "cy", y, "r", 6, "fill", colour);
            case DEDUPLICATED -> svg.empty("polygon", "points", (x - 6) + "," + y + " " + x + "," + (y - 6) + " "
                    + (x + 6) + "," + y + " " + x + "," + (y + 6), "fill", colour);
            case DROPPED, LOST_IN_CRASH, CRASHED, GAVE_UP, DEAD_LETTERED, DISCARDED -> svg.empty("path", "d",
                    "M" + Svg.num(x - 5) + "," + Svg.num(y - 5) + " L" + Svg.num(x + 5) + "," + Svg.num(y + 5) + " M"
                            + Svg.num(x - 5) + "," + Svg.num(y + 5) + " L" + Svg.num(x + 5) + "," + Svg.num(y - 5),
                    "stroke", colour, "stroke-width", 2.5);
            default -> svg.empty("circle", "cx", x, "cy", y, "r", 3.5, "fill", "#FFFFFF", "stroke", colour,
                    "stroke-width", 1.5);
        }
    }

    /** The colour of a mark, or null for a step the picture leaves out. */
    private static String colour(TraceKind kind) {
        return switch (kind) {
            case CREATED, RETRIED, REDELIVERED, COMMITTED, REPUBLISHED -> Palette.INK;
            case PROCESSED -> GREEN;
            case DEDUPLICATED, DEDUPLICATED_AT_BROKER -> BLUE;
            case DROPPED, LOST_IN_CRASH, CRASHED, GAVE_UP, DEAD_LETTERED, DISCARDED, FAILED -> RED;
            default -> null;
        };
    }

    /** A mark's few words. */
    private static String words(TraceEntry e) {
        return switch (e.kind()) {
            case CREATED -> "created";
            case RETRIED -> "resent #" + e.attempt();
            case REDELIVERED -> "redelivered";
            case COMMITTED -> "committed";
            case REPUBLISHED -> "republished";
            case PROCESSED -> "processed";
            case DEDUPLICATED, DEDUPLICATED_AT_BROKER -> "skipped: seen";
            case DROPPED -> (e.packet() == null ? "packet" : e.packet().id()) + " lost";
            case LOST_IN_CRASH -> "lost in crash";
            case CRASHED -> e.node() + " crashed";
            case GAVE_UP -> "gave up";
            case DEAD_LETTERED -> "dead-lettered";
            case DISCARDED -> "discarded";
            case FAILED -> "failed";
            default -> e.kind().id();
        };
    }

    /** Faults that every lane meets: the same kind at the same time and node. */
    private static List<TraceEntry> shared(List<Lane> lanes) {
        List<TraceEntry> out = new ArrayList<>();
        if (lanes.size() < 2) {
            return out;
        }
        for (TraceEntry e : lanes.get(0).entries()) {
            if (!RED.equals(colour(e.kind())) || e.kind() == TraceKind.GAVE_UP) {
                continue;
            }
            boolean everywhere = lanes.stream().allMatch(l -> l.entries().stream().anyMatch(o -> same(o, e)));
            if (everywhere && out.stream().noneMatch(o -> same(o, e))) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean isShared(TraceEntry e, List<TraceEntry> shared) {
        return shared.stream().anyMatch(s -> same(s, e));
    }

    private static boolean same(TraceEntry a, TraceEntry b) {
        return a.kind() == b.kind() && a.timeNanos() == b.timeNanos() && a.node().equals(b.node());
    }
}
