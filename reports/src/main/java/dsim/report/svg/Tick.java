package dsim.report.svg;

/**
 * One tick of an axis.
 *
 * @param value the data value it marks
 * @param label the text printed next to it
 */
public record Tick(double value, String label) {
}
