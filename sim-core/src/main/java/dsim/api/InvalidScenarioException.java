package dsim.api;

import dsim.spec.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario that cannot be used: unreadable, not YAML, or with keys or values that are
 * wrong. It lists every problem found, not only the first; its message is one problem a line,
 * {@code file:line:col: path: message}, as {@code dsim validate} prints them.
 */
public final class InvalidScenarioException extends RuntimeException {

    private final List<Problem> problems;

    /** @param problems at least one problem, in file order */
    public InvalidScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidScenarioException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in file order (line, then column); problems with overridden values first. */
    public List<Problem> problems() {
        return problems;
    }
}
