package dsim.report.story;

import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.story.Explanation;
import dsim.story.Hop;
import dsim.story.Hops;
import dsim.story.Story;

import java.util.ArrayList;
import java.util.List;

/**
 * The layout of a sequence (Lamport) diagram of one story, shared by the SVG and Mermaid
 * renderers: one lane per node, one row per journal entry (time flows down, in journal
 * order), an arrow per packet from its send row to the row where it ended, and marks for
 * everything else. A story longer than {@code maxRows} is cut to a window around the
 * failure, and {@link #note} says so.
 *
 * @param messageId   the message
 * @param lanes       node names, left to right
 * @param rows        the entries shown, in order
 * @param arrows      one per packet sent inside the window
 * @param firstIndex  the story index of the first row
 * @param storyLength entries in the whole story
 * @param note        what the window leaves out, or empty if it shows everything
 */
public record Sequence(String messageId, List<String> lanes, List<Row> rows, List<Arrow> arrows, int firstIndex,
                       int storyLength, String note) {

    /** Rows a diagram shows at most by default: readable, and a few hundred is already long. */
    public static final int MAX_ROWS = 200;

    /**
     * One entry of the diagram.
     *
     * @param entry    the journal entry
     * @param lane     the lane it is drawn on
     * @param style    how to draw its mark
     * @param inChain  whether it belongs to the explanation's causal chain
     */
    public record Row(TraceEntry entry, int lane, Style style, boolean inChain) {
    }

    /** How a row's mark is drawn. */
    public enum Style {
        /** An ordinary step: stored, delivered, acked. */
        PLAIN,
        /** The start of a packet's arrow: no mark of its own. */
        SEND,
        /** A packet's end drawn by its arrow (a drop). */
        ARROW_END,
        /** The first processing: the side effect happened. */
        PROCESSED,
        /** A second or later processing: the duplicate. */
        DUPLICATE,
        /** A crash, or a message lost in one. */
        CRASH,
        /** A node came back. */
        RESTART
    }

    /** How an arrow ends. */
    public enum End {
        /** At the receiver, which acted on it. */
        ARRIVED,
        /** Half-way, crossed out: the link dropped it. */
        LOST_ON_LINK,
        /** At the receiver, crossed out: it was down. */
        RECEIVER_DOWN,
        /** At the receiver one row later, dashed: the journal shows no effect. */
        NO_EFFECT,
        /** Below the last row: it ends outside the window. */
        BEYOND
    }

    /**
     * One packet.
     *
     * @param from    sender lane
     * @param to      receiver lane
     * @param fromRow row of the send
     * @param toRow   row where it ends (for {@link End#BEYOND}, the row count)
     * @param label   packet kind and attempt or delivery, e.g. {@code publish #2}
     * @param end     how it ends
     * @param copy    whether it is a link's duplicate copy
     * @param endLabel what happened at the end, e.g. {@code lost: loss}; empty for an arrival
     */
    public record Arrow(int from, int to, int fromRow, int toRow, String label, End end, boolean copy, String endLabel) {
    }

    /** The layout of {@code story}, at most {@link #MAX_ROWS} rows. */
    public static Sequence of(Story story, Explanation explanation) {
        return of(story, explanation, MAX_ROWS);
    }

    /** The layout of {@code story}, at most {@code maxRows} rows around the failure. */
    public static Sequence of(Story story, Explanation explanation, int maxRows) {
        List<TraceEntry> entries = story.entries();
        int n = entries.size();
        int focus = focus(entries);
        int first = n <= maxRows ? 0 : Math.max(0, Math.min(n - maxRows, focus - maxRows * 3 / 4));
        int last = Math.min(n, first + maxRows);
        List<String> lanes = story.nodes();
        List<Row> rows = new ArrayList<>();
        List<Hop> hops = Hops.of(entries);
        boolean[] arrowEnd = new boolean[n];
        for (Hop h : hops) {
            if (h.lost() && h.end() >= 0) {
                arrowEnd[h.end()] = true;
            }
        }
        int processings = 0;
        for (int i = first; i < last; i++) {
            TraceEntry e = entries.get(i);
            Style style = style(e, arrowEnd[i], e.kind() == TraceKind.PROCESSED ? ++processings : 0);
            rows.add(new Row(e, lanes.indexOf(e.node()), style, explanation.chain().contains(e)));
        }
        List<Arrow> arrows = new ArrayList<>();
        for (Hop h : hops) {
            if (h.send() >= first && h.send() < last) {
                arrows.add(arrow(entries, lanes, h, first, last));
            }
        }
        String note = n <= maxRows ? "" : "showing entries " + (first + 1) + " to " + last + " of " + n
                + ", around " + focusName(entries, focus);
        return new Sequence(story.messageId(), lanes, rows, arrows, first, n, note);
    }

    private static Arrow arrow(List<TraceEntry> entries, List<String> lanes, Hop h, int first, int last) {
        TraceEntry s = entries.get(h.send());
        int from = lanes.indexOf(s.node());
        int to = lanes.indexOf(s.peer());
        int row = h.send() - first;
        boolean copy = s.kind() == TraceKind.DUPLICATED;
        String label = EntryPhrases.label(s);
        if (h.end() >= last) {
            return new Arrow(from, to, row, last - first, label, End.BEYOND, copy, "continues below");
        }
        String dropped = h.end() >= 0 ? EntryPhrases.label(entries.get(h.end())) : "";
        return switch (h.fate()) {
            case ARRIVED -> new Arrow(from, to, row, h.end() - first, label, End.ARRIVED, copy, "");
            case DROPPED_ON_LINK -> new Arrow(from, to, row, h.end() - first, label, End.LOST_ON_LINK, copy, dropped);
            case RECEIVER_DOWN -> new Arrow(from, to, row, h.end() - first, label, End.RECEIVER_DOWN, copy, dropped);
            case UNRECORDED -> new Arrow(from, to, row, Math.min(row + 1, last - first), label, End.NO_EFFECT, copy,
                    "no effect");
        };
    }

    private static Style style(TraceEntry e, boolean arrowEnd, int processing) {
        return switch (e.kind()) {
            case SENT, DUPLICATED -> Style.SEND;
            case DROPPED -> arrowEnd ? Style.ARROW_END : Style.CRASH;
            case PROCESSED -> processing > 1 ? Style.DUPLICATE : Style.PROCESSED;
            case CRASHED, LOST_IN_CRASH, GAVE_UP -> Style.CRASH;
            case RESTARTED -> Style.RESTART;
            default -> Style.PLAIN;
        };
    }

    /**
     * Where a long story's window centres: the second processing of a duplicate, the last loss
     * of a lost message, the processing of one processed once.
     */
    private static int focus(List<TraceEntry> entries) {
        int first = -1;
        int loss = -1;
        for (int i = 0; i < entries.size(); i++) {
            TraceEntry e = entries.get(i);
            if (e.kind() == TraceKind.PROCESSED) {
                if (first >= 0) {
                    return i;
                }
                first = i;
            }
            if (e.messageId() != null && (e.kind() == TraceKind.DROPPED || e.kind() == TraceKind.LOST_IN_CRASH
                    || e.kind() == TraceKind.GAVE_UP)) {
                loss = i;
            }
        }
        return first >= 0 ? first : loss >= 0 ? loss : entries.size() - 1;
    }

    private static String focusName(List<TraceEntry> entries, int focus) {
        TraceEntry e = entries.get(focus);
        if (e.kind() != TraceKind.PROCESSED) {
            return "the loss";
        }
        return e.sideEffect() == 1 ? "the processing" : "the second processing";
    }
}
