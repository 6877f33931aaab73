package dsim.report.story;

import dsim.story.Story;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SequenceMermaidTest {

    @Test
    void ackLost_lostAckCrossed_processingsAsNotes() {
        Story story = Stories.ackLost();
        String mmd = SequenceMermaid.render(Sequence.of(story, Stories.explain(story)), "p-3: processed twice");
        assertTrue(mmd.startsWith("sequenceDiagram\n    title p-3: processed twice\n    participant n1 as p\n"
                + "    participant n2 as c\n"), mmd);
        assertTrue(mmd.contains("    n2-xn1: 0.011s publish-ack #35;1 (lost: loss)\n"), mmd);
        assertTrue(mmd.contains("    n1->>n2: 1s publish #35;2\n"), mmd);
        assertTrue(mmd.contains("    Note over n2: !! 1.011s processed #35;2\n"), mmd);
        assertEquals(4, mmd.lines().filter(l -> l.contains("->>") || l.contains("-x")).count(), mmd);
    }

    @Test
    void crashStory_crashAndRestartNotes() {
        Story story = Stories.crashAfterProcessing();
        String mmd = SequenceMermaid.render(Sequence.of(story, Stories.explain(story)), "t");
        assertTrue(mmd.contains("    Note over n3: !! 0.021s crashed (after-process)\n"), mmd);
        assertTrue(mmd.contains("    Note over n3: 0.521s restarted\n"), mmd);
    }

    @Test
    void text_semicolonsHashesAndNewlines_escaped() {
        assertEquals("a#59; b #35;1 c", SequenceMermaid.text("a; b #1\nc"));
    }
}
