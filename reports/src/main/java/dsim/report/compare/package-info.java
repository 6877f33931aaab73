/**
 * The files {@code dsim compare} writes: {@code report.md}, a self-contained
 * {@code report.html}, {@code results.csv} and {@code results.json}. One renderer per file,
 * chosen by {@link dsim.report.compare.ReportFormat}; {@link dsim.report.compare.ReportWriter}
 * writes them all or none. Every byte is deterministic: no wall-clock time, fixed number
 * formats, scenario order for semantics and enum order for metrics.
 */
package dsim.report.compare;
