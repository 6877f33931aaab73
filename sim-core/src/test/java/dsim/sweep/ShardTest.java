package dsim.sweep;

import static dsim.testing.ScenarioBuilder.MS;
import static dsim.testing.ScenarioBuilder.S;
import static dsim.testing.ScenarioBuilder.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dsim.spec.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShardTest {

    @Test
    void theShardsOfASweep_runEachSeedOnce() {
        for (int count = 1; count <= 5; count++) {
            for (int seeds = 1; seeds <= 12; seeds++) {
                int[] runs = new int[seeds];
                int total = 0;
                for (int i = 0; i < count; i++) {
                    Shard shard = new Shard(i, count);
                    for (int k = 0; k < shard.size(seeds); k++) {
                        int index = shard.seedIndex(k);
                        assertEquals(i, index % count, "seed k goes to shard k mod n");
                        runs[index]++;
                    }
                    total += shard.size(seeds);
                }
                assertEquals(seeds, total);
                for (int r : runs) {
                    assertEquals(1, r, count + " shards of " + seeds + " seeds");
                }
            }
        }
    }

    @Test
    void aShard_isCountedFromZero() {
        assertEquals("0/3", new Shard(0, 3).toString());
        assertThrows(IllegalArgumentException.class, () -> new Shard(3, 3));
        assertThrows(IllegalArgumentException.class, () -> new Shard(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> new Shard(0, 0));
        assertEquals(0, new Shard(4, 5).size(3), "more shards than seeds: the last run none");
    }

    @Test
    void threeShardsTakenInTurn_areTheWholeSweep() {
        Scenario s = scenario().messages(50).every(MS).loss(0.2).retry(S, 3).build();
        List<SeedRuns> whole = Sweep.run(s, s.semantics(), 7, 10, 2, null);
        List<List<SeedRuns>> shards = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<SeedRuns> mine = new ArrayList<>();
            Sweep.stream(seed -> s, s.semantics(), 7, 10, new Shard(i, 3), 2, mine::add, null);
            shards.add(mine);
        }
        List<SeedRuns> merged = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            merged.add(shards.get(k % 3).get(k / 3));
        }
        assertEquals(whole, merged);
    }
}
