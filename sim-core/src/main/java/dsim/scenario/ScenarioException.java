package dsim.scenario;

import dsim.spec.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** A scenario file that cannot be used, with every problem found in it, in file order. */
public final class ScenarioException extends Exception {

    private final List<Problem> problems;

    /** @param problems at least one problem */
    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems, in file order (line, then column); problems with command-line overrides first. */
    public List<Problem> problems() {
        return problems;
    }
}
