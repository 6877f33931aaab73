/**
 * Judges runs: {@link dsim.check.ExpectationChecker} holds a finished run against the
 * scenario's {@code expect} and names every broken check as a {@link dsim.check.Violation};
 * {@link dsim.check.Hunt} searches seeds for runs that break it; and
 * {@link dsim.check.DeterminismCheck} plays a seed twice and finds the first entry where the
 * two journals differ, if any.
 */
package dsim.check;
