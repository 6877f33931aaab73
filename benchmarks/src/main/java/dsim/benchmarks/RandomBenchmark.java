package dsim.benchmarks;

import dsim.model.DelaySampler;
import dsim.random.Seeds;
import dsim.spec.DelaySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The cost of one keyed decision and of one delay sample per distribution. */
@State(Scope.Thread)
public class RandomBenchmark {

    private final long stream = Seeds.stream(1, "link:a->b:loss");
    private final DelaySampler exponential = new DelaySampler(new DelaySpec.Exponential(20_000_000), 2);
    private final DelaySampler uniform = new DelaySampler(new DelaySpec.Uniform(1_000_000, 5_000_000), 3);
    private final DelaySampler lognormal = new DelaySampler(new DelaySpec.LogNormal(2_000_000, 0.5), 4);
    private final DelaySampler pareto = new DelaySampler(new DelaySpec.Pareto(1_000_000, 1.5), 5);
    private long key;

    @Benchmark
    public double keyedUniform() {
        return Seeds.uniform(stream, key++, 7);
    }

    @Benchmark
    public long exponentialDelay() {
        return exponential.sample(key++, 7);
    }

    @Benchmark
    public long uniformDelay() {
        return uniform.sample(key++, 7);
    }

    @Benchmark
    public long lognormalDelay() {
        return lognormal.sample(key++, 7);
    }

    @Benchmark
    public long paretoDelay() {
        return pareto.sample(key++, 7);
    }
}
