package dsim.api;

import dsim.check.SeedsHeld;
import dsim.compare.Comparison;
import dsim.spec.Semantics;
import java.util.List;

/**
 * Every semantics of a scenario run on the same seeds (common random numbers, so the
 * differences are the semantics', not luck's), summarised with confidence intervals, and each
 * check of the scenario's {@code expect} counted over the seeds.
 *
 * @param scenario     the scenario's name
 * @param firstSeed    the first seed; the others follow it
 * @param seeds        how many seeds ran
 * @param confidence   the confidence level of every interval, e.g. 0.95
 * @param semantics    per semantics, in the scenario's order
 * @param expectations each check of {@code expect}, per semantics in the scenario's order, with the
 *                     seeds it held in and the first seed that broke it
 * @param cheapest     the semantics with the lowest expected cost, or null without {@code costs}
 */
public record ComparisonResult(String scenario, long firstSeed, int seeds, double confidence,
                               List<SemanticsEstimates> semantics, List<SeedsHeld> expectations, Semantics cheapest) {

    public ComparisonResult {
        semantics = List.copyOf(semantics);
        expectations = List.copyOf(expectations);
    }

    /** The summary of a comparison. */
    static ComparisonResult of(Comparison c) {
        return new ComparisonResult(c.scenario().name(), c.firstSeed(), c.seeds(), c.confidence(),
                c.summaries().stream().map(SemanticsEstimates::of).toList(), SeedsHeld.of(c.scenario(), c.runs()),
                c.cheapest());
    }

    /**
     * The estimates of {@code semantics}.
     *
     * @throws IllegalArgumentException if the scenario does not run it
     */
    public SemanticsEstimates of(Semantics semantics) {
        return this.semantics.stream().filter(s -> s.semantics() == semantics).findFirst().orElseThrow(
                () -> new IllegalArgumentException(scenario + " does not run " + semantics));
    }

    /** Whether every check held in every seed, and every {@code sometimes} check in at least one. */
    public boolean expectationsHeld() {
        return !SeedsHeld.anyBroken(expectations);
    }
}
