package dsim.check;

import static dsim.testing.ScenarioBuilder.MS;
import static dsim.testing.ScenarioBuilder.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.spec.CrashPoint;
import dsim.spec.DedupSpec;
import dsim.spec.Expectation;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.testing.ScenarioBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hunt for seeds that break an expectation, without a command line. */
class HuntTest {

    /** Exactly-once with a dedup store in memory: a crash after processing forgets the id, and a redelivery duplicates. */
    private static Scenario memoryDedup() {
        return ScenarioBuilder.scenario().messages(200).poisson(50).viaBroker().redeliveryTimeout(S)
                .dedup(new DedupSpec(DedupSpec.Store.MEMORY, 0))
                .consumerCrash(0.01, CrashPoint.AFTER_PROCESS, 100 * MS)
                .expect(Semantics.EXACTLY_ONCE, new Expectation(List.of(new Expectation.Check(Expectation.Metric.DUPLICATED,
                        Expectation.Comparison.EQ, 0, false, "0")))).build();
    }

    private static List<String> hunt(int threads, int max, Hunt.Result[] result) {
        List<String> found = new ArrayList<>();
        result[0] = Hunt.run(memoryDedup(), List.of(Semantics.EXACTLY_ONCE), 1, 60, threads, max,
                f -> found.add(f.result().seed() + " " + f.result().duplicated()), null);
        return found;
    }

    @Test
    void hunt_memoryDedupStore_findsDuplicatingSeeds_inSeedOrder_forAnyThreadCount() {
        Hunt.Result[] one = new Hunt.Result[1];
        Hunt.Result[] two = new Hunt.Result[1];
        List<String> alone = hunt(1, 1000, one);
        List<String> together = hunt(2, 1000, two);

        assertTrue(alone.size() >= 3, "crashes forget ids often enough: " + alone);
        assertEquals(alone, together);
        assertEquals(one[0], two[0]);
        assertEquals(60, one[0].examined());
        assertEquals(alone.size(), one[0].failures());
        assertEquals(alone.size(), (int) one[0].broken().get(Semantics.EXACTLY_ONCE));
    }

    @Test
    void hunt_stopsAfterTheSeedOfTheMaxthFailure() {
        Hunt.Result[] all = new Hunt.Result[1];
        Hunt.Result[] two = new Hunt.Result[1];
        List<String> every = hunt(1, 1000, all);
        List<String> first = hunt(2, 2, two);

        assertEquals(every.subList(0, 2), first);
        assertTrue(two[0].stopped());
        assertEquals(Long.parseLong(first.get(1).split(" ")[0]), two[0].examined(), "seeds 1.. up to the second failure");
    }
}
