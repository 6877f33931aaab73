package dsim.story;

import dsim.journal.Reason;
import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.model.FaultSources;
import dsim.run.FaultCoverage;
import dsim.scenario.ScenarioException;
import dsim.scenario.ScenarioLoader;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fault coverage counts what the journal shows, source by source, on every bundled scenario. */
class CoverageJournalTest {

    @Test
    void coverage_countsWhatTheJournalShows_andOnlyExpectedRandomSources() throws IOException, ScenarioException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("..", "scenarios"))) {
            s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        int sources = 0;
        for (Path file : files) {
            Scenario scenario = ScenarioLoader.load(file);
            if (scenario.totalMessages() > 20_000) {
                continue;
            }
            for (Semantics semantics : scenario.semantics()) {
                Recording run = Recorder.run(scenario, semantics, 3);
                String what = file.getFileName() + " " + semantics.id();
                Map<String, Long> fromJournal = countsFrom(run.journal());
                Map<String, Long> fromCoverage = new TreeMap<>();
                for (FaultCoverage.Source s : run.result().coverage().sources()) {
                    if (!s.name().startsWith("dedup window expiry")) { // the journal shows a processing, not the expiry
                        fromCoverage.put(s.name(), s.fired());
                    }
                    assertTrue(s.onBadMessage() <= s.fired(), what + ": " + s);
                }
                assertEquals(fromJournal, fromCoverage, what);
                List<String> expected = FaultSources.expected(scenario, semantics);
                for (String name : fromCoverage.keySet()) {
                    assertTrue(name.startsWith("lost in a crash") || expected.contains(name),
                            what + ": " + name + " fired but is not among the expected " + expected);
                }
                sources += fromCoverage.size();
            }
        }
        assertTrue(sources > 50, "sources seen: " + sources);
    }

    /** Per source name, how often the journal shows it fire. */
    private static Map<String, Long> countsFrom(List<TraceEntry> journal) {
        Map<String, Long> counts = new TreeMap<>();
        for (TraceEntry e : journal) {
            String name = switch (e.kind()) {
                case DROPPED -> e.reason() == Reason.LOSS ? "loss on " + e.node() + "->" + e.peer()
                        : e.reason() == Reason.OUTAGE ? "outage on " + e.node() + "->" + e.peer() : null;
                case DUPLICATED -> "duplication on " + e.node() + "->" + e.peer();
                case RETRIED -> "retries by " + e.node();
                case GAVE_UP -> "retries exhausted at " + e.node();
                case REDELIVERED -> "redeliveries by " + e.node();
                case LOST_IN_CRASH -> "lost in a crash of " + e.node() + ": " + e.reason().id();
                case CRASHED -> switch (e.reason()) {
                    case CONSUMER_CRASH, BROKER_CRASH, PRODUCER_CRASH -> "crash in time of " + e.node();
                    case BEFORE_PROCESS, AFTER_PROCESS, BETWEEN_PROCESS_AND_COMMIT ->
                            "crash of " + e.node() + " " + e.reason().id();
                    default -> null;
                };
                default -> null;
            };
            if (name != null) {
                counts.merge(name, 1L, Long::sum);
            }
        }
        return counts;
    }
}
