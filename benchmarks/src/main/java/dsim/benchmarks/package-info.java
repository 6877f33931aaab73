/**
 * JMH microbenchmarks of the engine's parts: the event queue, the random streams, delay
 * sampling and a small whole run. {@code mvn -B -Pbenchmarks package -DskipTests}, then
 * {@code java -jar benchmarks/target/benchmarks.jar}.
 */
package dsim.benchmarks;
