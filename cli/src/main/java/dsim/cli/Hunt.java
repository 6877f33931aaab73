package dsim.cli;

import dsim.check.ExpectationChecker;
import dsim.check.Violation;
import dsim.run.Outcome;
import dsim.run.RunResult;
import dsim.scenario.Scenario;
import dsim.scenario.Semantics;
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
 * the result is the same for any thread count. Only the failures are kept.
 */
final class Hunt {

    /**
     * What a hunt found.
     *
     * @param failures the broken runs, in seed order, then semantics order
     * @param examined seeds examined (all of them, unless the hunt stopped early)
     * @param broken   per semantics, the seeds on which it broke
     * @param stopped  true if the hunt stopped at {@code max} failures before the last seed
     */
    record Result(List<HuntFailure> failures, int examined, Map<Semantics, Integer> broken, boolean stopped) {
    }

    private Hunt() {
    }

    /**
     * Hunts.
     *
     * @param onFailure told each failure as soon as the seeds before its own are done, in seed order
     * @param progress  told the seeds done so far, or null
     */
    static Result run(Scenario scenario, List<Semantics> semantics, long first, int seeds, int threads, int max,
                      Consumer<HuntFailure> onFailure, IntConsumer progress) {
        List<HuntFailure> failures = new ArrayList<>();
        Map<Semantics, Integer> broken = new EnumMap<>(Semantics.class);
        semantics.forEach(s -> broken.put(s, 0));
        int examined = Sweep.stream(scenario, semantics, first, seeds, threads, runs -> {
            for (RunResult r : runs.runs()) {
                List<Violation> violations = ExpectationChecker.check(scenario.expect().get(r.semantics()), r);
                if (!violations.isEmpty() || r.outcome() != Outcome.COMPLETED) {
                    HuntFailure failure = new HuntFailure(r, violations);
                    failures.add(failure);
                    onFailure.accept(failure);
                    broken.merge(r.semantics(), 1, Integer::sum);
                }
            }
            return failures.size() < max;
        }, progress);
        return new Result(failures, examined, broken, examined < seeds);
    }
}
