/**
 * JMH microbenchmarks of the engine's parts: the event queue next to SSJ's event lists,
 * the random streams, delay sampling and a small whole run.
 * {@code mvn -B -Pbenchmarks package -DskipTests}, then
 * {@code java -jar benchmarks/target/benchmarks.jar} (or name one, e.g. {@code HoldBenchmark}).
 */
package dsim.benchmarks;
