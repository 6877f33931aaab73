/**
 * Part files of a sharded sweep: what one shard of {@code dsim compare --shard} or
 * {@code dsim hunt --shard} ran, seed by seed, exactly (every count, every latency bucket),
 * and the checks that the parts given to {@code dsim merge} are one sweep, whole. Reading
 * them back gives the same runs the shard had, so a merge summarises what a one-machine run
 * would have, to the byte.
 */
package dsim.report.part;
