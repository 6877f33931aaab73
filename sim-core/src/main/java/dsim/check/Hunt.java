package dsim.check;

import dsim.compare.CoverageTally;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.sweep.SeedSource;
import dsim.sweep.Sweep;

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
        HuntSearch search = new HuntSearch(scenario, semantics, max, onFailure, swarm);
        int examined = source.stream(search::examine);
        return search.result(semantics, examined, examined < seeds);
    }
}
