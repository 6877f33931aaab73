package dsim.check;

import dsim.compare.CoverageTally;
import dsim.run.Outcome;
import dsim.run.RunResult;
import dsim.spec.Expectation;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.sweep.SeedRuns;
import dsim.sweep.SeedSource;
import dsim.sweep.Sweep;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Runs seeds {@code first, first+1, ...} under each semantics that has an expectation and
 * collects the runs that break it, in seed order. Seeds come back from the workers in seed
 * order and the search stops after the seed on which the {@code max}-th failure was found:
 * the result is the same for any thread count. Failures are handed on as found, not kept.
 */
public final class Hunt {

    /**
     * What a hunt found.
     *
     * @param failures the broken runs (each was told to {@code onFailure} as it was found)
     * @param examined seeds examined (all of them, unless the hunt stopped early)
     * @param broken   per semantics, the seeds on which it broke
     * @param stopped  true if the hunt stopped at {@code max} failures before the last seed
     * @param hitLimit true if some broken run stopped at a limit instead of completing
     * @param coverage per semantics, what each fault source did over the seeds examined
     * @param sometimes each {@code sometimes} check of the expect, with the seeds examined it held in
     * @param swarm     under swarm, per knob, how often seeds broke with it on and off; else empty
     */
    public record Result(int failures, int examined, Map<Semantics, Integer> broken, boolean stopped, boolean hitLimit,
                         Map<Semantics, CoverageTally> coverage, List<SeedsHeld> sometimes, List<KnobRate> swarm) {

        /** Whether some sometimes check held in none of the seeds examined. */
        public boolean sometimesNeverMet() {
            return sometimes.stream().anyMatch(h -> !h.ok());
        }
    }

    /**
     * How often seeds broke (some hunted semantics broke in them) with one swarm knob on, and off.
     *
     * @param knob      the knob, as a key path
     * @param onSeeds   seeds that drew it on
     * @param onBroken  of those, seeds that broke
     * @param offSeeds  seeds that drew it off
     * @param offBroken of those, seeds that broke
     */
    public record KnobRate(String knob, int onSeeds, int onBroken, int offSeeds, int offBroken) {
    }

    private Hunt() {
    }

    /**
     * Hunts.
     *
     * @param onFailure told each failure as soon as the seeds before its own are done, in seed order
     * @param progress  told the seeds done so far, or null
     */
    public static Result run(Scenario scenario, List<Semantics> semantics, long first, int seeds, int threads, int max,
                      Consumer<HuntFailure> onFailure, IntConsumer progress) {
        return run(scenario, semantics, first, seeds, threads, max, false, onFailure, progress);
    }

    /**
     * Hunts, under swarm testing if {@code swarm}: each seed runs the scenario {@link Swarm}
     * draws for it.
     */
    public static Result run(Scenario scenario, List<Semantics> semantics, long first, int seeds, int threads, int max,
                             boolean swarm, Consumer<HuntFailure> onFailure, IntConsumer progress) {
        return of(scenario, semantics, seeds, max, swarm, onSeed -> swarm
                ? Sweep.stream(seed -> Swarm.draw(scenario, seed).scenario(), semantics, first, seeds, threads,
                        onSeed, progress)
                : Sweep.stream(scenario, semantics, first, seeds, threads, onSeed, progress), onFailure);
    }

    /**
     * Hunts over the runs {@code source} hands over, in seed order: of {@code seeds} seeds, each
     * with a run of every one of {@code semantics} (of the scenario swarm testing drew for its
     * seed, if {@code swarm}). The source is told to stop after the seed on which the
     * {@code max}-th failure was found. A sweep run here and the parts of a sharded hunt read back
     * give the same result and the same failures.
     */
    public static Result of(Scenario scenario, List<Semantics> semantics, int seeds, int max, boolean swarm,
                            SeedSource source, Consumer<HuntFailure> onFailure) {
        Search search = new Search(scenario, semantics, max, onFailure, swarm);
        int examined = source.stream(search::examine);
        Map<Semantics, CoverageTally> coverage = new EnumMap<>(Semantics.class);
        search.coverage.forEach((s, b) -> coverage.put(s, b.build()));
        List<SeedsHeld> sometimes = new ArrayList<>();
        for (Semantics s : semantics) {
            Expectation e = scenario.expect().get(s);
            List<Expectation.Check> checks = e == null ? List.of() : e.sometimes();
            for (int i = 0; i < checks.size(); i++) {
                sometimes.add(new SeedsHeld(s, checks.get(i), search.sometimesHeld.get(s)[i], examined, 0, null, true));
            }
        }
        List<KnobRate> rates = new ArrayList<>();
        for (int k = 0; k < search.knobs.size(); k++) {
            int[] c = search.knobCounts[k];
            rates.add(new KnobRate(search.knobs.get(k), c[0], c[1], c[2], c[3]));
        }
        return new Result(search.failures, examined, search.broken, examined < seeds, search.hitLimit, coverage,
                sometimes, rates);
    }

    /** The failures found so far, counted as each seed's runs come back in seed order. */
    private static final class Search {

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

        Search(Scenario scenario, List<Semantics> semantics, int max, Consumer<HuntFailure> onFailure, boolean swarm) {
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
    }
}
