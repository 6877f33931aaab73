package dsim.run;

import static dsim.testing.ScenarioBuilder.MS;
import static dsim.testing.ScenarioBuilder.S;
import static dsim.testing.ScenarioBuilder.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.spec.PacketKind;
import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.simulation.Simulation;
import dsim.spec.DelaySpec;
import dsim.spec.LossSpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.story.Recorder;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

/**
 * Bursty (Gilbert-Elliott) loss whose good and bad periods last a length of time: a packet's
 * fate depends on when it is sent, never on how many packets came before it, so every
 * semantics meets the same bursts, and in the long run the link loses the time-average of
 * its two states' loss.
 */
class BurstyLossTest {

    /** Good for 1s, bad for 0.5s on average: bad a third of the time. */
    private static final LossSpec.GilbertElliott BURSTY = new LossSpec.GilbertElliott(S, 500 * MS, 0.9, 0.05);

    @Test
    void firstAttemptsDropped_areTheSameMessages_underEverySemantics() {
        // Retries triple the traffic under at-least-once; with per-packet bursts they used to
        // shift the chain, so each semantics met different losses.
        Scenario s = scenario().messages(3000).poisson(100)
                .network(new DelaySpec.Exponential(5 * MS), BURSTY, 0).retry(20 * MS, 10).build();
        List<Set<String>> dropped = new java.util.ArrayList<>();
        for (Semantics semantics : Semantics.values()) {
            dropped.add(firstAttemptsDropped(s, semantics));
        }
        assertFalse(dropped.get(0).isEmpty());
        assertEquals(dropped.get(0), dropped.get(1), "at-most-once and at-least-once");
        assertEquals(dropped.get(0), dropped.get(2), "at-most-once and exactly-once");
    }

    @Test
    void stationaryLoss_isTheTimeAverageOfTheTwoStates() {
        double expected = BURSTY.meanLoss(); // 1/3 * 0.9 + 2/3 * 0.05 = 0.3333
        // Losses are correlated within a burst, so the unit of replication is a whole run:
        // a Student-t interval over independent seeds, not a binomial one over packets.
        Scenario s = scenario().messages(5000).every(5 * MS)
                .network(new DelaySpec.Constant(MS), BURSTY, 0).build();
        SummaryStatistics perSeed = new SummaryStatistics();
        for (long seed = 1; seed <= 200; seed++) {
            RunResult r = Simulation.run(s, Semantics.AT_MOST_ONCE, seed, null);
            perSeed.addValue((double) r.lost() / r.produced());
        }
        double t = new TDistribution(null, perSeed.getN() - 1).inverseCumulativeProbability(1 - 0.001 / 2);
        double half = t * perSeed.getStandardDeviation() / Math.sqrt(perSeed.getN());
        String figures = String.format(Locale.ROOT, "bursty stationary loss: %.4f, 99.9%% interval [%.4f, %.4f] "
                + "over %d seeds of 5,000 packets; closed form %.4f", perSeed.getMean(), perSeed.getMean() - half,
                perSeed.getMean() + half, perSeed.getN(), expected);
        System.out.println(figures);
        assertTrue(Math.abs(perSeed.getMean() - expected) <= half, figures);
    }

    @Test
    void burstsLastALengthOfTime_soRetriesWithinOneAreLostToo() {
        // Bad for 5s on average and retries 100ms apart: a message caught in a burst loses its
        // next tries too, far more often than independent loss of the same average would.
        LossSpec.GilbertElliott longBursts = new LossSpec.GilbertElliott(45 * S, 5 * S, 1.0, 0.0);
        Scenario bursty = scenario().messages(20_000).every(10 * MS)
                .network(new DelaySpec.Constant(MS), longBursts, 0).retry(100 * MS, 3).build();
        Scenario independent = scenario().messages(20_000).every(10 * MS)
                .network(new DelaySpec.Constant(MS), new LossSpec.Independent(longBursts.meanLoss()), 0)
                .retry(100 * MS, 3).build();
        RunResult b = Simulation.run(bursty, Semantics.AT_LEAST_ONCE, 3, null);
        RunResult i = Simulation.run(independent, Semantics.AT_LEAST_ONCE, 3, null);
        assertTrue(b.lost() > 20 * Math.max(1, i.lost()), "bursty lost " + b.lost() + ", independent " + i.lost());
    }

    private static Set<String> firstAttemptsDropped(Scenario s, Semantics semantics) {
        Set<String> ids = new TreeSet<>();
        for (TraceEntry e : Recorder.run(s, semantics, 7).journal()) {
            if (e.kind() == TraceKind.DROPPED && e.attempt() == 1 && e.packet() == PacketKind.PUBLISH) {
                ids.add(e.messageId());
            }
        }
        return ids;
    }
}
