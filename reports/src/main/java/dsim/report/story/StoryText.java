package dsim.report.story;

import dsim.text.Durations;
import dsim.journal.TraceEntry;
import dsim.story.Explanation;
import dsim.story.Story;

import java.util.List;
import java.util.Locale;

/**
 * A message's story as text: one line per journal entry (simulated time, node, what
 * happened), the entries of the causal chain marked with {@code *}, then the explanation.
 */
public final class StoryText {

    private static final int WIDTH = 100;

    private StoryText() {
    }

    /** The story's lines and its explanation; ends with a newline. */
    public static String render(Story story, Explanation explanation) {
        List<TraceEntry> entries = story.entries();
        int timeWidth = "time".length();
        int nodeWidth = "node".length();
        for (TraceEntry e : entries) {
            timeWidth = Math.max(timeWidth, Durations.secondsRounded(e.timeNanos()).length());
            nodeWidth = Math.max(nodeWidth, e.node().length());
        }
        String row = "%s %" + timeWidth + "s  %-" + nodeWidth + "s  %s\n";
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, row, " ", "time", "node", "what happened"));
        for (TraceEntry e : entries) {
            String mark = explanation.chain().contains(e) ? "*" : " ";
            out.append(String.format(Locale.ROOT, row, mark, Durations.secondsRounded(e.timeNanos()), e.node(),
                    EntryPhrases.describe(e)));
        }
        out.append('\n');
        List<String> why = Wrap.lines(explanation.text(), WIDTH - 5);
        for (int i = 0; i < why.size(); i++) {
            out.append(i == 0 ? "why: " : "     ").append(why.get(i)).append('\n');
        }
        if (!explanation.chain().isEmpty()) {
            out.append("(* marks the entries of the causal chain)\n");
        }
        return out.toString();
    }
}
