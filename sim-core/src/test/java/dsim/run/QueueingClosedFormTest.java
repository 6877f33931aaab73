package dsim.run;

import static dsim.testing.ScenarioBuilder.MS;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.simulation.Simulation;
import dsim.spec.DelaySpec;
import dsim.spec.LossSpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.testing.ScenarioBuilder;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

/**
 * A consumer's workers against queueing theory: Poisson arrivals straight to a consumer over
 * a link of no delay, so a message's latency is its time in the system (its wait for a worker
 * plus its processing). The mean over each seed's run is one sample; a Student-t interval over
 * independent seeds must hold the closed form at 99.9%.
 */
class QueueingClosedFormTest {

    private static final int SEEDS = 40;
    private static final int MESSAGES = 20_000;

    private static Scenario queue(double perSecond, int workers, DelaySpec service) {
        return ScenarioBuilder.scenario().messages(MESSAGES).poisson(perSecond).concurrency(workers)
                .network(new DelaySpec.Constant(0), LossSpec.NONE, 0).processing(service).build();
    }

    /** Checks that the mean time in system over {@link #SEEDS} runs holds {@code expectedNanos}; prints the figures. */
    private static void assertMeanTimeInSystem(String model, Scenario s, double expectedNanos) {
        SummaryStatistics perSeed = new SummaryStatistics();
        for (long seed = 1; seed <= SEEDS; seed++) {
            RunResult r = Simulation.run(s, Semantics.AT_MOST_ONCE, seed, null);
            perSeed.addValue(r.latency().meanNanos());
        }
        double t = new TDistribution(null, SEEDS - 1).inverseCumulativeProbability(1 - 0.001 / 2);
        double half = t * perSeed.getStandardDeviation() / Math.sqrt(SEEDS);
        String figures = String.format(Locale.ROOT, "%s: mean time in system %.4f ms, 99.9%% interval [%.4f, %.4f]; "
                + "closed form %.4f ms", model, perSeed.getMean() / MS, (perSeed.getMean() - half) / MS,
                (perSeed.getMean() + half) / MS, expectedNanos / MS);
        System.out.println(figures);
        assertTrue(Math.abs(perSeed.getMean() - expectedNanos) <= half, figures);
    }

    @Test
    void oneWorker_exponentialService_isMM1() {
        double lambda = 800;
        double mu = 1000;
        // M/M/1: W = 1 / (mu - lambda)
        assertMeanTimeInSystem("M/M/1 at load 0.8", queue(lambda, 1, new DelaySpec.Exponential(MS)),
                1e9 / (mu - lambda));
    }

    @Test
    void threeWorkers_exponentialService_isMMcByErlangC() {
        double lambda = 2400;
        double mu = 1000;
        int c = 3;
        double a = lambda / mu;
        double top = Math.pow(a, c) / factorial(c) * c / (c - a);
        double sum = 0;
        for (int k = 0; k < c; k++) {
            sum += Math.pow(a, k) / factorial(k);
        }
        double waitProbability = top / (sum + top); // Erlang C
        double expected = waitProbability / (c * mu - lambda) + 1 / mu;
        assertMeanTimeInSystem("M/M/3 at load 0.8", queue(lambda, c, new DelaySpec.Exponential(MS)), expected * 1e9);
    }

    @Test
    void oneWorker_constantService_isMD1ByPollaczekKhinchine() {
        double lambda = 800;
        double mu = 1000;
        double rho = lambda / mu;
        // M/D/1: Wq = rho / (2 mu (1 - rho)), W = Wq + 1 / mu
        double expected = rho / (2 * mu * (1 - rho)) + 1 / mu;
        assertMeanTimeInSystem("M/D/1 at load 0.8", queue(lambda, 1, new DelaySpec.Constant(MS)), expected * 1e9);
    }

    @Test
    void unboundedWorkersWouldNotWait_butOneDoes() {
        // The mistake this model fixes: at five times one worker's capacity a run cannot keep up.
        RunResult one = Simulation.run(queue(5000, 1, new DelaySpec.Exponential(MS)), Semantics.AT_MOST_ONCE, 1, null);
        RunResult many = Simulation.run(queue(5000, 1000, new DelaySpec.Exponential(MS)), Semantics.AT_MOST_ONCE, 1,
                null);
        assertTrue(one.latency().meanNanos() > 1000 * many.latency().meanNanos(), one.latency() + " vs " + many.latency());
        assertTrue(one.queueing().longestBacklog() > 10_000, one.queueing().toString());
    }

    private static double factorial(int n) {
        double f = 1;
        for (int k = 2; k <= n; k++) {
            f *= k;
        }
        return f;
    }
}
