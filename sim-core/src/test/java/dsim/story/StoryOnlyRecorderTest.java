package dsim.story;

import dsim.model.FaultLog;
import dsim.scenario.ScenarioException;
import dsim.scenario.ScenarioLoader;
import dsim.simulation.Simulation;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A recording of one message's story tells that story exactly as a recording of the whole
 * journal does, with the same digest, while keeping far fewer entries.
 */
class StoryOnlyRecorderTest {

    @Test
    void oneMessagesRecording_tellsTheSameStory_onEveryBundledScenario() throws IOException, ScenarioException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("..", "scenarios"))) {
            s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        long kept = 0;
        long all = 0;
        for (Path file : files) {
            Scenario scenario = ScenarioLoader.load(file);
            if (scenario.totalMessages() > 10_000) {
                continue;
            }
            for (Semantics semantics : scenario.semantics()) {
                Recording full = Recorder.run(scenario, semantics, 5);
                JournalIndex index = JournalIndex.of(full.journal());
                List<String> ids = new ArrayList<>(index.messageIds());
                // The first message, the last, and two lost and two duplicated ones.
                List<String> chosen = new ArrayList<>(List.of(ids.get(0), ids.get(ids.size() - 1)));
                for (MessageOutcome o : MessageOutcome.values()) {
                    index.withOutcome(o).stream().limit(2).forEach(chosen::add);
                }
                // The broken messages, as hunt finds them without a journal, then only their stories.
                FaultLog bad = FaultLog.counting().watchingBadMessages();
                Simulation.run(scenario, semantics, 5, null, bad);
                JournalIndex broken = JournalIndex.of(Recorder.run(scenario, semantics, 5, bad.badMessages()).journal());
                for (MessageOutcome o : List.of(MessageOutcome.LOST, MessageOutcome.DUPLICATED)) {
                    assertEquals(index.withOutcome(o), broken.withOutcome(o), file.getFileName() + " " + o);
                    for (String id : index.withOutcome(o).subList(0, Math.min(3, index.withOutcome(o).size()))) {
                        assertEquals(index.story(id).entries(), broken.story(id).entries(), id);
                    }
                }
                for (String id : chosen) {
                    Recording one = Recorder.run(scenario, semantics, 5, id);
                    String what = file.getFileName() + " " + semantics.id() + " " + id;
                    assertEquals(full.result().traceDigest(), one.result().traceDigest(), what);
                    assertEquals(index.story(id).entries(), JournalIndex.of(one.journal()).story(id).entries(), what);
                    kept += one.journal().size();
                    all += full.journal().size();
                }
            }
        }
        assertTrue(kept * 5 < all, "a story keeps a small part of the journal: " + kept + " of " + all);
    }
}
