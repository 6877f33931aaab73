package dsim.simulation;

import dsim.journal.TraceSink;
import dsim.run.RunResult;
import dsim.model.FaultLog;
import dsim.model.Model;
import dsim.spec.Scenario;
import dsim.spec.Semantics;

/** Plays one scenario under one semantics and one seed. Pure: same inputs, same result. */
public final class Simulation {

    private Simulation() {
    }

    /**
     * Runs the scenario to quiescence or to a limit.
     *
     * @param scenario  the validated scenario
     * @param semantics the semantics to simulate
     * @param seed      the master seed
     * @param sink      receives every journal entry, or null for none (the fast path)
     * @return the tally of the run
     */
    public static RunResult run(Scenario scenario, Semantics semantics, long seed, TraceSink sink) {
        return new Model(scenario, semantics, seed, sink).run();
    }

    /** As {@link #run(Scenario, Semantics, long, TraceSink)}, telling {@code faults} what faults fired. */
    public static RunResult run(Scenario scenario, Semantics semantics, long seed, TraceSink sink, FaultLog faults) {
        return new Model(scenario, semantics, seed, sink, faults).run();
    }
}
