package dsim.model;

import dsim.run.RunResult;
import dsim.scenario.ScenarioException;
import dsim.scenario.ScenarioLoader;
import dsim.simulation.Simulation;
import dsim.spec.FaultsSpec;
import dsim.spec.RandomFaults;
import dsim.spec.Scenario;
import dsim.spec.ScriptedFault;
import dsim.spec.Semantics;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The faults that fired in a run, written as a script with every random source off, replay
 * that run: the same outcome for every message count, on every bundled scenario.
 */
class FaultScriptReplayTest {

    private static final Path SCENARIOS = Path.of("..", "scenarios");

    @Test
    void firedFaultsAsAScript_replayTheRun_onEveryBundledScenario() throws IOException, ScenarioException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(SCENARIOS, SCENARIOS.resolve("presets"))) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        int faults = 0;
        for (Path file : files) {
            Scenario scenario = ScenarioLoader.load(file);
            if (scenario.totalMessages() > 20_000) {
                continue; // the replayed runs are the point, not the size
            }
            for (Semantics semantics : scenario.semantics()) {
                for (long seed = 1; seed <= 2; seed++) {
                    FaultLog log = FaultLog.recording();
                    RunResult original = Simulation.run(scenario, semantics, seed, null, log);
                    Scenario scripted = scenario.withFaults(new FaultsSpec(RandomFaults.OFF, log.fired()), seed);
                    FaultLog again = FaultLog.counting();
                    RunResult replay = Simulation.run(scripted, semantics, seed, null, again);
                    String what = file.getFileName() + " " + semantics.id() + " seed " + seed;
                    assertEquals(summary(original), summary(replay), what);
                    assertEquals(List.of(), again.neverFired(), what + ": every fault fired again");
                    faults += log.fired().size();
                    if (seed == 1) {
                        assertEquals(log.fired(), writtenAndLoaded(file, log.fired()), what + ": the script as YAML");
                    }
                }
            }
        }
        assertTrue(faults > 1000, "the scenarios fire faults: " + faults);
    }

    /** {@code faults} written as a script after the file's text, and loaded back. */
    private static List<ScriptedFault> writtenAndLoaded(Path file, List<ScriptedFault> faults)
            throws IOException, ScenarioException {
        StringBuilder yaml = new StringBuilder(Files.readString(file)).append("\nrandom-faults: off\nfaults:\n");
        for (ScriptedFault f : faults) {
            yaml.append("  - ").append(f.yaml()).append('\n');
        }
        if (faults.isEmpty()) {
            yaml.append("  []\n");
        }
        Scenario loaded = ScenarioLoader.parse(file.toString(), yaml.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(RandomFaults.OFF, loaded.faults().random());
        return loaded.faults().script();
    }

    private static String summary(RunResult r) {
        return "lost " + r.lost() + " once " + r.processedOnce() + " duplicated " + r.duplicated() + " sent " + r.sent()
                + " retries " + r.retries() + " redeliveries " + r.redeliveries() + " crashes " + r.crashes()
                + " events " + r.events() + " end " + r.simulatedTimeNanos();
    }
}
