package dsim.report.story;

import dsim.story.Cause;
import dsim.story.Explanation;
import dsim.story.Story;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoryTextTest {

    @Test
    void ackLost_oneLinePerEntry_chainMarked_thenWhy() {
        Story story = Stories.ackLost();
        Explanation why = Stories.explain(story);
        assertEquals(Cause.ACK_LOST, why.cause());
        String text = StoryText.render(story, why);
        List<String> lines = text.lines().toList();
        assertEquals("    time  node  what happened", lines.get(0));
        assertEquals(story.entries().size() + 1, lines.indexOf(""), text);
        assertTrue(text.contains("* 0.011s  c     publish-ack to p dropped on c -> p by loss\n"), text);
        assertTrue(text.contains("  1.01s  c     starts processing it (#2), takes 1ms\n"), text);
        assertTrue(text.contains("\nwhy: p-3 was processed twice: c processed it at 0.011s, but the ack was lost on c -> p"),
                text);
        assertTrue(text.endsWith("(* marks the entries of the causal chain)\n"), text);
        assertTrue(lines.stream().allMatch(l -> l.length() <= 100), text);
    }

    @Test
    void crashAfterProcessing_crashLineNamesThePoint() {
        Story story = Stories.crashAfterProcessing();
        String text = StoryText.render(story, Stories.explain(story));
        assertTrue(text.contains("c     crashed after processing, before acking\n"), text);
        assertTrue(text.contains("b     redelivers it to c (delivery 2)\n"), text);
        assertTrue(text.contains("c crashed right after processing it at 0.021s, before acking"), text);
    }
}
