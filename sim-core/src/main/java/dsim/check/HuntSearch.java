package dsim.check;

import dsim.compare.CoverageTally;
import dsim.run.Outcome;
import dsim.run.RunResult;
import dsim.spec.Expectation;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.sweep.SeedRuns;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The failures found so far, counted as each seed's runs come back in seed order: what a hunt
 * finds, and what a sequential check finds of the per-run bounds on the seeds it runs.
 */
final class HuntSearch {

    private final Scenario scenario;
    private final int max;
    private final Consumer<HuntFailure> onFailure;
    private final Map<Semantics, Integer> broken = new EnumMap<>(Semantics.class);
    private final Map<Semantics, CoverageTally.Builder> coverage = new EnumMap<>(Semantics.class);
    /** Per semantics, per sometimes check, the seeds it held in. */
    private final Map<Semantics, int[]> sometimesHeld = new EnumMap<>(Semantics.class);
    private int failures;
    private boolean hitLimit;

    /** Under swarm, the knobs, and per knob: seeds on, broken on, seeds off, broken off. */
    private final List<String> knobs;
    private final int[][] knobCounts;
    private final boolean swarm;

    HuntSearch(Scenario scenario, List<Semantics> semantics, int max, Consumer<HuntFailure> onFailure, boolean swarm) {
        this.swarm = swarm;
        this.knobs = swarm ? Swarm.knobs(scenario) : List.of();
        this.knobCounts = new int[knobs.size()][4];
        this.scenario = scenario;
        this.max = max;
        this.onFailure = onFailure;
        semantics.forEach(s -> broken.put(s, 0));
        semantics.forEach(s -> coverage.put(s, new CoverageTally.Builder(scenario, s)));
        semantics.forEach(s -> sometimesHeld.put(s, new int[scenario.expect().get(s) == null ? 0
                : scenario.expect().get(s).sometimes().size()]));
    }

    /** Checks one seed's runs; false once the {@code max}-th failure is found. */
    boolean examine(SeedRuns runs) {
        int before = failures;
        examineRuns(runs);
        if (swarm) {
            boolean brokeHere = failures > before;
            List<Swarm.Knob> drawn = Swarm.draw(scenario, runs.seed()).knobs();
            for (int k = 0; k < drawn.size(); k++) {
                int at = drawn.get(k).on() ? 0 : 2;
                knobCounts[k][at]++;
                knobCounts[k][at + 1] += brokeHere ? 1 : 0;
            }
        }
        return failures < max;
    }

    private void examineRuns(SeedRuns runs) {
        for (RunResult r : runs.runs()) {
            coverage.get(r.semantics()).add(r.coverage());
            Expectation e = scenario.expect().get(r.semantics());
            int[] held = sometimesHeld.get(r.semantics());
            for (int i = 0; i < held.length; i++) {
                Expectation.Check c = e.sometimes().get(i);
                held[i] += c.comparison().holds(ExpectationChecker.actual(c, r), c.bound()) ? 1 : 0;
            }
            List<Violation> violations = ExpectationChecker.check(scenario.expect().get(r.semantics()), r);
            if (!violations.isEmpty() || r.outcome() != Outcome.COMPLETED) {
                failures++;
                hitLimit |= r.outcome() != Outcome.COMPLETED;
                broken.merge(r.semantics(), 1, Integer::sum);
                onFailure.accept(new HuntFailure(r, violations));
            }
        }
    }

    /**
     * What was found in {@code examined} seeds of {@code semantics}; {@code stopped} if the search
     * ended before its last seed.
     */
    Hunt.Result result(List<Semantics> semantics, int examined, boolean stopped) {
        Map<Semantics, CoverageTally> tallies = new EnumMap<>(Semantics.class);
        coverage.forEach((s, b) -> tallies.put(s, b.build()));
        List<SeedsHeld> sometimes = new ArrayList<>();
        for (Semantics s : semantics) {
            Expectation e = scenario.expect().get(s);
            List<Expectation.Check> checks = e == null ? List.of() : e.sometimes();
            for (int i = 0; i < checks.size(); i++) {
                sometimes.add(new SeedsHeld(s, checks.get(i), sometimesHeld.get(s)[i], examined, 0, null, true));
            }
        }
        List<Hunt.KnobRate> rates = new ArrayList<>();
        for (int k = 0; k < knobs.size(); k++) {
            int[] c = knobCounts[k];
            rates.add(new Hunt.KnobRate(knobs.get(k), c[0], c[1], c[2], c[3]));
        }
        return new Hunt.Result(failures, examined, broken, stopped, hitLimit, tallies, sometimes, rates);
    }
}
