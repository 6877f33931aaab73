package dsim.scenario;

/**
 * One thing wrong with a scenario file, at a place a user can jump to.
 *
 * @param file    the file name as the user gave it
 * @param line    1-based line
 * @param column  1-based column
 * @param path    the key path, e.g. {@code consumers[0].crash.probability}, or {@code (root)}
 * @param message what was expected and what was got
 */
public record Problem(String file, int line, int column, String path, String message) {

    /** {@code file:line:col: path: message}, the form editors and terminals link to. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + path + ": " + message;
    }
}
