/**
 * Judges a finished run against the scenario's {@code expect}: {@link dsim.check.ExpectationChecker}
 * compares each check's metric with its bound and names every broken one as a
 * {@link dsim.check.Violation}.
 */
package dsim.check;
