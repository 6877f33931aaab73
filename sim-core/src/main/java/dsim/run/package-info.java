/**
 * One simulation run: {@link dsim.run.Simulation} plays a scenario under one semantics and
 * one seed and returns a {@link dsim.run.RunResult}; a {@link dsim.run.TraceSink} may watch
 * every event of the run's journal.
 */
package dsim.run;
