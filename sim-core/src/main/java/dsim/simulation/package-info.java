/**
 * The face of one run: {@link dsim.simulation.Simulation} plays a scenario under one
 * semantics and one seed and returns a {@link dsim.run.RunResult}, and
 * {@link dsim.simulation.Footprint} says the heap a run needs before it starts.
 */
package dsim.simulation;
