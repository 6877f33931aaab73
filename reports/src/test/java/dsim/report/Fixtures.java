package dsim.report;

import dsim.run.Drops;
import dsim.run.Latency;
import dsim.run.Queueing;
import dsim.run.Outcome;
import dsim.run.RunResult;
import dsim.spec.Semantics;
import java.util.List;

/** Hand-made results of one scenario under the three semantics, for golden outputs. */
final class Fixtures {

    private Fixtures() {
    }

    static final RunResult AT_MOST_ONCE = new RunResult("password-reset", Semantics.AT_MOST_ONCE, 42,
            5000, 480, 4519, 1, 1, 10_012, 0, 0, new Drops(301, 150, 29), 12, 0, 3, 0, 0,
            new Latency(4520, 14_200_000, 12_345_678, 30_000_000, 45_600_000, 98_000_000),
            Queueing.NONE, 25_140, 2_503_120_000_000L, Outcome.COMPLETED, "9f3c2a1b4d5e6f70");

    static final RunResult AT_LEAST_ONCE = new RunResult("password-reset", Semantics.AT_LEAST_ONCE, 42,
            5000, 0, 4870, 130, 131, 20_733, 512, 61, new Drops(700, 512, 40), 12, 0, 5, 0, 0,
            new Latency(5000, 150_000_000, 12_500_000, 40_000_000, 2_100_000_000, 65_000_000_000L),
            new Queueing(310, 4_100_000, 880_000_000, 17), 60_020, 2_503_400_000_000L, Outcome.COMPLETED, "0a1b2c3d4e5f6071");

    static final RunResult EXACTLY_ONCE = new RunResult("password-reset", Semantics.EXACTLY_ONCE, 42,
            5000, 0, 5000, 0, 0, 20_702, 512, 61, new Drops(700, 512, 40), 12, 143, 5, 0, 0,
            new Latency(5000, 151_000_000, 12_500_000, 40_000_000, 2_100_000_000, 65_000_000_000L),
            new Queueing(290, 3_900_000, 870_000_000, 16), 60_100, 86_400_000_000_000L, Outcome.MAX_TIME, "ffeeddccbbaa9988");

    static final List<RunResult> ALL = List.of(AT_MOST_ONCE, AT_LEAST_ONCE, EXACTLY_ONCE);
}
