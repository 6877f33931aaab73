package dsim.report.compare;

/**
 * One message's story drawn as a sequence diagram, for a compare report: a lost message, a
 * duplicate, a delivery a dedup store skipped.
 *
 * @param caption what it shows, e.g. {@code A lost message: at-most-once, seed 42}
 * @param command the replay command that tells the same story
 * @param svg     the diagram
 */
public record ReplayFigure(String caption, String command, String svg) {
}
