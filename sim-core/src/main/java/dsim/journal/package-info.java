/**
 * The journal of a run, the contract between the model that writes it and everything that
 * reads it (the tally, traces, stories, diagrams): typed entries ({@link dsim.journal.TraceEntry})
 * of a {@link dsim.journal.TraceKind}, with typed packets and reasons, each numbered and
 * linked to the entry that caused it.
 */
package dsim.journal;
