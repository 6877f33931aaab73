package dsim.check;

import dsim.check.Violation;
import dsim.run.RunResult;
import java.util.List;

/**
 * One (seed, semantics) run a hunt found broken.
 *
 * @param result     the run
 * @param violations the checks of its expectation that did not hold (empty if only a limit stopped it)
 */
public record HuntFailure(RunResult result, List<Violation> violations) {

    public HuntFailure {
        violations = List.copyOf(violations);
    }
}
