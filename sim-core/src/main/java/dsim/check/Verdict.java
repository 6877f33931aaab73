package dsim.check;

import dsim.spec.Expectation.Check;

/**
 * The judgement of one check, held or not: what reports list for every check.
 *
 * @param check  the check judged
 * @param actual the metric's value in the run: a count, or a percentage of produced if the check is a percentage
 * @param ok     whether the check held
 */
public record Verdict(Check check, double actual, boolean ok) {
}
