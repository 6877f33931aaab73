package dsim.run;

import static dsim.testing.ScenarioBuilder.MS;
import static dsim.testing.ScenarioBuilder.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.simulation.Simulation;
import dsim.spec.CommitPolicy;
import dsim.spec.CrashPoint;
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
 * Offset commits on a log against their closed form. A consumer that commits every T reads
 * again, after a crash, what it processed since its last commit: with arrivals at rate lambda
 * and crashes far apart (so each falls at a uniform point of its commit interval), lambda T / 2
 * records on average. One committing after each record repeats none but the one a crash strikes
 * between processing and committing.
 */
class OffsetCommitClosedFormTest {

    private static final int SEEDS = 20;
    private static final double RATE = 20;
    private static final long INTERVAL = S;

    /**
     * One consumer of a one-partition log, over links of no delay, processing each record in a
     * millisecond: it keeps up, so what it has processed is what has arrived. It crashes about
     * every 40 s, stays down 100 ms, and its session expires in 50 ms: its partition waits for it.
     */
    private static Scenario log(CommitPolicy commit, long messages) {
        return ScenarioBuilder.scenario().messages(messages).poisson(RATE).viaLog(1, 50 * MS).commit(commit)
                .network(new DelaySpec.Constant(0), LossSpec.NONE, 0).processing(new DelaySpec.Constant(MS))
                .consumerCrash(0, CrashPoint.AFTER_PROCESS, 100 * MS, 40 * S).build();
    }

    @Test
    void commitEveryT_repeatsHalfAnIntervalOfRecordsPerCrash() {
        // About 20 crashes a seed.
        Scenario s = log(CommitPolicy.every(INTERVAL), 16_000);
        SummaryStatistics perSeed = new SummaryStatistics();
        long crashes = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            RunResult r = Simulation.run(s, Semantics.AT_LEAST_ONCE, seed, null);
            assertEquals(0, r.lost());
            crashes += r.crashes();
            perSeed.addValue((double) r.extraProcessings() / r.crashes());
        }
        double expected = RATE * INTERVAL / 1e9 / 2;
        double t = new TDistribution(null, SEEDS - 1).inverseCumulativeProbability(1 - 0.001 / 2);
        double half = t * perSeed.getStandardDeviation() / Math.sqrt(SEEDS);
        String figures = String.format(Locale.ROOT, "commit every 1s at 20/s: %.3f repeats per crash over %d crashes,"
                + " 99.9%% interval [%.3f, %.3f]; closed form %.3f", perSeed.getMean(), crashes,
                perSeed.getMean() - half, perSeed.getMean() + half, expected);
        System.out.println(figures);
        assertTrue(Math.abs(perSeed.getMean() - expected) <= half, figures);
    }

    @Test
    void commitAfterEachRecord_repeatsNothingACrashInTimeStrikes() {
        RunResult r = Simulation.run(log(CommitPolicy.AFTER_PROCESS, 16_000), Semantics.AT_LEAST_ONCE, 1, null);
        assertTrue(r.crashes() > 5, r.crashes() + " crashes");
        assertEquals(0, r.lost());
        assertEquals(0, r.extraProcessings(), "what was processed was committed the same instant");
    }

    @Test
    void commitAfterEachRecord_repeatsTheOneACrashStrikesBeforeItsCommit() {
        Scenario s = ScenarioBuilder.scenario().messages(5000).poisson(RATE).viaLog(1, 50 * MS)
                .network(new DelaySpec.Constant(0), LossSpec.NONE, 0).processing(new DelaySpec.Constant(MS))
                .consumerCrash(0.01, CrashPoint.BETWEEN_PROCESS_AND_COMMIT, 100 * MS).build();
        RunResult r = Simulation.run(s, Semantics.AT_LEAST_ONCE, 1, null);
        assertTrue(r.crashes() > 20, r.crashes() + " crashes");
        assertEquals(0, r.lost());
        assertEquals(r.crashes(), r.extraProcessings(), "each crash repeats the one record it struck, no more");
    }
}
