package dsim.compare;

import dsim.run.LatencyHistogram;
import dsim.run.RunResult;
import dsim.simulation.Simulation;
import dsim.spec.CostsSpec;
import dsim.spec.PoisonSpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.stats.Prediction;
import dsim.sweep.SeedRuns;
import dsim.sweep.Shard;
import dsim.sweep.Sweep;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static dsim.testing.ScenarioBuilder.MS;
import static dsim.testing.ScenarioBuilder.S;
import static dsim.testing.ScenarioBuilder.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparisonsTest {

    private static Scenario lossyHop() {
        return scenario().messages(2000).every(MS).loss(0.1).retry(S, 3).costs(100, 5, 0.01).build();
    }

    @Test
    void compare_anyThreadCount_givesEqualResults() {
        Comparison one = Comparisons.compare(lossyHop(), 1, 12, 1, null);
        Comparison two = Comparisons.compare(lossyHop(), 1, 12, 2, null);
        assertEquals(one, two);
    }

    @Test
    void of_theSeedsOfShardsInSeedOrder_isTheComparisonOfTheSweep() {
        Scenario s = lossyHop();
        List<List<SeedRuns>> shards = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<SeedRuns> mine = new ArrayList<>();
            Sweep.stream(seed -> s, s.semantics(), 1, 12, new Shard(i, 3), 1, mine::add, null);
            shards.add(mine);
        }
        Comparison merged = Comparisons.of(s, 1, 12, onSeed -> {
            for (int k = 0; k < 12; k++) {
                onSeed.test(shards.get(k % 3).get(k / 3));
            }
            return 12;
        });
        assertEquals(Comparisons.compare(s, 1, 12, 2, null), merged);
    }

    @Test
    void compare_lossyHop_atLeastOnceLosesSignificantlyLessThanAtMostOnce() {
        Comparison c = Comparisons.compare(lossyHop(), 1, 10, 2, null);
        Difference d = c.differences().stream()
                .filter(x -> x.a() == Semantics.AT_LEAST_ONCE && x.b() == Semantics.AT_MOST_ONCE && x.metric() == Metric.LOST)
                .findFirst().orElseThrow();
        assertTrue(d.significant());
        assertTrue(d.difference().upper() < -9, "about -9.9 pp: " + d.difference());
    }

    @Test
    void compare_closedFormScenario_predictionsFallInsideTheIntervals() {
        Comparison c = Comparisons.compare(lossyHop(), 1, 30, 2, null);
        assertEquals(3, c.predictions().size());
        for (PredictionCheck check : c.predictions()) {
            assertTrue(check.agrees(), check.toString());
        }
    }

    @Test
    void predictionCheck_wrongPrediction_isFlagged() {
        Comparison c = Comparisons.compare(lossyHop(), 1, 30, 2, null);
        PredictionCheck right = c.predictions().get(0);
        // As if someone had predicted with twice the loss the scenario has.
        Prediction wrong = new Prediction(Semantics.AT_MOST_ONCE, 0.2, 0, "misconfigured");
        assertFalse(new PredictionCheck(wrong, right.simulatedLost(), right.simulatedDuplicated()).agrees());
    }

    @Test
    void costs_aDeadLetteredMessage_costsItsOwnPrice() {
        Scenario poisoned = scenario().messages(2000).every(MS).viaBroker().redeliveryTimeout(S)
                .poison(0.01, PoisonSpec.Effect.FAIL).maxDeliveries(3).build();
        RunResult r = Simulation.run(poisoned, Semantics.AT_LEAST_ONCE, 1, null);
        assertTrue(r.deadLettered() > 5 && r.deadLettered() == r.lost(), r.toString());
        double cheap = Costs.perThousand(new CostsSpec(100, 0, 0, 1), r);
        double dear = Costs.perThousand(new CostsSpec(100, 0, 0), r);
        assertEquals(1000.0 * r.lost() / r.produced(), cheap, 1e-9);
        assertEquals(100 * cheap, dear, 1e-9);
    }

    @Test
    void latencyPercentiles_areThePooledDistributions_notMeansOfSeeds() {
        // Retries after 1s make a few slow seeds: their per-seed p90s would drag a mean of p90s up.
        Comparison c = Comparisons.compare(lossyHop(), 1, 20, 2, null);
        SemanticsSummary s = c.summary(Semantics.AT_LEAST_ONCE);
        LatencyHistogram pooled = s.latency();
        for (Metric m : new Metric[] {Metric.LATENCY_P50, Metric.LATENCY_P90, Metric.LATENCY_P99}) {
            double nanos = s.metric(m).value() * 1e6;
            assertEquals(pooled.quantileNanos(m.quantile()), nanos, 1e-3, m.label());
            long atOrBelow = 0;
            for (int i = 0; i <= LatencyHistogram.bucket(Math.round(nanos)); i++) {
                atOrBelow += pooled.count(i);
            }
            long below = atOrBelow - pooled.count(LatencyHistogram.bucket(Math.round(nanos)));
            assertTrue(atOrBelow >= m.quantile() * pooled.total() && below < m.quantile() * pooled.total(),
                    m.label() + ": the share of pooled latencies under it is its percentile");
            assertTrue(s.metric(m).contains(s.metric(m).value()));
            assertEquals("sectioning", s.metric(m).method());
        }
    }

    @Test
    void aShareThatIsZeroInEverySeed_hasAnExactUpperBound_overEveryMessage() {
        Comparison c = Comparisons.compare(lossyHop(), 1, 10, 2, null);
        var duplicated = c.summary(Semantics.EXACTLY_ONCE).metric(Metric.DUPLICATED);
        assertEquals(0, duplicated.value());
        assertEquals("clopper-pearson", duplicated.method());
        // 10 seeds of 2,000 messages, none duplicated: 1 - 0.025^(1/20000), in percent.
        assertEquals(100 * (1 - Math.pow(0.025, 1.0 / 20_000)), duplicated.upper(), 1e-9);
    }

    @Test
    void compare_withCosts_namesTheCheapest() {
        Comparison c = Comparisons.compare(lossyHop(), 1, 10, 2, null);
        assertNotNull(c.summary(Semantics.AT_MOST_ONCE).costPer1000());
        // Losing 10% at 100 each dwarfs a few packets and duplicates: exactly-once is cheapest.
        assertEquals(Semantics.EXACTLY_ONCE, c.cheapest());
    }

    @Test
    void compare_seedsWithLoss_isAnExactShareOfSeeds() {
        Comparison c = Comparisons.compare(lossyHop(), 1, 10, 2, null);
        assertEquals(1.0, c.summary(Semantics.AT_MOST_ONCE).seedsWithLoss().value());
        assertEquals("clopper-pearson", c.summary(Semantics.AT_MOST_ONCE).seedsWithLoss().method());
    }
}
