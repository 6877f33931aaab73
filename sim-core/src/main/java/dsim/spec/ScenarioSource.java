package dsim.spec;

import java.util.List;

/**
 * Where a scenario was read from, and what in it looked wrong though it was legal.
 *
 * @param fileName the file name as the user gave it (used in error messages)
 * @param sha256   hex SHA-256 of the file's bytes, so a report names exactly what ran
 * @param warnings things legal but probably unintended (an infinite-mean delay), in file order
 */
public record ScenarioSource(String fileName, String sha256, List<Problem> warnings) {

    public ScenarioSource {
        warnings = List.copyOf(warnings);
    }

    /** A source without warnings. */
    public ScenarioSource(String fileName, String sha256) {
        this(fileName, sha256, List.of());
    }
}
