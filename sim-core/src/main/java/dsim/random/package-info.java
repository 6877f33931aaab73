/**
 * Named random streams. Every random number of a run is derived from the master seed and
 * a stable name ({@code link:a->b:loss}), and, where a decision concerns one message, from
 * what it affects (message, attempt, copy): the same packet meets the same fault under
 * every semantics (common random numbers), and adding a component moves nobody's draws.
 */
package dsim.random;
