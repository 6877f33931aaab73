/**
 * JMH microbenchmarks of the engine's parts: the event queue next to SSJ's event lists,
 * the random streams, delay sampling and a small whole run. The links' and dedup stores'
 * per-packet decisions are in {@code dsim.model.HandlerBenchmark}, beside the classes it measures.
 * {@code mvn -B -Pbenchmarks package -DskipTests}, then
 * {@code java -jar benchmarks/target/benchmarks.jar} (or name one, e.g. {@code HoldBenchmark}).
 */
package dsim.benchmarks;
