package dsim.compare;

import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.sweep.SeedRuns;

import java.util.List;

/**
 * Every semantics of a scenario over the same seeds, summarised.
 *
 * @param scenario     the scenario compared
 * @param firstSeed    the first seed; seeds are firstSeed, firstSeed+1, ...
 * @param seeds        how many seeds
 * @param confidence   confidence level of every interval, e.g. 0.95
 * @param runs         per seed, the run of each semantics, in seed order
 * @param summaries    per semantics, in the scenario's order
 * @param differences  paired differences between each pair of semantics
 * @param predictions  closed-form predictions next to the simulation, where they apply
 * @param cheapest     the semantics with the lowest expected cost, or null without costs
 */
public record Comparison(Scenario scenario, long firstSeed, int seeds, double confidence, List<SeedRuns> runs,
                         List<SemanticsSummary> summaries, List<Difference> differences,
                         List<PredictionCheck> predictions, Semantics cheapest) {

    public Comparison {
        runs = List.copyOf(runs);
        summaries = List.copyOf(summaries);
        differences = List.copyOf(differences);
        predictions = List.copyOf(predictions);
    }

    /** The summary of {@code semantics}, or null. */
    public SemanticsSummary summary(Semantics semantics) {
        return summaries.stream().filter(s -> s.semantics() == semantics).findFirst().orElse(null);
    }

    /** Total events over all runs. */
    public long totalEvents() {
        return runs.stream().flatMap(r -> r.runs().stream()).mapToLong(dsim.run.RunResult::events).sum();
    }
}
