package dsim.scenario;

/** An override whose path or value cannot be used; becomes one problem attributed to the override. */
final class OverrideException extends Exception {

    private final String path;

    /** @param path the key path the problem is about, as the user would write it */
    OverrideException(String path, String message) {
        super(message, null, false, false); // an expected outcome: no stack trace needed
        this.path = path;
    }

    String path() {
        return path;
    }
}
