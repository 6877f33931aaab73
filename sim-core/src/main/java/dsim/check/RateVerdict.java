package dsim.check;

import dsim.spec.Expectation;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.stats.Estimate;
import dsim.sweep.SeedRuns;
import java.util.ArrayList;
import java.util.List;

/**
 * One bound over seeds ({@code duplicated: "< 0.5% @95%"}) judged on a set of seeds: the share
 * of messages with its interval, and whether that interval lies wholly inside the bound, wholly
 * outside it, or across it.
 *
 * @param semantics   the semantics the bound is for
 * @param expectation the bound and its confidence, as the file wrote them
 * @param interval    the mean per-seed share in percent, with the interval the decision rests on
 *                    (its own confidence, which a sequential check raises above the bound's)
 * @param decision    holds, fails, or undecided
 * @param seeds       the seeds it rests on
 */
public record RateVerdict(Semantics semantics, Expectation.Statistical expectation, Estimate interval,
                          Decision decision, int seeds) {

    /**
     * Every bound over seeds of {@code scenario}, per semantics in the scenario's order, each
     * judged once on all of {@code runs} at the confidence it states: a single look at a fixed
     * set of seeds, as {@code compare} makes.
     */
    public static List<RateVerdict> of(Scenario scenario, List<SeedRuns> runs) {
        List<RateVerdict> out = new ArrayList<>();
        for (RateTally t : tallies(scenario, scenario.semantics())) {
            runs.forEach(t::add);
            out.add(t.verdict(t.expectation().confidence()));
        }
        return List.copyOf(out);
    }

    /** An empty tally per bound over seeds of {@code semantics}, in their order, then file order. */
    static List<RateTally> tallies(Scenario scenario, List<Semantics> semantics) {
        List<RateTally> out = new ArrayList<>();
        for (Semantics s : semantics) {
            Expectation e = scenario.expect().get(s);
            if (e != null) {
                e.statistical().forEach(x -> out.add(new RateTally(s, x)));
            }
        }
        return out;
    }

    /** Whether some verdict is that its bound fails. */
    public static boolean anyFails(List<RateVerdict> verdicts) {
        return verdicts.stream().anyMatch(v -> v.decision() == Decision.FAILS);
    }

    /**
     * E.g. {@code at-least-once: duplicated > 1% @95% holds: 2.21% of messages over 20 seeds
     * (99.8% interval 2.05% to 2.37%)}; an undecided one adds that its interval straddles the bound.
     */
    public String line() {
        String base = semantics.id() + ": " + ExpectationChecker.describe(expectation) + " " + decision.id() + ": "
                + percent(interval.value()) + " of messages over " + seeds + (seeds == 1 ? " seed" : " seeds") + " ("
                + ExpectationChecker.number(100 * interval.confidence()) + "% interval " + percent(interval.lower())
                + " to " + percent(interval.upper()) + ")";
        return decision == Decision.UNDECIDED ? base + ", which straddles " + ExpectationChecker.amount(
                expectation.check().bound(), true) : base;
    }

    private static String percent(double value) {
        return ExpectationChecker.amount(value, true);
    }
}
