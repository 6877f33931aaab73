/**
 * Renderers of run results: the text table {@code dsim run} prints ({@link dsim.report.RunTable}),
 * its JSON form ({@link dsim.report.RunJson}) and the JSON Lines trace of a run
 * ({@link dsim.report.TraceWriter}).
 *
 * <p>Everything here is deterministic: {@code Locale.ROOT}, fixed number formats, no wall
 * clock, so equal runs render to equal bytes.
 */
package dsim.report;
