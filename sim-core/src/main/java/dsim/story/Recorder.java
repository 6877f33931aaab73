package dsim.story;

import dsim.run.RunResult;
import dsim.simulation.Simulation;
import dsim.journal.TraceEntry;
import dsim.journal.TraceSink;
import dsim.spec.Scenario;
import dsim.spec.Semantics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Keeps every journal entry of a run, in order. Memory grows with the run's events, so it
 * is meant for replaying single runs, not sweeps.
 */
public final class Recorder implements TraceSink {

    private final List<TraceEntry> entries = new ArrayList<>();

    @Override
    public void record(TraceEntry entry) {
        entries.add(entry);
    }

    /** The entries so far, in journal order; a read-only view. */
    public List<TraceEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** Runs {@code scenario} once with a recorder attached. Same digest as a run without one. */
    public static Recording run(Scenario scenario, Semantics semantics, long seed) {
        Recorder recorder = new Recorder();
        RunResult result = Simulation.run(scenario, semantics, seed, recorder);
        return new Recording(result, recorder.entries());
    }
}
