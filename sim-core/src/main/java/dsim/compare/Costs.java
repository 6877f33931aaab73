package dsim.compare;

import dsim.run.RunResult;
import dsim.spec.CostsSpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.stats.Estimate;
import dsim.stats.Intervals;
import dsim.sweep.SeedRuns;

import java.util.List;

/** Expected cost per 1,000 messages from a scenario's {@code costs}, and the cheapest semantics. */
final class Costs {

    private Costs() {
    }

    /** The cost of one run per 1,000 messages produced. */
    static double perThousand(CostsSpec costs, RunResult r) {
        if (r.produced() == 0) {
            return 0;
        }
        double total = costs.lost() * (r.lost() - r.deadLettered()) + costs.deadLettered() * r.deadLettered()
                + costs.duplicate() * r.extraProcessings() + costs.packet() * r.sent();
        return 1000 * total / r.produced();
    }

    /** Mean cost per 1,000 messages of {@code s} over seeds, or null if the scenario has no costs. */
    static Estimate perThousand(Scenario scenario, Semantics s, List<SeedRuns> runs, double confidence) {
        CostsSpec costs = scenario.costs();
        if (costs == null) {
            return null;
        }
        double[] xs = new double[runs.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = perThousand(costs, runs.get(i).of(s));
        }
        return Intervals.studentT(xs, confidence);
    }

    /** The semantics with the lowest mean cost (first in scenario order on a tie), or null without costs. */
    static Semantics cheapest(List<SemanticsSummary> summaries) {
        SemanticsSummary best = null;
        for (SemanticsSummary s : summaries) {
            if (s.costPer1000() != null && (best == null || s.costPer1000().value() < best.costPer1000().value())) {
                best = s;
            }
        }
        return best == null ? null : best.semantics();
    }
}
