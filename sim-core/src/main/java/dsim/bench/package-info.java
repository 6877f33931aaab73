/**
 * Built-in benchmarks behind {@code dsim bench}: the classic hold model on dsim's event
 * queue next to two reference queues written here, and the whole model on a large
 * scenario. Wall-clock time is read here and only here, never inside a simulation run.
 */
package dsim.bench;
