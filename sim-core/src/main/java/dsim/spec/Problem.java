package dsim.spec;

import dsim.text.Echo;

/**
 * One thing wrong with a scenario file, at a place a user can jump to, or with a
 * command-line override of one of its values.
 *
 * @param file     the file name as the user gave it
 * @param line     1-based line; 0 for a problem with an override
 * @param column   1-based column; 0 for a problem with an override
 * @param path     the key path, e.g. {@code consumers[0].crash.probability}, or {@code (root)};
 *                 empty for a malformed override argument as a whole
 * @param message  what was expected and what was got
 * @param override the override as typed ({@code --set network.default.loss=1%}) when the problem is
 *                 about a value it set, else null
 */
public record Problem(String file, int line, int column, String path, String message, String override) {

    /**
     * Real paths are seldom longer: up to this a file name stays whole, so that editors can
     * follow {@code file:line:col}, and only a longer one (a pasted blob, say) is cut.
     */
    static final int FILE_MAX = 2 * Echo.MAX;

    /**
     * What the user typed is cut where it is long ({@link Echo}): a key path of long keys
     * nested fifty deep ran to 3,000 characters.
     */
    public Problem {
        file = file == null ? null : Echo.of(file, FILE_MAX);
        path = path == null ? null : Echo.of(path);
        override = override == null ? null : Echo.of(override);
    }

    /** A problem at a place in the file. */
    public Problem(String file, int line, int column, String path, String message) {
        this(file, line, column, path, message, null);
    }

    /**
     * {@code file:line:col: path: message}, the form editors and terminals link to; for an
     * override, {@code --set PATH=VALUE: path: message}, since the file holds nothing to link to.
     */
    @Override
    public String toString() {
        if (override != null) {
            return override + (path.isEmpty() ? "" : ": " + path) + ": " + message;
        }
        return file + ":" + line + ":" + column + ": " + path + ": " + message;
    }

    /** The same place and words as {@link #toString()}, marked {@code warning:} after the place. */
    public String asWarning() {
        if (override != null) {
            return override + ": warning: " + (path.isEmpty() ? "" : path + ": ") + message;
        }
        return file + ":" + line + ":" + column + ": warning: " + path + ": " + message;
    }
}
