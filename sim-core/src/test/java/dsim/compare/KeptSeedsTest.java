package dsim.compare;

import static dsim.testing.ScenarioBuilder.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.run.LatencyHistogram;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.sweep.SeedRuns;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import org.junit.jupiter.api.Test;

/** What a comparison holds per seed: small, and what {@link KeptSeeds} counts. */
class KeptSeedsTest {

    private static final int SEEDS = 20_000;

    /** The heap a comparison of {@link #SEEDS} seeds still holds once it is done, per seed. */
    private static double heldPerSeed(Scenario s) {
        Comparisons.compare(s, 1, 10, 1, null); // classes and constants loaded before measuring
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        Comparison c = Comparisons.compare(s, 1, SEEDS, 1, null);
        System.gc();
        long held = memory.getHeapMemoryUsage().getUsed() - before;
        Reference.reachabilityFence(c);
        return held / (double) SEEDS;
    }

    /** Guards the constants, and that a seed stays about a kilobyte (it was five with its histograms). */
    @Test
    void bytes_perSeedOfThreeRuns_matchesWhatAComparisonReallyHolds() {
        Scenario s = scenario().messages(1).build();
        double held = heldPerSeed(s);
        double counted = KeptSeeds.perSeed(3);

        assertTrue(Math.abs(held - counted) < counted * 0.05, "held " + held + " bytes per seed, counted " + counted);
        assertTrue(held < 1150, "a seed of three runs holds " + held + " bytes");
    }

    @Test
    void bytes_perSeedOfOneRun_matchesWhatAComparisonReallyHolds() {
        Scenario s = scenario().messages(1).semantics(Semantics.AT_LEAST_ONCE).build();
        double held = heldPerSeed(s);
        double counted = KeptSeeds.perSeed(1);

        assertTrue(Math.abs(held - counted) < counted * 0.05, "held " + held + " bytes per seed, counted " + counted);
    }

    @Test
    void bytes_addsAFifthForTheCollector() {
        Scenario s = scenario().messages(1).build();
        assertEquals(1_000_000L * 1105 * 6 / 5, KeptSeeds.bytes(s, 1_000_000));
    }

    @Test
    void keep_poolsEachSemanticsHistograms_andKeepsTheRunsWithout() {
        Scenario s = scenario().messages(50).build();
        KeptSeeds kept = new KeptSeeds(s, 2);
        SeedRuns one = dsim.sweep.Sweep.runSeed(s, s.semantics(), 1);
        SeedRuns two = dsim.sweep.Sweep.runSeed(s, s.semantics(), 2);

        kept.keep(one);
        kept.keep(two);

        for (Semantics sem : s.semantics()) {
            assertEquals(one.of(sem).latency().histogram().plus(two.of(sem).latency().histogram()), kept.latency(sem));
            assertEquals(LatencyHistogram.EMPTY, kept.seeds().get(1).of(sem).latency().histogram());
            assertEquals(two.of(sem).latency().p99Nanos(), kept.seeds().get(1).of(sem).latency().p99Nanos());
        }
    }
}
