package dsim.scenario;

/**
 * Where a scenario was read from.
 *
 * @param fileName the file name as the user gave it (used in error messages)
 * @param sha256   hex SHA-256 of the file's bytes, so a report names exactly what ran
 */
public record ScenarioSource(String fileName, String sha256) {
}
