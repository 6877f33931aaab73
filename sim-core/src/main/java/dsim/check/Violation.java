package dsim.check;

import dsim.spec.Expectation.Check;

/**
 * One broken check of an expectation.
 *
 * @param check   the check that did not hold
 * @param actual  the metric's value in the run: a count, or a percentage of produced if the check is a percentage
 * @param message what went wrong in one line, e.g. {@code lost 12, expected == 0}
 */
public record Violation(Check check, double actual, String message) {

    @Override
    public String toString() {
        return message;
    }
}
