/**
 * Small chart helpers of our own for reports' inline SVG: an escaping builder, linear and
 * log scales with "nice" ticks, axes whose labels never overlap, a colour-blind-safe palette
 * and a few marks (stacked bars, whiskers, lines with bands). Output is deterministic:
 * numbers are written with {@code Locale.ROOT}-independent exact rounding.
 */
package dsim.report.svg;
