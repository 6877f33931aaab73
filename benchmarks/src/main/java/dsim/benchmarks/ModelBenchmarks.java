package dsim.benchmarks;

import dsim.bench.ModelBenchmark;
import dsim.run.RunResult;
import dsim.simulation.Simulation;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * A whole run of the built-in benchmark scenario at 20,000 messages: producers, links,
 * broker and consumers handling their events together (divide by 139,301 events per run).
 */
@State(Scope.Thread)
public class ModelBenchmarks {

    private final Scenario scenario = ModelBenchmark.scenario(20_000);

    @Benchmark
    public RunResult atLeastOnceRun() {
        return Simulation.run(scenario, Semantics.AT_LEAST_ONCE, 1, null);
    }
}
