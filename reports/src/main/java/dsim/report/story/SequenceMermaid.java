package dsim.report.story;


import dsim.text.Durations;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link Sequence} as a Mermaid {@code sequenceDiagram} to paste into docs. Mermaid
 * draws each message in one row, so a packet appears where it was sent: {@code ->>} if it
 * arrived, {@code -x} if it was lost, dashed for a link's copy; crashes, processings and
 * other steps are notes over their node.
 */
public final class SequenceMermaid {

    private SequenceMermaid() {
    }

    /** The diagram's source; ends with a newline. */
    public static String render(Sequence seq, String title) {
        StringBuilder out = new StringBuilder("sequenceDiagram\n");
        out.append("    title ").append(text(title)).append('\n');
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < seq.lanes().size(); i++) {
            ids.add("n" + (i + 1));
            out.append("    participant ").append(ids.get(i)).append(" as ").append(text(seq.lanes().get(i))).append('\n');
        }
        if (!seq.note().isEmpty()) {
            out.append("    Note over ").append(ids.get(0)).append(',').append(ids.get(ids.size() - 1)).append(": ")
                    .append(text(seq.note())).append('\n');
        }
        for (int r = 0; r < seq.rows().size(); r++) {
            Sequence.Row row = seq.rows().get(r);
            String time = Durations.secondsRounded(row.entry().timeNanos());
            Sequence.Arrow arrow = arrowAt(seq, r);
            if (arrow != null) {
                out.append("    ").append(ids.get(arrow.from())).append(shaft(arrow)).append(ids.get(arrow.to()))
                        .append(": ").append(text(time + " " + arrow.label()
                                + (arrow.endLabel().isEmpty() ? "" : " (" + arrow.endLabel() + ")"))).append('\n');
            } else if (row.style() != Sequence.Style.ARROW_END && row.lane() >= 0) {
                String mark = row.style() == Sequence.Style.DUPLICATE || row.style() == Sequence.Style.CRASH ? "!! " : "";
                out.append("    Note over ").append(ids.get(row.lane())).append(": ")
                        .append(text(mark + time + " " + EntryPhrases.label(row.entry()))).append('\n');
            }
        }
        return out.toString();
    }

    private static Sequence.Arrow arrowAt(Sequence seq, int row) {
        for (Sequence.Arrow a : seq.arrows()) {
            if (a.fromRow() == row) {
                return a;
            }
        }
        return null;
    }

    private static String shaft(Sequence.Arrow a) {
        boolean lost = a.end() == Sequence.End.LOST_ON_LINK || a.end() == Sequence.End.RECEIVER_DOWN;
        boolean dashed = a.copy() || a.end() == Sequence.End.NO_EFFECT;
        return (dashed ? "--" : "-") + (lost ? "x" : ">>");
    }

    /**
     * Text safe in a Mermaid message or note: {@code ;} and {@code #} start entity codes and
     * a newline ends the statement, so they are written as entities or spaces.
     */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '#' -> b.append("#35;");
                case ';' -> b.append("#59;");
                case '\n', '\r' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
