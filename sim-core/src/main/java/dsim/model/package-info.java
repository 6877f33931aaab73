/**
 * The delivery model: producers, links, brokers and consumers behaving as the chosen
 * semantics prescribes, driven by the engine. Components only report what happened to the
 * {@link dsim.model.Journal}; the tally is computed from that journal, never from counters
 * the components keep about themselves.
 */
package dsim.model;
