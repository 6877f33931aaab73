package dsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.run.RunResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunTableTest {

    private static final String GOLDEN = """
            scenario password-reset, seed 42, 5000 messages

            semantics      produced  lost    %  once     %  duplicated     %  extra     p50     p99  outcome
            at-most-once       5000   480 9.6%  4519 90.4%           1 0.02%      1  12.3ms  45.6ms  completed
            at-least-once      5000     0   0%  4870 97.4%         130  2.6%    131  12.5ms    2.1s  completed
            exactly-once       5000     0   0%  5000  100%           0    0%      0  12.5ms    2.1s  max-time

                           ----- packets -----  ---- dropped -----
            semantics       sent  /msg  copied  loss  outage  down  retries  redeliv  gave-up  dedup  crashes
            at-most-once   10012  2.00      12   301     150    29        0        0        0      0        3
            at-least-once  20733  4.15      12   700     512    40      512       61        0      0        5
            exactly-once   20702  4.14      12   700     512    40      512       61        0    143        5

            semantics      waited  mean wait  max wait  longest backlog
            at-most-once        0        0ns       0ns                0
            at-least-once     310      4.1ms     880ms               17
            exactly-once      290      3.9ms     870ms               16
            """;

    @Test
    void render_threeSemantics_matchesGolden() {
        assertEquals(GOLDEN, RunTable.render(Fixtures.ALL));
    }

    @Test
    void render_everyLine_fitsIn100ColumnsWithoutTrailingSpace() {
        for (String line : RunTable.render(Fixtures.ALL).split("\n")) {
            assertTrue(line.length() <= 100, line);
            assertEquals(line.stripTrailing(), line);
            assertFalse(line.contains("\u001b"), "no colour codes");
        }
    }

    @Test
    void render_oneSemantics_oneRowPerTable() {
        String text = RunTable.render(List.of(Fixtures.AT_LEAST_ONCE));
        assertEquals(3, text.lines().filter(l -> l.startsWith("at-least-once")).count());
        assertEquals(0, text.lines().filter(l -> l.startsWith("at-most-once")).count());
    }

    @Test
    void render_nothingWaited_noQueueingTable() {
        String text = RunTable.render(List.of(Fixtures.AT_MOST_ONCE));
        assertEquals(2, text.lines().filter(l -> l.startsWith("at-most-once")).count());
        assertFalse(text.contains("longest backlog"), text);
    }

    @Test
    void render_deadLettered_showsHowManyOfTheLostARecoverable() {
        RunResult r = Fixtures.AT_MOST_ONCE;
        RunResult dead = new RunResult(r.scenario(), r.semantics(), r.seed(), r.produced(), r.lost(), r.processedOnce(),
                r.duplicated(), r.extraProcessings(), r.sent(), r.retries(), r.redeliveries(), r.drops(),
                r.linkDuplicates(), r.dedupSuppressed(), r.crashes(), r.gaveUp(), 30, r.latency(), r.queueing(),
                r.events(), r.simulatedTimeNanos(), r.outcome(), r.traceDigest());
        String text = RunTable.render(List.of(dead));
        assertTrue(text.endsWith("""
                semantics     lost  in a dead-letter queue  unrecoverable
                at-most-once   480                      30            450
                """), text);
        assertFalse(RunTable.render(List.of(r)).contains("dead-letter"));
    }

    @Test
    void header_seedAbove2To63_printsUnsigned() {
        RunResult r = Fixtures.AT_MOST_ONCE;
        RunResult big = new RunResult(r.scenario(), r.semantics(), 0xdeadbeefcafebabeL, r.produced(), r.lost(),
                r.processedOnce(), r.duplicated(), r.extraProcessings(), r.sent(), r.retries(), r.redeliveries(),
                r.drops(), r.linkDuplicates(), r.dedupSuppressed(), r.crashes(), r.gaveUp(), r.deadLettered(), r.latency(), r.queueing(), r.events(),
                r.simulatedTimeNanos(), r.outcome(), r.traceDigest());
        assertEquals("scenario password-reset, seed 16045690984503098046, 5000 messages", RunTable.header(big, 5000));
    }

    @Test
    void render_givenMessages_headerNamesThem() {
        assertTrue(RunTable.render(Fixtures.ALL, 6000).startsWith("scenario password-reset, seed 42, 6000 messages\n"));
        assertTrue(RunTable.render(List.of(Fixtures.AT_MOST_ONCE), 1).startsWith("scenario password-reset, seed 42, 1 message\n"));
    }
}
